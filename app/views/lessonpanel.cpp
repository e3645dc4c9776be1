#include "app/views/lessonpanel.h"

#include "core/lesson/lessonlibrary.h"

#include "app/views/lessonplayer.h"
#include "app/views/lessonquestionview.h"
#include "app/views/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionMenuItem>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace protoviz {

namespace {

// Narration is read for minutes at a time: a little larger than the window's labels.
constexpr qreal NarrationScale = 1.1;
constexpr qreal HeadingScale = 1.2;
// Diagrams are up to 80 columns wide: their monospace text is set a little smaller than the prose.
constexpr qreal DiagramScale = 0.9;
// The question may take up to this share of the height it shares with the narration.
constexpr double QuestionShare = 0.6;

// The width the picker's list gives an item reading text, the style's margins included.
int menuItemWidth(const QWidget* list, const QString& text)
{
    QStyleOptionMenuItem option;
    option.initFrom(list);
    option.menuItemType = QStyleOptionMenuItem::Normal;
    option.text = text;
    const QFontMetrics metrics = list->fontMetrics();
    return list->style()
        ->sizeFromContents(QStyle::CT_MenuItem, &option,
                           QSize(metrics.horizontalAdvance(text), metrics.height()), list)
        .width();
}

} // namespace

LessonPanel::LessonPanel(MainWindow* window, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_player(new LessonPlayer(window, this))
{
    auto* layout = new QVBoxLayout(this);
    m_picker = new QComboBox(this);
    // Lesson titles are long: the dock keeps its width, the list pops up wide enough to read them, and
    // where the picker has to cut the chosen title short it is written out in full, wrapped, below.
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(16);
    connect(m_picker, &QComboBox::activated, this,
            [this](int index) { startLesson(m_picker->itemData(index).toString()); });
    layout->addWidget(m_picker);
    m_lessonTitle = new QLabel(this);
    m_lessonTitle->setObjectName(QStringLiteral("lessonTitle"));
    m_lessonTitle->setWordWrap(true);
    m_lessonTitle->setTextFormat(Qt::PlainText);
    m_lessonTitle->hide();
    connect(m_picker, &QComboBox::currentIndexChanged, this, &LessonPanel::showChosenTitle);
    layout->addWidget(m_lessonTitle);

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_narration = new QTextBrowser(m_splitter);
    m_narration->setOpenExternalLinks(true);
    m_questionArea = new QScrollArea(m_splitter);
    m_questionArea->setWidgetResizable(true);
    m_questionArea->setFrameShape(QFrame::NoFrame);
    m_questionArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_question = new LessonQuestionView(m_questionArea);
    m_questionArea->setWidget(m_question);
    m_splitter->addWidget(m_narration);
    m_splitter->addWidget(m_questionArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, &LessonPanel::previousStep);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::nextStep);
    // Alt+→ and Alt+← go forward and back as in a browser, wherever the focus is in the lesson (the
    // buttons' Alt+N and Alt+B work from anywhere in the window).
    auto* forward = new QShortcut(QKeySequence::Forward, this);
    forward->setContext(Qt::WidgetWithChildrenShortcut);
    connect(forward, &QShortcut::activated, this, &LessonPanel::nextStep);
    auto* back = new QShortcut(QKeySequence::Back, this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &LessonPanel::previousStep);
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);
    layout->addLayout(buttons);

    connect(m_question, &LessonQuestionView::revealRequested, this, [this] {
        reveal();
        // The answer just locked its choices and took the focus with them: it goes on to what the learner
        // does next, so that the keyboard stays in the lesson.
        if (QWidget* focus = QApplication::focusWidget();
            !focus || !isAncestorOf(focus) || !focus->isEnabled())
            (m_next->isEnabled() ? static_cast<QWidget*>(m_next) : m_narration)
                ->setFocus(Qt::OtherFocusReason);
    });
    connect(m_question, &LessonQuestionView::proofRequested, this, &LessonPanel::showProof);
    connect(m_player, &LessonPlayer::runStarted, this, &LessonPanel::updateControls);
    connect(m_player, &LessonPlayer::stepReady, this, &LessonPanel::onStepReady);
    connect(m_player, &LessonPlayer::failed, this, &LessonPanel::onFailed);
    connect(m_player, &LessonPlayer::learnersRunMeasured, this, &LessonPanel::onLearnersRunMeasured);
    connect(m_window, &MainWindow::lessonsChanged, this, &LessonPanel::refreshTexts);

    applyFonts();
    retranslate();
}

const Lesson* LessonPanel::lesson() const
{
    return m_lessonId.isEmpty() ? nullptr : m_window->lessons().lesson(m_lessonId);
}

const LessonStep* LessonPanel::step() const
{
    const Lesson* current = lesson();
    return current && m_step >= 0 && m_step < current->steps.size() ? &current->steps[m_step] : nullptr;
}

const LessonState& LessonPanel::state() const
{
    return m_player->state();
}

bool LessonPanel::isWaitingForRun() const
{
    return m_player->isWaitingForRun();
}

bool LessonPanel::startLesson(const QString& id, int step)
{
    const Lesson* chosen = m_window->lessons().lesson(id);
    if (!chosen || chosen->isWaiting() || step < 0 || step >= chosen->steps.size()) {
        m_picker->setCurrentIndex(m_picker->findData(m_lessonId));
        return false;
    }
    m_lessonId = id;
    m_picker->setCurrentIndex(m_picker->findData(id));
    enterStep(step);
    return true;
}

bool LessonPanel::nextStep()
{
    const Lesson* current = lesson();
    if (!current || isWaitingForRun() || m_step + 1 >= current->steps.size())
        return false;
    enterStep(m_step + 1);
    return true;
}

bool LessonPanel::previousStep()
{
    if (!lesson() || isWaitingForRun() || m_step <= 0)
        return false;
    enterStep(m_step - 1);
    return true;
}

void LessonPanel::enterStep(int step)
{
    m_step = step;
    m_stepReady = false;
    m_failure.clear();
    m_reveal = QuestionReveal();
    showStep();
    if (const LessonStep* current = this->step(); current && current->question)
        m_question->setQuestion(*current->question);
    m_question->setRunReady(false);
    fitQuestion();
    updateControls();
    // Last: the player may be done at once (a step without a run) and say so.
    m_player->enter(*lesson(), step);
}

void LessonPanel::onStepReady()
{
    m_stepReady = true;
    m_question->setRunReady(true);
    updateControls();
    emit stepReady();
}

void LessonPanel::onFailed(const QString& message)
{
    m_failure = message;
    updateControls();
}

void LessonPanel::onLearnersRunMeasured()
{
    // The learner changed a knob and ran the step again to see the answer change: the answer they
    // already read follows their run, still against their prediction. Predicting again first would hide
    // the very comparison they are after.
    updateControls();
    if (m_question->isRevealed())
        reveal();
    // The status line just shown takes its height from the splitter once the layout has run: the question
    // is fitted again then.
    QMetaObject::invokeMethod(this, &LessonPanel::fitQuestion, Qt::QueuedConnection);
}

void LessonPanel::setPrediction(double value)
{
    m_question->setPrediction(value);
}

void LessonPanel::choose(int index)
{
    m_question->choose(index);
}

QuestionReveal LessonPanel::reveal()
{
    const LessonStep* current = step();
    if (!current || !current->question) {
        QuestionReveal none;
        none.problem = tr("This step asks no question.");
        return none;
    }
    const Question& question = *current->question;
    if (question.isLive() && !m_stepReady) {
        QuestionReveal early;
        early.problem = tr("The run this question is about is not over yet.");
        return early;
    }
    m_reveal = QuestionGrader::reveal(question, m_player->state().run(), QLocale());
    m_question->showReveal(m_reveal, m_reveal.proofIndex >= 0 && m_player->showsMeasuredRun());
    fitQuestion();
    return m_reveal;
}

void LessonPanel::fitQuestion()
{
    if (m_questionArea->isHidden())
        return;
    // The question gets the height its text needs (the narration keeps the rest), up to a share.
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    const int width = m_questionArea->viewport()->width();
    const int wanted =
        m_question->hasHeightForWidth() ? m_question->heightForWidth(width) : m_question->sizeHint().height();
    const int question = std::min(wanted + m_splitter->handleWidth(), int(total * QuestionShare));
    m_splitter->setSizes({total - question, question});
}

void LessonPanel::showProof()
{
    m_player->selectEvent(m_reveal.proofSide, m_reveal.proofIndex, true);
}

void LessonPanel::showOverview()
{
    m_heading->setText(tr("Lessons"));
    QString text;
    for (const Lesson& each : m_window->lessons().lessons()) {
        text += QStringLiteral("**%1** · ").arg(each.title) +
                tr("%n min", "how long a lesson takes", each.minutes) + QStringLiteral("\n\n") +
                each.summary + QStringLiteral("\n\n");
        if (each.isWaiting())
            text += QLatin1Char('*') + tr("Waits for the scenario \"%1\".").arg(each.needs) +
                    QStringLiteral("*\n\n");
    }
    setNarration(tr("Choose a lesson above. Each one runs live sessions, stops where "
                    "something happens and asks you to predict what the run will measure.") +
                 QStringLiteral("\n\n") + text);
    m_questionArea->hide();
}

void LessonPanel::showStep()
{
    const Lesson* current = lesson();
    const LessonStep* shown = step();
    if (!current || !shown) {
        showOverview();
        return;
    }
    m_heading->setText(tr("Step %1 of %2: %3").arg(m_step + 1).arg(current->steps.size()).arg(shown->title));
    setNarration(shown->text);
    m_questionArea->setVisible(shown->question.has_value());
}

void LessonPanel::setNarration(const QString& markdown)
{
    m_narration->setMarkdown(markdown);
    // Qt's Markdown sets code in a fixed point size, which would not follow presentation mode, and
    // wraps indented code blocks, which breaks diagrams drawn with spaces: they scroll sideways instead.
    struct Code
    {
        int start;
        int end;
        bool diagram;
    };
    QList<Code> code;
    QList<int> diagramBlocks;
    for (QTextBlock block = m_narration->document()->begin(); block.isValid(); block = block.next()) {
        const bool diagram = block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
        if (diagram)
            diagramBlocks.append(block.position());
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().hasProperty(QTextFormat::FontPointSize))
                code.append({fragment.position(), fragment.position() + fragment.length(), diagram});
        }
    }
    QTextCursor cursor(m_narration->document());
    for (const int position : std::as_const(diagramBlocks)) {
        cursor.setPosition(position);
        QTextBlockFormat format = cursor.blockFormat();
        format.setNonBreakableLines(true);
        cursor.setBlockFormat(format);
    }
    const qreal size = m_narration->font().pointSizeF();
    for (const Code& range : std::as_const(code)) {
        QTextCharFormat format;
        format.setFontPointSize(range.diagram ? size * DiagramScale : size);
        cursor.setPosition(range.start);
        cursor.setPosition(range.end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
}

void LessonPanel::refreshTexts()
{
    fillPicker();
    const int scrolled = m_narration->verticalScrollBar()->value();
    showStep();
    m_narration->verticalScrollBar()->setValue(scrolled);
    const LessonStep* current = step();
    if (!current || !current->question)
        return;
    m_question->updateTexts(*current->question);
    if (m_question->isRevealed())
        reveal();
}

void LessonPanel::fillPicker()
{
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    auto* model = qobject_cast<QStandardItemModel*>(m_picker->model());
    for (const Lesson& each : m_window->lessons().lessons()) {
        m_picker->addItem(tr("%1 (%n min)", "a lesson and how long it takes", each.minutes).arg(each.title),
                          each.id);
        if (each.isWaiting() && model) {
            QStandardItem* item = model->item(m_picker->count() - 1);
            item->setEnabled(false);
            item->setToolTip(
                tr("Waits for the scenario \"%1\", which ProtoViz does not have yet.").arg(each.needs));
        }
    }
    fitPopup();
    m_picker->setCurrentIndex(m_picker->findData(m_lessonId));
    showChosenTitle();
}

void LessonPanel::fitPopup()
{
    // Each title is drawn as a menu item (the style's margins around its text): the list is as wide as
    // the widest of them plus its frame and a scroll bar, which it shows when the screen is short. The
    // screen's width is the limit.
    QAbstractItemView* list = m_picker->view();
    list->ensurePolished();
    int items = 0;
    for (int i = 0; i < m_picker->count(); ++i)
        items = std::max(items, menuItemWidth(list, m_picker->itemText(i)));
    const int frame = list->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, list) * 2;
    const int scrollBar = list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list);
    int wanted = items + frame + scrollBar;
    if (const QScreen* screen = m_picker->screen())
        wanted = std::min(wanted, screen->availableGeometry().width());
    list->setMinimumWidth(wanted);
}

bool LessonPanel::pickerShowsWhole(const QString& text) const
{
    QStyleOptionComboBox option;
    option.initFrom(m_picker);
    option.frame = m_picker->hasFrame();
    option.currentText = text;
    const QRect field = m_picker->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                          QStyle::SC_ComboBoxEditField, m_picker);
    return m_picker->fontMetrics().horizontalAdvance(text) <= field.width();
}

void LessonPanel::showChosenTitle()
{
    const int chosen = m_picker->currentIndex();
    const QString title = chosen < 0 ? QString() : m_picker->itemText(chosen);
    m_lessonTitle->setText(title);
    m_lessonTitle->setVisible(!title.isEmpty() && !pickerShowsWhole(title));
}

void LessonPanel::updateControls()
{
    const Lesson* current = lesson();
    const bool waiting = isWaitingForRun();
    m_back->setEnabled(current && m_step > 0 && !waiting);
    m_next->setEnabled(current && m_step + 1 < current->steps.size() && !waiting);
    QString status = m_failure;
    if (status.isEmpty() && waiting)
        status = tr("Running… watch the panes.");
    else if (status.isEmpty() && current && m_player->isLearnersRun())
        status = tr("Answers now come from your own run, with the knobs you set.");
    else if (status.isEmpty() && current && m_stepReady && m_step + 1 == current->steps.size())
        status = tr("That was the last step of this lesson.");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void LessonPanel::retranslate()
{
    m_picker->setPlaceholderText(tr("Choose a lesson…"));
    m_picker->setToolTip(tr("Every lesson runs live sessions; the greyed-out ones wait for a scenario"));
    m_back->setText(tr("◀ &Back"));
    m_next->setText(tr("&Next ▶"));
    // The arrows are read aloud as "left-pointing triangle": the names say the step.
    m_back->setAccessibleName(tr("Previous step"));
    m_next->setAccessibleName(tr("Next step"));
    m_back->setToolTip(tr("The previous step (%1)")
                           .arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_next->setToolTip(
        tr("The next step (%1)").arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    m_picker->setAccessibleName(tr("Lesson"));
    m_narration->setAccessibleName(tr("Lesson text"));
    m_questionArea->setAccessibleName(tr("Question"));
    refreshTexts();
    updateControls();
}

void LessonPanel::applyFonts()
{
    // Sizes follow the window's font, which presentation mode enlarges.
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(font().pointSizeF() * HeadingScale);
    m_heading->setFont(heading);
    m_lessonTitle->setFont(heading);
    QFont narration = font();
    narration.setPointSizeF(font().pointSizeF() * NarrationScale);
    m_narration->setFont(narration);
    refreshTexts();
}

void LessonPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showChosenTitle();
    fitQuestion();
}

void LessonPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

} // namespace protoviz
