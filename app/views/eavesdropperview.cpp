#include "app/views/eavesdropperview.h"

#include "core/timeline/timeline.h"

#include "app/views/viewtheme.h"

#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace protoviz {

namespace {

// Long cleartext (a whole account page) is cut in the transcript; the inspector has every byte.
constexpr qsizetype MaxShownChars = 400;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

EavesdropperView::EavesdropperView(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    // Recorded requests are long lines: they wrap in the transcript rather than scroll sideways.
    m_text->setLineWrapMode(QTextEdit::WidgetWidth);
    layout->addWidget(m_text);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, &EavesdropperView::rebuild);
    if (m_context.theme)
        connect(m_context.theme, &ViewTheme::changed, this, &EavesdropperView::rebuild);
    rebuild();
}

void EavesdropperView::setTimeline(const Timeline* timeline)
{
    if (m_timeline)
        disconnect(m_timeline, nullptr, this, nullptr);
    m_timeline = timeline;
    if (timeline) {
        connect(timeline, &Timeline::eventsAppended, this, [this] {
            if (!m_refresh.isActive())
                m_refresh.start();
        });
    }
    rebuild();
}

QString EavesdropperView::plainText() const
{
    return m_text->toPlainText();
}

void EavesdropperView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

void EavesdropperView::retranslate()
{
    setAccessibleName(tr("Eavesdropper"));
    m_text->setAccessibleName(tr("What someone on the link reads"));
    m_text->setAccessibleDescription(tr("Every observation on the link, with its time and direction; secrets "
                                        "and altered bytes are marked in words as well as colour"));
}

void EavesdropperView::rebuild()
{
    retranslate();
    const QLocale locale;
    const QString secretColor = QStringLiteral("#c62828");
    const QString alteredColor = QStringLiteral("#e65100");
    const QString mutedColor = m_context.theme ? m_context.theme->muted().name() : QStringLiteral("#777777");
    QString html;
    int heard = 0;
    m_secrets = 0;
    QString conclusion;
    if (m_timeline) {
        for (const Event& event : m_timeline->events()) {
            if (event.is(SessionKind::Finished)) {
                conclusion = m_timeline->detail(event).text;
                continue;
            }
            const bool overheard = event.is(WireKind::Overheard);
            if (!overheard && !event.is(WireKind::Tampered))
                continue;
            const EventDetail detail = m_timeline->detail(event);
            const QString when = tr("%1 ms").arg(locale.toString(double(event.timeNs) / 1e6, 'f', 1));
            const QString way =
                event.direction == Direction::ServerToClient ? tr("server → client") : tr("client → server");
            QString line = escaped(detail.text);
            QString color;
            if (!overheard) {
                color = alteredColor;
                line = tr("ALTERED: %1").arg(line);
            } else if (event.flags & OverheardFlag::Secret) {
                color = secretColor;
                line = tr("SECRET: %1").arg(line);
                ++m_secrets;
            } else if (event.flags & OverheardFlag::Encrypted) {
                color = mutedColor;
            }
            if (overheard)
                ++heard;
            const QString styled =
                color.isEmpty()
                    ? line
                    : QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
                          .arg(color, color == mutedColor ? QString() : QStringLiteral("font-weight:bold"),
                               line);
            html += QStringLiteral("<p style=\"margin:2px 0\"><tt>%1</tt> &nbsp;%2 &nbsp;%3</p>")
                        .arg(escaped(when), escaped(way), styled);
            // Cleartext HTTP is shown as the observer has it; TLS records start with a byte below 0x20.
            if (overheard && !(event.flags & OverheardFlag::Encrypted) && !detail.bytes.isEmpty() &&
                quint8(detail.bytes.front()) >= 0x20) {
                QString text = QString::fromLatin1(detail.bytes).remove(u'\r');
                if (text.size() > MaxShownChars)
                    text = text.left(MaxShownChars) + u'…';
                html +=
                    QStringLiteral(
                        "<pre style=\"margin:0 0 6px 24px; white-space:pre-wrap; color:%1\">%2</pre>")
                        .arg(event.flags & OverheardFlag::Secret ? secretColor : QString(), escaped(text));
            }
        }
    }
    // The conclusion first: it says why, the transcript below is the evidence.
    QString head = QStringLiteral("<h3>%1</h3>").arg(escaped(tr("What someone on the link reads")));
    if (heard == 0 && conclusion.isEmpty()) {
        head += QStringLiteral("<p>%1</p>")
                    .arg(escaped(
                        tr("Nobody is listening on this link. The scenarios “HTTP against HTTPS, with an "
                           "eavesdropper” and “Tampering” put an eavesdropper and an attacker on it.")));
    } else {
        if (!conclusion.isEmpty())
            head += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Result:")), escaped(conclusion));
        head += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("%n observation(s), %1 with a secret.", nullptr, heard).arg(m_secrets)));
    }
    html = head + html;
    // Keep the reader's place while the transcript grows.
    const int scroll = m_text->verticalScrollBar() ? m_text->verticalScrollBar()->value() : 0;
    m_text->setHtml(html);
    if (m_text->verticalScrollBar())
        m_text->verticalScrollBar()->setValue(scroll);
}

} // namespace protoviz
