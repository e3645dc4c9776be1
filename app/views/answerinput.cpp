#include "app/views/answerinput.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace protoviz {

namespace {

// Room for byte counts of a whole page load, in either direction of a difference.
constexpr double NumberLimit = 1e9;

} // namespace

AnswerInput::AnswerInput(QWidget* parent)
    : QWidget(parent)
{
    m_choices = new QWidget(this);
    m_choicesLayout = new QGridLayout(m_choices);
    m_choicesLayout->setContentsMargins(0, 0, 0, 0);
    m_choicesLayout->setColumnStretch(1, 1);
    m_choiceGroup = new QButtonGroup(this);
    connect(m_choiceGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        // Moving the check emits for the button left too: one change, told once.
        if (checked)
            emit answerChanged();
    });

    m_numberRow = new QWidget(this);
    m_numberLabel = new QLabel(m_numberRow);
    m_number = new QDoubleSpinBox(m_numberRow);
    m_number->setRange(-NumberLimit, NumberLimit);
    m_numberLabel->setBuddy(m_number);
    m_number->installEventFilter(this);
    connect(m_number, &QDoubleSpinBox::textChanged, this, &AnswerInput::answerChanged);
    auto* numberLayout = new QHBoxLayout(m_numberRow);
    numberLayout->setContentsMargins(0, 0, 0, 0);
    numberLayout->addWidget(m_numberLabel);
    numberLayout->addWidget(m_number);
    numberLayout->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choices);
    layout->addWidget(m_numberRow);

    retranslate();
    setQuestion({});
}

void AnswerInput::setQuestion(const Question& question)
{
    m_question = question;
    m_revealed = false;
    m_correctChoice = -1;
    const bool choosing = m_question.kind == Question::Kind::Choice;
    m_choices->setVisible(choosing);
    m_numberRow->setVisible(!choosing);
    setFocusProxy(nullptr); // the old choices go now
    buildChoices();
    // Focusing the input focuses the first choice or the number, so that the keyboard answers at once.
    setFocusProxy(choosing ? static_cast<QWidget*>(m_choiceGroup->button(0)) : m_number);
    if (!choosing) {
        // Whole numbers where the answer is counted exactly, one decimal where it is close enough.
        const bool exact = !m_question.tolerance.endsWith(QLatin1Char('%')) &&
                           m_question.tolerance.toDouble() == std::floor(m_question.tolerance.toDouble());
        m_number->setDecimals(exact ? 0 : 1);
        m_number->setValue(0);
        // Empty until the learner predicts: predict first, then reveal.
        m_number->clear();
    }
    setLocked(false);
    updateTexts(question);
}

void AnswerInput::updateTexts(const Question& question)
{
    // Only the texts: the choices keep their order and number in every language.
    m_question.unit = question.unit;
    for (qsizetype i = 0; i < m_question.choices.size() && i < question.choices.size(); ++i)
        m_question.choices[i].text = question.choices[i].text;
    // An empty box holds its suffix as text, and a new suffix does not replace it there: left alone, the
    // last unit would read as an answer (hasAnswer()) until the learner typed one.
    const bool empty = !number();
    m_number->setSuffix(m_question.unit.isEmpty() ? QString() : QLatin1Char(' ') + m_question.unit);
    if (empty)
        m_number->clear();
    updateChoiceTexts();
}

void AnswerInput::buildChoices()
{
    for (QAbstractButton* button : m_choiceGroup->buttons()) {
        m_choiceGroup->removeButton(button);
        delete button;
    }
    qDeleteAll(m_choiceLabels);
    m_choiceLabels.clear();
    if (m_question.kind != Question::Kind::Choice)
        return;
    for (qsizetype i = 0; i < m_question.choices.size(); ++i) {
        // A radio button cannot wrap its text, and choices are sentences: the label beside it wraps,
        // and clicking it chooses as clicking the button does.
        auto* button = new QRadioButton(m_choices);
        auto* label = new QLabel(m_choices);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->installEventFilter(this);
        button->installEventFilter(this);
        m_choiceGroup->addButton(button, int(i));
        m_choicesLayout->addWidget(button, int(i), 0, Qt::AlignTop);
        m_choicesLayout->addWidget(label, int(i), 1);
        m_choiceLabels.append(label);
    }
}

void AnswerInput::updateChoiceTexts()
{
    for (qsizetype i = 0; i < m_choiceLabels.size(); ++i) {
        const QString& text = m_question.choices[i].text;
        const bool right = m_revealed && m_correctChoice == i;
        const bool chosenWrong = m_revealed && m_correctChoice >= 0 && !right && choice() == i;
        // The mark and the weight, not a colour alone, tell the right choice. Only the weight is set:
        // the size still follows the window (presentation mode) and whoever enlarged this input.
        QFont font;
        font.setBold(right);
        m_choiceLabels[i]->setFont(font);
        m_choiceLabels[i]->setText(right ? tr("✓ %1", "the right choice, once revealed").arg(text)
                                   : chosenWrong
                                       ? tr("✗ %1", "the learner's wrong choice, once revealed").arg(text)
                                       : text);
        QAbstractButton* button = m_choiceGroup->button(int(i));
        button->setAccessibleName(text);
        // A screen reader cannot see the tick and the cross: the description says it.
        button->setAccessibleDescription(right         ? tr("The right answer.")
                                         : chosenWrong ? tr("Your answer, not the right one.")
                                                       : QString());
    }
}

bool AnswerInput::hasAnswer() const
{
    if (m_question.kind == Question::Kind::Choice)
        return choice() >= 0;
    return number().has_value();
}

int AnswerInput::choice() const
{
    return m_choiceGroup->checkedId();
}

std::optional<double> AnswerInput::number() const
{
    if (m_question.kind != Question::Kind::Number || m_number->cleanText().isEmpty())
        return std::nullopt;
    return m_number->value();
}

void AnswerInput::choose(int index)
{
    if (QAbstractButton* button = m_choiceGroup->button(index))
        button->setChecked(true);
}

void AnswerInput::setNumber(double value)
{
    m_number->setValue(value);
}

void AnswerInput::setLocked(bool locked)
{
    m_locked = locked;
    for (QAbstractButton* button : m_choiceGroup->buttons())
        button->setEnabled(!locked);
    m_number->setEnabled(!locked);
}

void AnswerInput::showReveal(int correctChoice)
{
    m_revealed = true;
    m_correctChoice = correctChoice;
    setLocked(true);
    updateChoiceTexts();
}

bool AnswerInput::eventFilter(QObject* watched, QEvent* event)
{
    auto* choiceButton = qobject_cast<QAbstractButton*>(watched);
    const bool answering =
        watched == m_number || (choiceButton && m_choiceGroup->buttons().contains(choiceButton));
    if (answering && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // A focused choice is the answer meant, even if Space did not check it yet.
            if (choiceButton && choiceButton->isEnabled())
                choiceButton->setChecked(true);
            emit submitted();
            return true;
        }
    }
    const qsizetype index = m_choiceLabels.indexOf(watched);
    if (index >= 0 && event->type() == QEvent::MouseButtonRelease) {
        QAbstractButton* button = m_choiceGroup->button(int(index));
        if (button->isEnabled())
            button->setChecked(true);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AnswerInput::retranslate()
{
    m_numberLabel->setText(tr("Your &prediction:"));
    m_number->setAccessibleName(tr("Your prediction"));
}

void AnswerInput::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace protoviz
