#include "app/views/sessionpane.h"

#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/eavesdropperview.h"
#include "app/views/eventselection.h"
#include "app/views/eventstable.h"
#include "app/views/ladderview.h"
#include "app/views/lanesview.h"
#include "app/views/playbackclock.h"
#include "app/views/tilesview.h"
#include "app/views/timelinemodel.h"
#include "app/views/viewtheme.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace protoviz {

SessionPane::SessionPane(const QString& letter, const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_letter(letter)
    , m_context(context)
    , m_model(new TimelineModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("paneTitle"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("paneSummary"));
    // Four panes side by side on a projector leave each a quarter of the width: the title and the
    // figures wrap onto more lines rather than widen the window beyond the screen or lose their end.
    for (QLabel* label : {m_title, m_summary}) {
        label->setWordWrap(true);
        QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        label->setSizePolicy(policy);
    }
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack = new QStackedWidget(this);
    m_canvases = {new LanesView(context, m_stack), new LadderView(context, m_stack),
                  new TilesView(context, m_stack)};
    for (TimelineCanvas* canvas : std::as_const(m_canvases))
        m_stack->addWidget(canvas);
    // The list keeps the sentence saying what happened in view at any width (EventsTable).
    m_events = new EventsTable(m_model, m_stack);
    m_stack->addWidget(m_events);
    m_eavesdropper = new EavesdropperView(context, m_stack);
    m_stack->addWidget(m_eavesdropper);
    // Below the panes the window's key may need several lines on a projector: the views give up height
    // rather than push the playback bar and the status line off the screen.
    m_stack->setMinimumSize(160, 120);
    connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { selectRow(current); });
    connect(m_context.selection, &EventSelection::changed, this, &SessionPane::followSelection);
    const auto applyTheme = [this] {
        m_title->setFont(m_context.theme->font(13, true));
        m_summary->setFont(m_context.theme->font(9.5));
    };
    connect(m_context.theme, &ViewTheme::changed, this, applyTheme);
    applyTheme();

    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    // Figures are recomputed from the timeline a few times a second while events arrive, not per event.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, &SessionPane::refreshSummary);
    refreshSummary();
    retranslate();
}

void SessionPane::retranslate()
{
    for (TimelineCanvas* canvas : std::as_const(m_canvases))
        canvas->setAccessibleName(tr("%1: %2").arg(m_letter, canvas->title()));
    m_events->setAccessibleName(tr("%1: events").arg(m_letter));
    m_eavesdropper->setAccessibleName(tr("%1: what an eavesdropper reads").arg(m_letter));
}

void SessionPane::setTimeline(const Timeline* timeline)
{
    if (m_timeline)
        disconnect(m_timeline, nullptr, this, nullptr);
    m_timeline = timeline;
    m_model->setTimeline(timeline);
    for (TimelineCanvas* canvas : std::as_const(m_canvases))
        canvas->setTimeline(timeline);
    m_eavesdropper->setTimeline(timeline);
    if (timeline) {
        connect(timeline, &Timeline::eventsAppended, this, [this] {
            if (!m_refresh.isActive())
                m_refresh.start();
        });
        connect(timeline, &Timeline::metadataChanged, this, &SessionPane::refreshSummary);
    }
    refreshSummary();
}

const Timeline* SessionPane::timeline() const
{
    return m_timeline;
}

void SessionPane::setView(View view)
{
    m_stack->setCurrentIndex(int(view));
}

SessionPane::View SessionPane::view() const
{
    return View(m_stack->currentIndex());
}

TimelineCanvas* SessionPane::currentCanvas() const
{
    return canvas(view());
}

QWidget* SessionPane::currentWidget() const
{
    return m_stack->currentWidget();
}

TimelineCanvas* SessionPane::canvas(View view) const
{
    const auto index = qsizetype(view);
    return index < m_canvases.size() ? m_canvases.at(index) : nullptr;
}

QString SessionPane::title() const
{
    return m_title->text();
}

QString SessionPane::summaryText() const
{
    return m_summary->text();
}

void SessionPane::selectRow(const QModelIndex& index)
{
    if (index.isValid())
        m_context.selection->select(m_timeline, index.row());
}

void SessionPane::followSelection()
{
    // Keep the list in step with a selection made in another view of this pane.
    if (m_context.selection->timeline() != m_timeline || m_context.selection->isEmpty())
        return;
    const int row = int(m_context.selection->index());
    if (m_events->currentIndex().row() != row && row < m_model->rowCount())
        m_events->setCurrentIndex(m_model->index(row, 0));
}

void SessionPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshSummary();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SessionPane::refreshSummary()
{
    if (!m_timeline) {
        m_title->setText(tr("%1: no session yet").arg(m_letter));
        m_summary->clear();
        return;
    }
    m_title->setText(tr("%1: %2").arg(m_letter, m_timeline->title()));
    const SessionStatistics stats = SessionStatistics::compute(*m_timeline);
    const QLocale locale;
    auto ms = [&locale](qint64 ns) {
        return ns < 0 ? tr("–") : tr("%1 ms").arg(locale.toString(double(ns) / 1e6, 'f', 0));
    };
    QString state;
    if (!stats.finished)
        state = tr("running");
    else if (stats.outcome == SessionOutcome::Completed)
        state = tr("completed");
    else if (stats.outcome == SessionOutcome::TimedOut)
        state = tr("timed out");
    else if (stats.outcome == SessionOutcome::Cancelled)
        state = tr("stopped");
    else
        state = tr("failed");
    m_summary->setText(tr("%1 · total %2 · first byte %3 · %n connection(s)", nullptr, stats.connections)
                           .arg(state, ms(stats.totalTimeNs), ms(stats.timeToFirstByteNs)) +
                       tr(" · %n round trip(s)", nullptr, stats.roundTrips) +
                       tr(" · %1 bytes on the wire").arg(locale.toString(stats.wireBytes())));
}

} // namespace protoviz
