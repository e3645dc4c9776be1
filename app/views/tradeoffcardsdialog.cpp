#include "app/views/tradeoffcardsdialog.h"

#include "core/lesson/knobsettings.h"
#include "core/lesson/lessonlibrary.h"

#include "app/views/mainwindow.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace protoviz {

namespace {

// Cards are read, not scanned: their text is set larger than the dialog's buttons.
constexpr qreal TextScale = 1.15;

QLabel* wrappedLabel(const QString& text, QWidget* parent, qreal scale, bool bold = false)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QString scenarioTitle(const QString& id)
{
    const QList<ScenarioCatalog::Entry> entries = ScenarioCatalog::entries();
    const auto entry =
        std::find_if(entries.cbegin(), entries.cend(),
                     [&](const ScenarioCatalog::Entry& candidate) { return candidate.id == id; });
    return entry == entries.cend() ? id : entry->title;
}

} // namespace

TradeoffCardsDialog::TradeoffCardsDialog(const LessonLibrary& library, MainWindow* window)
    : QDialog(window)
    , m_window(window)
{
    setWindowTitle(tr("Trade-off cards"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    for (const TradeoffCard& card : library.cards())
        m_tabs->addTab(createCardPage(card), card.title);

    auto* layout = new QVBoxLayout(this);
    if (library.cards().isEmpty())
        layout->addWidget(wrappedLabel(tr("No trade-off cards are installed."), this, TextScale));
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_tabs->setAccessibleName(tr("Trade-off cards"));
    // The dialog fits a projector's 720 lines; the cards scroll.
    QSize size(860, 720);
    if (const QScreen* screen = window ? window->screen() : nullptr)
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

QWidget* TradeoffCardsDialog::createCardPage(const TradeoffCard& card)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(10);
    const auto section = [&](const QString& heading, const QList<TradeoffClaim>& claims) {
        layout->addWidget(wrappedLabel(heading, content, TextScale * 1.15, true));
        for (const TradeoffClaim& claim : claims)
            layout->addWidget(createClaim(claim, content));
        layout->addSpacing(8);
    };
    section(tr("Pick it when"), card.pick);
    section(tr("Avoid it when"), card.avoid);
    layout->addWidget(wrappedLabel(tr("Say it in an interview"), content, TextScale * 1.15, true));
    for (const QString& line : card.say) {
        auto* quote = wrappedLabel(line, content, TextScale);
        QFont font = quote->font();
        font.setItalic(true);
        quote->setFont(font);
        quote->setIndent(16);
        layout->addWidget(quote);
    }
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(card.title);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget* TradeoffCardsDialog::createClaim(const TradeoffClaim& claim, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(12, 0, 0, 0);
    // The bullet stands apart, so that a claim's wrapped lines align under its first.
    layout->addWidget(wrappedLabel(QStringLiteral("•"), row, TextScale), 0, Qt::AlignTop);
    layout->addWidget(wrappedLabel(claim.text, row, TextScale), 1);
    if (!claim.scenario.isEmpty()) {
        auto* run = new QPushButton(tr("Run it"), row);
        // Every claim has its button: the name says which claim it runs.
        run->setAccessibleName(tr("Run it: %1").arg(claim.text));
        run->setObjectName(QStringLiteral("runClaimButton"));
        run->setToolTip(claim.knobs.isEmpty()
                            ? tr("Runs \"%1\" in the main window").arg(scenarioTitle(claim.scenario))
                            : tr("Runs \"%1\" with %2 in the main window")
                                  .arg(scenarioTitle(claim.scenario), claim.knobs));
        connect(run, &QPushButton::clicked, this, [this, claim] { runClaim(claim); });
        layout->addWidget(run, 0, Qt::AlignTop);
    }
    return row;
}

void TradeoffCardsDialog::runClaim(const TradeoffClaim& claim)
{
    ScenarioKnobs knobs;
    QString error;
    // The cards' knobs were checked when the library loaded.
    KnobSettings::apply(claim.knobs, &knobs, &error);
    m_window->runScenario(claim.scenario, knobs);
    m_window->raise();
    m_window->activateWindow();
}

} // namespace protoviz
