#include "core/link/eavesdropper.h"

#include "core/tls/tlscertificateinfo.h"
#include "core/tls/tlshandshakedissector.h"

#include <QUrlQuery>

namespace protoviz {

namespace {

// What an event keeps of the bytes read: enough to show a login form or a record's first bytes.
constexpr qsizetype MaxKeptBytes = 4096;
// A head this long without its blank line is not HTTP the observer can frame; it is reported as is.
constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype TlsHeaderSize = 5;
// RFC 8446 5.2: a ciphertext record is at most 2^14 + 256 bytes.
constexpr quint32 MaxTlsRecordLength = 16384 + 256;
constexpr quint8 TlsHandshakeByte = 22;

quint32 bigEndian(QByteArrayView bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

bool isSecretHeader(QByteArrayView name)
{
    return name.compare("cookie", Qt::CaseInsensitive) == 0 ||
           name.compare("set-cookie", Qt::CaseInsensitive) == 0 ||
           name.compare("authorization", Qt::CaseInsensitive) == 0;
}

bool isSecretFormField(const QString& name)
{
    const QString lower = name.toLower();
    return lower == u"password" || lower == u"passwd" || lower == u"pass" || lower == u"pwd";
}

/// The total length of the HTTP/1.1 message whose head is headEnd bytes long, or -1 while its body is not
/// all in buffer. Bodies are framed by content-length or chunked encoding; a message with neither has none.
qsizetype httpMessageLength(const QByteArray& buffer, qsizetype headEnd, const QList<QByteArray>& lines)
{
    bool chunked = false;
    qsizetype contentLength = 0;
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            // A length that is not a non-negative number is a lie on the wire; read the head alone
            // rather than trust it (a negative one would cut the message before its own head).
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0)
                contentLength = 0;
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    if (chunked) {
        const qsizetype end = buffer.indexOf("\r\n0\r\n\r\n", headEnd - 2);
        return end < 0 ? -1 : end + 7;
    }
    // Compared as what is left after the head, so a huge claimed length cannot overflow the sum.
    return buffer.size() - headEnd >= contentLength ? headEnd + contentLength : -1;
}

QString contentTypeName(quint8 type)
{
    switch (type) {
    case 20:
        return Eavesdropper::tr("ChangeCipherSpec");
    case 21:
        return Eavesdropper::tr("Alert");
    case 22:
        return Eavesdropper::tr("Handshake");
    case 23:
        return Eavesdropper::tr("Application data");
    default:
        return Eavesdropper::tr("Unknown (%1)").arg(type);
    }
}

} // namespace

Eavesdropper::Eavesdropper(EventRecorder recorder)
    : m_recorder(recorder)
{
}

Eavesdropper::~Eavesdropper() = default;

void Eavesdropper::observe(quint32 connection, Direction direction, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    Connection& state = m_connections[connection];
    if (state.kind == Connection::Kind::Unknown) {
        // A client speaking TLS opens with a handshake record; anything else is read as HTTP text.
        const bool tls = direction == Direction::ClientToServer && quint8(bytes.front()) == TlsHandshakeByte;
        state.kind = tls ? Connection::Kind::Tls : Connection::Kind::Http;
    }
    Flow& flow = direction == Direction::ClientToServer ? state.up : state.down;
    flow.pending.append(bytes.data(), bytes.size());
    if (state.kind == Connection::Kind::Tls)
        readTls(connection, state, direction, flow);
    else
        readHttp(connection, direction, flow);
}

void Eavesdropper::observeConnection(quint32 connection, const QHostAddress& client, quint16 clientPort,
                                     const QHostAddress& server, quint16 serverPort)
{
    EventDetail detail;
    detail.text = tr("TCP connection from %1 port %2 to %3 port %4: addresses and ports are in every packet")
                      .arg(client.toString())
                      .arg(clientPort)
                      .arg(server.toString())
                      .arg(serverPort);
    detail.fields = {{tr("client address"), client.toString()},
                     {tr("client port"), QString::number(clientPort)},
                     {tr("server address"), server.toString()},
                     {tr("server port"), QString::number(serverPort)}};
    record(connection, Direction::ClientToServer, 0, 0, std::move(detail));
}

void Eavesdropper::forget(quint32 connection)
{
    m_connections.remove(connection);
}

void Eavesdropper::readHttp(quint32 connection, Direction direction, Flow& flow)
{
    for (;;) {
        const qsizetype blank = flow.pending.indexOf("\r\n\r\n");
        if (blank < 0) {
            if (flow.pending.size() > MaxHeadBytes) {
                EventDetail detail;
                detail.text =
                    tr("%n byte(s) in the clear that do not read as HTTP", nullptr, int(flow.pending.size()));
                detail.originalSize = quint32(flow.pending.size());
                detail.bytes = flow.pending.first(MaxKeptBytes);
                record(connection, direction, quint32(flow.pending.size()), 0, std::move(detail));
                flow.pending.clear();
            }
            return;
        }
        const qsizetype headEnd = blank + 4;
        const QList<QByteArray> lines = flow.pending.first(blank).split('\n');
        const qsizetype length = httpMessageLength(flow.pending, headEnd, lines);
        if (length < 0)
            return;
        const QByteArray message = flow.pending.first(length);
        flow.pending.remove(0, length);

        EventDetail detail;
        QStringList secrets;
        const QString startLine = latin1(lines.value(0).trimmed());
        detail.fields.append({tr("start line"), startLine, 0, int(lines.value(0).size())});
        bool formBody = false;
        qsizetype offset = lines.value(0).size() + 1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray& line = lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                const QByteArray name = line.first(colon).trimmed();
                const QString value = latin1(line.sliced(colon + 1).trimmed());
                detail.fields.append({latin1(name), value, int(offset), int(line.size()), 1});
                if (isSecretHeader(name))
                    secrets.append(tr("%1: %2").arg(latin1(name), value));
                if (name.compare("content-type", Qt::CaseInsensitive) == 0 &&
                    value.contains(u"application/x-www-form-urlencoded"))
                    formBody = true;
            }
            offset += line.size() + 1;
        }
        const QByteArray body = message.sliced(headEnd);
        if (!body.isEmpty()) {
            detail.fields.append(
                {tr("body"), tr("%n byte(s)", nullptr, int(body.size())), int(headEnd), int(body.size())});
        }
        if (formBody) {
            const QUrlQuery form(QString::fromUtf8(body));
            for (const auto& [name, value] : form.queryItems(QUrl::FullyDecoded)) {
                detail.fields.append({tr("form field %1").arg(name), value, -1, 0, 1});
                if (isSecretFormField(name))
                    secrets.append(tr("%1=%2").arg(name, value));
            }
        }
        if (!secrets.isEmpty())
            detail.fields.append({tr("secrets read"), secrets.join(QLatin1String("; "))});
        detail.text =
            secrets.isEmpty()
                ? tr("In the clear: %1").arg(startLine)
                : tr("In the clear: %1 — secrets: %2").arg(startLine, secrets.join(QLatin1String("; ")));
        detail.bytes = message.first(std::min(message.size(), MaxKeptBytes));
        if (message.size() > MaxKeptBytes)
            detail.originalSize = quint32(message.size());
        record(connection, direction, quint32(message.size()), secrets.isEmpty() ? 0 : OverheardFlag::Secret,
               std::move(detail));
    }
}

void Eavesdropper::readTls(quint32 connection, Connection& state, Direction direction, Flow& flow)
{
    while (flow.pending.size() >= TlsHeaderSize) {
        const quint32 length = bigEndian(flow.pending, 3, 2);
        const quint8 type = quint8(flow.pending[0]);
        if (type < 20 || type > 24 || length > MaxTlsRecordLength) {
            EventDetail detail;
            detail.text =
                tr("%n byte(s) that do not frame as TLS records", nullptr, int(flow.pending.size()));
            detail.bytes = flow.pending.first(std::min(flow.pending.size(), MaxKeptBytes));
            record(connection, direction, quint32(flow.pending.size()), 0, std::move(detail));
            flow.pending.clear();
            return;
        }
        if (flow.pending.size() < TlsHeaderSize + qsizetype(length))
            return;
        const QByteArray bytes = flow.pending.first(TlsHeaderSize + length);
        flow.pending.remove(0, bytes.size());
        readTlsRecord(connection, state, direction, flow, bytes);
    }
}

void Eavesdropper::readTlsRecord(quint32 connection, Connection& state, Direction direction, Flow& flow,
                                 const QByteArray& bytes)
{
    const quint8 type = quint8(bytes[0]);
    const quint32 length = quint32(bytes.size() - TlsHeaderSize);
    const QByteArray payload = bytes.sliced(TlsHeaderSize);
    EventDetail detail;
    detail.fields = {{tr("content type"), contentTypeName(type), 0, 1},
                     {tr("record version"),
                      QStringLiteral("0x%1").arg(bigEndian(bytes, 1, 2), 4, 16, QLatin1Char('0')), 1, 2},
                     {tr("length"), QString::number(length), 3, 2}};
    quint8 flags = 0;
    const QString name = contentTypeName(type);
    if (type == 20) {
        // TLS 1.3 sends it only for middleboxes' sake; in TLS 1.2 it switches the sender to encryption.
        detail.text =
            state.tlsVersion == 0x0304
                ? tr("ChangeCipherSpec in the clear: a TLS 1.3 compatibility record that carries nothing")
                : tr("ChangeCipherSpec in the clear: from here this side's records are encrypted");
        flow.encrypted = true;
        detail.bytes = bytes;
    } else if (type == 23 || flow.encrypted) {
        flags = OverheardFlag::Encrypted;
        detail.text = tr("%1 record, %n byte(s) of ciphertext: only its size and time can be read", nullptr,
                         int(length))
                          .arg(name);
        if (state.tlsVersion == 0x0304 && type == 23)
            detail.text =
                tr("Encrypted record, %n byte(s): TLS 1.3 hides even what kind of message it carries",
                   nullptr, int(length));
        // The ciphertext's first bytes show what the observer gets instead of the content.
        detail.bytes = bytes.first(std::min<qsizetype>(bytes.size(), 64));
        detail.originalSize = quint32(bytes.size());
    } else if (type == 21 && payload.size() >= 2) {
        detail.text = tr("Alert in the clear: level %1, description %2")
                          .arg(quint8(payload[0]))
                          .arg(quint8(payload[1]));
        detail.bytes = bytes;
    } else if (type == 22) {
        flow.handshake.append(payload);
        const QStringList messages = readHandshake(state, flow, &detail.fields);
        detail.text =
            messages.isEmpty()
                ? tr("Handshake record in the clear (part of a message), %n byte(s)", nullptr, int(length))
                : tr("Handshake in the clear: %1").arg(messages.join(QLatin1String("; ")));
        detail.bytes = bytes.first(std::min(bytes.size(), MaxKeptBytes));
        if (bytes.size() > MaxKeptBytes)
            detail.originalSize = quint32(bytes.size());
        // Once the server has chosen TLS 1.3, everything after its ServerHello travels encrypted.
        if (state.tlsVersion == 0x0304 && direction == Direction::ServerToClient)
            flow.encrypted = true;
    } else {
        detail.text = tr("%1 record, %n byte(s)", nullptr, int(length)).arg(name);
        detail.bytes = bytes.first(std::min(bytes.size(), MaxKeptBytes));
    }
    record(connection, direction, quint32(bytes.size()), flags, std::move(detail));
}

QStringList Eavesdropper::readHandshake(Connection& state, Flow& flow, QList<Field>* fields)
{
    QStringList summaries;
    while (flow.handshake.size() >= 4) {
        const quint32 length = bigEndian(flow.handshake, 1, 3);
        if (flow.handshake.size() < 4 + qsizetype(length))
            break;
        const QByteArray message = flow.handshake.first(4 + length);
        flow.handshake.remove(0, message.size());
        const TlsHandshakeDissection dissection = TlsHandshakeDissector::dissect(message, state.tlsVersion);
        QStringList readable;
        for (const Field& field : dissection.fields) {
            if (field.name == u"host name") {
                readable.append(tr("server name (SNI) %1").arg(field.value));
                fields->append({tr("server name (SNI)"), field.value});
            } else if (field.name == u"protocol") {
                readable.append(tr("ALPN %1").arg(field.value));
                fields->append({tr("ALPN protocol"), field.value});
            } else if (field.name == u"selected version") {
                readable.append(tr("version %1").arg(field.value));
                fields->append({tr("selected version"), field.value});
                if (field.value.contains(u"0x0304"))
                    state.tlsVersion = 0x0304;
            } else if (field.name == u"cipher suite" && dissection.type == 2) {
                readable.append(tr("cipher suite %1").arg(field.value));
                fields->append({tr("cipher suite"), field.value});
            }
        }
        if (dissection.type == 2 && state.tlsVersion == 0)
            state.tlsVersion = 0x0303;
        if (dissection.type == 11 && message.size() >= 4 + 3 + 3) {
            // TLS 1.2 sends the certificate chain in the clear: the observer learns who the server is.
            const quint32 certificateLength = bigEndian(message, 7, 3);
            if (message.size() >= 10 + qsizetype(certificateLength)) {
                if (const std::optional<TlsCertificateInfo> info =
                        TlsCertificateInfo::fromDer(message.sliced(10, certificateLength))) {
                    readable.append(tr("certificate of %1, issued by %2").arg(info->subject, info->issuer));
                    fields->append({tr("certificate subject"), info->subject});
                    fields->append({tr("certificate issuer"), info->issuer});
                }
            }
        }
        const QString name =
            dissection.name.isEmpty() ? tr("message type %1").arg(quint8(message[0])) : dissection.name;
        summaries.append(readable.isEmpty() ? name
                                            : tr("%1 (%2)").arg(name, readable.join(QLatin1String(", "))));
    }
    return summaries;
}

void Eavesdropper::record(quint32 connection, Direction direction, quint32 wireSize, quint8 flags,
                          EventDetail detail)
{
    if (flags & OverheardFlag::Secret)
        ++m_secrets;
    m_recorder.forConnection(connection)
        .record({.layer = Layer::Wire,
                 .kind = kindOf(WireKind::Overheard),
                 .direction = direction,
                 .flags = flags,
                 .size = wireSize},
                std::move(detail));
}

} // namespace protoviz
