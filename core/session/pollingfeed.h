#pragma once

#include "core/timeline/eventrecorder.h"
#include "core/timeline/sessionclock.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <optional>

namespace protoviz {

/// The updates of a polling-against-WebSocket session, as the server keeps them: each gets a sequence
/// number and its publication time on the session clock, and travels as one line of JSON,
/// {"seq":7,"t":123456789,"from":2,"text":"..."}, whatever the transport (a WebSocket text message, or a
/// line of a poll response). A client that receives an update thus knows when it was published, and
/// records its arrival with recordDelivery(): the delivery latency is measured from those events.
/// Lives on the session thread.
class PollingFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingFeed)

public:
    struct Update
    {
        quint32 sequence = 0;   ///< 1, 2, 3, ...
        qint64 publishedNs = 0; ///< on the session clock
        int from = -1;          ///< the client that posted it (chat), -1 for the server (ticker)
        QByteArray payload;     ///< the JSON line that carries it, without a line break
    };

    explicit PollingFeed(SessionClock clock, QObject* parent = nullptr);

    /// Publishes text from a client (or -1, the server) now; published() follows at once.
    const Update& publish(int from, const QString& text);
    /// Updates after sequence, in order.
    QList<Update> after(quint32 sequence) const;
    quint32 lastSequence() const { return quint32(m_updates.size()); }

    /// The update a payload carries, or nullopt if it is not one.
    static std::optional<Update> parse(QByteArrayView payload);

    /// Records that update reached a client now: a Layer::Session UpdateDelivered event with stream =
    /// the sequence number, size = payload bytes, value = the publication time,
    /// on the connection that carried it. The latency is the event's time minus its value.
    static void recordDelivery(const EventRecorder& recorder, const Update& update);

signals:
    void published(const protoviz::PollingFeed::Update& update);

private:
    const SessionClock m_clock;
    QList<Update> m_updates;
};

} // namespace protoviz
