// Fuzzes the link's Eavesdropper (which frames HTTP/1.1 messages and TLS records out of whatever crosses
// the link, dissects cleartext handshakes and certificates) and Tamperer (which follows responses and
// record headers to find the byte to alter). Beyond memory safety (ASan, UBSan), every input checks that
//  - the tamperer never changes a chunk's size, alters at most one byte per arming, and says so in a
//    Tampered event exactly when it did;
//  - every Overheard event has a text, keeps at most 4 KiB of bytes, and only marks a secret in cleartext.
//
// Input: byte 0 picks the chunk size (1 to 64), byte 1 whether to arm the tamperer before each server
// chunk (low bit) and whether the stream opens as TLS (bit 1); the rest is cut into chunks that alternate
// client to server and server to client.

#include "fuzzcheck.h"

#include "core/link/eavesdropper.h"
#include "core/link/tamperer.h"
#include "core/timeline/timeline.h"

#include <cstddef>
#include <cstdint>

using namespace protoviz;
using protoviz::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype chunkSize = 1 + data[0] % 64;
    const bool armEachTime = data[1] & 1;
    QByteArray input(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    if (data[1] & 2)
        input.prepend(char(22)); // a TLS handshake record type: the connection is read as TLS

    Timeline timeline(SessionClock::startingNow());
    const EventRecorder recorder(&timeline, Origin::Link);
    Eavesdropper eavesdropper(recorder);
    Tamperer tamperer(data[0], 0x08, recorder);
    tamperer.arm();
    int arms = 1;
    int altered = 0;
    bool up = true;
    for (qsizetype at = 0; at < input.size(); at += chunkSize) {
        QByteArray chunk = input.mid(at, chunkSize);
        const qsizetype before = chunk.size();
        const Direction direction = up ? Direction::ClientToServer : Direction::ServerToClient;
        if (!up && armEachTime) {
            tamperer.arm();
            ++arms;
        }
        altered += tamperer.process(1, direction, chunk);
        require(chunk.size() == before, "the tamperer changed a chunk's size");
        eavesdropper.observe(1, direction, chunk);
        up = !up;
    }
    require(altered <= arms, "the tamperer altered more bytes than it was armed for");
    require(altered == tamperer.alteredBytes(), "the tamperer's count disagrees with what it returned");

    int tamperedEvents = 0;
    for (const Event& event : timeline.events()) {
        const EventDetail detail = timeline.detail(event);
        if (event.is(Layer::Wire, WireKind::Tampered)) {
            ++tamperedEvents;
            require(event.direction == Direction::ServerToClient, "a client's byte was altered");
            continue;
        }
        require(event.is(Layer::Wire, WireKind::Overheard), "an event that is neither heard nor tampered");
        require(!detail.text.isEmpty(), "an observation without a text");
        require(detail.bytes.size() <= 4096, "an observation that keeps more than 4 KiB");
        require(!((event.flags & OverheardFlag::Secret) && (event.flags & OverheardFlag::Encrypted)),
                "a secret read from encrypted bytes");
    }
    require(tamperedEvents == altered, "an altered byte without its Tampered event, or the reverse");
    return 0;
}
