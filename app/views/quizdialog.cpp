#include "app/views/quizdialog.h"

#include "core/export/recording.h"
#include "core/lesson/knobsettings.h"
#include "core/lesson/lessonlibrary.h"
#include "core/lesson/lessonreader.h"
#include "core/session/comparison.h"

#include "app/views/answerinput.h"
#include "app/views/mainwindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace protoviz {

namespace {

// Texts a learner reads for a while are set larger than the dialog's chrome.
void enlargeFont(QWidget* widget, qreal factor, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

// A page that scrolls rather than cuts its texts when the dialog is short (a projector's 720 lines in
// presentation mode).
QScrollArea* scrolling(QWidget* page, const QString& name)
{
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(name);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    return scroll;
}

QLabel* markdownLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::MarkdownText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

ScenarioKnobs knobsOf(const Question& question, QString* error)
{
    ScenarioKnobs knobs;
    KnobSettings::apply(question.knobs, &knobs, error);
    return knobs;
}

} // namespace

QuizDialog::QuizDialog(const LessonLibrary& library, MainWindow* window)
    : QDialog(window)
    , m_library(library)
    , m_window(window)
{
    setWindowTitle(tr("Interview practice"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(scrolling(createSetupPage(), tr("New quiz")));
    m_pages->addWidget(scrolling(createQuestionPage(), tr("Question")));
    m_pages->addWidget(createResultsPage()); // its review scrolls by itself
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_clock.setInterval(200);
    connect(&m_clock, &QTimer::timeout, this, &QuizDialog::tick);
    QSize size(860, 680);
    if (const QScreen* screen = window ? window->screen() : nullptr)
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

QWidget* QuizDialog::createSetupPage()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("Questions are drawn at random from the topics you choose. Live questions "
                                "first run their scenario, and their answer is measured on that run."),
                             page);
    intro->setWordWrap(true);

    auto* topicsBox = new QGroupBox(tr("Topics"), page);
    auto* topicsGrid = new QGridLayout(topicsBox);
    const QList<Question>& bank = m_library.quizBank();
    for (const QString& topic : LessonReader::topics()) {
        const auto inBank = std::count_if(bank.cbegin(), bank.cend(),
                                          [&](const Question& question) { return question.topic == topic; });
        auto* box = new QCheckBox(tr("%1 (%n question(s))", nullptr, int(inBank)).arg(topic), topicsBox);
        box->setChecked(true);
        box->setProperty("topic", topic);
        topicsGrid->addWidget(box, int(m_topics.size()) / 3, int(m_topics.size()) % 3);
        m_topics.append(box);
    }

    m_count = new QSpinBox(page);
    m_count->setRange(1, 200);
    m_count->setValue(10);
    m_timed = new QCheckBox(tr("&Timed"), page);
    m_minutes = new QSpinBox(page);
    m_minutes->setRange(1, 180);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setEnabled(false);
    m_minutes->setAccessibleName(tr("Time limit"));
    m_count->setAccessibleName(tr("Number of questions"));
    connect(m_timed, &QCheckBox::toggled, m_minutes, &QWidget::setEnabled);
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_timed);
    timeRow->addWidget(m_minutes);
    timeRow->addStretch();
    m_live =
        new QCheckBox(tr("Include &live questions (each runs its scenario first, for a few seconds)"), page);
    m_live->setChecked(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Questions:"), m_count);
    form->addRow(tr("Time:"), timeRow);
    form->addRow(QString(), m_live);

    m_setupProblem = new QLabel(page);
    m_setupProblem->setWordWrap(true);
    m_setupProblem->hide();
    m_startButton = new QPushButton(tr("&Start"), page);
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, &QuizDialog::startFromSetup);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    buttons->addButton(m_startButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(topicsBox);
    layout->addLayout(form);
    layout->addWidget(m_setupProblem);
    layout->addStretch();
    layout->addWidget(buttons);
    return page;
}

QWidget* QuizDialog::createQuestionPage()
{
    auto* page = new QWidget(this);
    m_progress = new QLabel(page);
    enlargeFont(m_progress, 1.0, true);
    m_timeLeft = new QLabel(page);
    enlargeFont(m_timeLeft, 1.0, true);
    auto* header = new QHBoxLayout;
    header->addWidget(m_progress);
    header->addStretch();
    header->addWidget(m_timeLeft);

    m_ask = markdownLabel(page);
    enlargeFont(m_ask, 1.25);

    m_answerInput = new AnswerInput(page);
    enlargeFont(m_answerInput, 1.1);
    connect(m_answerInput, &AnswerInput::answerChanged, this, &QuizDialog::updateAnswerButton);
    // Enter on a choice or in the number box answers, as the default button does from elsewhere.
    connect(m_answerInput, &AnswerInput::submitted, this, [this] {
        if (m_answerButton->isVisible() && m_answerButton->isEnabled())
            m_answerButton->click();
    });
    m_answerInput->setAccessibleName(tr("Your answer"));

    m_busy = new QWidget(page);
    m_spinner = new QProgressBar(m_busy);
    m_spinner->setRange(0, 0); // no end known: a busy indicator
    m_spinner->setMaximumWidth(160);
    m_spinner->setTextVisible(false);
    m_spinner->setAccessibleName(tr("Running the question's scenario"));
    m_busyText = new QLabel(m_busy);
    m_busyText->setWordWrap(true);
    auto* busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_spinner);
    busyLayout->addWidget(m_busyText, 1);

    m_answerButton = new QPushButton(tr("&Answer"), page);
    m_answerButton->setDefault(true);
    connect(m_answerButton, &QPushButton::clicked, this, &QuizDialog::submitFromInputs);

    m_verdict = new QLabel(page);
    enlargeFont(m_verdict, 1.3, true);
    m_feedback = new QTextBrowser(page);
    m_feedback->setOpenExternalLinks(true);
    m_feedback->setAccessibleName(tr("Answer and explanation"));
    enlargeFont(m_feedback, 1.1);
    m_nextButton = new QPushButton(page);
    connect(m_nextButton, &QPushButton::clicked, this, &QuizDialog::next);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_answerButton);
    buttons->addWidget(m_nextButton);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(m_ask);
    layout->addSpacing(8);
    layout->addWidget(m_answerInput);
    layout->addWidget(m_busy);
    layout->addWidget(m_verdict);
    layout->addWidget(m_feedback, 1);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWidget* QuizDialog::createResultsPage()
{
    auto* page = new QWidget(this);
    m_score = new QLabel(page);
    enlargeFont(m_score, 1.6, true);
    m_resultsNote = new QLabel(page);
    m_resultsNote->setWordWrap(true);

    m_review = new QWidget;
    m_reviewLayout = new QVBoxLayout(m_review);
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_review);
    scroll->setAccessibleName(tr("Answers to review"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setToolTip(tr("Save the results as Markdown (.md) or PDF (.pdf)"));
    connect(exportButton, &QPushButton::clicked, this, &QuizDialog::chooseAndExport);
    auto* again = buttons->addButton(tr("&New quiz"), QDialogButtonBox::ActionRole);
    connect(again, &QPushButton::clicked, this, &QuizDialog::showSetup);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_score);
    layout->addWidget(m_resultsNote);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    return page;
}

QuizDialog::Page QuizDialog::page() const
{
    return Page(m_pages->currentIndex());
}

Quiz::Options QuizDialog::setupOptions() const
{
    Quiz::Options options;
    for (const QCheckBox* box : m_topics) {
        if (box->isChecked())
            options.topics.append(box->property("topic").toString());
    }
    // No topic ticked is read as "none", not as Quiz's "every topic".
    if (options.topics.isEmpty())
        options.count = 0;
    else
        options.count = m_count->value();
    options.live = m_live->isChecked();
    options.timeLimitSeconds = m_timed->isChecked() ? m_minutes->value() * 60 : 0;
    return options;
}

void QuizDialog::showSetup()
{
    m_pages->setCurrentIndex(int(Page::Setup));
    m_startButton->setDefault(true);
}

void QuizDialog::startFromSetup()
{
    start(setupOptions());
}

bool QuizDialog::start(const Quiz::Options& options)
{
    QString error;
    std::optional<Quiz> quiz = Quiz::draw(m_library.quizBank(), options, &error);
    if (!quiz) {
        m_setupProblem->setText(error);
        m_setupProblem->show();
        showSetup();
        return false;
    }
    m_setupProblem->hide();
    start(std::move(*quiz));
    return true;
}

void QuizDialog::start(Quiz quiz)
{
    clearRuns();
    m_quiz = std::move(quiz);
    m_timeUp = false;
    const int limit = m_quiz->options().timeLimitSeconds;
    m_deadline = limit > 0 ? QDeadlineTimer(limit * 1000LL) : QDeadlineTimer(QDeadlineTimer::Forever);
    m_timeLeft->setVisible(limit > 0);
    showQuestion(0);
    if (limit > 0) {
        tick();
        m_clock.start();
    } else {
        m_clock.stop();
    }
}

void QuizDialog::clearRuns()
{
    qDeleteAll(m_runs);
    m_runs.clear();
}

void QuizDialog::showQuestion(qsizetype index)
{
    const Question& question = m_quiz->questions().at(index);
    m_current = index;
    m_ready = false;
    m_pending.reset();
    m_measurements.reset();
    m_progress->setText(
        tr("%1 of %2 · %3").arg(index + 1).arg(m_quiz->questions().size()).arg(question.topic));
    m_ask->setText(question.ask);
    m_answerInput->setQuestion(question);
    m_verdict->hide();
    m_feedback->hide();
    m_nextButton->hide();
    m_answerButton->show();
    m_answerButton->setDefault(true);
    updateAnswerButton();
    m_pages->setCurrentIndex(int(Page::Question));
    m_answerInput->setFocus();
    if (question.isLive()) {
        startRun(question);
    } else {
        m_busy->hide();
        m_ready = true;
        emit questionReady(index);
    }
}

void QuizDialog::startRun(const Question& question)
{
    QString error;
    const ScenarioKnobs knobs = knobsOf(question, &error);
    std::optional<Scenario> scenario;
    if (error.isEmpty())
        scenario = ScenarioCatalog::make(question.scenario, knobs, &error);
    m_busy->show();
    m_spinner->setVisible(scenario.has_value());
    if (!scenario) {
        // The bank is checked when it loads, so this is rare; the reveal then says the run is missing.
        m_busyText->setText(tr("The scenario for this question cannot run: %1").arg(error));
        m_ready = true;
        emit questionReady(m_current);
        return;
    }
    auto* run = new Comparison(std::move(*scenario), this);
    m_runs.insert(m_current, run);
    const qsizetype index = m_current;
    connect(run, &Comparison::finished, this, [this, index, knobs, run] {
        // A run of a question left behind (the time ran out) finishes after it was cancelled.
        if (index != m_current || m_ready || m_quiz->next() != index)
            return;
        m_measurements.emplace(knobs, *run->timelineA(), *run->timelineB());
        onRunFinished(index);
    });
    m_busyText->setText(tr("Running the scenario for this question…"));
    run->start();
}

void QuizDialog::onRunFinished(qsizetype question)
{
    m_ready = true;
    m_busy->hide();
    emit questionReady(question);
    if (m_pending) {
        const Quiz::Answer answer = *m_pending;
        m_pending.reset();
        reveal(answer);
    }
}

void QuizDialog::updateAnswerButton()
{
    const bool answered = m_pending.has_value() || (m_quiz && m_quiz->next() > m_current);
    m_answerButton->setEnabled(!answered && m_answerInput->hasAnswer());
}

void QuizDialog::answer(int choice)
{
    m_answerInput->choose(choice);
    submitFromInputs();
}

void QuizDialog::answerNumber(double value)
{
    m_answerInput->setNumber(value);
    submitFromInputs();
}

void QuizDialog::submitFromInputs()
{
    const Question& question = m_quiz->questions().at(m_current);
    Quiz::Answer answer;
    if (question.kind == Question::Kind::Number)
        answer.number = m_answerInput->number();
    else
        answer.choice = m_answerInput->choice();
    submit(answer);
}

void QuizDialog::submit(const Quiz::Answer& answer)
{
    const bool open = m_quiz && !m_quiz->isComplete() && m_quiz->next() == m_current && !m_pending;
    if (!open || (answer.choice < 0 && !answer.number))
        return;
    m_answerInput->setLocked(true);
    if (m_ready) {
        reveal(answer);
        return;
    }
    m_pending = answer;
    updateAnswerButton();
    m_busyText->setText(tr("Your answer is in. The scenario for this question is still running; the "
                           "answer is measured on it when it is over…"));
}

void QuizDialog::reveal(const Quiz::Answer& answer)
{
    const Question& question = m_quiz->questions().at(m_current);
    const QLocale locale;
    const QuestionReveal revealed =
        QuestionGrader::reveal(question, m_measurements ? &*m_measurements : nullptr, locale);
    const Quiz::Result& result = m_quiz->record(answer, revealed);
    m_answerInput->showReveal(revealed.correctChoice);
    m_verdict->setText(result.right ? tr("✔ Right.") : tr("✘ Not quite."));
    m_verdict->setAccessibleDescription(
        revealed.available ? QuestionGrader::answerText(question, revealed, locale) : revealed.problem);
    m_verdict->show();
    QString text = revealed.problem;
    if (revealed.available) {
        text = (question.isLive() ? tr("**Measured answer:** %1") : tr("**Answer:** %1"))
                   .arg(QuestionGrader::answerText(question, revealed, locale)) +
               QLatin1String("\n\n") + revealed.explanation;
    }
    m_feedback->setMarkdown(text);
    m_feedback->show();
    m_answerButton->hide();
    const bool last = m_timeUp || m_quiz->isComplete();
    m_nextButton->setText(last ? tr("See the &results") : tr("&Next question"));
    m_nextButton->show();
    m_nextButton->setDefault(true);
    m_nextButton->setFocus();
    emit answerRevealed(m_current);
}

void QuizDialog::next()
{
    if (!m_quiz || m_pages->currentIndex() != int(Page::Question) || m_quiz->next() <= m_current)
        return;
    if (m_timeUp || m_quiz->isComplete())
        finishQuiz();
    else
        showQuestion(m_quiz->next());
}

void QuizDialog::tick()
{
    const qint64 left = std::max<qint64>(0, m_deadline.remainingTime());
    const qint64 seconds = (left + 999) / 1000;
    m_timeLeft->setText(tr("Time left: %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    if (!m_deadline.hasExpired())
        return;
    m_clock.stop();
    m_timeUp = true;
    m_timeLeft->setText(tr("Time is up"));
    // An answer given in time still counts: the learner reads its reveal (or waits for its run) first.
    const bool answered = m_pending.has_value() || m_quiz->next() > m_current;
    if (m_pages->currentIndex() == int(Page::Question) && answered)
        m_nextButton->setText(tr("See the &results"));
    else
        finishQuiz();
}

void QuizDialog::finishQuiz()
{
    m_clock.stop();
    for (Comparison* run : std::as_const(m_runs)) {
        if (run->isRunning())
            run->cancel();
    }
    const QLocale locale;
    // A question whose run is over can still show its measured answer in the review.
    if (!m_quiz->isComplete() && m_quiz->next() == m_current && m_measurements) {
        Quiz::Answer none;
        none.timedOut = true;
        m_quiz->record(none,
                       QuestionGrader::reveal(m_quiz->questions().at(m_current), &*m_measurements, locale));
    }
    m_quiz->expire(locale);
    showResults();
}

void QuizDialog::showResults()
{
    m_score->setText(tr("%1 of %2 right").arg(m_quiz->score()).arg(m_quiz->questions().size()));
    const QList<Quiz::Result>& results = m_quiz->results();
    const auto timedOut = std::count_if(results.cbegin(), results.cend(),
                                        [](const Quiz::Result& result) { return result.answer.timedOut; });
    m_resultsNote->setText(timedOut > 0 ? tr("The time ran out: %n question(s) had no answer and count as "
                                             "wrong.",
                                             nullptr, int(timedOut))
                                        : QString());
    m_resultsNote->setVisible(timedOut > 0);

    while (QLayoutItem* item = m_reviewLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int wrong = 0;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!results[i].right)
            m_reviewLayout->addWidget(createReviewItem(i, ++wrong));
    }
    auto* heading =
        new QLabel(wrong > 0 ? tr("To review") : tr("Every answer was right: nothing to review."), m_review);
    enlargeFont(heading, 1.2, true);
    m_reviewLayout->insertWidget(0, heading);
    m_reviewLayout->addStretch();
    m_pages->setCurrentIndex(int(Page::Results));
    emit resultsShown();
}

QWidget* QuizDialog::createReviewItem(qsizetype index, int number)
{
    const QLocale locale;
    const Quiz::Result& result = m_quiz->results().at(index);
    const Question& question = result.question;
    auto* item = new QFrame(m_review);
    item->setObjectName(QStringLiteral("reviewItem"));
    item->setFrameShape(QFrame::StyledPanel);
    QString given;
    if (result.answer.timedOut)
        given = tr("(no answer: time ran out)");
    else if (question.kind == Question::Kind::Number && result.answer.number)
        given = tr("%1 %2", "a predicted number and its unit")
                    .arg(QuestionGrader::format(*result.answer.number, locale), question.unit)
                    .trimmed();
    else
        given = question.choices.value(result.answer.choice).text;
    QString text = QStringLiteral("**%1. %2**\n\n").arg(number).arg(question.ask);
    text += tr("**Your answer:** %1").arg(given) + QLatin1String("  \n");
    text += tr("**Right answer:** %1").arg(QuestionGrader::answerText(question, result.reveal, locale));
    if (!result.reveal.explanation.isEmpty())
        text += QLatin1String("\n\n") + result.reveal.explanation;
    auto* label = markdownLabel(item);
    enlargeFont(label, 1.1);
    label->setText(text);
    auto* layout = new QVBoxLayout(item);
    layout->addWidget(label);
    // Only a run the answer was measured on is shown: another run of the scenario may measure otherwise,
    // and a run the time cut short answered nothing.
    if (question.isLive() && result.reveal.available && runOf(index)) {
        auto* show = new QPushButton(tr("Show the run"), item);
        show->setObjectName(QStringLiteral("showRunButton"));
        show->setToolTip(tr("Show the run this answer was measured on in the main window"));
        connect(show, &QPushButton::clicked, this, [this, index] { showRun(index); });
        auto* row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(show);
        layout->addLayout(row);
    }
    return item;
}

void QuizDialog::showRun(qsizetype question)
{
    const Comparison* run = runOf(question);
    if (!run)
        return;
    // The window gets a copy: it keeps showing the run after the next quiz, or closing the dialog,
    // deletes the comparison.
    QString error;
    const QJsonObject json = Recording::toJson(run->scenario().id, {run->timelineA(), run->timelineB()});
    std::optional<Recording> copy = Recording::fromJson(QJsonDocument(json).toJson(), &error);
    if (!copy) {
        QMessageBox::warning(this, tr("Cannot show the run"), error);
        return;
    }
    m_window->showRecording(std::move(*copy));
    m_window->raise();
    m_window->activateWindow();
}

void QuizDialog::chooseAndExport()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the results"), tr("quiz-results.md"),
                                                tr("Markdown (*.md);;PDF (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.pdf")) ? QLatin1String(".pdf") : QLatin1String(".md");
    QString error;
    if (!exportResults(path, &error))
        QMessageBox::warning(this, tr("Export"), error);
}

bool QuizDialog::exportResults(const QString& path, QString* error) const
{
    const QString markdown = m_quiz->toMarkdown(QLocale());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        QPdfWriter writer(&file);
        writer.setTitle(tr("ProtoViz quiz"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        QTextDocument document;
        document.setMarkdown(markdown);
        document.print(&writer);
        return true;
    }
    if (file.write(markdown.toUtf8()) < 0) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace protoviz
