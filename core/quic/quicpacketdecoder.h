#pragma once

#include "core/quic/quicrecords.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace protoviz {

/// Decodes QUIC version 1 packets from their unprotected parts: the header once header protection is
/// removed (what the AEAD authenticates as associated data) and the payload once decrypted. Works on
/// untrusted bytes: every length is checked, nothing is read beyond the input. Stateless.
class QuicPacketDecoder
{
public:
    /// The header fields of header (the whole unprotected header, packet number included). For a short
    /// header the destination connection id is whatever lies between the first byte and the packet
    /// number. Leaves packetNumber truncated (as on the wire); expandPacketNumber() makes it whole.
    /// Returns std::nullopt and sets error (if given) when the header is malformed.
    static std::optional<QuicPacketRecord> decodeHeader(QByteArrayView header, QString* error = nullptr);

    /// The frames of a decrypted payload, in order; a run of PADDING bytes is one frame. Returns
    /// std::nullopt and sets error (if given) at the first malformed frame.
    static std::optional<QList<QuicFrame>> decodeFrames(QByteArrayView payload, QString* error = nullptr);

    /// The full packet number for a truncated one of truncatedLength bytes, given the largest packet
    /// number seen in the same number space (-1 if none): RFC 9000 appendix A.3.
    static quint64 expandPacketNumber(qint64 largest, quint64 truncated, int truncatedLength);

    /// A variable-length integer (RFC 9000 section 16) at *offset in bytes; advances *offset. Returns
    /// std::nullopt (leaving *offset as it was) when the integer runs past the end.
    static std::optional<quint64> readVarint(QByteArrayView bytes, qsizetype* offset);

    /// "STREAM", "ACK", "HANDSHAKE_DONE": the name RFC 9000 gives a frame type.
    static QString frameTypeName(QuicFrameType type);
    /// "Initial", "0-RTT", "Handshake", "Retry", "1-RTT".
    static QString packetTypeName(QuicPacketType type);
};

} // namespace protoviz
