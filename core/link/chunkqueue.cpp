#include "core/link/chunkqueue.h"

#include <algorithm>

namespace protoviz {

void ChunkQueue::append(const QByteArray& chunk)
{
    if (chunk.isEmpty())
        return;
    m_chunks.push_back(chunk);
    m_size += chunk.size();
}

QByteArray ChunkQueue::take(qsizetype n)
{
    n = std::min(n, m_size);
    if (n <= 0)
        return {};

    QByteArray& first = m_chunks.front();
    // The common case, a whole chunk taken at once, hands the chunk over without copying.
    if (m_headOffset == 0 && first.size() == n) {
        QByteArray whole = std::move(first);
        m_chunks.pop_front();
        m_size -= n;
        return whole;
    }

    QByteArray result;
    result.reserve(n);
    while (result.size() < n) {
        QByteArray& chunk = m_chunks.front();
        const qsizetype available = chunk.size() - m_headOffset;
        const qsizetype wanted = std::min(available, n - result.size());
        result.append(chunk.constData() + m_headOffset, wanted);
        m_headOffset += wanted;
        if (m_headOffset == chunk.size()) {
            m_chunks.pop_front();
            m_headOffset = 0;
        }
    }
    m_size -= n;
    return result;
}

void ChunkQueue::clear()
{
    m_chunks.clear();
    m_headOffset = 0;
    m_size = 0;
}

} // namespace protoviz
