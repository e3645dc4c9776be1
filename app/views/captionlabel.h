#pragma once

#include <QLabel>

namespace protoviz {

/// A caption of at most a few lines (the scenario's description above the panes): the text wraps, and
/// what does not fit in those lines is elided at the end, with the whole text in the tooltip. Takes any
/// width the layout gives it, so a long text never widens the window.
class CaptionLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionLabel)

public:
    explicit CaptionLabel(int maximumLines, QWidget* parent = nullptr);

    /// The whole text; text() is what is shown (elided when it needs more lines).
    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    /// Whether text() is cut short of fullText().
    bool isElided() const { return text() != m_fullText; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refit();

    const int m_maximumLines;
    QString m_fullText;
};

} // namespace protoviz
