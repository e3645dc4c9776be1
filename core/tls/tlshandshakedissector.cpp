#include "core/tls/tlshandshakedissector.h"

#include "core/tls/tlscertificateinfo.h"
#include "core/tls/tlsnames.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace protoviz {

namespace {

constexpr quint16 Tls13 = 0x0304;
constexpr quint16 Tls12 = 0x0303;

// RFC 8446 4.1.3: a ServerHello with this random is a HelloRetryRequest.
constexpr unsigned char helloRetryRandom[32] = {
    0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91,
    0xc2, 0xa2, 0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c};

enum class Message { ClientHello, ServerHello, HelloRetryRequest, EncryptedExtensions, Certificate, Ticket };

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QString code16(const QString& name, quint32 value)
{
    return QStringLiteral("%1 (0x%2)").arg(name).arg(value, 4, 16, QLatin1Char('0'));
}

// Singular and plural source texts rather than "(s)": without a loaded translation (the command-line
// front end) Qt shows the source text as it is.
QString count(qsizetype n, const char* one, const char* many)
{
    return QCoreApplication::translate("protoviz", n == 1 ? one : many, nullptr, int(n));
}

// What a dissection found so far. Fields are clamped to the bytes so that a hex view never highlights
// past the end, whatever the lengths inside the message claim.
struct State
{
    QByteArrayView message;
    QList<Field> fields;
    bool incomplete = false;
    bool malformed = false;

    qsizetype add(const QString& name, const QString& value, qsizetype offset, qsizetype length, int depth)
    {
        if (offset < 0 || offset > message.size()) {
            offset = -1;
            length = 0;
        } else {
            length = std::clamp<qsizetype>(length, 0, message.size() - offset);
        }
        fields.append({name, value, int(offset), int(length), depth});
        return fields.size() - 1;
    }
};

// A bounded cursor over [position, end) of the message. A reader is "cut" when its end is where the
// bytes ran out rather than where a length said the structure ends: running short then means the input
// was incomplete; otherwise the lengths inside the message contradict each other.
class Reader
{
public:
    Reader(State& state, qsizetype begin, qsizetype end, bool cut)
        : m_state(&state)
        , m_position(begin)
        , m_end(end)
        , m_cut(cut)
    {
    }

    qsizetype position() const { return m_position; }
    qsizetype remaining() const { return m_end - m_position; }
    bool atEnd() const { return m_position >= m_end; }

    std::optional<quint32> number(int width)
    {
        if (remaining() < width) {
            shortfall();
            m_position = m_end;
            return std::nullopt;
        }
        quint32 value = 0;
        for (int i = 0; i < width; ++i)
            value = value << 8 | quint8(m_state->message[m_position++]);
        return value;
    }

    // The next length bytes as a reader of their own, cut at this reader's end if they go beyond it.
    Reader take(qsizetype length)
    {
        const qsizetype available = std::min(length, remaining());
        const bool cutHere = available < length;
        if (cutHere)
            shortfall();
        Reader inner(*m_state, m_position, m_position + available, m_cut && cutHere);
        m_position += available;
        return inner;
    }

    QByteArrayView peek(qsizetype length) const
    {
        return m_state->message.sliced(m_position, std::min(length, remaining()));
    }

    void skip() { m_position = m_end; }

    // The rest as one field of raw bytes, so nothing goes unaccounted for.
    void rest(const QString& name, int depth)
    {
        if (atEnd())
            return;
        m_state->add(name,
                     count(remaining(), QT_TRANSLATE_NOOP("protoviz", "%n byte"),
                           QT_TRANSLATE_NOOP("protoviz", "%n bytes")),
                     m_position, remaining(), depth);
        m_position = m_end;
    }

private:
    void shortfall()
    {
        if (m_cut)
            m_state->incomplete = true;
        else
            m_state->malformed = true;
    }

    State* m_state;
    qsizetype m_position;
    qsizetype m_end;
    bool m_cut;
};

// A vector with a length prefix of prefixWidth bytes: adds a field for it, then one child per item
// from readItem (which returns false to stop). Returns the item summaries.
template <typename ReadItem>
QStringList vector(Reader& r, State& state, const QString& name, int prefixWidth, int depth,
                   ReadItem readItem)
{
    const qsizetype start = r.position();
    const std::optional<quint32> length = r.number(prefixWidth);
    if (!length)
        return {};
    Reader items = r.take(*length);
    const qsizetype index = state.add(name, QString(), start, prefixWidth + qsizetype(*length), depth);
    QStringList summaries;
    while (!items.atEnd()) {
        const std::optional<QString> summary = readItem(items);
        if (!summary)
            break;
        summaries.append(*summary);
    }
    items.rest(QStringLiteral("undecoded"), depth + 1);
    state.fields[index].value = summaries.join(QStringLiteral(", "));
    return summaries;
}

std::optional<QString> versionItem(Reader& r, State& state, const QString& name, int depth)
{
    const qsizetype at = r.position();
    const std::optional<quint32> version = r.number(2);
    if (!version)
        return std::nullopt;
    const QString text = TlsNames::versionName(quint16(*version));
    state.add(name, code16(text, *version), at, 2, depth);
    return text;
}

std::optional<QString> groupItem(Reader& r, State& state, const QString& name, int depth)
{
    const qsizetype at = r.position();
    const std::optional<quint32> group = r.number(2);
    if (!group)
        return std::nullopt;
    const QString text = TlsNames::groupName(quint16(*group));
    state.add(name, code16(text, *group), at, 2, depth);
    return text;
}

std::optional<QString> signatureSchemeItem(Reader& r, State& state, int depth)
{
    const qsizetype at = r.position();
    const std::optional<quint32> scheme = r.number(2);
    if (!scheme)
        return std::nullopt;
    const QString text = TlsNames::signatureSchemeName(quint16(*scheme));
    state.add(QStringLiteral("signature scheme"), code16(text, *scheme), at, 2, depth);
    return text;
}

// A key_share entry: group, then the public key with a 2-byte length.
std::optional<QString> keyShareItem(Reader& r, State& state, int depth)
{
    const qsizetype at = r.position();
    const std::optional<quint32> group = r.number(2);
    const std::optional<quint32> keyLength = group ? r.number(2) : std::nullopt;
    if (!keyLength)
        return std::nullopt;
    r.take(*keyLength);
    const QString text = TlsNames::groupName(quint16(*group));
    state.add(QStringLiteral("key share"),
              QCoreApplication::translate("protoviz", "%1, %n-byte public key", nullptr, int(*keyLength))
                  .arg(code16(text, *group)),
              at, 4 + qsizetype(*keyLength), depth);
    return text;
}

// A byte string with a length prefix, added as one field; its bytes are returned for the summary.
std::optional<QByteArray> opaque(Reader& r, State& state, const QString& name, int prefixWidth, int depth,
                                 bool showText)
{
    const qsizetype at = r.position();
    const std::optional<quint32> length = r.number(prefixWidth);
    if (!length)
        return std::nullopt;
    const QByteArray bytes = r.peek(*length).toByteArray();
    r.take(*length);
    const QString value = showText             ? QString::fromLatin1(bytes)
                          : bytes.isEmpty()    ? QCoreApplication::translate("protoviz", "(empty)")
                          : bytes.size() <= 48 ? hex(bytes)
                                               : count(bytes.size(), QT_TRANSLATE_NOOP("protoviz", "%n byte"),
                                                       QT_TRANSLATE_NOOP("protoviz", "%n bytes"));
    state.add(name, value, at, prefixWidth + qsizetype(*length), depth);
    return bytes;
}

QString extensionBody(quint16 type, Reader& r, State& state, Message message, int depth)
{
    const bool fromClient = message == Message::ClientHello;
    switch (type) {
    case 0: // server_name
        if (r.atEnd())
            return QCoreApplication::translate("protoviz", "(empty: the server accepted the name)");
        return vector(r, state, QStringLiteral("server name list"), 2, depth,
                      [&](Reader& items) -> std::optional<QString> {
                          const qsizetype at = items.position();
                          const std::optional<quint32> nameType = items.number(1);
                          if (!nameType)
                              return std::nullopt;
                          const std::optional<QByteArray> name =
                              opaque(items, state, QStringLiteral("host name"), 2, depth + 1, true);
                          if (!name)
                              return std::nullopt;
                          if (*nameType != 0)
                              state.fields.last().name = QStringLiteral("name of type %1").arg(*nameType);
                          state.fields.last().offset = int(at);
                          state.fields.last().length += 1;
                          return QString::fromLatin1(*name);
                      })
            .join(QStringLiteral(", "));
    case 10: // supported_groups
        return vector(
                   r, state, QStringLiteral("named group list"), 2, depth,
                   [&](Reader& items) { return groupItem(items, state, QStringLiteral("group"), depth + 1); })
            .join(QStringLiteral(", "));
    case 11: // ec_point_formats
        return vector(r, state, QStringLiteral("point format list"), 1, depth,
                      [&](Reader& items) -> std::optional<QString> {
                          const qsizetype at = items.position();
                          const std::optional<quint32> format = items.number(1);
                          if (!format)
                              return std::nullopt;
                          static const char* const names[] = {"uncompressed", "ansiX962_compressed_prime",
                                                              "ansiX962_compressed_char2"};
                          const QString text = *format < 3 ? QString::fromLatin1(names[*format])
                                                           : QStringLiteral("unknown (%1)").arg(*format);
                          state.add(QStringLiteral("point format"), text, at, 1, depth + 1);
                          return text;
                      })
            .join(QStringLiteral(", "));
    case 13: // signature_algorithms
    case 50: // signature_algorithms_cert
        return vector(r, state, QStringLiteral("signature scheme list"), 2, depth,
                      [&](Reader& items) { return signatureSchemeItem(items, state, depth + 1); })
            .join(QStringLiteral(", "));
    case 16: // application_layer_protocol_negotiation
        return vector(r, state, QStringLiteral("protocol name list"), 2, depth,
                      [&](Reader& items) -> std::optional<QString> {
                          const std::optional<QByteArray> name =
                              opaque(items, state, QStringLiteral("protocol"), 1, depth + 1, true);
                          return name ? std::optional<QString>(QString::fromLatin1(*name)) : std::nullopt;
                      })
            .join(QStringLiteral(", "));
    case 43: // supported_versions
        if (fromClient) {
            return vector(r, state, QStringLiteral("version list"), 1, depth,
                          [&](Reader& items) {
                              return versionItem(items, state, QStringLiteral("version"), depth + 1);
                          })
                .join(QStringLiteral(", "));
        }
        return versionItem(r, state, QStringLiteral("selected version"), depth).value_or(QString());
    case 51: // key_share
        if (fromClient) {
            return vector(r, state, QStringLiteral("client shares"), 2, depth,
                          [&](Reader& items) { return keyShareItem(items, state, depth + 1); })
                .join(QStringLiteral(", "));
        }
        if (message == Message::HelloRetryRequest)
            return groupItem(r, state, QStringLiteral("selected group"), depth).value_or(QString());
        return keyShareItem(r, state, depth).value_or(QString());
    case 45: // psk_key_exchange_modes
        return vector(r, state, QStringLiteral("modes"), 1, depth,
                      [&](Reader& items) -> std::optional<QString> {
                          const qsizetype at = items.position();
                          const std::optional<quint32> mode = items.number(1);
                          if (!mode)
                              return std::nullopt;
                          const QString text = *mode == 0   ? QStringLiteral("psk_ke")
                                               : *mode == 1 ? QStringLiteral("psk_dhe_ke")
                                                            : QStringLiteral("unknown (%1)").arg(*mode);
                          state.add(QStringLiteral("mode"), text, at, 1, depth + 1);
                          return text;
                      })
            .join(QStringLiteral(", "));
    case 41: // pre_shared_key
        if (fromClient) {
            const QStringList identities =
                vector(r, state, QStringLiteral("identities"), 2, depth,
                       [&](Reader& items) -> std::optional<QString> {
                           if (!opaque(items, state, QStringLiteral("identity"), 2, depth + 1, false))
                               return std::nullopt;
                           const qsizetype at = items.position();
                           const std::optional<quint32> age = items.number(4);
                           if (!age)
                               return std::nullopt;
                           state.add(QStringLiteral("obfuscated ticket age"), QString::number(*age), at, 4,
                                     depth + 1);
                           return QStringLiteral("identity");
                       });
            vector(r, state, QStringLiteral("binders"), 2, depth,
                   [&](Reader& items) -> std::optional<QString> {
                       if (!opaque(items, state, QStringLiteral("binder"), 1, depth + 1, false))
                           return std::nullopt;
                       return QStringLiteral("binder");
                   });
            return count(identities.size(), QT_TRANSLATE_NOOP("protoviz", "%n identity"),
                         QT_TRANSLATE_NOOP("protoviz", "%n identities"));
        } else {
            const qsizetype at = r.position();
            const std::optional<quint32> selected = r.number(2);
            if (!selected)
                return {};
            state.add(QStringLiteral("selected identity"), QString::number(*selected), at, 2, depth);
            return QCoreApplication::translate("protoviz", "identity %1 accepted").arg(*selected);
        }
    case 42: // early_data
        if (message == Message::Ticket) {
            const qsizetype at = r.position();
            const std::optional<quint32> size = r.number(4);
            if (!size)
                return {};
            state.add(QStringLiteral("max early data size"), QString::number(*size), at, 4, depth);
            return count(*size, QT_TRANSLATE_NOOP("protoviz", "up to %n byte"),
                         QT_TRANSLATE_NOOP("protoviz", "up to %n bytes"));
        }
        break;
    case 65281: { // renegotiation_info
        const std::optional<QByteArray> info =
            opaque(r, state, QStringLiteral("renegotiated connection"), 1, depth, false);
        if (info && info->isEmpty())
            return QCoreApplication::translate("protoviz", "initial handshake");
        return {};
    }
    case 28: { // record_size_limit
        const qsizetype at = r.position();
        const std::optional<quint32> limit = r.number(2);
        if (!limit)
            return {};
        state.add(QStringLiteral("record size limit"), QString::number(*limit), at, 2, depth);
        return QString::number(*limit);
    }
    case 44: // cookie
        opaque(r, state, QStringLiteral("cookie"), 2, depth, false);
        return {};
    case 21: { // padding
        const QString size = count(r.remaining(), QT_TRANSLATE_NOOP("protoviz", "%n padding byte"),
                                   QT_TRANSLATE_NOOP("protoviz", "%n padding bytes"));
        r.skip();
        return size;
    }
    default:
        break;
    }
    if (r.atEnd())
        return QCoreApplication::translate("protoviz", "(empty)");
    const QString size = count(r.remaining(), QT_TRANSLATE_NOOP("protoviz", "%n byte"),
                               QT_TRANSLATE_NOOP("protoviz", "%n bytes"));
    r.skip();
    return size;
}

void extensions(Reader& r, State& state, Message message, int depth)
{
    const qsizetype start = r.position();
    const std::optional<quint32> length = r.number(2);
    if (!length)
        return;
    Reader list = r.take(*length);
    const qsizetype index =
        state.add(QStringLiteral("extensions"), QString(), start, 2 + qsizetype(*length), depth);
    qsizetype found = 0;
    while (!list.atEnd()) {
        const qsizetype at = list.position();
        const std::optional<quint32> type = list.number(2);
        const std::optional<quint32> bodyLength = type ? list.number(2) : std::nullopt;
        if (!bodyLength)
            break;
        Reader body = list.take(*bodyLength);
        const qsizetype extension = state.add(TlsNames::extensionName(quint16(*type)), QString(), at,
                                              4 + qsizetype(*bodyLength), depth + 1);
        const QString summary = extensionBody(quint16(*type), body, state, message, depth + 2);
        state.fields[extension].value = summary;
        // A decoded extension whose inner lengths leave bytes over contradicts its own length.
        if (!body.atEnd()) {
            state.malformed = true;
            body.rest(QStringLiteral("undecoded"), depth + 2);
        }
        ++found;
    }
    state.fields[index].value = count(found, QT_TRANSLATE_NOOP("protoviz", "%n extension"),
                                      QT_TRANSLATE_NOOP("protoviz", "%n extensions"));
}

void legacyVersionAndRandom(Reader& r, State& state, bool* helloRetry)
{
    versionItem(r, state, QStringLiteral("legacy version"), 0);
    const qsizetype at = r.position();
    const QByteArrayView random = r.peek(32);
    r.take(32);
    state.add(QStringLiteral("random"), hex(random), at, random.size(), 0);
    const bool fromServer = helloRetry != nullptr;
    if (fromServer && random.size() == 32) {
        *helloRetry = std::equal(random.begin(), random.end(), std::begin(helloRetryRandom),
                                 [](char a, unsigned char b) { return quint8(a) == b; });
    }
    if (fromServer && random.size() == 32 && random.sliced(24, 7) == QByteArrayView("DOWNGRD")) {
        // RFC 8446 4.1.3: a TLS 1.3 server that negotiates an older version says so in its random.
        state.add(
            QStringLiteral("downgrade sentinel"),
            QCoreApplication::translate("protoviz", "the server supports TLS 1.3 but chose an older version"),
            at + 24, 8, 1);
    }
    opaque(r, state, QStringLiteral("session id"), 1, 0, false);
}

void clientHello(Reader& r, State& state)
{
    legacyVersionAndRandom(r, state, nullptr);
    const qsizetype suitesIndex = state.fields.size();
    const QStringList suites =
        vector(r, state, QStringLiteral("cipher suites"), 2, 0, [&](Reader& items) -> std::optional<QString> {
            const qsizetype at = items.position();
            const std::optional<quint32> suite = items.number(2);
            if (!suite)
                return std::nullopt;
            const QString name = TlsNames::cipherSuiteName(quint16(*suite));
            state.add(QStringLiteral("cipher suite"), code16(name, *suite), at, 2, 1);
            return name;
        });
    // Thirty names make a poor summary line; the children list them.
    if (suitesIndex < state.fields.size())
        state.fields[suitesIndex].value =
            count(suites.size(), QT_TRANSLATE_NOOP("protoviz", "%n cipher suite"),
                  QT_TRANSLATE_NOOP("protoviz", "%n cipher suites"));
    vector(r, state, QStringLiteral("compression methods"), 1, 0,
           [&](Reader& items) -> std::optional<QString> {
               const qsizetype at = items.position();
               const std::optional<quint32> method = items.number(1);
               if (!method)
                   return std::nullopt;
               const QString text =
                   *method == 0 ? QStringLiteral("null") : QStringLiteral("unknown (%1)").arg(*method);
               state.add(QStringLiteral("compression method"), text, at, 1, 1);
               return text;
           });
    // A TLS 1.2 ClientHello may end here; TLS 1.3 always has extensions.
    if (!r.atEnd())
        extensions(r, state, Message::ClientHello, 0);
}

bool serverHello(Reader& r, State& state)
{
    bool helloRetry = false;
    legacyVersionAndRandom(r, state, &helloRetry);
    const qsizetype at = r.position();
    if (const std::optional<quint32> suite = r.number(2)) {
        state.add(QStringLiteral("cipher suite"), code16(TlsNames::cipherSuiteName(quint16(*suite)), *suite),
                  at, 2, 0);
    }
    if (const std::optional<quint32> method = r.number(1)) {
        state.add(QStringLiteral("compression method"),
                  *method == 0 ? QStringLiteral("null") : QStringLiteral("unknown (%1)").arg(*method), at + 2,
                  1, 0);
    }
    if (!r.atEnd())
        extensions(r, state, helloRetry ? Message::HelloRetryRequest : Message::ServerHello, 0);
    return helloRetry;
}

void certificate(Reader& r, State& state, quint16 version)
{
    if (version == 0) {
        // TLS 1.2 starts with the 3-byte list length; TLS 1.3 with a request context before it.
        const QByteArrayView head = r.peek(3);
        const quint32 listLength = head.size() == 3 ? quint32(quint8(head[0])) << 16 |
                                                          quint32(quint8(head[1])) << 8 | quint8(head[2])
                                                    : 0;
        version = head.size() == 3 && listLength == quint32(r.remaining() - 3) ? Tls12 : Tls13;
    }
    if (version >= Tls13)
        opaque(r, state, QStringLiteral("request context"), 1, 0, false);
    vector(r, state, QStringLiteral("certificate list"), 3, 0, [&](Reader& items) -> std::optional<QString> {
        const qsizetype at = items.position();
        const std::optional<quint32> length = items.number(3);
        if (!length)
            return std::nullopt;
        const QByteArray der = items.peek(*length).toByteArray();
        items.take(*length);
        const std::optional<TlsCertificateInfo> info =
            der.size() == qsizetype(*length) ? TlsCertificateInfo::fromDer(der) : std::nullopt;
        const QString subject = info ? info->subject
                                     : count(der.size(), QT_TRANSLATE_NOOP("protoviz", "%n byte"),
                                             QT_TRANSLATE_NOOP("protoviz", "%n bytes"));
        state.add(QStringLiteral("certificate"), subject, at, 3 + qsizetype(*length), 1);
        if (info)
            state.add(QStringLiteral("issuer"), info->issuer, at, 3 + qsizetype(*length), 2);
        if (version >= Tls13)
            extensions(items, state, Message::Certificate, 2);
        return subject;
    });
}

void newSessionTicket(Reader& r, State& state, quint16 version)
{
    if (version == 0) {
        // TLS 1.2: lifetime, then the ticket with its 2-byte length and nothing after it.
        const QByteArrayView head = r.peek(6);
        const quint32 ticketLength = head.size() == 6 ? quint32(quint8(head[4])) << 8 | quint8(head[5]) : 0;
        version = head.size() == 6 && ticketLength == quint32(r.remaining() - 6) ? Tls12 : Tls13;
    }
    qsizetype at = r.position();
    if (const std::optional<quint32> lifetime = r.number(4)) {
        state.add(QStringLiteral("ticket lifetime"),
                  count(*lifetime, QT_TRANSLATE_NOOP("protoviz", "%n second"),
                        QT_TRANSLATE_NOOP("protoviz", "%n seconds")),
                  at, 4, 0);
    }
    if (version >= Tls13) {
        at = r.position();
        if (const std::optional<quint32> ageAdd = r.number(4))
            state.add(QStringLiteral("ticket age add"), QString::number(*ageAdd), at, 4, 0);
        opaque(r, state, QStringLiteral("ticket nonce"), 1, 0, false);
    }
    opaque(r, state, QStringLiteral("ticket"), 2, 0, false);
    if (version >= Tls13)
        extensions(r, state, Message::Ticket, 0);
}

void serverKeyExchange(Reader& r, State& state)
{
    const qsizetype at = r.position();
    const std::optional<quint32> curveType = r.number(1);
    if (!curveType)
        return;
    if (*curveType != 3) {
        // Finite-field Diffie-Hellman or RSA parameters: shown as bytes.
        state.add(QStringLiteral("curve type"), QString::number(*curveType), at, 1, 0);
        r.rest(QStringLiteral("parameters"), 0);
        return;
    }
    state.add(QStringLiteral("curve type"), QStringLiteral("named_curve"), at, 1, 0);
    groupItem(r, state, QStringLiteral("named curve"), 0);
    opaque(r, state, QStringLiteral("public key"), 1, 0, false);
    signatureSchemeItem(r, state, 0);
    opaque(r, state, QStringLiteral("signature"), 2, 0, false);
}

void body(Reader& r, State& state, quint8 type, quint16 version, bool* helloRetry)
{
    switch (type) {
    case 1:
        clientHello(r, state);
        return;
    case 2:
        *helloRetry = serverHello(r, state);
        return;
    case 4:
        newSessionTicket(r, state, version);
        return;
    case 8:
        extensions(r, state, Message::EncryptedExtensions, 0);
        return;
    case 11:
        certificate(r, state, version);
        return;
    case 12:
        serverKeyExchange(r, state);
        return;
    case 15:
        signatureSchemeItem(r, state, 0);
        opaque(r, state, QStringLiteral("signature"), 2, 0, false);
        return;
    case 16: {
        // ECDHE sends a point with a 1-byte length; RSA and DHE values have a 2-byte length.
        const QByteArrayView head = r.peek(2);
        if (!head.isEmpty() && quint8(head[0]) == r.remaining() - 1)
            opaque(r, state, QStringLiteral("public key"), 1, 0, false);
        else if (head.size() == 2 &&
                 (quint32(quint8(head[0])) << 8 | quint8(head[1])) == quint32(r.remaining() - 2))
            opaque(r, state, QStringLiteral("exchange keys"), 2, 0, false);
        r.rest(QStringLiteral("exchange keys"), 0);
        return;
    }
    case 20: {
        const qsizetype at = r.position();
        const QByteArrayView verifyData = r.peek(r.remaining());
        r.take(r.remaining());
        state.add(QStringLiteral("verify data"), hex(verifyData), at, verifyData.size(), 0);
        return;
    }
    case 24: {
        const qsizetype at = r.position();
        if (const std::optional<quint32> request = r.number(1)) {
            state.add(QStringLiteral("request update"),
                      *request == 0   ? QStringLiteral("update_not_requested")
                      : *request == 1 ? QStringLiteral("update_requested")
                                      : QStringLiteral("unknown (%1)").arg(*request),
                      at, 1, 0);
        }
        return;
    }
    case 5:  // EndOfEarlyData
    case 14: // ServerHelloDone
        return;
    default:
        r.rest(QStringLiteral("body"), 0);
        return;
    }
}

} // namespace

TlsHandshakeDissection TlsHandshakeDissector::dissect(QByteArrayView message, quint16 negotiatedVersion)
{
    TlsHandshakeDissection result;
    State state{message, {}, false, false};
    Reader whole(state, 0, message.size(), true);
    const std::optional<quint32> type = whole.number(1);
    if (!type)
        return result;
    result.type = quint8(*type);
    result.name = TlsNames::handshakeTypeName(result.type);
    state.add(QStringLiteral("type"), QStringLiteral("%1 (%2)").arg(result.name).arg(*type), 0, 1, 0);
    const std::optional<quint32> length = whole.number(3);
    if (length) {
        result.length = *length;
        state.add(QStringLiteral("length"), QString::number(*length), 1, 3, 0);
        Reader content = whole.take(*length);
        bool helloRetry = false;
        body(content, state, result.type, negotiatedVersion, &helloRetry);
        if (!content.atEnd()) {
            state.malformed = true;
            content.rest(QStringLiteral("undecoded"), 0);
        }
        if (helloRetry) {
            result.name = QStringLiteral("HelloRetryRequest");
            state.fields.first().value = QStringLiteral("%1 (%2)").arg(result.name).arg(*type);
        }
        if (!whole.atEnd()) {
            state.malformed = true;
            whole.rest(QStringLiteral("bytes after the message"), 0);
        }
        result.complete = message.size() >= 4 + qsizetype(*length);
    }
    result.fields = std::move(state.fields);
    result.wellFormed = result.complete && !state.incomplete && !state.malformed;
    return result;
}

} // namespace protoviz
