#include "app/views/sessionpane.h"

#include "core/session/sessionstatistics.h"
#include "core/timeline/timeline.h"

#include "app/views/timelinemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace protoviz {

SessionPane::SessionPane(const QString& letter, QWidget* parent)
    : QWidget(parent)
    , m_letter(letter)
    , m_model(new TimelineModel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_events = new QTableView(this);
    m_events->setModel(m_model);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setAlternatingRowColors(true);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->setWordWrap(false);
    // Sized from the font, not from the rows: measuring thousands of live rows would stall the GUI.
    const QFontMetrics metrics = m_events->fontMetrics();
    const QList<std::pair<int, QString>> widths{
        {TimelineModel::TimeColumn, QStringLiteral("00000.000")},
        {TimelineModel::OriginColumn, QStringLiteral("server")},
        {TimelineModel::ConnectionColumn, QStringLiteral("000")},
        {TimelineModel::LayerColumn, QStringLiteral("WebSocket")},
        {TimelineModel::KindColumn, QStringLiteral("HandshakeMessage")},
        {TimelineModel::DirectionColumn, QStringLiteral("←")},
        {TimelineModel::StreamColumn, QStringLiteral("00000")},
        {TimelineModel::SizeColumn, QStringLiteral("00,000")}};
    for (const auto& [column, sample] : widths)
        m_events->setColumnWidth(column, metrics.horizontalAdvance(sample) + metrics.averageCharWidth() * 3);
    m_events->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_events, 1);
    m_title->setText(tr("%1: no session yet").arg(m_letter));

    // Figures are recomputed from the timeline a few times a second while events arrive, not per event.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, &SessionPane::refreshSummary);
}

void SessionPane::setTimeline(const Timeline* timeline)
{
    if (m_timeline)
        disconnect(m_timeline, nullptr, this, nullptr);
    m_timeline = timeline;
    m_model->setTimeline(timeline);
    if (timeline) {
        connect(timeline, &Timeline::eventsAppended, this, [this] {
            if (!m_refresh.isActive())
                m_refresh.start();
        });
        connect(timeline, &Timeline::metadataChanged, this, &SessionPane::refreshSummary);
    }
    refreshSummary();
}

QString SessionPane::summaryText() const
{
    return m_summary->text();
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
                       tr(" · %1 objects · %2 bytes on the wire")
                           .arg(stats.objectsCompleted)
                           .arg(locale.toString(stats.wireBytes())));
}

} // namespace protoviz
