#pragma once

#include "core/http/httpmessage.h"
#include "core/session/pollingfeed.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace protoviz {

/// The routes of the polling sides, whatever carries the requests (HTTP/1.1 connections of the
/// PollingServer, HTTP/3 streams in the protocol shoot-out): it hands out a PollingFeed's updates to polls
/// and takes chat messages.
///
/// - GET /updates?client=C&after=N answers at once with the updates after N, one JSON line each, or
///   with an empty body (short polling). With &wait=1 (long polling) a request that finds nothing new
///   is held until the next update is published, or PollingSessionConfig::LongPollHoldSeconds, whichever
///   comes first.
/// - POST /messages?client=C publishes the request body as an update from client C: 204 No Content.
/// - Anything else goes to the fallback handler when one is set (setFallback()), else 404.
///
/// Lives on the session thread. Does not own the feed.
class PollingRoutes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingRoutes)

public:
    /// Answers one request, now or later. The carrier makes it do nothing once the request can no longer
    /// be answered (its connection or stream is gone); it is called at most once.
    using Reply = std::function<void(const HttpResponse& response)>;

    explicit PollingRoutes(PollingFeed* feed, QObject* parent = nullptr);
    ~PollingRoutes() override;

    /// Answers every request that is neither a poll nor a chat message (a REST API beside the updates,
    /// as in the protocol shoot-out).
    void setFallback(RequestHandler handler) { m_fallback = std::move(handler); }

    /// Answers request through reply: at once, or for a long poll that finds nothing new, later.
    void route(const HttpRequest& request, Reply reply);

    /// Clients that have polled at least once.
    int subscriberCount() const { return int(m_subscribers.size()); }

    /// Forgets the polls held now: they are never answered.
    void dropHeld();

signals:
    /// Client index polled for the first time.
    void subscribed(int client);

private:
    struct Held;

    void onPublished();
    void answerUpdates(Held& poll);

    PollingFeed* const m_feed;
    RequestHandler m_fallback;
    QList<std::shared_ptr<Held>> m_held;
    QSet<int> m_subscribers;
};

} // namespace protoviz
