#include "app/cli/ladderprinter.h"

#include "core/session/tlsladder.h"
#include "core/timeline/protocoldescriptor.h"
#include "core/timeline/timeline.h"

#include <QLocale>

namespace protoviz::cli {

namespace {

constexpr qsizetype ClientWidth = 34;
constexpr qsizetype ServerWidth = 46;

// Joins labels with ", " into lines of at most width characters (a longer label gets a line of its own).
QStringList wrapped(const QStringList& labels, qsizetype width)
{
    QStringList lines;
    QString line;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString piece = labels[i] + (i + 1 < labels.size() ? QStringLiteral(",") : QString());
        if (!line.isEmpty() && line.size() + 1 + piece.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + piece;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QString number(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

} // namespace

QString LadderPrinter::render(const Timeline& timeline, const QString& title)
{
    const TlsLadder ladder = TlsLadder::build(timeline);
    QString text;
    text += ladder.rttNs > 0 ? tr("Handshake ladder of %1 (time since the session started; 1 RTT = %2 ms)")
                                   .arg(title, number(double(ladder.rttNs) / 1e6, 1))
                             : tr("Handshake ladder of %1 (time since the session started)").arg(title);
    text += QLatin1Char('\n');
    const QString indent(22, QLatin1Char(' '));
    text += tr("RTT").rightJustified(6) + tr("ms").rightJustified(10) + QStringLiteral("  ") +
            tr("client sends").leftJustified(ClientWidth + 6) + tr("server sends") + QLatin1Char('\n');
    for (const TlsLadder::Step& step : ladder.steps) {
        const QString when = QStringLiteral("%1 %2  ")
                                 .arg(number(ladder.roundTrips(step.timeNs), 2), 6)
                                 .arg(number(double(step.timeNs) / 1e6, 1), 9);
        if (step.mark) {
            text += when + QStringLiteral("● ") + step.labels.join(QStringLiteral(", ")) + QLatin1Char('\n');
            continue;
        }
        if (step.side == Origin::Client) {
            const QStringList lines = wrapped(step.labels, ClientWidth);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                text += (i == 0 ? when : indent) + lines[i].leftJustified(ClientWidth) +
                        (i == 0 ? QStringLiteral("  ──▶") : QString()) + QLatin1Char('\n');
            }
        } else {
            const QStringList lines = wrapped(step.labels, ServerWidth);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                text += (i == 0 ? when : indent) + QString(ClientWidth, QLatin1Char(' ')) +
                        (i == 0 ? QStringLiteral("  ◀──  ") : QStringLiteral("       ")) + lines[i] +
                        QLatin1Char('\n');
            }
        }
    }

    // What the handshake agreed, as the client reported it.
    const QList<Event> events = timeline.events();
    bool completed = false;
    for (const Event& event : events) {
        if (!ProtocolRegistry::of(event).reportsHandshakeAgreement(event) || event.origin != Origin::Client)
            continue;
        const EventDetail detail = timeline.detail(event);
        completed = true;
        text += tr("  Agreed: %1, %2, group %3, ALPN %4; session resumed: %5; early data: %6.")
                    .arg(detail.fieldValue(u"version"), detail.fieldValue(u"cipher suite"),
                         detail.fieldValue(u"group"), detail.fieldValue(u"ALPN"),
                         detail.fieldValue(u"session resumed"), detail.fieldValue(u"early data")) +
                QLatin1Char('\n');
        QStringList facts;
        const auto flush = [&] {
            if (!facts.isEmpty())
                text += QStringLiteral("       ") + facts.join(QStringLiteral("; ")) + QLatin1Char('\n');
            facts.clear();
        };
        for (const Field& field : detail.fields) {
            if (field.name == QLatin1String("certificate chain")) {
                text += tr("  Server certificate chain, as the client verified it (%1):").arg(field.value) +
                        QLatin1Char('\n');
            } else if (field.depth == 1 && field.name.startsWith(QLatin1String("certificate "))) {
                flush();
                text += QStringLiteral("    %1. %2\n").arg(field.name.mid(12), field.value);
            } else if (field.depth == 2 && field.name == QLatin1String("issuer")) {
                facts.append(tr("issued by %1").arg(field.value));
                flush();
            } else if (field.depth == 2 && field.name == QLatin1String("valid from")) {
                facts.append(tr("valid from %1").arg(field.value));
            } else if (field.depth == 2 && field.name == QLatin1String("valid until")) {
                facts.append(tr("until %1").arg(field.value));
            } else if (field.depth == 2 && field.name == QLatin1String("subject alternative names")) {
                facts.append(tr("names: %1").arg(field.value));
            } else if (field.depth == 2 && field.name == QLatin1String("key type")) {
                facts.append(tr("key %1").arg(field.value));
            } else if (field.depth == 2 && field.name == QLatin1String("certificate authority") &&
                       field.value == QCoreApplication::translate("protoviz", "yes")) {
                facts.append(tr("a certificate authority"));
            }
        }
        flush();
        break;
    }
    // A handshake that failed: the alerts that said why, and the reason the session ended with.
    if (!completed) {
        for (const Event& event : events) {
            const ProtocolDescriptor& descriptor = ProtocolRegistry::of(event);
            if (!descriptor.isUnit(event) || descriptor.role(event) != UnitRole::Failure ||
                !((event.origin == Origin::Client && event.direction == Direction::ClientToServer) ||
                  (event.origin == Origin::Server && event.direction == Direction::ServerToClient)))
                continue;
            text += (event.origin == Origin::Client ? tr("  The client sent the alert %1.")
                                                    : tr("  The server sent the alert %1."))
                        .arg(timeline.detail(event).text) +
                    QLatin1Char('\n');
        }
    }
    for (const Event& event : events) {
        if (event.is(SessionKind::Finished) && event.flags != quint8(SessionOutcome::Completed))
            text += tr("  The session failed: %1").arg(timeline.detail(event).text) + QLatin1Char('\n');
    }
    if (ladder.firstResponseByteNs >= 0) {
        text += (ladder.rttNs > 0 ? tr("  First response byte after %1 round trips (%2 ms).")
                                        .arg(number(ladder.roundTrips(ladder.firstResponseByteNs), 2),
                                             number(double(ladder.firstResponseByteNs) / 1e6, 1))
                                  : tr("  First response byte after %1 ms.")
                                        .arg(number(double(ladder.firstResponseByteNs) / 1e6, 1))) +
                QLatin1Char('\n');
    }
    return text;
}

} // namespace protoviz::cli
