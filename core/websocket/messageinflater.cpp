#include "core/websocket/messageinflater.h"

#include <zlib.h>

namespace protoviz {

namespace {

constexpr QByteArrayView EmptyBlockTail("\x00\x00\xff\xff", 4);
constexpr int ChunkSize = 16 * 1024;

} // namespace

struct MessageInflater::Stream
{
    z_stream z{};
};

MessageInflater::MessageInflater(int windowBits, bool noContextTakeover)
    : m_stream(std::make_unique<Stream>())
    , m_noContextTakeover(noContextTakeover)
{
    const int result = inflateInit2(&m_stream->z, -windowBits);
    Q_ASSERT(result == Z_OK);
    Q_UNUSED(result)
}

MessageInflater::~MessageInflater()
{
    inflateEnd(&m_stream->z);
}

MessageInflater::Result MessageInflater::inflate(QByteArrayView compressed, QByteArray* message, qint64 limit)
{
    z_stream& z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    z.avail_in = uInt(compressed.size());
    unsigned char chunk[ChunkSize];
    while (true) {
        z.next_out = chunk;
        z.avail_out = ChunkSize;
        const int status = ::inflate(&z, Z_SYNC_FLUSH);
        const qsizetype produced = ChunkSize - qsizetype(z.avail_out);
        if (qint64(message->size()) + produced > limit) {
            // Keep what fits: the caller checks it (UTF-8) before blaming the size, so the same bytes give
            // the same error whether they arrived at once or one at a time.
            message->append(reinterpret_cast<const char*>(chunk), qsizetype(limit - message->size()));
            return Result::TooBig;
        }
        message->append(reinterpret_cast<const char*>(chunk), produced);
        if (status == Z_STREAM_END) {
            // A final block ends the DEFLATE stream; only bytes that start a new one may follow
            // (a sender may set BFINAL, RFC 7692 section 7.2.3.4).
            if (z.avail_in == 0)
                break;
            inflateReset(&z);
            continue;
        }
        if (status == Z_BUF_ERROR || (status == Z_OK && z.avail_in == 0 && z.avail_out != 0))
            break; // all input consumed and everything it yields is out
        if (status != Z_OK) {
            m_errorText = z.msg ? QByteArray(z.msg) : QByteArray::number(status);
            return Result::Corrupt;
        }
    }
    return Result::Ok;
}

MessageInflater::Result MessageInflater::finish(QByteArray* message, qint64 limit)
{
    const Result result = inflate(EmptyBlockTail, message, limit);
    if (m_noContextTakeover || result != Result::Ok)
        inflateReset(&m_stream->z);
    return result;
}

} // namespace protoviz
