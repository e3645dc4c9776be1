#include "core/tls/tlsdescriptor.h"

#include "core/timeline/timeline.h"
#include "core/tls/tlsnames.h"
#include "core/tls/tlsstream.h"

#include <QCoreApplication>

namespace protoviz {

namespace {

constexpr EventKindName kinds[] = {
    {kindOf(TlsKind::Record), u"Record"},
    {kindOf(TlsKind::HandshakeMessage), u"HandshakeMessage"},
    {kindOf(TlsKind::ChangeCipherSpec), u"ChangeCipherSpec"},
    {kindOf(TlsKind::Alert), u"Alert"},
    {kindOf(TlsKind::HandshakeComplete), u"HandshakeComplete"},
    {kindOf(TlsKind::EarlyData), u"EarlyData"},
    {kindOf(TlsKind::Error), u"Error"},
};

constexpr quint8 ApplicationDataRecord = 23;
constexpr qint64 FatalLevel = 2;

// A record carries a handshake message, an alert, a ChangeCipherSpec or application data; the agreed
// keys (HandshakeComplete) and 0-RTT summaries describe units already on the wire.
class TlsDescriptor final : public ProtocolDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(TlsDescriptor)

public:
    Layer layer() const override { return Layer::Tls; }
    QStringView id() const override { return u"tls"; }
    QString title() const override { return tr("TLS"); }
    LayerPlace place() const override { return LayerPlace::Carrier; }
    HandshakeStep handshakeStep(const Event& event) const override;
    QString agreedName(const Timeline& timeline, const Event& completed) const override;
    // The receiver of a TLS 1.2 ChangeCipherSpec sees only its record: the message has no bytes there.
    bool sizeDiffersAtReceiver(const Event& event) const override
    {
        return event.kind == kindOf(TlsKind::ChangeCipherSpec);
    }
    // A handshake message, alert or ChangeCipherSpec follows its record on the sender's side.
    bool envelopesNext(const Event& event) const override { return event.kind == kindOf(TlsKind::Record); }
    std::span<const EventKindName> kindNames() const override { return kinds; }
    bool isUnit(const Event& event) const override;
    bool isError(const Event& event) const override { return event.kind == kindOf(TlsKind::Error); }
    bool reportsHandshakeAgreement(const Event& event) const override
    {
        return event.kind == kindOf(TlsKind::HandshakeComplete);
    }
    UnitRole role(const Event& event) const override;
    QList<Event> keyEvents() const override;
    QString unitName(const Event& event) const override;
    QString unitHeading(const Event& event, const QString& label) const override;
    std::optional<ArrowLabel> arrowLabel(const Timeline& timeline, const Event& event) const override;
    QString arrowNote(const Timeline& timeline, const Event& event) const override;
    QString unitPhrase(const Event& event) const override;
    QString unitLabel(const Timeline& timeline, const Event& event) const override;
    QString sentence(const Event& event, const QString& who) const override;
    // Each handshake flight of the client's (its ClientHello, its Finished, a second ClientHello after a
    // HelloRetryRequest) waits on the server's.
    RoundTripStep roundTripStep(const Event& event) const override
    {
        if (event.direction == Direction::ClientToServer && event.kind == kindOf(TlsKind::HandshakeMessage))
            return RoundTripStep::Asks;
        return ProtocolDescriptor::roundTripStep(event);
    }
};

bool TlsDescriptor::isUnit(const Event& event) const
{
    switch (TlsKind(event.kind)) {
    case TlsKind::Record:
    case TlsKind::HandshakeMessage:
    case TlsKind::ChangeCipherSpec:
    case TlsKind::Alert:
        return true;
    default:
        return false;
    }
}

HandshakeStep TlsDescriptor::handshakeStep(const Event& event) const
{
    switch (TlsKind(event.kind)) {
    case TlsKind::Alert: // close_notify comes after the handshake; an alert during it ends it
    case TlsKind::Error:
        return HandshakeStep::Failed;
    case TlsKind::HandshakeComplete:
        return HandshakeStep::Completed;
    default:
        return HandshakeStep::Message;
    }
}

QString TlsDescriptor::agreedName(const Timeline& timeline, const Event& completed) const
{
    QString version = timeline.detail(completed).fieldValue(u"version");
    version.replace(QLatin1String("TLSv"), QLatin1String("TLS "));
    return version;
}

UnitRole TlsDescriptor::role(const Event& event) const
{
    switch (TlsKind(event.kind)) {
    case TlsKind::Alert:
        // A warning (close_notify above all) closes politely; a fatal alert is a failure.
        return event.value == FatalLevel ? UnitRole::Failure : UnitRole::CloseNotify;
    case TlsKind::Error:
        return UnitRole::Failure;
    case TlsKind::EarlyData:
        return UnitRole::ApplicationData;
    case TlsKind::Record:
        return event.flags == ApplicationDataRecord ? UnitRole::ApplicationData : UnitRole::TlsHandshake;
    default:
        return UnitRole::TlsHandshake;
    }
}

QList<Event> TlsDescriptor::keyEvents() const
{
    const auto of = [](TlsKind kind, quint8 flags = 0, qint64 value = 0) {
        return Event{.layer = Layer::Tls, .kind = kindOf(kind), .flags = flags, .value = value};
    };
    constexpr quint8 CloseNotify = 0;
    constexpr quint8 HandshakeFailure = 40;
    return {of(TlsKind::HandshakeMessage), of(TlsKind::Record, ApplicationDataRecord),
            of(TlsKind::Alert, CloseNotify, 1), of(TlsKind::Alert, HandshakeFailure, FatalLevel)};
}

QString TlsDescriptor::unitName(const Event& event) const
{
    switch (TlsKind(event.kind)) {
    case TlsKind::Record:
        // A record is drawn on its own only where its content is not: encrypted application data.
        return tr("data");
    case TlsKind::ChangeCipherSpec:
        return QStringLiteral("ChangeCipherSpec");
    default:
        return {};
    }
}

QString TlsDescriptor::unitLabel(const Timeline& timeline, const Event& event) const
{
    switch (TlsKind(event.kind)) {
    case TlsKind::HandshakeMessage:
        return timeline.detail(event).text;
    case TlsKind::Alert: {
        // "close_notify (0)" → "close_notify".
        const QString description = timeline.detail(event).fieldValue(u"description");
        return description.left(description.indexOf(QLatin1String(" (")));
    }
    default:
        return {};
    }
}

QString TlsDescriptor::unitHeading(const Event& event, const QString& label) const
{
    switch (TlsKind(event.kind)) {
    case TlsKind::Record:
        return tr("TLS record: %1").arg(TlsNames::contentTypeName(event.flags));
    case TlsKind::Alert:
        return tr("TLS alert: %1").arg(label);
    case TlsKind::HandshakeMessage:
        return tr("TLS handshake message: %1").arg(label);
    case TlsKind::ChangeCipherSpec:
        return QStringLiteral("ChangeCipherSpec");
    default:
        return tr("TLS error");
    }
}

QString TlsDescriptor::unitPhrase(const Event& event) const
{
    switch (TlsKind(event.kind)) {
    case TlsKind::Record:
        return tr("a TLS record");
    case TlsKind::HandshakeMessage:
        // The standard's own name (ClientHello, Certificate...) is the word learners meet everywhere.
        return TlsNames::handshakeTypeName(event.flags);
    case TlsKind::ChangeCipherSpec:
        return QStringLiteral("ChangeCipherSpec");
    case TlsKind::Alert:
        //: %1 is the alert as the standard names it: close_notify, unknown_ca...
        return tr("a TLS alert (%1)").arg(TlsNames::alertDescriptionName(event.flags));
    case TlsKind::EarlyData:
        return tr("early data (0-RTT)");
    default:
        return tr("a TLS message");
    }
}

QString TlsDescriptor::sentence(const Event& event, const QString& who) const
{
    switch (TlsKind(event.kind)) {
    case TlsKind::HandshakeComplete:
        return tr("%1 agreed on the TLS keys").arg(who);
    case TlsKind::Error:
        return tr("%1 hit a TLS error").arg(who);
    default:
        return {};
    }
}

// The ladder's words, in the translation context where they were made.
std::optional<ArrowLabel> TlsDescriptor::arrowLabel(const Timeline& timeline, const Event& e) const
{
    switch (TlsKind(e.kind)) {
    case TlsKind::HandshakeMessage: {
        QString name = timeline.detail(e).text;
        if (name.isEmpty())
            name = TlsNames::handshakeTypeName(e.flags);
        // What a full handshake has and a resumed one lacks (or a retried one adds) is the point of
        // comparing them; ServerHello or Finished come in every handshake.
        const bool distinctive = name.startsWith(QLatin1String("Certificate")) ||
                                 name.startsWith(QLatin1String("HelloRetryRequest")) ||
                                 name.startsWith(QLatin1String("NewSessionTicket")) ||
                                 name.startsWith(QLatin1String("ServerKeyExchange")) ||
                                 name.startsWith(QLatin1String("ClientKeyExchange"));
        return ArrowLabel{name, name, distinctive};
    }
    case TlsKind::ChangeCipherSpec:
        return ArrowLabel{QStringLiteral("ChangeCipherSpec"), QStringLiteral("ChangeCipherSpec")};
    case TlsKind::Alert: {
        if (e.flags == 0)
            return ArrowLabel{QStringLiteral("close_notify"), QStringLiteral("close_notify")};
        const QString name = QCoreApplication::translate("LadderModel", "alert %1")
                                 .arg(TlsNames::alertDescriptionName(e.flags));
        return ArrowLabel{name, name, true};
    }
    case TlsKind::EarlyData:
        if (e.flags != quint8(TlsEarlyData::Sent))
            return std::nullopt;
        return ArrowLabel{QCoreApplication::translate("LadderModel", "early data"),
                          QCoreApplication::translate("LadderModel", "early data"), true};
    default:
        return std::nullopt;
    }
}

// The ladder's tooltip words, in the translation context where they were made.
QString TlsDescriptor::arrowNote(const Timeline&, const Event& e) const
{
    return e.kind == kindOf(TlsKind::Alert)
               ? QCoreApplication::translate(
                     "protoviz::LadderView",
                     "A TLS alert: a warning, an error, or the end of the secure session.")
               : QCoreApplication::translate(
                     "protoviz::LadderView",
                     "TLS handshake: client and server agree on keys before the first request may go.");
}

} // namespace

const ProtocolDescriptor& tlsDescriptor()
{
    static const TlsDescriptor descriptor;
    return descriptor;
}

} // namespace protoviz
