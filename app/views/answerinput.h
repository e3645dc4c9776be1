#pragma once

#include "core/lesson/lesson.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace protoviz {

/// The learner's answer to a question, as a lesson step and the quiz take it: a choice question's choices
/// as radio buttons, each beside a word-wrapping label that chooses it when clicked, or a number
/// question's spin box with the unit, empty until the learner predicts. Once revealed, the right choice
/// is marked with a tick and bold type, and a wrong choice the learner made with a cross. Grades
/// nothing: whoever shows it says which choice is right. Works from the keyboard: Tab reaches the
/// choices (arrow keys move between them) or the number, and Enter on them submits the answer
/// (submitted()). Screen readers hear each choice's text as its name and, once revealed, whether it is
/// right as its description. GUI thread.
class AnswerInput final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerInput)

public:
    explicit AnswerInput(QWidget* parent = nullptr);

    /// Offers question's choices or a number to predict: unanswered, unlocked, nothing revealed.
    void setQuestion(const Question& question);
    /// Shows the same question's texts in another language, keeping the answer and the marks.
    void updateTexts(const Question& question);

    /// Whether a choice is made, or a number is typed.
    bool hasAnswer() const;
    /// The choice made (0-based), or -1.
    int choice() const;
    /// The number typed, or nothing while the box is empty.
    std::optional<double> number() const;
    /// Answer as the learner does; an index out of range changes nothing.
    void choose(int index);
    void setNumber(double value);

    /// A locked answer can no longer change; the choices' texts stay as readable as before.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    /// Marks correctChoice as the right one (-1 when no choice is known to be right) and a different
    /// choice made as wrong; locks the answer.
    void showReveal(int correctChoice);
    bool isRevealed() const { return m_revealed; }

signals:
    /// The answer changed: a choice was made or the number edited, by the learner or by choose() and
    /// setNumber().
    void answerChanged();
    /// The learner pressed Enter on a choice or in the number box to submit the answer there is.
    void submitted();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildChoices();
    void updateChoiceTexts();
    void retranslate();

    Question m_question;
    bool m_locked = false;
    bool m_revealed = false;
    int m_correctChoice = -1;

    QWidget* m_choices = nullptr;
    QGridLayout* m_choicesLayout = nullptr;
    QButtonGroup* m_choiceGroup = nullptr;
    QList<QLabel*> m_choiceLabels; // beside the buttons of m_choiceGroup, in the same order
    QWidget* m_numberRow = nullptr;
    QLabel* m_numberLabel = nullptr;
    QDoubleSpinBox* m_number = nullptr;
};

} // namespace protoviz
