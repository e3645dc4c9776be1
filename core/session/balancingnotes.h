#pragma once

#include "core/timeline/eventrecorder.h"

#include <QString>

namespace protoviz {

/// The Session Note events of the long-polling-balancing scenario that statistics count, told apart
/// from other notes by Event::flags (other notes leave it 0). Each carries its explanation as text,
/// so that a view shows it like any other note. Stateless; any thread.
class BalancingNotes
{
public:
    enum Flag : quint8 {
        Published = 0xB1,   ///< the ticker published an update; stream = sequence, size = clients owed it
        FailedPoll = 0xB2,  ///< a poll was refused for an unknown session; stream = client
        ReHandshake = 0xB3, ///< a client started over; stream = client, value = updates it skipped
    };

    /// Origin::Server, connection 0: update sequence was published for clients clients.
    static void recordPublished(const EventRecorder& recorder, quint32 sequence, int clients,
                                const QString& text);
    /// Origin::Client, on the poll connection: client's poll got 400 for its session id.
    static void recordFailedPoll(const EventRecorder& recorder, int client, const QString& text);
    /// Origin::Client, on the poll connection: client has a new session and skipped skipped updates.
    static void recordReHandshake(const EventRecorder& recorder, int client, int skipped,
                                  const QString& text);
};

} // namespace protoviz
