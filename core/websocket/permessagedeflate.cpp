#include "core/websocket/permessagedeflate.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace protoviz {

namespace {

struct Parameter
{
    QByteArray name;
    std::optional<QByteArray> value;
};

struct Extension
{
    QByteArray name;
    QList<Parameter> parameters;
};

// What one permessage-deflate element asks for, with the distinctions the answer depends on.
struct Element
{
    PerMessageDeflate::Parameters parameters;
    bool serverWindowGiven = false;
    bool clientWindowGiven = false;
};

bool isToken(QByteArrayView text)
{
    static constexpr QByteArrayView Separators = "()<>@,;:\\\"/[]?={} \t";
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return c > 0x20 && c < 0x7f && !Separators.contains(c);
    });
}

// Splits at separator outside quoted strings (RFC 7230 section 3.2.6), trimming each part.
QList<QByteArray> splitOutsideQuotes(QByteArrayView text, char separator)
{
    QList<QByteArray> parts;
    QByteArray part;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted && c == '\\' && i + 1 < text.size()) {
            part.append(c).append(text[++i]);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(part.trimmed());
            part.clear();
            continue;
        }
        part.append(c);
    }
    parts.append(part.trimmed());
    return parts;
}

QByteArray unquoted(QByteArrayView value)
{
    if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
        return value.toByteArray();
    QByteArray plain;
    for (qsizetype i = 1; i + 1 < value.size(); ++i) {
        if (value[i] == '\\' && i + 2 < value.size())
            ++i;
        plain.append(value[i]);
    }
    return plain;
}

// Sec-WebSocket-Extensions: 1#(token *(";" token ["=" (token / quoted-string)])). nullopt if malformed.
std::optional<QList<Extension>> parseExtensions(QByteArrayView field)
{
    QList<Extension> extensions;
    for (const QByteArray& element : splitOutsideQuotes(field, ',')) {
        if (element.isEmpty())
            continue; // the list syntax allows empty elements
        const QList<QByteArray> items = splitOutsideQuotes(element, ';');
        Extension extension;
        extension.name = items.first();
        if (!isToken(extension.name))
            return std::nullopt;
        for (qsizetype i = 1; i < items.size(); ++i) {
            Parameter parameter;
            const qsizetype equals = items[i].indexOf('=');
            parameter.name = (equals < 0 ? items[i] : items[i].first(equals)).trimmed();
            if (equals >= 0) {
                // A quoted value must be a token once unquoted (RFC 6455 section 9.1).
                parameter.value = unquoted(items[i].sliced(equals + 1).trimmed());
                if (!isToken(*parameter.value))
                    return std::nullopt;
            }
            if (!isToken(parameter.name))
                return std::nullopt;
            extension.parameters.append(parameter);
        }
        extensions.append(extension);
    }
    return extensions;
}

// A window size: a decimal integer from 8 to 15 without leading zeros (RFC 7692 section 7.1.2).
std::optional<int> windowBits(QByteArrayView value)
{
    if (value.isEmpty() || value.size() > 2 || value.startsWith('0') ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const int bits = value.toInt();
    if (bits < PerMessageDeflate::MinWindowBits || bits > PerMessageDeflate::MaxWindowBits)
        return std::nullopt;
    return bits;
}

// The parameters of one permessage-deflate element. response: the server's answer rather than an offer
// (there client_max_window_bits needs a value). nullopt with *fault set when the element is invalid.
std::optional<Element> readElement(const Extension& extension, bool response, QString* fault)
{
    Element element;
    QList<QByteArray> seen;
    for (const Parameter& parameter : extension.parameters) {
        const QByteArray name = parameter.name.toLower();
        if (seen.contains(name)) {
            *fault = QCoreApplication::translate("protoviz",
                                                 "The parameter %1 appears twice (RFC 7692 section 5.1).")
                         .arg(QString::fromLatin1(name));
            return std::nullopt;
        }
        seen.append(name);
        const bool noValue = !parameter.value.has_value();
        if (name == "server_no_context_takeover" || name == "client_no_context_takeover") {
            if (!noValue) {
                *fault = QCoreApplication::translate(
                             "protoviz", "The parameter %1 takes no value (RFC 7692 section 7.1.1).")
                             .arg(QString::fromLatin1(name));
                return std::nullopt;
            }
            (name.startsWith("server") ? element.parameters.serverNoContextTakeover
                                       : element.parameters.clientNoContextTakeover) = true;
        } else if (name == "server_max_window_bits" || name == "client_max_window_bits") {
            const bool client = name.startsWith("client");
            // Only a client's offer may say client_max_window_bits without a value.
            const std::optional<int> bits = noValue && client && !response
                                                ? std::optional<int>(PerMessageDeflate::MaxWindowBits)
                                            : noValue ? std::nullopt
                                                      : windowBits(*parameter.value);
            if (!bits) {
                *fault =
                    QCoreApplication::translate(
                        "protoviz",
                        "The parameter %1 needs a window size from 8 to 15 without leading zeros, not "
                        "\"%2\" (RFC 7692 section 7.1.2).")
                        .arg(QString::fromLatin1(name), QString::fromLatin1(parameter.value.value_or("")));
                return std::nullopt;
            }
            (client ? element.parameters.clientMaxWindowBits : element.parameters.serverMaxWindowBits) =
                *bits;
            (client ? element.clientWindowGiven : element.serverWindowGiven) = true;
        } else {
            *fault = QCoreApplication::translate(
                         "protoviz", "permessage-deflate has no parameter %1 (RFC 7692 section 7.1).")
                         .arg(QString::fromLatin1(parameter.name));
            return std::nullopt;
        }
    }
    return element;
}

} // namespace

QByteArray PerMessageDeflate::offer(const Parameters& wanted)
{
    QByteArray value = Name.toByteArray();
    if (wanted.serverNoContextTakeover)
        value += "; server_no_context_takeover";
    if (wanted.clientNoContextTakeover)
        value += "; client_no_context_takeover";
    if (wanted.serverMaxWindowBits < MaxWindowBits)
        value += "; server_max_window_bits=" + QByteArray::number(wanted.serverMaxWindowBits);
    value += "; client_max_window_bits";
    if (wanted.clientMaxWindowBits < MaxWindowBits)
        value += '=' + QByteArray::number(wanted.clientMaxWindowBits);
    return value;
}

std::optional<PerMessageDeflate::Agreement>
PerMessageDeflate::accept(const HeaderList& requestHeaders, const Parameters& setting, QString* declined)
{
    if (declined)
        declined->clear();
    const std::optional<QList<Extension>> extensions = parseExtensions(extensionsField(requestHeaders));
    if (!extensions) {
        if (declined)
            *declined = QCoreApplication::translate(
                "protoviz", "The Sec-WebSocket-Extensions field is not a valid extension list (RFC 6455 "
                            "section 9.1).");
        return std::nullopt;
    }
    for (const Extension& extension : *extensions) {
        if (extension.name.compare(Name, Qt::CaseInsensitive) != 0)
            continue;
        QString fault;
        const std::optional<Element> offer = readElement(extension, false, &fault);
        if (!offer) {
            if (declined)
                *declined = fault;
            continue;
        }
        if (offer->serverWindowGiven && offer->parameters.serverMaxWindowBits == MinWindowBits) {
            // zlib's deflate cannot use a 256-byte window for raw streams; RFC 7692 section 7.1.2.1 lets
            // a server decline what it does not support.
            if (declined)
                *declined = QCoreApplication::translate(
                    "protoviz", "The offer asks the server for an 8-bit window, which zlib cannot compress "
                                "with: declined (RFC 7692 section 7.1.2.1).");
            continue;
        }
        Agreement agreement;
        Parameters& agreed = agreement.parameters;
        agreed.serverNoContextTakeover =
            offer->parameters.serverNoContextTakeover || setting.serverNoContextTakeover;
        agreed.clientNoContextTakeover =
            offer->parameters.clientNoContextTakeover || setting.clientNoContextTakeover;
        agreed.serverMaxWindowBits =
            std::clamp(std::min(offer->parameters.serverMaxWindowBits, setting.serverMaxWindowBits),
                       MinWindowBits + 1, MaxWindowBits);
        // Without client_max_window_bits in the offer the client may not understand it in the answer.
        agreed.clientMaxWindowBits =
            offer->clientWindowGiven
                ? std::min(offer->parameters.clientMaxWindowBits, setting.clientMaxWindowBits)
                : MaxWindowBits;
        QByteArray& response = agreement.response;
        response = Name.toByteArray();
        if (agreed.serverNoContextTakeover)
            response += "; server_no_context_takeover";
        if (agreed.clientNoContextTakeover)
            response += "; client_no_context_takeover";
        // An offered server window is accepted by answering with it (RFC 7692 section 7.1.2.1).
        if (offer->serverWindowGiven || agreed.serverMaxWindowBits < MaxWindowBits)
            response += "; server_max_window_bits=" + QByteArray::number(agreed.serverMaxWindowBits);
        if (agreed.clientMaxWindowBits < MaxWindowBits)
            response += "; client_max_window_bits=" + QByteArray::number(agreed.clientMaxWindowBits);
        return agreement;
    }
    return std::nullopt;
}

std::optional<PerMessageDeflate::Parameters>
PerMessageDeflate::checkResponse(const HeaderList& responseHeaders, const Parameters& wanted, QString* fault)
{
    fault->clear();
    const QByteArray field = extensionsField(responseHeaders);
    if (field.isNull())
        return std::nullopt;
    const std::optional<QList<Extension>> extensions = parseExtensions(field);
    if (!extensions) {
        *fault = QCoreApplication::translate(
            "protoviz", "The server's Sec-WebSocket-Extensions field is not a valid extension list (RFC 6455 "
                        "section 9.1): the client fails the connection.");
        return std::nullopt;
    }
    if (extensions->isEmpty())
        return std::nullopt;
    for (const Extension& extension : *extensions) {
        if (extension.name.compare(Name, Qt::CaseInsensitive) != 0) {
            *fault = QCoreApplication::translate(
                         "protoviz",
                         "The server accepted the extension %1, which the client did not offer (RFC 6455 "
                         "section 9.1): the client fails the connection.")
                         .arg(QString::fromLatin1(extension.name));
            return std::nullopt;
        }
    }
    if (extensions->size() > 1) {
        *fault = QCoreApplication::translate(
            "protoviz",
            "The server's response names permessage-deflate more than once, but the client made one "
            "offer (RFC 7692 section 5.1): the client fails the connection.");
        return std::nullopt;
    }
    QString invalid;
    const std::optional<Element> answer = readElement(extensions->first(), true, &invalid);
    if (!answer) {
        *fault = invalid + QLatin1Char(' ') +
                 QCoreApplication::translate("protoviz", "The client fails the connection.");
        return std::nullopt;
    }
    if (wanted.serverNoContextTakeover && !answer->parameters.serverNoContextTakeover) {
        *fault = QCoreApplication::translate(
            "protoviz",
            "The client offered server_no_context_takeover but the response lacks it, so it accepts "
            "no offer the client made (RFC 7692 section 7.1.1.1): the client fails the connection.");
        return std::nullopt;
    }
    if (wanted.serverMaxWindowBits < MaxWindowBits &&
        (!answer->serverWindowGiven || answer->parameters.serverMaxWindowBits > wanted.serverMaxWindowBits)) {
        *fault =
            QCoreApplication::translate(
                "protoviz",
                "The client offered server_max_window_bits=%1 but the response does not answer it with a "
                "window that small (RFC 7692 section 7.1.2.1): the client fails the connection.")
                .arg(wanted.serverMaxWindowBits);
        return std::nullopt;
    }
    Parameters agreed = answer->parameters;
    agreed.clientNoContextTakeover = agreed.clientNoContextTakeover || wanted.clientNoContextTakeover;
    agreed.clientMaxWindowBits = std::min(agreed.clientMaxWindowBits, wanted.clientMaxWindowBits);
    return agreed;
}

QByteArray PerMessageDeflate::extensionsField(const HeaderList& headers)
{
    QByteArray joined;
    for (const auto& [name, value] : headers) {
        if (name.compare("sec-websocket-extensions", Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isNull())
            joined += ", ";
        joined += value.trimmed();
        if (joined.isNull())
            joined = "";
    }
    return joined;
}

} // namespace protoviz
