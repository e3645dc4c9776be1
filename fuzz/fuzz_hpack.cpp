// Fuzzes HpackDissector, which reads the representations of an HPACK header block (RFC 7541) from
// HEADERS, PUSH_PROMISE and CONTINUATION frames for the inspector. Beyond memory safety (ASan, UBSan),
// every input checks that
//  - representations are non-empty, contiguous from the block's first byte, ordered, and within the
//    block; the block is complete exactly when they cover all of it;
//  - each representation is consistent with its kind: indexed fields have an index, literal strings
//    fit in the representation and a literal name appears only without a name index;
//  - a prefix of the block yields exactly the representations that end within it, and is complete
//    exactly when it ends where one of them does (the dissector needs no look-ahead).
//
// Input: the header block.

#include "fuzzcheck.h"

#include "core/http2/hpackdissector.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

using namespace protoviz;
using protoviz::fuzz::require;
using Kind = HpackRepresentation::Kind;

namespace {

bool sameRepresentation(const HpackRepresentation& a, const HpackRepresentation& b)
{
    return a.kind == b.kind && a.index == b.index && a.nameHuffman == b.nameHuffman &&
           a.valueHuffman == b.valueHuffman && a.nameLiteral == b.nameLiteral &&
           a.valueLiteral == b.valueLiteral && a.offset == b.offset && a.length == b.length;
}

void checkRepresentations(QByteArrayView block, const HpackDissector::Result& result)
{
    int end = 0;
    for (const HpackRepresentation& representation : result.representations) {
        require(representation.offset == end, "representations are not contiguous from the block's start");
        require(representation.length > 0, "an empty representation");
        require(qint64(representation.offset) + representation.length <= block.size(),
                "a representation past the block's end");
        end = representation.offset + representation.length;
        require(!HpackDissector::kindName(representation.kind).isEmpty(),
                "a representation kind without a name");

        const bool literal =
            representation.kind != Kind::Indexed && representation.kind != Kind::DynamicTableSizeUpdate;
        require(representation.kind != Kind::Indexed || representation.index > 0,
                "an indexed field without index");
        require(literal || (representation.nameLiteral.isEmpty() && representation.valueLiteral.isEmpty()),
                "literal strings in a representation that has none");
        require(representation.index == 0 || representation.nameLiteral.isEmpty(),
                "a literal name beside a name index");
        require(representation.nameLiteral.size() + representation.valueLiteral.size() <
                    representation.length,
                "literal strings larger than their representation");
        const bool staticEntry = representation.kind != Kind::DynamicTableSizeUpdate &&
                                 representation.index >= 1 &&
                                 representation.index <= quint32(HpackDissector::staticTableSize());
        require(staticEntry == !representation.staticName().isEmpty(), "a static table entry without a name");
        require(representation.staticValue().isEmpty() ||
                    (staticEntry && representation.kind == Kind::Indexed),
                "a static value for a representation that does not take one");
    }
    require(result.complete == (end == block.size()), "complete disagrees with the bytes covered");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView block(reinterpret_cast<const char*>(data), qsizetype(size));
    const HpackDissector::Result whole = HpackDissector::dissect(block);
    checkRepresentations(block, whole);

    for (const qsizetype cut : {block.size() / 2, block.size() - 1}) {
        if (cut < 0)
            continue;
        const HpackDissector::Result prefix = HpackDissector::dissect(block.first(cut));
        checkRepresentations(block.first(cut), prefix);
        qsizetype kept = 0;
        bool endsAtBoundary = cut == 0;
        for (const HpackRepresentation& representation : whole.representations) {
            const qsizetype end = representation.offset + representation.length;
            if (end > cut)
                break;
            require(kept < prefix.representations.size() &&
                        sameRepresentation(prefix.representations[kept], representation),
                    "a prefix of the block reads a representation differently");
            ++kept;
            endsAtBoundary = endsAtBoundary || end == cut;
        }
        require(prefix.representations.size() == kept, "a prefix of the block holds extra representations");
        require(prefix.complete == endsAtBoundary, "a prefix's completeness disagrees with the whole block");
    }
    return 0;
}
