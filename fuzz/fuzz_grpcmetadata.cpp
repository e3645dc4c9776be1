// Fuzzes the readers of gRPC's header values, each given the same bytes: GrpcTimeout (grpc-timeout),
// GrpcStatus::decodeMessage() (grpc-message), GrpcStatus::codeFromHeader() (grpc-status),
// GrpcMessageReader::isGrpcContentType() (content-type), and GrpcMethod::splitPath() with
// GrpcSchema::method() (:path). Beyond memory safety (ASan, UBSan), every input checks that
//  - parse() accepts exactly one to eight digits and a unit (H M S m u n), with the value in
//    nanoseconds (saturated where eight digits of hours overflow); format() writes what parse() reads
//    back as the same timeout, or the next larger one where eight digits cannot say it exactly;
//  - decodeMessage() agrees with a reference percent-decoder; encodeMessage() writes printable ASCII
//    and well-formed escapes that decode back to the same text, and gives back unchanged a value that
//    is already in its form;
//  - codeFromHeader() reads a value of digits as its number when it is 0 to 16, and accepts nothing
//    but a number of that range (or "-0"), possibly in whitespace (before any NUL byte) and never with
//    a '+'; other values are UNKNOWN;
//  - isGrpcContentType() is "application/grpc" (any case), alone or followed by '+' or ';';
//  - splitPath() takes "/service/method" apart at the last slash, and a method the schema finds has
//    exactly that path and types the schema knows.
//
// Input: the header value.

#include "fuzzcheck.h"

#include "core/grpc/grpcmessagereader.h"
#include "core/grpc/grpcmethod.h"
#include "core/grpc/grpcschema.h"
#include "core/grpc/grpcstatus.h"
#include "core/grpc/grpctimeout.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// grpc-timeout = TimeoutValue TimeoutUnit: 1 to 8 digits, then one of H M S m u n (PROTOCOL-HTTP2.md).
std::optional<qint64> referenceTimeout(QByteArrayView value)
{
    if (value.size() < 2 || value.size() > 9)
        return std::nullopt;
    qint64 unit = 0;
    switch (value.back()) {
    case 'H':
        unit = 3600LL * 1000000000LL;
        break;
    case 'M':
        unit = 60LL * 1000000000LL;
        break;
    case 'S':
        unit = 1000000000LL;
        break;
    case 'm':
        unit = 1000000LL;
        break;
    case 'u':
        unit = 1000LL;
        break;
    case 'n':
        unit = 1;
        break;
    default:
        return std::nullopt;
    }
    qint64 amount = 0;
    for (const char c : value.first(value.size() - 1)) {
        if (!isDigit(c))
            return std::nullopt;
        amount = amount * 10 + (c - '0');
    }
    qint64 nanoseconds = 0;
    if (__builtin_mul_overflow(amount, unit, &nanoseconds))
        return std::numeric_limits<qint64>::max();
    return nanoseconds;
}

// A formatted timeout read back: the same, or (when no unit holds it exactly in eight digits) larger.
void checkFormat(qint64 timeoutNs)
{
    const QByteArray text = GrpcTimeout::format(timeoutNs);
    const std::optional<qint64> back = GrpcTimeout::parse(text);
    require(back.has_value(), "format() wrote a grpc-timeout that parse() refuses");
    const qint64 wanted = std::max<qint64>(timeoutNs, 1);
    require(*back >= wanted, "format() shortened the timeout");
    bool exact = false;
    for (const qint64 unit : {1LL, 1000LL, 1000000LL, 1000000000LL, 60000000000LL, 3600000000000LL})
        exact = exact || (wanted % unit == 0 && wanted / unit <= 99999999);
    require(!exact || *back == wanted, "format() rounded a timeout it could write exactly");
    require(!GrpcTimeout::describe(*back).isEmpty(), "a timeout without a description");
}

int hexDigit(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// grpc-message: percent-encoded UTF-8; a '%' not followed by two hex digits stands for itself.
QByteArray referencePercentDecode(QByteArrayView value)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '%' && value.size() - i >= 3 && hexDigit(value[i + 1]) >= 0 &&
            hexDigit(value[i + 2]) >= 0) {
            bytes.append(char(hexDigit(value[i + 1]) * 16 + hexDigit(value[i + 2])));
            i += 2;
        } else {
            bytes.append(value[i]);
        }
    }
    return bytes;
}

void checkMessage(QByteArrayView value)
{
    const QString text = GrpcStatus::decodeMessage(value);
    require(text == QString::fromUtf8(referencePercentDecode(value)),
            "decodeMessage() disagrees with the reference percent-decoder");
    const QByteArray encoded = GrpcStatus::encodeMessage(text);
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        require(c >= 0x20 && c <= 0x7e, "encodeMessage() wrote a byte outside printable ASCII");
        require(c != '%' || (encoded.size() - i >= 3 && hexDigit(encoded[i + 1]) >= 0 &&
                             hexDigit(encoded[i + 2]) >= 0),
                "encodeMessage() wrote a '%' that is no escape");
    }
    require(GrpcStatus::decodeMessage(encoded) == text, "an encoded grpc-message decodes to other text");

    // A value already in encodeMessage()'s form (UTF-8 without a leading byte order mark, which
    // QString::fromUtf8() drops; printable ASCII but '%' as is, the rest as upper-case escapes) comes back
    // unchanged.
    const QByteArray bytes = referencePercentDecode(value);
    if (QString::fromUtf8(bytes).toUtf8() != bytes)
        return;
    QByteArray canonical;
    for (const char c : bytes) {
        const auto byte = quint8(c);
        if (byte >= 0x20 && byte <= 0x7e && byte != '%')
            canonical.append(c);
        else
            canonical += '%' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
    }
    if (canonical == value)
        require(encoded == value, "encodeMessage() changed a value already in its form");
}

void checkStatusCode(QByteArrayView value)
{
    bool valid = false;
    const GrpcStatusCode code = GrpcStatus::codeFromHeader(value, &valid);
    require(valid || code == GrpcStatusCode::Unknown, "an invalid grpc-status read as other than UNKNOWN");
    require(!GrpcStatus::codeName(code).isEmpty() && !GrpcStatus{code, {}}.toString().isEmpty(),
            "a status code without a name");
    // What an accepted value may look like: whitespace, an optional minus, digits, whitespace.
    // QByteArray::toInt() reads up to a NUL byte (which nghttp2 never lets into a field value).
    QByteArrayView number = value.first(value.contains('\0') ? value.indexOf('\0') : value.size());
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    while (!number.isEmpty() && space(number.front()))
        number = number.sliced(1);
    while (!number.isEmpty() && space(number.back()))
        number.chop(1);
    const bool negative = number.startsWith('-');
    const QByteArrayView digits = negative ? number.sliced(1) : number;
    const bool allDigits = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), isDigit);
    qint64 magnitude = 0;
    for (const char c : digits) {
        if (!allDigits || magnitude > 16)
            break;
        magnitude = magnitude * 10 + (c - '0');
    }
    const bool inRange = allDigits && (negative ? magnitude == 0 : magnitude <= 16);
    require(!valid || inRange, "grpc-status accepted a value that is no number from 0 to 16");
    if (!value.isEmpty() && std::all_of(value.begin(), value.end(), isDigit))
        require(valid == inRange && (!valid || int(code) == magnitude), "grpc-status misread a number");
}

void checkContentType(QByteArrayView value)
{
    constexpr QByteArrayView base = "application/grpc";
    bool expected = value.size() >= base.size();
    for (qsizetype i = 0; expected && i < base.size(); ++i) {
        const char c = value[i];
        expected = (c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) == base[i];
    }
    expected =
        expected && (value.size() == base.size() || value[base.size()] == '+' || value[base.size()] == ';');
    require(GrpcMessageReader::isGrpcContentType(value) == expected,
            "isGrpcContentType() misjudged a content-type");
}

void checkPath(QByteArrayView path)
{
    QString service;
    QString name;
    const bool split = GrpcMethod::splitPath(path, &service, &name);
    const qsizetype slash = path.lastIndexOf('/');
    const bool expected = path.size() >= 4 && path.front() == '/' && slash > 1 && slash < path.size() - 1;
    require(split == expected, "splitPath() misjudged a :path");
    if (split)
        require(service == QString::fromUtf8(path.sliced(1, slash - 1)) &&
                    name == QString::fromUtf8(path.sliced(slash + 1)),
                "splitPath() cut a :path other than at its last slash");
    const GrpcSchema& schema = GrpcSchema::builtIn();
    const std::optional<GrpcMethod> method = schema.method(path);
    if (!method)
        return;
    require(split && method->path == path, "the schema found a method for a path other than its own");
    require(schema.decode(method->inputType, {}).typeName == method->inputType &&
                schema.decode(method->outputType, {}).typeName == method->outputType,
            "a method whose message types the schema does not know");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // An exact-size heap block, so that ASan catches a read past the input.
    const std::vector<char> buffer(data, data + size);
    const QByteArrayView value(buffer.data(), qsizetype(buffer.size()));

    const std::optional<qint64> timeout = GrpcTimeout::parse(value);
    require(timeout == referenceTimeout(value), "parse() disagrees with the grpc-timeout grammar");
    if (timeout)
        checkFormat(*timeout);
    if (value.size() >= 8) {
        qint64 bits = 0;
        std::memcpy(&bits, value.data(), sizeof bits);
        // format() takes positive timeouts only.
        checkFormat(
            bits == std::numeric_limits<qint64>::min() ? 1 : std::max<qint64>(bits < 0 ? -bits : bits, 1));
    }

    checkMessage(value);
    checkStatusCode(value);
    checkContentType(value);
    checkPath(value);
    return 0;
}
