#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace protoviz {

/// Checks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) incrementally, a
/// piece at a time, the way a WebSocket text message arrives: split across frames and TCP reads at any
/// byte, even inside a character. It fails at the first byte that no valid continuation could follow,
/// so an endpoint can refuse a message as soon as it turns invalid instead of when it ends.
/// A plain value; not thread-safe.
class Utf8Validator
{
public:
    /// Validates the next bytes. Returns false once the input so far cannot be valid UTF-8; from then
    /// on it stays failed (until reset()) and errorOffset() tells where.
    bool feed(QByteArrayView bytes);

    /// The input so far is valid and ends on a character boundary: a message may end here.
    bool isComplete() const { return !m_failed && m_needed == 0; }
    bool hasFailed() const { return m_failed; }
    /// Bytes of an unfinished character at the end of the input so far (0 to 3).
    int pendingBytes() const { return m_failed ? 0 : m_pending; }
    /// Offset, from the first byte fed since reset(), of the byte that made the input invalid; -1 if none.
    qint64 errorOffset() const { return m_failed ? m_errorOffset : -1; }

    void reset() { *this = Utf8Validator(); }

    /// True if bytes are complete, valid UTF-8.
    static bool isValid(QByteArrayView bytes);

private:
    qint64 m_consumed = 0;
    qint64 m_errorOffset = 0;
    int m_needed = 0;  // continuation bytes still expected for the current character
    int m_pending = 0; // bytes of the current character seen so far
    quint8 m_low = 0x80;
    quint8 m_high = 0xBF;
    bool m_failed = false;
};

} // namespace protoviz
