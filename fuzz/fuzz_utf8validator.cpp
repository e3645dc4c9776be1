// Fuzzes Utf8Validator, which checks WebSocket text (messages and Close reasons) incrementally as it
// arrives, split across frames and reads at any byte. Beyond memory safety (ASan, UBSan), every input
// checks that
//  - after every piece fed, the validator agrees with a reference written here that decodes code points
//    (rather than checking byte ranges as the validator does): it fails exactly at the first byte that
//    no continuation could turn into valid UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
//    above U+10FFFF), reports that byte's offset, and otherwise counts the bytes of an unfinished
//    character and is complete only on a character boundary;
//  - isValid() agrees with the reference and with a QString::fromUtf8() round trip;
//  - the input fed whole, a byte at a time, in 2-, 3- and 5-byte chunks, and cut in two anywhere (every
//    cut of a short input, a spread of cuts of a long one) ends in the same state;
//  - a failed validator stays failed with the same offset, and reset() starts it afresh.
//
// Input: the bytes to validate.

#include "fuzzcheck.h"

#include "core/websocket/utf8validator.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

// What the reference says of a prefix of the input.
struct PrefixState
{
    bool failed = false;
    int pending = 0; // bytes of an unfinished character at the end
};

// Whether some code point in [low, high] is one UTF-8 may encode in a sequence whose shortest form
// starts at minimum: not overlong, not a surrogate, not above U+10FFFF.
bool encodable(quint32 low, quint32 high, quint32 minimum)
{
    const quint32 from = std::max(low, minimum);
    const quint32 to = std::min<quint32>(high, 0x10FFFF);
    if (from > to)
        return false;
    return !(from >= 0xD800 && to <= 0xDFFF);
}

// The reference: states[j] describes bytes [0, j]; errorOffset is the first byte that makes the input
// invalid, or -1. It decodes each sequence's bits and asks whether the code points its remaining bits
// could still spell include a valid one.
struct Reference
{
    std::vector<PrefixState> states;
    qint64 errorOffset = -1;

    explicit Reference(QByteArrayView bytes)
    {
        states.reserve(std::size_t(bytes.size()));
        int length = 0;   // bytes of the current sequence, 0 between characters
        int seen = 0;     // bytes of it so far
        quint32 bits = 0; // its payload bits so far
        quint32 minimum = 0;
        for (qsizetype j = 0; j < bytes.size(); ++j) {
            const auto byte = quint8(bytes[j]);
            bool ok = true;
            if (length == 0) {
                if (byte < 0x80) {
                    states.push_back({false, 0});
                    continue;
                }
                if ((byte & 0xE0) == 0xC0) {
                    length = 2;
                    bits = byte & 0x1F;
                    minimum = 0x80;
                } else if ((byte & 0xF0) == 0xE0) {
                    length = 3;
                    bits = byte & 0x0F;
                    minimum = 0x800;
                } else if ((byte & 0xF8) == 0xF0) {
                    length = 4;
                    bits = byte & 0x07;
                    minimum = 0x10000;
                } else {
                    ok = false; // a continuation byte, or F8-FF, cannot start a character
                }
                seen = 1;
            } else if ((byte & 0xC0) != 0x80) {
                ok = false;
            } else {
                bits = (bits << 6) | (byte & 0x3F);
                ++seen;
            }
            if (ok) {
                const int remaining = 6 * (length - seen);
                const quint32 low = bits << remaining;
                const quint32 high = low | ((quint32(1) << remaining) - 1);
                ok = encodable(low, high, minimum);
            }
            if (!ok) {
                errorOffset = j;
                states.resize(std::size_t(bytes.size()), {true, 0});
                return;
            }
            if (seen == length)
                length = 0;
            states.push_back({false, length == 0 ? 0 : seen});
        }
    }

    // The state after the first count bytes.
    PrefixState after(qsizetype count) const { return count == 0 ? PrefixState{} : states[count - 1]; }
};

void requireState(const Utf8Validator& validator, const Reference& reference, qsizetype fed)
{
    const PrefixState expected = reference.after(fed);
    require(validator.hasFailed() == expected.failed, "the validator fails where the reference does not");
    if (expected.failed) {
        require(validator.errorOffset() == reference.errorOffset, "an error offset off the offending byte");
        require(validator.pendingBytes() == 0 && !validator.isComplete(), "a failed validator is complete");
        return;
    }
    require(validator.errorOffset() == -1, "an error offset without an error");
    require(validator.pendingBytes() == expected.pending, "pending bytes of an unfinished character differ");
    require(validator.isComplete() == (expected.pending == 0),
            "complete disagrees with the character boundary");
}

// Feeds bytes in the pieces that cuts (ascending offsets) mark, checking the state after each.
void feedInPieces(Utf8Validator& validator, QByteArrayView bytes, const std::vector<qsizetype>& cuts,
                  const Reference& reference)
{
    qsizetype offset = 0;
    for (qsizetype i = 0; i <= qsizetype(cuts.size()); ++i) {
        const qsizetype end = i < qsizetype(cuts.size()) ? cuts[std::size_t(i)] : bytes.size();
        const bool accepted = validator.feed(bytes.sliced(offset, end - offset));
        offset = end;
        require(accepted == !validator.hasFailed(), "feed() returns other than the validator's state");
        requireState(validator, reference, offset);
    }
}

std::vector<qsizetype> everyChunk(qsizetype size, qsizetype chunk)
{
    std::vector<qsizetype> cuts;
    for (qsizetype offset = chunk; offset < size; offset += chunk)
        cuts.push_back(offset);
    return cuts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // An exact-size heap block, so that ASan catches a read past the input.
    const std::vector<char> buffer(data, data + size);
    const QByteArrayView bytes(buffer.data(), qsizetype(buffer.size()));
    const Reference reference(bytes);
    const bool valid = reference.errorOffset < 0 && reference.after(bytes.size()).pending == 0;

    require(Utf8Validator::isValid(bytes) == valid, "isValid() disagrees with the reference");
    // QString::fromUtf8() drops a byte order mark at the start, so the round trip starts with ASCII.
    const QByteArray prefixed = "x" + bytes.toByteArray();
    require((QString::fromUtf8(prefixed).toUtf8() == prefixed) == valid,
            "isValid() disagrees with a QString::fromUtf8() round trip");

    Utf8Validator whole;
    feedInPieces(whole, bytes, {}, reference);
    for (const qsizetype chunk : {1, 2, 3, 5}) {
        Utf8Validator chunked;
        feedInPieces(chunked, bytes, everyChunk(bytes.size(), chunk), reference);
    }
    // Every cut of a short input; for a long one, cuts spread over it and around its first error.
    std::vector<qsizetype> cuts;
    if (bytes.size() <= 64) {
        for (qsizetype cut = 1; cut < bytes.size(); ++cut)
            cuts.push_back(cut);
    } else {
        for (qsizetype i = 1; i < 16; ++i)
            cuts.push_back(bytes.size() * i / 16);
        for (qint64 near = reference.errorOffset - 3; near <= reference.errorOffset + 1; ++near) {
            if (reference.errorOffset >= 0 && near > 0 && near < bytes.size())
                cuts.push_back(near);
        }
    }
    for (const qsizetype cut : cuts) {
        Utf8Validator split;
        feedInPieces(split, bytes, {cut}, reference);
    }

    if (whole.hasFailed()) {
        require(!whole.feed("a") && whole.errorOffset() == reference.errorOffset,
                "a failed validator accepted more input or moved its error");
    }
    whole.reset();
    requireState(whole, reference, 0);
    feedInPieces(whole, bytes, {}, reference);
    return 0;
}
