#pragma once

#include <QByteArray>
#include <QList>

namespace protoviz {

/// One representation in an HPACK header block (RFC 7541 section 6), located in the block's bytes.
struct HpackRepresentation
{
    enum class Kind : quint8 {
        Indexed,                    ///< the whole field comes from a table entry
        LiteralIncrementalIndexing, ///< literal, and added to the dynamic table
        LiteralWithoutIndexing,     ///< literal, not added
        LiteralNeverIndexed,        ///< literal that intermediaries must never index (sensitive)
        DynamicTableSizeUpdate,     ///< changes the dynamic table's size
    };

    Kind kind = Kind::Indexed;
    quint32 index = 0; ///< table index (0: the name is a literal), or the new size for updates
    bool nameHuffman = false;
    bool valueHuffman = false;
    QByteArray nameLiteral;  ///< the name's encoded bytes when it is a literal (Huffman-coded if so flagged)
    QByteArray valueLiteral; ///< the value's encoded bytes for literal kinds
    int offset = 0;          ///< where the representation starts in the block
    int length = 0;          ///< its encoded size

    /// The static table entry's name/value for index 1..61, empty otherwise.
    QByteArray staticName() const;
    QByteArray staticValue() const;
};

/// Reads the representations of a header block without decoding state: which fields were sent as
/// table references and which as literals is visible from the bytes alone (dynamic-table contents and
/// Huffman-coded text are not; the engine pairs representations with nghttp2's decoded header list).
/// Robust to truncated or malformed input: stops at the first representation it cannot read.
class HpackDissector
{
public:
    struct Result
    {
        QList<HpackRepresentation> representations;
        bool complete = true; ///< false if the block ended inside a representation or was malformed
    };

    static Result dissect(QByteArrayView block);

    /// Entry count of the static table (61).
    static int staticTableSize();
    /// "indexed", "literal, incremental indexing", ...
    static QString kindName(HpackRepresentation::Kind kind);
};

} // namespace protoviz
