#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <memory>

namespace protoviz {

/// The sending half of permessage-deflate (RFC 7692 section 7.2.1): compresses each message with zlib's
/// raw DEFLATE, ends it with an empty stored block (Z_SYNC_FLUSH) and removes that block's last four bytes,
/// 0x00 0x00 0xff 0xff, which the receiver adds back. With context takeover the LZ77 window carries over
/// from message to message, so repeated text compresses better each time; without, every message starts
/// afresh.
///
/// Not thread-safe; a plain value owned by one connection's endpoint.
class MessageDeflater
{
    Q_DISABLE_COPY_MOVE(MessageDeflater)

public:
    /// windowBits: 8 to 15, the window the peer allowed (8 is honoured with stored blocks only, which need
    /// no window: zlib cannot compress raw DEFLATE with 256 bytes).
    MessageDeflater(int windowBits, bool noContextTakeover);
    ~MessageDeflater();

    /// The compressed payload of one message (without the 0x00 0x00 0xff 0xff tail).
    QByteArray compress(QByteArrayView message);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    const bool m_noContextTakeover;
};

} // namespace protoviz
