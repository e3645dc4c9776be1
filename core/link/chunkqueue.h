#pragma once

#include <QByteArray>

#include <deque>

namespace protoviz {

/// A FIFO of bytes kept as the chunks they were read in, so that taking bytes from the front costs only
/// the bytes taken, however much is queued behind them (QByteArray::remove(0, n) would move them all).
/// A value type used on one thread.
class ChunkQueue
{
public:
    /// Appends a chunk (shared, not copied).
    void append(const QByteArray& chunk);

    /// Removes and returns the first n bytes (fewer if fewer are queued).
    QByteArray take(qsizetype n);

    /// Bytes queued.
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    void clear();

private:
    std::deque<QByteArray> m_chunks;
    qsizetype m_headOffset = 0; ///< bytes of the first chunk already taken
    qsizetype m_size = 0;
};

} // namespace protoviz
