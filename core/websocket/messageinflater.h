#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <memory>

namespace protoviz {

/// The receiving half of permessage-deflate (RFC 7692 section 7.2.2): inflates a compressed message's
/// payload as its frames arrive, adds the 0x00 0x00 0xff 0xff that the sender removed at its end, and
/// keeps or drops the window between messages as negotiated. The inflated size is bounded: a few bytes
/// of a "zip bomb" can announce gigabytes, so the inflater stops as soon as a message outgrows the limit.
///
/// Not thread-safe; a plain value owned by one connection's decoder.
class MessageInflater
{
    Q_DISABLE_COPY_MOVE(MessageInflater)

public:
    enum class Result : quint8 {
        Ok,      ///< the input was inflated and appended
        TooBig,  ///< the message would outgrow the limit: filled up to it, nothing more may be fed
        Corrupt, ///< the input is not valid DEFLATE data: nothing more may be fed
    };

    /// windowBits: 8 to 15, the window the peer's compressor was allowed to use.
    MessageInflater(int windowBits, bool noContextTakeover);
    ~MessageInflater();

    /// Inflates compressed (part of a message's payload), appending to *message, which may not grow
    /// beyond limit bytes (on TooBig it holds exactly limit bytes).
    Result inflate(QByteArrayView compressed, QByteArray* message, qint64 limit);
    /// Ends the message: inflates the removed tail, then resets the window without context takeover.
    Result finish(QByteArray* message, qint64 limit);

    /// A short description of the last Corrupt result (zlib's message).
    QByteArray errorText() const { return m_errorText; }

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    const bool m_noContextTakeover;
    QByteArray m_errorText;
};

} // namespace protoviz
