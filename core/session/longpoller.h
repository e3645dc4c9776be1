#pragma once

#include "core/session/pollingfeed.h"
#include "core/timeline/eventrecorder.h"

#include <QObject>

namespace protoviz {

class HttpClient;
struct HttpResponse;

/// Learns the updates of a PollingRoutes server by long polling through any HttpClient: asks
/// GET /updates?client=C&after=N&wait=1, which the server holds until it has news, records every update
/// of the answer with PollingFeed::recordDelivery() and asks again at once. Over HTTP/3 (the protocol
/// shoot-out's HTTP/3 side) each poll is a request on a stream of its own, on the connection that also
/// carries the other requests; PollingClient does the same over HTTP/1.1 connections of its own.
///
/// The client may be shared: the poller's tags start at FirstTag and it ignores every other tag. Lives on
/// the session thread; does not own the client.
class LongPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LongPoller)

public:
    /// Above any item number another requester of the client uses as a tag.
    static constexpr quint32 FirstTag = 0x80000000U;

    /// index: the client's number (its polls say "client=index"). recorder: Origin::Client, on the
    /// connection the polls travel on (the deliveries are recorded there).
    LongPoller(HttpClient* client, int index, EventRecorder recorder, QObject* parent = nullptr);

    /// Sends the first poll.
    void start();
    /// Stops polling: a poll the server holds now is left to the client's closing.
    void finish();

signals:
    /// An update arrived (recorded already).
    void updateDelivered(const protoviz::PollingFeed::Update& update);
    /// A poll failed before finish(): the poller stops.
    void failed(const QString& reason);

private:
    void poll();
    void onResponse(quint32 tag, const HttpResponse& response);

    HttpClient* const m_client;
    const int m_index;
    const EventRecorder m_recorder;
    quint32 m_tag = FirstTag;
    quint32 m_lastSequence = 0;
    bool m_finishing = false;
};

} // namespace protoviz
