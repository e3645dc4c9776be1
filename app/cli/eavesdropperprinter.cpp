#include "app/cli/eavesdropperprinter.h"

#include "core/timeline/timeline.h"

#include <QLocale>

namespace protoviz::cli {

namespace {

// Long cleartext (the account page) is cut in the terminal; the recording keeps it.
constexpr qsizetype MaxShownLines = 8;

QString arrow(Direction direction)
{
    return direction == Direction::ServerToClient ? EavesdropperPrinter::tr("server → client")
                                                  : EavesdropperPrinter::tr("client → server");
}

} // namespace

QString EavesdropperPrinter::render(const Timeline& timeline, const QString& title)
{
    const QLocale locale = QLocale::c();
    QString text = tr("%1 — what the eavesdropper on the link read:").arg(title) + u'\n';
    int heard = 0;
    int secrets = 0;
    QString conclusion;
    for (const Event& event : timeline.events()) {
        if (event.is(SessionKind::Finished)) {
            conclusion = timeline.detail(event).text;
            continue;
        }
        const bool overheard = event.is(WireKind::Overheard);
        if (!overheard && !event.is(WireKind::Tampered))
            continue;
        const EventDetail detail = timeline.detail(event);
        QString mark;
        if (!overheard)
            mark = tr("[ALTERED] ");
        else if (event.flags & OverheardFlag::Secret)
            mark = tr("[SECRET] ");
        text +=
            QStringLiteral("  %1  %2  %3%4\n")
                .arg(tr("%1 ms").arg(locale.toString(double(event.timeNs) / 1e6, 'f', 1)).rightJustified(10),
                     arrow(event.direction), mark, detail.text);
        if (overheard) {
            ++heard;
            if (event.flags & OverheardFlag::Secret)
                ++secrets;
        }
        // Cleartext HTTP: show the observer's copy of the head, as it crossed the wire.
        // TLS records start with a content type below 0x20; printable bytes are HTTP text.
        if (overheard && !(event.flags & OverheardFlag::Encrypted) && !detail.bytes.isEmpty() &&
            quint8(detail.bytes.front()) >= 0x20) {
            const QStringList lines = QString::fromLatin1(detail.bytes).split(u'\n');
            for (qsizetype i = 0; i < std::min(lines.size(), MaxShownLines); ++i) {
                if (const QString line = lines[i].trimmed(); !line.isEmpty())
                    text += QStringLiteral("                 | %1\n").arg(line.left(100));
            }
            if (lines.size() > MaxShownLines)
                text += QStringLiteral("                 | …\n");
        }
    }
    if (heard == 0)
        text += tr("  (no eavesdropper on this link)") + u'\n';
    else
        text += tr("  %n observation(s), %1 with a secret.", nullptr, heard).arg(secrets) + u'\n';
    if (!conclusion.isEmpty())
        text += tr("  Result: %1").arg(conclusion) + u'\n';
    return text;
}

} // namespace protoviz::cli
