#include "core/session/tlsladder.h"

#include "core/timeline/timeline.h"
#include "core/tls/tlsnames.h"
#include "core/tls/tlsstream.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace protoviz {

namespace {

// Sends this close together count as one, even across bytes received in between (a server's session
// tickets and the response that follows them).
constexpr qint64 SameMomentNs = 2000000;

struct Item
{
    Origin side;
    bool mark;
    QString label;
};

QString startLine(const EventDetail& detail, const QString& fallback)
{
    const qsizetype end = detail.bytes.indexOf("\r\n");
    if (end <= 0)
        return fallback;
    QString line = QString::fromLatin1(detail.bytes.left(end));
    // "GET / HTTP/1.1" reads better without the version; a status line keeps it first.
    if (line.endsWith(QLatin1String(" HTTP/1.1")) || line.endsWith(QLatin1String(" HTTP/1.0")))
        line.chop(9);
    return line;
}

bool sentBySide(const Event& e)
{
    return (e.origin == Origin::Client && e.direction == Direction::ClientToServer) ||
           (e.origin == Origin::Server && e.direction == Direction::ServerToClient);
}

std::optional<Item> itemOf(const Timeline& timeline, const Event& e, bool firstResponseSeen)
{
    switch (e.layer) {
    case Layer::Wire:
        if (e.kind == kindOf(WireKind::Syn))
            return Item{Origin::Client, false, QStringLiteral("SYN")};
        if (e.kind == kindOf(WireKind::SynAck))
            return Item{Origin::Server, false, QStringLiteral("SYN-ACK")};
        return std::nullopt;
    case Layer::Tls:
        if (e.kind == kindOf(TlsKind::HandshakeComplete) && e.origin == Origin::Client)
            return Item{Origin::Client, true,
                        QCoreApplication::translate("protoviz", "handshake complete at the client")};
        if (!sentBySide(e))
            return std::nullopt;
        switch (TlsKind(e.kind)) {
        case TlsKind::HandshakeMessage: {
            const QString name = timeline.detail(e).text;
            return Item{e.origin, false, name.isEmpty() ? TlsNames::handshakeTypeName(e.flags) : name};
        }
        case TlsKind::ChangeCipherSpec:
            return Item{e.origin, false, QStringLiteral("ChangeCipherSpec")};
        case TlsKind::Alert:
            if (e.flags == 0)
                return Item{e.origin, false, QStringLiteral("close_notify")};
            return Item{
                e.origin, false,
                QCoreApplication::translate("protoviz", "alert %1 (%2)")
                    .arg(TlsNames::alertDescriptionName(e.flags), TlsNames::alertLevelName(quint8(e.value)))};
        case TlsKind::EarlyData:
            if (e.flags != quint8(TlsEarlyData::Sent))
                return std::nullopt;
            return Item{
                e.origin, false,
                QCoreApplication::translate("protoviz", "early data (%n byte(s))", nullptr, int(e.size))};
        default:
            return std::nullopt;
        }
    case Layer::Http1:
        if (e.kind == kindOf(Http1Kind::ResponseHead) && e.origin == Origin::Client && !firstResponseSeen)
            return Item{Origin::Client, true, QCoreApplication::translate("protoviz", "first response byte")};
        if (!sentBySide(e))
            return std::nullopt;
        if (e.kind == kindOf(Http1Kind::RequestHead))
            return Item{e.origin, false,
                        startLine(timeline.detail(e), QCoreApplication::translate("protoviz", "request"))};
        if (e.kind == kindOf(Http1Kind::ResponseHead))
            return Item{e.origin, false,
                        startLine(timeline.detail(e), QCoreApplication::translate("protoviz", "response"))};
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

// "NewSessionTicket, NewSessionTicket" reads as "NewSessionTicket ×2".
QStringList collapsed(const QStringList& labels)
{
    QStringList out;
    int repeat = 1;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i + 1 < labels.size() && labels[i + 1] == labels[i]) {
            ++repeat;
            continue;
        }
        out.append(repeat > 1 ? QStringLiteral("%1 ×%2").arg(labels[i]).arg(repeat) : labels[i]);
        repeat = 1;
    }
    return out;
}

} // namespace

TlsLadder TlsLadder::build(const Timeline& timeline)
{
    TlsLadder ladder;
    const QList<Event> events = timeline.events();
    qint64 startNs = events.isEmpty() ? 0 : events.constFirst().timeNs;
    for (const Event& e : events) {
        if (e.is(Layer::Session, SessionKind::Started)) {
            startNs = e.timeNs;
            ladder.rttNs = e.value;
            break;
        }
    }
    // Whether each side has received bytes since its last send: what it sends next answers them.
    bool clientHeard = false;
    bool serverHeard = false;
    qint64 lastSendNs = 0;
    qsizetype lastSendStep = -1;
    for (const Event& e : events) {
        if (e.origin == Origin::Client && e.direction == Direction::ServerToClient)
            clientHeard = true;
        else if (e.origin == Origin::Server && e.direction == Direction::ClientToServer)
            serverHeard = true;
        const std::optional<Item> item = itemOf(timeline, e, ladder.firstResponseByteNs >= 0);
        if (!item)
            continue;
        const qint64 timeNs = e.timeNs - startNs;
        if (item->mark) {
            if (e.layer == Layer::Http1)
                ladder.firstResponseByteNs = timeNs;
            ladder.steps.append({item->side, true, timeNs, {item->label}});
            continue;
        }
        bool& heard = item->side == Origin::Client ? clientHeard : serverHeard;
        if (lastSendStep >= 0 && ladder.steps[lastSendStep].side == item->side &&
            (!heard || timeNs - lastSendNs <= SameMomentNs)) {
            ladder.steps[lastSendStep].labels.append(item->label);
            // A flight leaves when its last message is written out (OpenSSL flushes them together).
            ladder.steps[lastSendStep].timeNs = timeNs;
        } else {
            ladder.steps.append({item->side, false, timeNs, {item->label}});
            lastSendStep = ladder.steps.size() - 1;
        }
        heard = false;
        lastSendNs = timeNs;
    }
    for (Step& step : ladder.steps)
        step.labels = collapsed(step.labels);
    std::stable_sort(ladder.steps.begin(), ladder.steps.end(),
                     [](const Step& a, const Step& b) { return a.timeNs < b.timeNs; });
    return ladder;
}

} // namespace protoviz
