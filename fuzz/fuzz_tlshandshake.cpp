// Fuzzes TlsHandshakeDissector, which decodes TLS handshake messages (ClientHello, ServerHello,
// certificates, tickets, ...) for the inspector, with each of the layouts the negotiated version
// selects: unknown (0), TLS 1.2 and TLS 1.3. Beyond memory safety (ASan, UBSan), every input checks that
//  - every field that maps to bytes lies within the message, and no field has a negative depth;
//  - type and length are those of the 4-byte header, and the first field is the type byte;
//  - complete says whether the header and every body byte it declares are present, and a well-formed
//    message is complete and has no byte left over.
//
// Input: the handshake message, header first.

#include "fuzzcheck.h"

#include "core/tls/tlshandshakedissector.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

using namespace protoviz;
using protoviz::fuzz::require;

namespace {

void check(QByteArrayView message, const TlsHandshakeDissection& dissection)
{
    for (const Field& field : dissection.fields) {
        require(!field.name.isEmpty(), "a field without a name");
        require(field.depth >= 0, "a field with a negative depth");
        if (field.offset < 0)
            continue;
        require(field.length >= 0 && qint64(field.offset) + field.length <= message.size(),
                "a field outside the message's bytes");
    }
    if (message.isEmpty()) {
        require(dissection.fields.isEmpty() && !dissection.complete,
                "an empty message dissected into something");
        return;
    }
    require(dissection.type == quint8(message[0]), "a type that is not the first byte");
    require(!dissection.name.isEmpty(), "a message without a name");
    require(!dissection.fields.isEmpty() && dissection.fields.first().offset == 0 &&
                dissection.fields.first().length == 1,
            "the first field is not the type byte");
    if (message.size() < 4) {
        require(!dissection.complete, "a message without its whole header is complete");
        return;
    }
    const quint32 declared =
        quint32(quint8(message[1])) << 16 | quint32(quint8(message[2])) << 8 | quint8(message[3]);
    require(dissection.length == declared, "a length that is not the header's");
    require(dissection.complete == (message.size() - 4 >= qint64(declared)),
            "complete disagrees with the declared length");
    require(!dissection.wellFormed || message.size() - 4 == qint64(declared),
            "a well-formed message with bytes missing or left over");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView message(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const quint16 negotiatedVersion : {quint16(0), quint16(0x0303), quint16(0x0304)})
        check(message, TlsHandshakeDissector::dissect(message, negotiatedVersion));
    return 0;
}
