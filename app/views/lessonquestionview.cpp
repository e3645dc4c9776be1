#include "app/views/lessonquestionview.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace protoviz {

namespace {

constexpr double PredictionLimit = 999999;

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

    m_choices = new QWidget(this);
    m_choicesLayout = new QGridLayout(m_choices);
    m_choicesLayout->setContentsMargins(0, 0, 0, 0);
    m_choicesLayout->setColumnStretch(1, 1);
    m_choiceGroup = new QButtonGroup(this);
    connect(m_choiceGroup, &QButtonGroup::idToggled, this, &LessonQuestionView::updateRevealButton);
    layout->addWidget(m_choices);

    m_predictionRow = new QWidget(this);
    auto* predictionLayout = new QHBoxLayout(m_predictionRow);
    predictionLayout->setContentsMargins(0, 0, 0, 0);
    m_predictionLabel = new QLabel(m_predictionRow);
    m_prediction = new QDoubleSpinBox(m_predictionRow);
    m_prediction->setRange(-PredictionLimit, PredictionLimit);
    m_predictionLabel->setBuddy(m_prediction);
    connect(m_prediction, &QDoubleSpinBox::textChanged, this, &LessonQuestionView::updateRevealButton);
    predictionLayout->addWidget(m_predictionLabel);
    predictionLayout->addWidget(m_prediction, 1);
    layout->addWidget(m_predictionRow);

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
    buildAnswerWidgets();
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
    retranslate();
}

void LessonQuestionView::buildAnswerWidgets()
{
    for (QAbstractButton* button : m_choiceGroup->buttons()) {
        m_choiceGroup->removeButton(button);
        delete button;
    }
    qDeleteAll(m_choiceLabels);
    m_choiceLabels.clear();
    const bool choice = m_question.kind == Question::Kind::Choice;
    m_choices->setVisible(choice);
    m_predictionRow->setVisible(!choice);
    if (choice) {
        for (qsizetype i = 0; i < m_question.choices.size(); ++i) {
            // A radio button cannot wrap its text, and choices are sentences: the label beside it
            // wraps, and clicking it chooses as clicking the button does.
            auto* button = new QRadioButton(m_choices);
            auto* label = wrappingLabel(m_choices, Qt::PlainText);
            label->setTextInteractionFlags(Qt::NoTextInteraction);
            label->installEventFilter(this);
            m_choiceGroup->addButton(button, int(i));
            m_choicesLayout->addWidget(button, int(i), 0, Qt::AlignTop);
            m_choicesLayout->addWidget(label, int(i), 1);
            m_choiceLabels.append(label);
        }
    } else {
        // Whole numbers where the answer is counted exactly, one decimal where it is close enough.
        const bool exact = !m_question.tolerance.endsWith(QLatin1Char('%')) &&
                           m_question.tolerance.toDouble() == std::floor(m_question.tolerance.toDouble());
        m_prediction->setDecimals(exact ? 0 : 1);
        m_prediction->setValue(0);
        // Empty until the learner predicts: Reveal waits for a number.
        m_prediction->clear();
    }
}

void LessonQuestionView::setRunReady(bool ready)
{
    m_runReady = ready;
    updateRevealButton();
}

void LessonQuestionView::setPrediction(double value)
{
    m_prediction->setValue(value);
}

void LessonQuestionView::choose(int index)
{
    if (QAbstractButton* button = m_choiceGroup->button(index))
        button->setChecked(true);
}

bool LessonQuestionView::hasAnswer() const
{
    if (m_question.kind == Question::Kind::Choice)
        return m_choiceGroup->checkedId() >= 0;
    return !m_prediction->cleanText().isEmpty();
}

bool LessonQuestionView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const qsizetype index = m_choiceLabels.indexOf(qobject_cast<QLabel*>(watched));
        QAbstractButton* button = index < 0 ? nullptr : m_choiceGroup->button(int(index));
        if (button && button->isEnabled()) {
            button->setChecked(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    for (QAbstractButton* button : m_choiceGroup->buttons())
        button->setEnabled(!shown);
    m_prediction->setEnabled(!shown);
    m_verdict->setVisible(shown);
    m_answer->setVisible(shown);
    m_explanation->setVisible(shown && !m_shown->explanation.isEmpty());
    m_proof->setVisible(shown && m_shown->proofIndex >= 0);
    m_proof->setEnabled(m_proofShown);
    m_proof->setToolTip(m_proofShown ? tr("Selects the event in its pane; the inspector shows its fields")
                                     : tr("The panes no longer show the run this answer is about"));
    updateRevealButton();
    for (qsizetype i = 0; i < m_choiceLabels.size(); ++i) {
        QLabel* label = m_choiceLabels[i];
        const bool right = shown && m_shown->correctChoice == i;
        const bool chosenWrong = shown && !right && m_choiceGroup->checkedId() == i;
        // Only the weight is set: the size still follows the window (presentation mode).
        QFont font;
        font.setBold(right);
        label->setFont(font);
        label->setText((right         ? QStringLiteral("✓ ")
                        : chosenWrong ? QStringLiteral("✗ ")
                                      : QString()) +
                       m_question.choices[i].text);
        m_choiceGroup->button(int(i))->setAccessibleName(m_question.choices[i].text);
    }
    if (!shown)
        return;
    const QuestionReveal& reveal = *m_shown;
    const QLocale locale;
    m_explanation->setText(reveal.explanation);
    if (!reveal.available) {
        m_verdict->setText(tr("This run cannot answer the question."));
        m_answer->setText(reveal.problem);
        return;
    }
    if (m_question.kind == Question::Kind::Number) {
        const double predicted = m_prediction->value();
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
    m_verdict->setText(QuestionGrader::isRight(reveal, m_choiceGroup->checkedId()) ? tr("✓ Right.")
                                                                                   : tr("✗ Not quite."));
    m_answer->setText(m_question.isLive()
                          ? tr("In this run: %1").arg(QuestionGrader::answerText(m_question, reveal, locale))
                          : tr("The answer: %1").arg(QuestionGrader::answerText(m_question, reveal, locale)));
}

void LessonQuestionView::retranslate()
{
    m_predictionLabel->setText(tr("Your &prediction:"));
    m_prediction->setSuffix(m_question.unit.isEmpty() ? QString() : QLatin1Char(' ') + m_question.unit);
    m_reveal->setText(tr("&Reveal"));
    m_reveal->setToolTip(tr("Show the answer this run measured, and why"));
    m_proof->setText(tr("Show the &event that proves it"));
    showFeedback();
}

void LessonQuestionView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace protoviz
