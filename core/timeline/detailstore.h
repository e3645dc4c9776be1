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
///
/// Handles are stable: dropping the oldest details (dropBefore) never renumbers the ones kept, so an
/// Event copied out of the timeline still finds its detail, or nothing once it was dropped.
class DetailStore
{
public:
    /// Stores a detail and returns its handle (index + 1, never 0).
    quint32 add(const EventDetail& detail);

    /// The detail behind a handle; empty for 0, an unknown or a dropped handle.
    EventDetail get(quint32 handle) const;

    /// Forgets every detail whose handle is below handle and releases their bytes.
    void dropBefore(quint32 handle);

    /// Arena bytes of the details whose handles are below handle: what dropBefore(handle) would release
    /// of the arena.
    qsizetype arenaBytesBefore(quint32 handle) const;

    /// Handle of the oldest detail kept: grows as details are dropped.
    quint32 firstHandle() const { return m_firstHandle; }

    /// Numbers the details kept from 1 again and returns by how much every handle went down, for the
    /// owner to rewrite the handles it holds. Lets a run that drops details forever never run out of
    /// handles.
    quint32 renumber();

    /// Number of details kept (dropped ones excluded).
    qsizetype count() const { return m_offsets.size(); }

    /// Bytes of bookkeeping (the index), as opposed to the arena's content.
    qsizetype indexBytes() const { return m_offsets.size() * qsizetype(sizeof(quint32)); }

    /// Bytes of the arena: raw unit bytes and decoded strings.
    qsizetype arenaBytes() const { return m_arena.size(); }

    /// Of arenaBytes(), how many are raw unit bytes.
    qsizetype rawBytes() const { return m_rawBytes; }

private:
    quint32 internName(const QString& name);
    qsizetype indexOf(quint32 handle) const { return qsizetype(handle) - qsizetype(m_firstHandle); }

    QByteArray m_arena;
    quint32 m_firstHandle = 1; // handle of m_offsets.first(): handles count from 1 over the whole run
    QList<quint32> m_offsets;
    QStringList m_names;
    QHash<QString, quint32> m_nameIds;
    qsizetype m_rawBytes = 0;
};

} // namespace protoviz
