#include "core/http1/http1clientpool.h"

#include "core/http1/http1clientconnection.h"
#include "core/transport/bytestream.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace protoviz {

Http1ClientPool::Http1ClientPool(StreamOpener opener, const QByteArray& authority, EventRecorder recorder,
                                 QObject* parent)
    : HttpClient(parent)
    , m_opener(std::move(opener))
    , m_authority(authority)
    , m_recorder(recorder)
{
}

Http1ClientPool::~Http1ClientPool()
{
    // The connections die with the pool; they must not report back into a pool being destroyed.
    for (Http1ClientConnection* connection : std::as_const(m_connections))
        disconnect(connection, nullptr, this, nullptr);
}

void Http1ClientPool::setMaxConnections(int count)
{
    m_maxConnections = std::clamp(count, 1, MaxConnectionsLimit);
    dispatch();
}

void Http1ClientPool::setPipelining(bool enabled, int depth)
{
    m_pipelining = enabled;
    m_pipelineDepth = std::clamp(depth, 1, MaxPipelineDepth);
    dispatch();
}

void Http1ClientPool::get(const QByteArray& path, quint32 tag)
{
    m_finishing = false;
    const quint32 id = ++m_nextId;
    m_requests.insert(id, {.tag = tag, .path = path});
    m_queue.append(id);
    dispatch();
}

void Http1ClientPool::finish()
{
    m_finishing = true;
    closeIfFinished();
}

void Http1ClientPool::dispatch()
{
    // Signals of connections can call back into the pool while it dispatches (a connection that
    // fails at once); one pass at a time, repeated until nothing changes.
    if (m_dispatching) {
        m_dispatchAgain = true;
        return;
    }
    m_dispatching = true;
    do {
        m_dispatchAgain = false;
        dispatchOnce();
    } while (m_dispatchAgain);
    m_dispatching = false;
    closeIfFinished();
}

void Http1ClientPool::dispatchOnce()
{
    const QList<Http1ClientConnection*> connections = m_connections;
    for (Http1ClientConnection* connection : connections) {
        if (m_queue.isEmpty())
            break;
        if (connection->isReusable() && connection->outstanding() == 0)
            send(connection, m_queue.takeFirst());
    }

    qsizetype opening = std::count_if(m_connections.cbegin(), m_connections.cend(),
                                      [](const Http1ClientConnection* c) { return !c->wasOpened(); });
    while (m_queue.size() > opening && m_connections.size() < m_maxConnections &&
           m_connectFailures < MaxConnectFailures) {
        openConnection();
        ++opening;
    }

    while (m_pipelining && !m_queue.isEmpty()) {
        Http1ClientConnection* best = nullptr;
        for (Http1ClientConnection* connection : std::as_const(m_connections)) {
            if (connection->isReusable() && connection->outstanding() < m_pipelineDepth &&
                (!best || connection->outstanding() < best->outstanding()))
                best = connection;
        }
        if (!best)
            break;
        send(best, m_queue.takeFirst());
    }

    if (!m_queue.isEmpty() && m_connections.isEmpty())
        failQueued(QCoreApplication::translate("protoviz", "No connection to the server could be opened: %1")
                       .arg(m_lastConnectError));
}

void Http1ClientPool::openConnection()
{
    ByteStream* stream = m_opener({QByteArrayLiteral("http/1.1")});
    if (!stream) {
        ++m_connectFailures;
        m_lastConnectError = QCoreApplication::translate("protoviz", "the connection could not be created.");
        return;
    }
    auto* connection = new Http1ClientConnection(stream, m_recorder, this);
    m_connections.append(connection);
    if (connection->wasOpened())
        ++m_openedCount;
    connect(connection, &Http1ClientConnection::opened, this, [this] {
        ++m_openedCount;
        m_connectFailures = 0;
        dispatch();
    });
    connect(connection, &Http1ClientConnection::responseStarted, this, &Http1ClientPool::onResponseStarted);
    connect(connection, &Http1ClientConnection::responseFinished, this, &Http1ClientPool::onResponseFinished);
    connect(connection, &Http1ClientConnection::requestFailed, this, &Http1ClientPool::onRequestFailed);
    connect(connection, &Http1ClientConnection::finished, this,
            [this, connection](const QList<quint32>& unanswered, const QString& reason) {
                onConnectionFinished(connection, unanswered, reason);
            });
}

void Http1ClientPool::send(Http1ClientConnection* connection, quint32 id)
{
    Request& request = m_requests[id];
    ++request.attempts;
    HttpRequest message;
    message.method = QByteArrayLiteral("GET");
    message.path = request.path;
    message.authority = m_authority;
    message.headers = m_requestHeaders;
    connection->send(message, id);
}

void Http1ClientPool::onResponseStarted(quint32 id)
{
    if (const auto it = m_requests.constFind(id); it != m_requests.cend())
        emit responseStarted(it->tag);
}

void Http1ClientPool::onResponseFinished(quint32 id, const HttpResponse& response)
{
    if (const auto it = m_requests.find(id); it != m_requests.end()) {
        const quint32 tag = it->tag;
        m_requests.erase(it);
        emit responseFinished(tag, response);
    }
    dispatch();
}

void Http1ClientPool::onRequestFailed(quint32 id, const QString& reason)
{
    if (const auto it = m_requests.find(id); it != m_requests.end()) {
        const quint32 tag = it->tag;
        m_requests.erase(it);
        emit requestFailed(tag, reason);
    }
    dispatch();
}

void Http1ClientPool::onConnectionFinished(Http1ClientConnection* connection,
                                           const QList<quint32>& unanswered, const QString& reason)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
    if (!connection->wasOpened()) {
        ++m_connectFailures;
        m_lastConnectError = reason;
    }
    QList<quint32> retry;
    for (const quint32 id : unanswered) {
        const auto it = m_requests.find(id);
        if (it == m_requests.end())
            continue;
        if (it->attempts < MaxAttempts) {
            retry.append(id);
        } else {
            const quint32 tag = it->tag;
            m_requests.erase(it);
            emit requestFailed(tag, reason);
        }
    }
    m_queue = retry + m_queue;
    dispatch();
}

void Http1ClientPool::failQueued(const QString& reason)
{
    const QList<quint32> ids = std::exchange(m_queue, {});
    for (const quint32 id : ids) {
        const auto it = m_requests.find(id);
        if (it == m_requests.end())
            continue;
        const quint32 tag = it->tag;
        m_requests.erase(it);
        emit requestFailed(tag, reason);
    }
}

void Http1ClientPool::closeIfFinished()
{
    if (!m_finishing || !m_requests.isEmpty())
        return;
    const QList<Http1ClientConnection*> connections = m_connections;
    for (Http1ClientConnection* connection : connections)
        connection->close();
}

} // namespace protoviz
