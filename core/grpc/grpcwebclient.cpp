#include "core/grpc/grpcwebclient.h"

#include "core/grpc/grpceventlog.h"
#include "core/grpc/grpcwebcall.h"
#include "core/http1/http1clientconnection.h"
#include "core/transport/bytestream.h"

#include <QPointer>

namespace protoviz {

GrpcWebClient::GrpcWebClient(StreamOpener opener, const QByteArray& authority, int maxConnections,
                             const GrpcSchema& schema, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_opener(std::move(opener))
    , m_authority(authority)
    , m_maxConnections(std::max(1, maxConnections))
    , m_schema(schema)
    , m_recorder(recorder)
{
}

GrpcWebClient::~GrpcWebClient() = default;

GrpcWebCall* GrpcWebClient::startCall(const QByteArray& path, const GrpcCallOptions& options)
{
    auto* call = new GrpcWebCall(path, options, m_schema, this);
    connect(call, &GrpcWebCall::ready, this, [this, call] {
        m_waiting.append(call);
        // Sent from the event loop, so that the caller has connected to the call first.
        QMetaObject::invokeMethod(this, &GrpcWebClient::dispatch, Qt::QueuedConnection);
    });
    connect(call, &GrpcWebCall::abandoned, this, [this, call] { onAbandoned(call); });
    connect(call, &GrpcWebCall::finished, this, [this, call] {
        m_waiting.removeOne(call);
        for (auto it = m_busy.begin(); it != m_busy.end(); ++it) {
            if (it.value() == call) {
                m_busy.erase(it);
                break;
            }
        }
        for (auto it = m_byRequest.begin(); it != m_byRequest.end(); ++it) {
            if (it.value() == call) {
                m_byRequest.erase(it);
                break;
            }
        }
        m_unrecorded.remove(call);
        call->deleteLater();
        QMetaObject::invokeMethod(this, &GrpcWebClient::dispatch, Qt::QueuedConnection);
    });
    return call;
}

Http1ClientConnection* GrpcWebClient::freeConnection()
{
    for (Http1ClientConnection* connection : std::as_const(m_connections)) {
        if (!m_busy.contains(connection) && connection->isReusable())
            return connection;
    }
    // Opening connections count as busy until their call is answered; a new one is opened only
    // while the pool has room, as browsers do (six per origin).
    if (m_connections.size() >= m_maxConnections)
        return nullptr;
    ByteStream* stream = m_opener({QByteArrayLiteral("http/1.1")});
    auto* connection = new Http1ClientConnection(stream, m_recorder, this);
    m_connections.append(connection);
    m_streams.insert(connection, stream);
    connect(connection, &Http1ClientConnection::opened, this, [this, connection] {
        ++m_opened;
        // The request was written as the connection opened; now its id is known to record it with.
        GrpcWebCall* call = m_busy.value(connection);
        if (call && !call->isFinished() && m_unrecorded.contains(call))
            call->sent(logFor(connection), call->message(), m_unrecorded.take(call));
    });
    connect(connection, &Http1ClientConnection::responseFinished, this,
            [this](quint32 id, const HttpResponse& response) {
                if (GrpcWebCall* call = m_byRequest.take(id))
                    call->onResponse(response);
            });
    connect(connection, &Http1ClientConnection::requestFailed, this,
            [this](quint32 id, const QString& reason) {
                if (GrpcWebCall* call = m_byRequest.take(id))
                    call->onFailed(reason);
            });
    connect(connection, &Http1ClientConnection::finished, this,
            [this, connection](const QList<quint32>& unanswered, const QString& reason) {
                for (const quint32 id : unanswered) {
                    // A POST is not repeated: the server may have acted on it.
                    if (GrpcWebCall* call = m_byRequest.take(id))
                        call->onFailed(reason.isEmpty() ? tr("The connection closed before the answer.")
                                                        : reason);
                }
                onConnectionFinished(connection, reason);
            });
    return connection;
}

GrpcEventLog GrpcWebClient::logFor(Http1ClientConnection* connection) const
{
    const QPointer<ByteStream> stream = m_streams.value(connection);
    return GrpcEventLog(m_recorder.forConnection(stream ? stream->connectionId() : 0));
}

void GrpcWebClient::dispatch()
{
    while (!m_waiting.isEmpty()) {
        GrpcWebCall* call = m_waiting.constFirst();
        if (call->isFinished()) {
            m_waiting.removeFirst();
            continue;
        }
        Http1ClientConnection* connection = freeConnection();
        if (!connection)
            break;
        m_waiting.removeFirst();
        const quint32 id = ++m_nextRequest;
        const HttpRequest request = call->request(m_authority);
        m_busy.insert(connection, call);
        m_byRequest.insert(id, call);
        const quint32 message = connection->send(request, id);
        call->m_message = message;
        call->m_onConnection = true;
        if (connection->isOpen())
            call->sent(logFor(connection), message, request.headers);
        else
            m_unrecorded.insert(call, request.headers);
    }
    closeIdle();
}

void GrpcWebClient::onAbandoned(GrpcWebCall* call)
{
    for (auto it = m_busy.begin(); it != m_busy.end(); ++it) {
        if (it.value() != call)
            continue;
        Http1ClientConnection* connection = it.key();
        m_busy.erase(it);
        for (auto r = m_byRequest.begin(); r != m_byRequest.end(); ++r) {
            if (r.value() == call) {
                m_byRequest.erase(r);
                break;
            }
        }
        // HTTP/1.1 has no way to cancel one request but to close the connection it is on.
        connection->abort();
        return;
    }
}

void GrpcWebClient::onConnectionFinished(Http1ClientConnection* connection, const QString&)
{
    m_connections.removeOne(connection);
    m_busy.remove(connection);
    m_streams.remove(connection);
    connection->deleteLater();
    QMetaObject::invokeMethod(this, &GrpcWebClient::dispatch, Qt::QueuedConnection);
}

void GrpcWebClient::finish()
{
    m_finishing = true;
    closeIdle();
}

void GrpcWebClient::closeIdle()
{
    if (!m_finishing || !m_waiting.isEmpty())
        return;
    for (Http1ClientConnection* connection : std::as_const(m_connections)) {
        if (!m_busy.contains(connection))
            connection->close();
    }
}

} // namespace protoviz
