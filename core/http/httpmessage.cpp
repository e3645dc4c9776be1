#include "core/http/httpmessage.h"

namespace protoviz {

QByteArray headerValue(const HeaderList& headers, QByteArrayView name)
{
    for (const auto& [fieldName, value] : headers) {
        if (fieldName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qsizetype headerListTextSize(const HeaderList& headers)
{
    qsizetype size = 0;
    for (const auto& [name, value] : headers)
        size += name.size() + 2 + value.size() + 2;
    return size;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 101:
        return QByteArrayLiteral("Switching Protocols");
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 426:
        return QByteArrayLiteral("Upgrade Required");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        break;
    }
    return QByteArrayLiteral("Unknown");
}

QByteArray HttpRequest::route() const
{
    const qsizetype mark = path.indexOf('?');
    return mark < 0 ? path : path.first(mark);
}

QUrlQuery HttpRequest::query() const
{
    const qsizetype mark = path.indexOf('?');
    return QUrlQuery(mark < 0 ? QString() : QString::fromLatin1(path.sliced(mark + 1)));
}

} // namespace protoviz
