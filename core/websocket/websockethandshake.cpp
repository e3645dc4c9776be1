#include "core/websocket/websockethandshake.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace protoviz {

namespace {

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

int countFields(const HeaderList& headers, QByteArrayView name)
{
    int count = 0;
    for (const auto& field : headers)
        count += field.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

} // namespace

QByteArray WebSocketHandshake::accept(QByteArrayView key)
{
    const QByteArray concatenated = key.toByteArray() + Guid.toByteArray();
    return QCryptographicHash::hash(concatenated, QCryptographicHash::Sha1).toBase64();
}

bool WebSocketHandshake::hasToken(const HeaderList& headers, QByteArrayView name, QByteArrayView token)
{
    for (const auto& [fieldName, value] : headers) {
        if (fieldName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& element : value.split(',')) {
            if (element.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

WebSocketHandshake::Verdict WebSocketHandshake::check(const HttpRequest& request)
{
    const HeaderList versionField{{QByteArrayLiteral("sec-websocket-version"), QByteArray::number(Version)}};
    const HeaderList upgradeFields{{QByteArrayLiteral("upgrade"), QByteArrayLiteral("websocket")},
                                   {QByteArrayLiteral("connection"), QByteArrayLiteral("Upgrade")},
                                   versionField.constFirst()};
    if (!hasToken(request.headers, "upgrade", "websocket")) {
        return {426,
                QCoreApplication::translate(
                    "protoviz",
                    "This address speaks WebSocket only, and the request did not ask to upgrade (\"Upgrade: "
                    "websocket\" is missing), so the server answers 426 Upgrade Required."),
                upgradeFields};
    }
    if (request.method != "GET") {
        return {400,
                QCoreApplication::translate(
                    "protoviz",
                    "A WebSocket opening handshake must be a GET request (RFC 6455 section 4.1), not %1: "
                    "400 Bad Request.")
                    .arg(latin1(request.method)),
                {}};
    }
    if (!hasToken(request.headers, "connection", "upgrade")) {
        return {400,
                QCoreApplication::translate(
                    "protoviz",
                    "The request asks for \"Upgrade: websocket\" without \"Connection: Upgrade\", which RFC "
                    "6455 section 4.1 requires: 400 Bad Request."),
                {}};
    }
    const QByteArray version = headerValue(request.headers, "sec-websocket-version");
    if (version.isNull()) {
        return {400,
                QCoreApplication::translate(
                    "protoviz",
                    "The upgrade request carries no Sec-WebSocket-Version field; RFC 6455 requires version "
                    "13: 400 Bad Request."),
                versionField};
    }
    if (version.trimmed() != QByteArray::number(Version)) {
        return {426,
                QCoreApplication::translate(
                    "protoviz",
                    "The client asks for WebSocket version %1, but this server speaks only version 13 (RFC "
                    "6455), so it answers 426 Upgrade Required with \"Sec-WebSocket-Version: 13\".")
                    .arg(latin1(version)),
                versionField};
    }
    const int keys = countFields(request.headers, "sec-websocket-key");
    if (keys == 0) {
        return {400,
                QCoreApplication::translate(
                    "protoviz",
                    "The upgrade request carries no Sec-WebSocket-Key, so the server has nothing to prove it "
                    "read the handshake with (RFC 6455 section 4.1): 400 Bad Request."),
                {}};
    }
    if (keys > 1) {
        return {
            400,
            QCoreApplication::translate(
                "protoviz", "The upgrade request carries more than one Sec-WebSocket-Key: 400 Bad Request."),
            {}};
    }
    const QByteArray key = headerValue(request.headers, "sec-websocket-key").trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16) {
        return {400,
                QCoreApplication::translate(
                    "protoviz",
                    "The Sec-WebSocket-Key \"%1\" is not 16 random bytes in base64 (RFC 6455 section 4.1): "
                    "400 Bad Request.")
                    .arg(latin1(key)),
                {}};
    }
    return {};
}

HeaderList WebSocketHandshake::switchingHeaders(QByteArrayView key)
{
    return {{QByteArrayLiteral("upgrade"), QByteArrayLiteral("websocket")},
            {QByteArrayLiteral("connection"), QByteArrayLiteral("Upgrade")},
            {QByteArrayLiteral("sec-websocket-accept"), accept(key)}};
}

QList<Field> WebSocketHandshake::acceptFields(QByteArrayView key, QByteArrayView sentAccept)
{
    const QByteArray concatenated = key.toByteArray() + Guid.toByteArray();
    const QByteArray digest = QCryptographicHash::hash(concatenated, QCryptographicHash::Sha1);
    const QByteArray expected = digest.toBase64();
    const bool matches = sentAccept == expected;
    return {
        {QCoreApplication::translate("protoviz", "Sec-WebSocket-Key (client)"), latin1(key)},
        {QCoreApplication::translate("protoviz", "key + GUID"), latin1(concatenated), -1, 0, 1},
        {QCoreApplication::translate("protoviz", "SHA-1 of key + GUID"),
         QString::fromLatin1(digest.toHex(' ')), -1, 0, 1},
        {QCoreApplication::translate("protoviz", "base64 of the SHA-1"), latin1(expected), -1, 0, 1},
        {QCoreApplication::translate("protoviz", "Sec-WebSocket-Accept (server)"),
         matches ? QCoreApplication::translate("protoviz", "%1 (matches)").arg(latin1(sentAccept))
                 : QCoreApplication::translate("protoviz", "%1 (wrong: expected %2)")
                       .arg(latin1(sentAccept), latin1(expected))},
    };
}

QString WebSocketHandshake::acceptExplanation(QByteArrayView key, QByteArrayView sentAccept)
{
    const QByteArray expected = accept(key);
    if (sentAccept == expected) {
        return QCoreApplication::translate(
                   "protoviz",
                   "Sec-WebSocket-Accept %1 = base64(SHA-1(\"%2\" + \"%3\")): the server proves it read this "
                   "handshake's key; the value matches.")
            .arg(latin1(sentAccept), latin1(key), latin1(Guid));
    }
    return QCoreApplication::translate(
               "protoviz",
               "Sec-WebSocket-Accept is \"%1\", but base64(SHA-1(\"%2\" + \"%3\")) is %4: the server did not "
               "answer this handshake, and the client must fail the connection.")
        .arg(latin1(sentAccept), latin1(key), latin1(Guid), latin1(expected));
}

} // namespace protoviz
