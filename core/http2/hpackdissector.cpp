#include "core/http2/hpackdissector.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <utility>

namespace protoviz {

namespace {

// RFC 7541 Appendix A: the static table, index 1..61.
constexpr std::array<std::pair<const char*, const char*>, 61> staticTable{{
    {":authority", ""},
    {":method", "GET"},
    {":method", "POST"},
    {":path", "/"},
    {":path", "/index.html"},
    {":scheme", "http"},
    {":scheme", "https"},
    {":status", "200"},
    {":status", "204"},
    {":status", "206"},
    {":status", "304"},
    {":status", "400"},
    {":status", "404"},
    {":status", "500"},
    {"accept-charset", ""},
    {"accept-encoding", "gzip, deflate"},
    {"accept-language", ""},
    {"accept-ranges", ""},
    {"accept", ""},
    {"access-control-allow-origin", ""},
    {"age", ""},
    {"allow", ""},
    {"authorization", ""},
    {"cache-control", ""},
    {"content-disposition", ""},
    {"content-encoding", ""},
    {"content-language", ""},
    {"content-length", ""},
    {"content-location", ""},
    {"content-range", ""},
    {"content-type", ""},
    {"cookie", ""},
    {"date", ""},
    {"etag", ""},
    {"expect", ""},
    {"expires", ""},
    {"from", ""},
    {"host", ""},
    {"if-match", ""},
    {"if-modified-since", ""},
    {"if-none-match", ""},
    {"if-range", ""},
    {"if-unmodified-since", ""},
    {"last-modified", ""},
    {"link", ""},
    {"location", ""},
    {"max-forwards", ""},
    {"proxy-authenticate", ""},
    {"proxy-authorization", ""},
    {"range", ""},
    {"referer", ""},
    {"refresh", ""},
    {"retry-after", ""},
    {"server", ""},
    {"set-cookie", ""},
    {"strict-transport-security", ""},
    {"transfer-encoding", ""},
    {"user-agent", ""},
    {"vary", ""},
    {"via", ""},
    {"www-authenticate", ""},
}};

class BlockReader
{
public:
    explicit BlockReader(QByteArrayView block)
        : m_block(block)
    {
    }

    bool atEnd() const { return m_position >= m_block.size(); }
    int position() const { return int(m_position); }
    quint8 peek() const { return quint8(m_block[m_position]); }

    // RFC 7541 5.1: an integer with an N-bit prefix, continued in 7-bit groups.
    std::optional<quint32> integer(int prefixBits)
    {
        if (atEnd())
            return std::nullopt;
        const quint32 mask = (1u << prefixBits) - 1;
        quint64 value = quint8(m_block[m_position++]) & mask;
        if (value < mask)
            return quint32(value);
        for (int shift = 0; shift <= 28; shift += 7) {
            if (atEnd())
                return std::nullopt;
            const auto byte = quint8(m_block[m_position++]);
            value += quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value <= 0xffffffffu ? std::optional<quint32>(quint32(value)) : std::nullopt;
        }
        return std::nullopt;
    }

    // RFC 7541 5.2: H bit and a 7-bit-prefix length, then the octets.
    bool string(QByteArray* bytes, bool* huffman)
    {
        if (atEnd())
            return false;
        *huffman = (peek() & 0x80) != 0;
        const std::optional<quint32> length = integer(7);
        if (!length || *length > quint32(m_block.size() - m_position))
            return false;
        *bytes = m_block.sliced(m_position, *length).toByteArray();
        m_position += *length;
        return true;
    }

private:
    QByteArrayView m_block;
    qsizetype m_position = 0;
};

} // namespace

QByteArray HpackRepresentation::staticName() const
{
    if (kind == Kind::DynamicTableSizeUpdate || index < 1 || index > staticTable.size())
        return {};
    return QByteArray(staticTable[index - 1].first);
}

QByteArray HpackRepresentation::staticValue() const
{
    if (kind != Kind::Indexed || index < 1 || index > staticTable.size())
        return {};
    return QByteArray(staticTable[index - 1].second);
}

int HpackDissector::staticTableSize()
{
    return int(staticTable.size());
}

QString HpackDissector::kindName(HpackRepresentation::Kind kind)
{
    switch (kind) {
    case HpackRepresentation::Kind::Indexed:
        return QCoreApplication::translate("protoviz", "indexed");
    case HpackRepresentation::Kind::LiteralIncrementalIndexing:
        return QCoreApplication::translate("protoviz", "literal, added to the table");
    case HpackRepresentation::Kind::LiteralWithoutIndexing:
        return QCoreApplication::translate("protoviz", "literal, not indexed");
    case HpackRepresentation::Kind::LiteralNeverIndexed:
        return QCoreApplication::translate("protoviz", "literal, never indexed");
    case HpackRepresentation::Kind::DynamicTableSizeUpdate:
        return QCoreApplication::translate("protoviz", "dynamic table size update");
    }
    return {};
}

HpackDissector::Result HpackDissector::dissect(QByteArrayView block)
{
    using Kind = HpackRepresentation::Kind;
    Result result;
    BlockReader reader(block);
    while (!reader.atEnd()) {
        HpackRepresentation representation;
        representation.offset = reader.position();
        const quint8 first = reader.peek();
        int prefixBits = 0;
        if (first & 0x80) {
            representation.kind = Kind::Indexed;
            prefixBits = 7;
        } else if (first & 0x40) {
            representation.kind = Kind::LiteralIncrementalIndexing;
            prefixBits = 6;
        } else if (first & 0x20) {
            representation.kind = Kind::DynamicTableSizeUpdate;
            prefixBits = 5;
        } else if (first & 0x10) {
            representation.kind = Kind::LiteralNeverIndexed;
            prefixBits = 4;
        } else {
            representation.kind = Kind::LiteralWithoutIndexing;
            prefixBits = 4;
        }
        const std::optional<quint32> index = reader.integer(prefixBits);
        if (!index || (representation.kind == Kind::Indexed && *index == 0)) {
            result.complete = false;
            break;
        }
        representation.index = *index;
        const bool literal =
            representation.kind != Kind::Indexed && representation.kind != Kind::DynamicTableSizeUpdate;
        if (literal) {
            if (representation.index == 0 &&
                !reader.string(&representation.nameLiteral, &representation.nameHuffman)) {
                result.complete = false;
                break;
            }
            if (!reader.string(&representation.valueLiteral, &representation.valueHuffman)) {
                result.complete = false;
                break;
            }
        }
        representation.length = reader.position() - representation.offset;
        result.representations.append(std::move(representation));
    }
    return result;
}

} // namespace protoviz
