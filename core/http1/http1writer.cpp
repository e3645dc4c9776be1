#include "core/http1/http1writer.h"

#include <algorithm>

namespace protoviz {

namespace {

void appendFields(QByteArray& out, const HeaderList& headers)
{
    for (const auto& [name, value] : headers) {
        if (!Http1Writer::isWritableField(name, value))
            continue;
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    out += "\r\n";
}

} // namespace

bool Http1Writer::isWritableField(QByteArrayView name, QByteArrayView value)
{
    const auto nameChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    };
    const auto valueChar = [](char c) { return c != '\r' && c != '\n' && c != '\0'; };
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), nameChar) &&
           std::all_of(value.begin(), value.end(), valueChar);
}

QByteArray Http1Writer::requestHead(QByteArrayView method, QByteArrayView target, const HeaderList& headers)
{
    QByteArray out;
    out.reserve(method.size() + target.size() + 12 + headerListTextSize(headers) + 2);
    out += method;
    out += ' ';
    out += target;
    out += " HTTP/1.1\r\n";
    appendFields(out, headers);
    return out;
}

QByteArray Http1Writer::responseHead(int status, const HeaderList& headers)
{
    QByteArray out;
    const QByteArray phrase = reason(status);
    out.reserve(13 + phrase.size() + 2 + headerListTextSize(headers) + 2);
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += phrase;
    out += "\r\n";
    appendFields(out, headers);
    return out;
}

QByteArray Http1Writer::reason(int status)
{
    // Codes only HTTP/1.1 endpoints send; the shared table covers the rest.
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    default:
        break;
    }
    return reasonPhrase(status);
}

QByteArray Http1Writer::chunk(QByteArrayView payload)
{
    QByteArray out = QByteArray::number(payload.size(), 16);
    out.reserve(out.size() + 2 + payload.size() + 2);
    out += "\r\n";
    out += payload;
    out += "\r\n";
    return out;
}

QByteArray Http1Writer::lastChunk()
{
    return QByteArrayLiteral("0\r\n\r\n");
}

} // namespace protoviz
