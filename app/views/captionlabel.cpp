#include "app/views/captionlabel.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QTextLayout>

namespace protoviz {

CaptionLabel::CaptionLabel(int maximumLines, QWidget* parent)
    : QLabel(parent)
    , m_maximumLines(maximumLines)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // The layout decides the width; the text adapts to it, not the other way round.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void CaptionLabel::setFullText(const QString& text)
{
    m_fullText = text;
    refit();
}

void CaptionLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    refit();
}

void CaptionLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        refit();
}

void CaptionLabel::refit()
{
    const qreal width = contentsRect().width() - 2 * margin() - indent() * (indent() > 0 ? 1 : 0);
    QString shown = m_fullText;
    if (width > 0 && !m_fullText.isEmpty()) {
        QTextLayout layout(m_fullText, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        int lines = 0;
        int lastStart = 0;
        bool more = false;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            if (lines == m_maximumLines) {
                more = true;
                break;
            }
            line.setLineWidth(width);
            lastStart = line.textStart();
            ++lines;
        }
        layout.endLayout();
        if (more) {
            // The last line shown keeps as much of the rest as fits, cut at the end.
            const QFontMetricsF metrics(font());
            const QString rest = m_fullText.mid(lastStart).simplified();
            shown = m_fullText.left(lastStart) +
                    metrics.elidedText(rest, Qt::ElideRight, width - metrics.averageCharWidth());
        }
    }
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace protoviz
