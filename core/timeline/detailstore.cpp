#include "core/timeline/detailstore.h"

#include <algorithm>

namespace protoviz {

namespace {

void putVarint(QByteArray& out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(quint8(value) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

void putBytes(QByteArray& out, const QByteArray& bytes)
{
    putVarint(out, quint64(bytes.size()));
    out.append(bytes);
}

// Reads back what putVarint/putBytes wrote. The arena is written only by DetailStore, so a failure here
// is a programming error; the reader still stops safely at the end of the data.
class Reader
{
public:
    Reader(const QByteArray& data, qsizetype offset)
        : m_data(data)
        , m_position(offset)
    {
    }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64 && m_position < m_data.size(); shift += 7) {
            const auto byte = quint8(m_data.at(m_position++));
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                break;
        }
        return value;
    }

    QByteArray bytes()
    {
        const auto length = qsizetype(varint());
        const QByteArray result = m_data.mid(m_position, length);
        m_position += length;
        return result;
    }

private:
    const QByteArray& m_data;
    qsizetype m_position;
};

} // namespace

quint32 DetailStore::add(const EventDetail& detail)
{
    m_offsets.append(quint32(m_arena.size()));
    putBytes(m_arena, detail.bytes);
    putVarint(m_arena, detail.originalSize);
    putBytes(m_arena, detail.text.toUtf8());
    putVarint(m_arena, quint64(detail.fields.size()));
    for (const Field& field : detail.fields) {
        putVarint(m_arena, internName(field.name));
        putBytes(m_arena, field.value.toUtf8());
        putVarint(m_arena, quint64(field.offset + 1));
        putVarint(m_arena, quint64(field.length));
        putVarint(m_arena, quint64(field.depth));
    }
    m_rawBytes += detail.bytes.size();
    return m_firstHandle + quint32(m_offsets.size() - 1);
}

EventDetail DetailStore::get(quint32 handle) const
{
    const qsizetype index = indexOf(handle);
    if (handle == 0 || index < 0 || index >= m_offsets.size())
        return {};
    Reader reader(m_arena, m_offsets.at(index));
    EventDetail detail;
    detail.bytes = reader.bytes();
    detail.originalSize = quint32(reader.varint());
    detail.text = QString::fromUtf8(reader.bytes());
    const auto fieldCount = qsizetype(reader.varint());
    detail.fields.reserve(fieldCount);
    for (qsizetype i = 0; i < fieldCount; ++i) {
        Field field;
        field.name = m_names.value(qsizetype(reader.varint()));
        field.value = QString::fromUtf8(reader.bytes());
        field.offset = int(reader.varint()) - 1;
        field.length = int(reader.varint());
        field.depth = int(reader.varint());
        detail.fields.append(std::move(field));
    }
    return detail;
}

qsizetype DetailStore::arenaBytesBefore(quint32 handle) const
{
    const qsizetype index = std::clamp<qsizetype>(indexOf(handle), 0, m_offsets.size());
    return index == m_offsets.size() ? m_arena.size() : qsizetype(m_offsets.at(index));
}

void DetailStore::dropBefore(quint32 handle)
{
    const qsizetype count = std::clamp<qsizetype>(indexOf(handle), 0, m_offsets.size());
    if (count == 0)
        return;
    // Each detail starts with its raw bytes' length, which keeps rawBytes() exact without a second index.
    for (qsizetype i = 0; i < count; ++i)
        m_rawBytes -= qsizetype(Reader(m_arena, m_offsets.at(i)).varint());
    const qsizetype cut = arenaBytesBefore(handle);
    m_arena.remove(0, cut);
    m_offsets.remove(0, count);
    for (quint32& offset : m_offsets)
        offset -= quint32(cut);
    m_firstHandle += quint32(count);
    // A long run drops far more than it keeps: give the memory back instead of keeping the peak.
    if (m_arena.capacity() > 2 * m_arena.size() + 65536)
        m_arena.squeeze();
    if (m_offsets.capacity() > 2 * m_offsets.size() + 16384)
        m_offsets.squeeze();
}

quint32 DetailStore::renumber()
{
    const quint32 shift = m_firstHandle - 1;
    m_firstHandle = 1;
    return shift;
}

quint32 DetailStore::internName(const QString& name)
{
    const auto it = m_nameIds.constFind(name);
    if (it != m_nameIds.cend())
        return it.value();
    const auto id = quint32(m_names.size());
    m_names.append(name);
    m_nameIds.insert(name, id);
    return id;
}

} // namespace protoviz
