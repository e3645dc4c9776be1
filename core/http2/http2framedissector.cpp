#include "core/http2/http2framedissector.h"

#include "core/http2/hpackdissector.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace protoviz {

namespace {

enum FrameType : quint8 {
    Data = 0x0,
    Headers = 0x1,
    Priority = 0x2,
    RstStream = 0x3,
    Settings = 0x4,
    PushPromise = 0x5,
    Ping = 0x6,
    GoAway = 0x7,
    WindowUpdate = 0x8,
    Continuation = 0x9,
};

constexpr quint8 EndStream = 0x1;
constexpr quint8 Ack = 0x1;
constexpr quint8 EndHeaders = 0x4;
constexpr quint8 Padded = 0x8;
constexpr quint8 PriorityFlag = 0x20;

// Reads big-endian numbers from the frame, refusing to go past its end.
class FrameReader
{
public:
    explicit FrameReader(const QByteArray& bytes)
        : m_bytes(bytes)
    {
    }

    bool has(int count, int at) const { return at >= 0 && at + count <= m_bytes.size(); }
    std::optional<quint32> uint(int at, int size) const
    {
        if (!has(size, at))
            return std::nullopt;
        quint32 value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | quint8(m_bytes[at + i]);
        return value;
    }

private:
    const QByteArray& m_bytes;
};

QString number(quint32 value)
{
    return QString::number(value);
}

void addField(QList<Field>& fields, const QString& name, const QString& value, int offset, int length,
              int depth = 1)
{
    fields.append({name, value, offset, length, depth});
}

struct PayloadLayout
{
    int start = 9; // first byte of the content (after pad length / priority / promised id)
    int end = 9;   // one past the content (before padding)
    int padLength = 0;
    bool padded = false;
    bool valid = true;
};

PayloadLayout layoutOf(const Http2RawFrame& frame)
{
    PayloadLayout layout;
    const int size = int(frame.bytes.size());
    layout.end = size;
    const bool hasPadding = frame.type == Data || frame.type == Headers || frame.type == PushPromise;
    if (hasPadding && (frame.flags & Padded)) {
        layout.padded = true;
        if (size < 10) {
            layout.valid = false;
            return layout;
        }
        layout.padLength = quint8(frame.bytes[9]);
        layout.start = 10;
        layout.end = size - layout.padLength;
    }
    if (frame.type == Headers && (frame.flags & PriorityFlag))
        layout.start += 5;
    if (frame.type == PushPromise)
        layout.start += 4;
    if (layout.end < layout.start)
        layout.valid = false;
    return layout;
}

void dissectHeaderBlock(QList<Field>& fields, const QByteArray& bytes, int start, int end,
                        const HeaderList* headers)
{
    const QByteArrayView block = QByteArrayView(bytes).sliced(start, end - start);
    addField(fields, Http2FrameDissector::tr("header block"),
             Http2FrameDissector::tr("%n byte(s) of HPACK", nullptr, int(block.size())), start,
             int(block.size()));
    const HpackDissector::Result result = HpackDissector::dissect(block);
    qsizetype headerIndex = 0;
    for (const HpackRepresentation& representation : result.representations) {
        QString value = HpackDissector::kindName(representation.kind);
        if (representation.kind == HpackRepresentation::Kind::DynamicTableSizeUpdate) {
            value += QLatin1String(": ") + number(representation.index);
            addField(fields, Http2FrameDissector::tr("table size update"), value,
                     start + representation.offset, representation.length, 2);
            continue;
        }
        QString name;
        QString fieldValue;
        if (headers && headerIndex < headers->size()) {
            name = QString::fromUtf8(headers->at(headerIndex).first);
            fieldValue = QString::fromUtf8(headers->at(headerIndex).second);
        } else if (!representation.staticName().isEmpty()) {
            name = QString::fromUtf8(representation.staticName());
        }
        ++headerIndex;
        if (representation.index != 0) {
            const bool isStatic = int(representation.index) <= HpackDissector::staticTableSize();
            value += QLatin1String(", ") + (isStatic ? Http2FrameDissector::tr("static table entry %1")
                                                     : Http2FrameDissector::tr("dynamic table entry %1"))
                                               .arg(representation.index);
        }
        if (representation.kind != HpackRepresentation::Kind::Indexed) {
            value += QLatin1String(", ") +
                     (representation.valueHuffman
                          ? Http2FrameDissector::tr("value Huffman-coded in %n byte(s)", nullptr,
                                                    int(representation.valueLiteral.size()))
                          : Http2FrameDissector::tr("value as %n plain byte(s)", nullptr,
                                                    int(representation.valueLiteral.size())));
        }
        addField(fields, name.isEmpty() ? Http2FrameDissector::tr("field") : name,
                 fieldValue.isEmpty() ? value : fieldValue + QLatin1String("  (") + value + QLatin1Char(')'),
                 start + representation.offset, representation.length, 2);
    }
    if (!result.complete)
        addField(fields, Http2FrameDissector::tr("HPACK"),
                 Http2FrameDissector::tr("the block ends inside a representation (continued in a "
                                         "CONTINUATION frame, or malformed)"),
                 -1, 0, 2);
}

} // namespace

QString Http2FrameDissector::typeName(quint8 type)
{
    static const char* const names[] = {"DATA",          "HEADERS",      "PRIORITY", "RST_STREAM",
                                        "SETTINGS",      "PUSH_PROMISE", "PING",     "GOAWAY",
                                        "WINDOW_UPDATE", "CONTINUATION"};
    if (type < std::size(names))
        return QLatin1String(names[type]);
    return QStringLiteral("UNKNOWN(0x%1)").arg(type, 2, 16, QLatin1Char('0'));
}

QString Http2FrameDissector::flagNames(quint8 type, quint8 flags)
{
    QStringList names;
    switch (type) {
    case Data:
        if (flags & EndStream)
            names << QStringLiteral("END_STREAM");
        if (flags & Padded)
            names << QStringLiteral("PADDED");
        break;
    case Headers:
        if (flags & EndStream)
            names << QStringLiteral("END_STREAM");
        if (flags & EndHeaders)
            names << QStringLiteral("END_HEADERS");
        if (flags & Padded)
            names << QStringLiteral("PADDED");
        if (flags & PriorityFlag)
            names << QStringLiteral("PRIORITY");
        break;
    case PushPromise:
        if (flags & EndHeaders)
            names << QStringLiteral("END_HEADERS");
        if (flags & Padded)
            names << QStringLiteral("PADDED");
        break;
    case Continuation:
        if (flags & EndHeaders)
            names << QStringLiteral("END_HEADERS");
        break;
    case Settings:
    case Ping:
        if (flags & Ack)
            names << QStringLiteral("ACK");
        break;
    default:
        break;
    }
    return names.join(QLatin1String(" | "));
}

QString Http2FrameDissector::errorCodeName(quint32 code)
{
    static const char* const names[] = {"NO_ERROR",
                                        "PROTOCOL_ERROR",
                                        "INTERNAL_ERROR",
                                        "FLOW_CONTROL_ERROR",
                                        "SETTINGS_TIMEOUT",
                                        "STREAM_CLOSED",
                                        "FRAME_SIZE_ERROR",
                                        "REFUSED_STREAM",
                                        "CANCEL",
                                        "COMPRESSION_ERROR",
                                        "CONNECT_ERROR",
                                        "ENHANCE_YOUR_CALM",
                                        "INADEQUATE_SECURITY",
                                        "HTTP_1_1_REQUIRED"};
    if (code < std::size(names))
        return QLatin1String(names[code]);
    return QStringLiteral("0x%1").arg(code, 0, 16);
}

QString Http2FrameDissector::errorCodeExplanation(quint32 code)
{
    switch (code) {
    case 0x0:
        return tr("no error: a graceful shutdown");
    case 0x1:
        return tr("the peer broke a rule of the protocol");
    case 0x2:
        return tr("the peer hit an internal problem");
    case 0x3:
        return tr("the peer sent more data than the flow-control window allowed");
    case 0x4:
        return tr("the peer did not acknowledge SETTINGS in time");
    case 0x5:
        return tr("a frame arrived for a stream that was already closed");
    case 0x6:
        return tr("a frame had an invalid size");
    case 0x7:
        return tr("the stream was refused before any processing; it is safe to retry");
    case 0x8:
        return tr("the stream is no longer needed");
    case 0x9:
        return tr("the header compression state could not be kept in step");
    case 0xa:
        return tr("a CONNECT tunnel was reset or closed abnormally");
    case 0xb:
        return tr("the peer is generating excessive load");
    case 0xc:
        return tr("the TLS connection does not meet HTTP/2's security requirements");
    case 0xd:
        return tr("the peer wants HTTP/1.1 for this request");
    default:
        break;
    }
    return tr("an error code this version does not know");
}

QString Http2FrameDissector::settingName(quint16 id)
{
    switch (id) {
    case 0x1:
        return QStringLiteral("SETTINGS_HEADER_TABLE_SIZE");
    case 0x2:
        return QStringLiteral("SETTINGS_ENABLE_PUSH");
    case 0x3:
        return QStringLiteral("SETTINGS_MAX_CONCURRENT_STREAMS");
    case 0x4:
        return QStringLiteral("SETTINGS_INITIAL_WINDOW_SIZE");
    case 0x5:
        return QStringLiteral("SETTINGS_MAX_FRAME_SIZE");
    case 0x6:
        return QStringLiteral("SETTINGS_MAX_HEADER_LIST_SIZE");
    case 0x8:
        return QStringLiteral("SETTINGS_ENABLE_CONNECT_PROTOCOL");
    case 0x9:
        return QStringLiteral("SETTINGS_NO_RFC7540_PRIORITIES");
    default:
        break;
    }
    return QStringLiteral("SETTINGS_0x%1").arg(id, 4, 16, QLatin1Char('0'));
}

quint32 Http2FrameDissector::overhead(const Http2RawFrame& frame)
{
    if (frame.isPreface)
        return quint32(frame.bytes.size());
    const PayloadLayout layout = layoutOf(frame);
    if (!layout.valid)
        return quint32(frame.bytes.size());
    switch (frame.type) {
    case Data:
    case Headers:
    case PushPromise:
    case Continuation:
        return quint32(frame.bytes.size() - (layout.end - layout.start));
    default:
        break;
    }
    // Control frames are framing through and through.
    return quint32(frame.bytes.size());
}

QList<Field> Http2FrameDissector::dissect(const Http2RawFrame& frame, const HeaderList* headers)
{
    QList<Field> fields;
    if (frame.isPreface) {
        addField(fields, tr("connection preface"), QStringLiteral("PRI * HTTP/2.0\\r\\n\\r\\nSM\\r\\n\\r\\n"),
                 0, int(frame.bytes.size()), 0);
        return fields;
    }
    const QByteArray& bytes = frame.bytes;
    const FrameReader reader(bytes);
    addField(fields, tr("frame header"), tr("9 bytes"), 0, 9, 0);
    addField(fields, tr("length"), number(frame.payloadLength()), 0, 3);
    addField(fields, tr("type"), typeName(frame.type), 3, 1);
    const QString flags = flagNames(frame.type, frame.flags);
    addField(fields, tr("flags"),
             QStringLiteral("0x%1").arg(frame.flags, 2, 16, QLatin1Char('0')) +
                 (flags.isEmpty() ? QString() : QLatin1String(" (") + flags + QLatin1Char(')')),
             4, 1);
    addField(fields, tr("stream id"), number(frame.streamId), 5, 4);

    if (frame.payloadLength() == 0)
        return fields;
    addField(fields, tr("payload"), tr("%n byte(s)", nullptr, int(frame.payloadLength())), 9,
             int(frame.payloadLength()), 0);

    const PayloadLayout layout = layoutOf(frame);
    if (!layout.valid) {
        addField(fields, tr("malformed"), tr("padding or fixed fields run past the end of the frame"), 9,
                 int(frame.payloadLength()));
        return fields;
    }
    if (layout.padded)
        addField(fields, tr("pad length"), number(quint32(layout.padLength)), 9, 1);

    switch (frame.type) {
    case Data:
        addField(fields, tr("data"), tr("%n byte(s)", nullptr, layout.end - layout.start), layout.start,
                 layout.end - layout.start);
        break;
    case Headers:
        if (frame.flags & PriorityFlag) {
            const int at = layout.padded ? 10 : 9;
            if (const auto dependency = reader.uint(at, 4)) {
                addField(fields, tr("exclusive"), (*dependency & 0x80000000u) ? tr("yes") : tr("no"), at, 1);
                addField(fields, tr("stream dependency"), number(*dependency & 0x7fffffffu), at, 4);
            }
            if (const auto weight = reader.uint(at + 4, 1))
                addField(fields, tr("weight"), number(*weight + 1), at + 4, 1);
        }
        dissectHeaderBlock(fields, bytes, layout.start, layout.end, headers);
        break;
    case PushPromise:
        if (const auto promised = reader.uint(layout.start - 4, 4))
            addField(fields, tr("promised stream id"), number(*promised & 0x7fffffffu), layout.start - 4, 4);
        dissectHeaderBlock(fields, bytes, layout.start, layout.end, headers);
        break;
    case Continuation:
        dissectHeaderBlock(fields, bytes, layout.start, layout.end, headers);
        break;
    case Priority:
        if (const auto dependency = reader.uint(9, 4)) {
            addField(fields, tr("exclusive"), (*dependency & 0x80000000u) ? tr("yes") : tr("no"), 9, 1);
            addField(fields, tr("stream dependency"), number(*dependency & 0x7fffffffu), 9, 4);
        }
        if (const auto weight = reader.uint(13, 1))
            addField(fields, tr("weight"), number(*weight + 1), 13, 1);
        break;
    case RstStream:
        if (const auto code = reader.uint(9, 4))
            addField(fields, tr("error code"),
                     errorCodeName(*code) + QLatin1String(": ") + errorCodeExplanation(*code), 9, 4);
        break;
    case Settings:
        for (int at = 9; reader.has(6, at); at += 6) {
            const auto id = quint16(*reader.uint(at, 2));
            addField(fields, settingName(id), number(*reader.uint(at + 2, 4)), at, 6);
        }
        break;
    case Ping:
        addField(fields, tr("opaque data"), QString::fromLatin1(bytes.mid(9, 8).toHex(' ')), 9,
                 std::min(8, int(frame.payloadLength())));
        break;
    case GoAway:
        if (const auto last = reader.uint(9, 4))
            addField(fields, tr("last stream id"), number(*last & 0x7fffffffu), 9, 4);
        if (const auto code = reader.uint(13, 4))
            addField(fields, tr("error code"),
                     errorCodeName(*code) + QLatin1String(": ") + errorCodeExplanation(*code), 13, 4);
        if (bytes.size() > 17)
            addField(fields, tr("debug data"), QString::fromUtf8(bytes.mid(17)), 17, int(bytes.size() - 17));
        break;
    case WindowUpdate:
        if (const auto increment = reader.uint(9, 4))
            addField(fields, tr("window size increment"), number(*increment & 0x7fffffffu), 9, 4);
        break;
    default:
        break;
    }
    return fields;
}

} // namespace protoviz
