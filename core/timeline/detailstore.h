#pragma once

#include "core/timeline/eventdetail.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace protoviz {

/// Keeps event details packed in one byte arena: a detail costs its bytes, its strings in UTF-8 and a
/// 4-byte index entry, instead of three heap containers. Field names repeat across events ("stream id",
/// ":path"), so they are interned. Not thread-safe: the Timeline guards it.
class DetailStore
{
public:
    /// Stores a detail and returns its handle (index + 1, never 0).
    quint32 add(const EventDetail& detail);

    /// The detail behind a handle; empty for 0 or an unknown handle.
    EventDetail get(quint32 handle) const;

    qsizetype count() const { return m_offsets.size(); }

    /// Bytes of bookkeeping (the index), as opposed to the arena's content.
    qsizetype indexBytes() const { return m_offsets.size() * qsizetype(sizeof(quint32)); }

    /// Bytes of the arena: raw unit bytes and decoded strings.
    qsizetype arenaBytes() const { return m_arena.size(); }

    /// Of arenaBytes(), how many are raw unit bytes.
    qsizetype rawBytes() const { return m_rawBytes; }

private:
    quint32 internName(const QString& name);

    QByteArray m_arena;
    QList<quint32> m_offsets;
    QStringList m_names;
    QHash<QString, quint32> m_nameIds;
    qsizetype m_rawBytes = 0;
};

} // namespace protoviz
