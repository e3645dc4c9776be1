#include "core/session/pollingserver.h"

#include "core/session/pollingserverconnection.h"
#include "core/session/pollingsessionconfig.h"
#include "core/tls/tlsstream.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/tcpstream.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace protoviz {

namespace {

QUrlQuery queryOf(const QByteArray& target)
{
    const qsizetype mark = target.indexOf('?');
    return QUrlQuery(mark < 0 ? QString() : QString::fromLatin1(target.sliced(mark + 1)));
}

QByteArray pathOf(const QByteArray& target)
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? target : target.first(mark);
}

} // namespace

PollingServer::PollingServer(PollingFeed* feed, std::shared_ptr<TlsServerContext> tls,
                             ConnectionDirectory* directory, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_feed(feed)
    , m_tls(std::move(tls))
    , m_directory(directory)
    , m_recorder(recorder)
    , m_connections(new QObject(this))
{
    connect(m_feed, &PollingFeed::published, this, &PollingServer::onPublished);
}

PollingServer::~PollingServer() = default;

bool PollingServer::listen(QString* error)
{
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        *error = tr("The polling server cannot listen on 127.0.0.1: %1").arg(m_listener->errorString());
        return false;
    }
    connect(m_listener, &QTcpServer::newConnection, this, &PollingServer::accept);
    return true;
}

quint16 PollingServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void PollingServer::shutdown()
{
    if (m_listener)
        m_listener->close();
    m_waiting.clear();
    delete m_connections;
    m_connections = new QObject(this);
}

void PollingServer::accept()
{
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        quint32 id = m_directory ? m_directory->idForServerPeerPort(socket->peerPort()) : 0;
        if (id == 0)
            id = m_directory ? m_directory->allocate() : ++m_ownIds;
        auto* tcp = new TcpStream(socket, id, m_connections);
        if (!m_tls) {
            serve(tcp);
            continue;
        }
        TlsStream* tls = TlsStream::server(tcp, m_tls, m_recorder.forConnection(id), m_connections);
        connect(tls, &ByteStream::opened, this, [this, tls] { serve(tls); });
        connect(tls, &ByteStream::closed, this, [this, tls] {
            // Still ours after closing: the handshake failed and no connection took the stream over.
            if (tls->parent() == m_connections)
                tls->deleteLater();
        });
    }
}

void PollingServer::serve(ByteStream* stream)
{
    auto* connection =
        new PollingServerConnection(stream, m_recorder.forConnection(stream->connectionId()), m_connections);
    connect(connection, &PollingServerConnection::requestReceived, this,
            [this, connection](quint32 message, const HttpRequest& request) {
                onRequest(connection, message, request);
            });
    connect(connection, &PollingServerConnection::finished, connection, &QObject::deleteLater);
}

void PollingServer::onRequest(PollingServerConnection* connection, quint32 message,
                              const HttpRequest& request)
{
    const QByteArray path = pathOf(request.path);
    const QUrlQuery query = queryOf(request.path);
    bool clientOk = false;
    const int client = query.queryItemValue(QStringLiteral("client")).toInt(&clientOk);
    if (path == "/updates" && request.method == "GET") {
        if (clientOk && !m_subscribers.contains(client)) {
            m_subscribers.insert(client);
            emit subscribed(client);
        }
        const quint32 after = query.queryItemValue(QStringLiteral("after")).toUInt();
        if (query.queryItemValue(QStringLiteral("wait")) == QLatin1String("1") &&
            after >= m_feed->lastSequence()) {
            m_waiting.append({connection, message, after});
            // Answered empty after the hold, so that neither side mistakes the quiet for a dead connection.
            QTimer::singleShot(PollingSessionConfig::LongPollHoldSeconds * 1000, connection,
                               [this, connection, message, after] {
                                   if (connection->isWaiting(message))
                                       answerUpdates(connection, message, after);
                               });
            return;
        }
        answerUpdates(connection, message, after);
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
    connection->respond(message, response);
}

void PollingServer::onPublished()
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& poll : waiting) {
        if (poll.connection && poll.connection->isWaiting(poll.message))
            answerUpdates(poll.connection, poll.message, poll.after);
    }
}

void PollingServer::answerUpdates(PollingServerConnection* connection, quint32 message, quint32 after)
{
    HttpResponse response;
    response.headers = {{"content-type", "application/x-ndjson"}, {"cache-control", "no-store"}};
    for (const PollingFeed::Update& update : m_feed->after(after))
        response.body += update.payload + '\n';
    connection->respond(message, response);
}

} // namespace protoviz
