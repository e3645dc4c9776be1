#include "app/views/lessonquestionview.h"

#include "app/views/answerinput.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace protoviz {

namespace {

QLabel* wrappingLabel(QWidget* parent, Qt::TextFormat format)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

} // namespace

LessonQuestionView::LessonQuestionView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_ask = wrappingLabel(this, Qt::PlainText);
    layout->addWidget(m_ask);

    m_input = new AnswerInput(this);
    connect(m_input, &AnswerInput::answerChanged, this, &LessonQuestionView::updateRevealButton);
    // Enter on the answer reveals, as the button does, once the button may be pressed.
    connect(m_input, &AnswerInput::submitted, this, [this] {
        if (m_reveal->isEnabled())
            m_reveal->click();
    });
    layout->addWidget(m_input);

    auto* revealRow = new QHBoxLayout;
    m_reveal = new QPushButton(this);
    connect(m_reveal, &QPushButton::clicked, this, &LessonQuestionView::revealRequested);
    m_hint = wrappingLabel(this, Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    revealRow->addWidget(m_reveal);
    revealRow->addWidget(m_hint, 1);
    layout->addLayout(revealRow);

    m_verdict = wrappingLabel(this, Qt::PlainText);
    m_answer = wrappingLabel(this, Qt::PlainText);
    m_explanation = wrappingLabel(this, Qt::MarkdownText);
    m_explanation->setOpenExternalLinks(true);
    m_proof = new QPushButton(this);
    connect(m_proof, &QPushButton::clicked, this, &LessonQuestionView::proofRequested);
    layout->addWidget(m_verdict);
    layout->addWidget(m_answer);
    layout->addWidget(m_explanation);
    layout->addWidget(m_proof, 0, Qt::AlignLeft);
    layout->addStretch();

    // Only the weight is set: the size follows the window (presentation mode).
    QFont bold;
    bold.setBold(true);
    m_ask->setFont(bold);
    m_verdict->setFont(bold);

    retranslate();
}

void LessonQuestionView::setQuestion(const Question& question)
{
    m_question = question;
    m_shown.reset();
    m_input->setQuestion(question);
    updateTexts(question);
}

void LessonQuestionView::updateTexts(const Question& question)
{
    // Only the texts: the choices keep their order and number in every language.
    m_question.ask = question.ask;
    m_question.unit = question.unit;
    for (qsizetype i = 0; i < m_question.choices.size() && i < question.choices.size(); ++i)
        m_question.choices[i].text = question.choices[i].text;
    m_ask->setText(m_question.ask);
    m_input->updateTexts(question);
    retranslate();
}

void LessonQuestionView::setRunReady(bool ready)
{
    m_runReady = ready;
    updateRevealButton();
}

void LessonQuestionView::setPrediction(double value)
{
    m_input->setNumber(value);
}

void LessonQuestionView::choose(int index)
{
    m_input->choose(index);
}

bool LessonQuestionView::hasAnswer() const
{
    return m_input->hasAnswer();
}

void LessonQuestionView::updateRevealButton()
{
    const bool live = m_question.isLive();
    m_reveal->setEnabled(!m_shown && hasAnswer() && (m_runReady || !live));
    if (m_shown)
        m_hint->clear();
    else if (live && !m_runReady)
        m_hint->setText(tr("The answer is measured when the run is over."));
    else if (!hasAnswer())
        m_hint->setText(m_question.kind == Question::Kind::Choice ? tr("Choose an answer first.")
                                                                  : tr("Predict a number first."));
    else
        m_hint->clear();
    // Why the button cannot be pressed yet, for those who do not see the hint beside it.
    m_reveal->setAccessibleDescription(m_hint->text());
}

void LessonQuestionView::showReveal(const QuestionReveal& reveal, bool proofShown)
{
    m_shown = reveal;
    m_proofShown = proofShown;
    showFeedback();
}

void LessonQuestionView::showFeedback()
{
    const bool shown = m_shown.has_value();
    if (shown)
        m_input->showReveal(m_shown->correctChoice);
    m_verdict->setVisible(shown);
    m_answer->setVisible(shown);
    m_explanation->setVisible(shown && !m_shown->explanation.isEmpty());
    m_proof->setVisible(shown && m_shown->proofIndex >= 0);
    m_proof->setEnabled(m_proofShown);
    m_proof->setToolTip(m_proofShown ? tr("Selects the event in its pane; the inspector shows its fields")
                                     : tr("The panes no longer show the run this answer is about"));
    updateRevealButton();
    if (!shown)
        return;
    const QuestionReveal& reveal = *m_shown;
    const QLocale locale;
    m_explanation->setText(reveal.explanation);
    // The verdict is read first; its description carries what was measured, so one stop hears both.
    const auto describeVerdict =
        qScopeGuard([this] { m_verdict->setAccessibleDescription(m_answer->text()); });
    if (!reveal.available) {
        m_verdict->setText(tr("This run cannot answer the question."));
        m_answer->setText(reveal.problem);
        return;
    }
    if (m_question.kind == Question::Kind::Number) {
        const double predicted = m_input->number().value_or(0);
        const QString prediction = m_question.unit.isEmpty()
                                       ? QuestionGrader::format(predicted, locale)
                                       : tr("%1 %2", "a predicted number and its unit")
                                             .arg(QuestionGrader::format(predicted, locale), m_question.unit);
        m_verdict->setText(QuestionGrader::isRight(m_question, reveal, predicted)
                               ? tr("✓ Right: you predicted %1.").arg(prediction)
                               : tr("✗ Not quite: you predicted %1.").arg(prediction));
        m_answer->setText(
            tr("Measured in this run: %1.").arg(QuestionGrader::answerText(m_question, reveal, locale)));
        return;
    }
    m_verdict->setText(QuestionGrader::isRight(reveal, m_input->choice()) ? tr("✓ Right.")
                                                                          : tr("✗ Not quite."));
    m_answer->setText(m_question.isLive()
                          ? tr("In this run: %1").arg(QuestionGrader::answerText(m_question, reveal, locale))
                          : tr("The answer: %1").arg(QuestionGrader::answerText(m_question, reveal, locale)));
}

void LessonQuestionView::retranslate()
{
    m_reveal->setText(tr("&Reveal"));
    m_reveal->setToolTip(tr("Show the answer this run measured, and why"));
    m_proof->setText(tr("Show the &event that proves it"));
    m_input->setAccessibleName(tr("Your answer"));
    // Its links take the focus; Qt names a Markdown label by nothing.
    m_explanation->setAccessibleName(tr("Why"));
    showFeedback();
}

void LessonQuestionView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace protoviz
