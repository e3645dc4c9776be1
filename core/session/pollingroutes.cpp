#include "core/session/pollingroutes.h"

#include "core/session/pollingsessionconfig.h"

#include <QTimer>
#include <QUrlQuery>

namespace protoviz {

/// A long poll waiting for news. Shared with its hold timer, so that whichever comes first answers it.
struct PollingRoutes::Held
{
    Reply reply;
    quint32 after = 0;
    bool answered = false;
};

PollingRoutes::PollingRoutes(PollingFeed* feed, QObject* parent)
    : QObject(parent)
    , m_feed(feed)
{
    connect(m_feed, &PollingFeed::published, this, &PollingRoutes::onPublished);
}

PollingRoutes::~PollingRoutes() = default;

void PollingRoutes::route(const HttpRequest& request, Reply reply)
{
    const QByteArray path = request.route();
    const QUrlQuery query = request.query();
    bool clientOk = false;
    const int client = query.queryItemValue(QStringLiteral("client")).toInt(&clientOk);
    if (path == "/updates" && request.method == "GET") {
        if (clientOk && !m_subscribers.contains(client)) {
            m_subscribers.insert(client);
            emit subscribed(client);
        }
        auto poll = std::make_shared<Held>(
            Held{std::move(reply), query.queryItemValue(QStringLiteral("after")).toUInt()});
        if (query.queryItemValue(QStringLiteral("wait")) == QLatin1String("1") &&
            poll->after >= m_feed->lastSequence()) {
            m_held.append(poll);
            // Answered empty after the hold, so that neither side mistakes the quiet for a dead connection.
            QTimer::singleShot(PollingSessionConfig::LongPollHoldSeconds * 1000, this, [this, poll] {
                m_held.removeOne(poll);
                answerUpdates(*poll);
            });
            return;
        }
        answerUpdates(*poll);
        return;
    }
    HttpResponse response;
    if (path == "/messages" && request.method == "POST") {
        m_feed->publish(clientOk ? client : -1, QString::fromUtf8(request.body));
        response.status = 204;
    } else if (m_fallback) {
        response = m_fallback(request);
    } else {
        response.status = 404;
        response.headers = {{"content-type", "text/plain"}};
        response.body = "Polls go to /updates, chat messages to /messages.\n";
    }
    reply(response);
}

void PollingRoutes::dropHeld()
{
    for (const std::shared_ptr<Held>& poll : std::as_const(m_held))
        poll->answered = true;
    m_held.clear();
}

void PollingRoutes::onPublished()
{
    const QList<std::shared_ptr<Held>> held = std::exchange(m_held, {});
    for (const std::shared_ptr<Held>& poll : held)
        answerUpdates(*poll);
}

void PollingRoutes::answerUpdates(Held& poll)
{
    if (poll.answered)
        return;
    poll.answered = true;
    HttpResponse response;
    response.headers = {{"content-type", "application/x-ndjson"}, {"cache-control", "no-store"}};
    for (const PollingFeed::Update& update : m_feed->after(poll.after))
        response.body += update.payload + '\n';
    poll.reply(response);
}

} // namespace protoviz
