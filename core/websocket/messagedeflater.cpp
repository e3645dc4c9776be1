#include "core/websocket/messagedeflater.h"

#include <cstring>
#include <zlib.h>

namespace protoviz {

namespace {

constexpr QByteArrayView EmptyBlockTail("\x00\x00\xff\xff", 4);
constexpr int ChunkSize = 16 * 1024;

} // namespace

struct MessageDeflater::Stream
{
    z_stream z{};
};

MessageDeflater::MessageDeflater(int windowBits, bool noContextTakeover)
    : m_stream(std::make_unique<Stream>())
    , m_noContextTakeover(noContextTakeover)
{
    const bool storedOnly = windowBits <= 8;
    // Negative window bits: raw DEFLATE, no zlib header or checksum (RFC 7692 section 7.2.1).
    const int result = deflateInit2(&m_stream->z, storedOnly ? Z_NO_COMPRESSION : Z_DEFAULT_COMPRESSION,
                                    Z_DEFLATED, -(storedOnly ? 9 : windowBits), 8, Z_DEFAULT_STRATEGY);
    Q_ASSERT(result == Z_OK);
    Q_UNUSED(result)
}

MessageDeflater::~MessageDeflater()
{
    deflateEnd(&m_stream->z);
}

QByteArray MessageDeflater::compress(QByteArrayView message)
{
    z_stream& z = m_stream->z;
    QByteArray out;
    out.reserve(qsizetype(deflateBound(&z, uLong(message.size()))) + 16);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(message.data()));
    z.avail_in = uInt(message.size());
    unsigned char chunk[ChunkSize];
    do {
        z.next_out = chunk;
        z.avail_out = ChunkSize;
        deflate(&z, Z_SYNC_FLUSH);
        out.append(reinterpret_cast<const char*>(chunk), ChunkSize - qsizetype(z.avail_out));
    } while (z.avail_out == 0 || z.avail_in > 0);
    if (out.endsWith(EmptyBlockTail))
        out.chop(EmptyBlockTail.size());
    if (m_noContextTakeover)
        deflateReset(&z);
    return out;
}

} // namespace protoviz
