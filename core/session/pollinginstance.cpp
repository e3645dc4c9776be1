#include "core/session/pollinginstance.h"

#include "core/session/pollingserverconnection.h"
#include "core/session/pollingsessionconfig.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/tcpstream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace protoviz {

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

PollingInstance::PollingInstance(int number, PollingFeed* feed, ConnectionDirectory* directory,
                                 EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_number(number)
    , m_feed(feed)
    , m_directory(directory)
    , m_recorder(recorder)
    , m_connections(new QObject(this))
{
    connect(m_feed, &PollingFeed::published, this, &PollingInstance::onPublished);
}

PollingInstance::~PollingInstance() = default;

bool PollingInstance::listen(QString* error)
{
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        *error = tr("Server instance %1 cannot listen on 127.0.0.1: %2")
                     .arg(m_number)
                     .arg(m_listener->errorString());
        return false;
    }
    connect(m_listener, &QTcpServer::newConnection, this, &PollingInstance::accept);
    return true;
}

quint16 PollingInstance::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void PollingInstance::shutdown()
{
    if (m_listener)
        m_listener->close();
    m_waiting.clear();
    delete m_connections;
    m_connections = new QObject(this);
}

void PollingInstance::accept()
{
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        quint32 id = m_directory ? m_directory->idForServerPeerPort(socket->peerPort()) : 0;
        if (id == 0)
            id = m_directory ? m_directory->allocate() : ++m_ownIds;
        auto* tcp = new TcpStream(socket, id, m_connections);
        auto* connection = new PollingServerConnection(tcp, m_recorder.forConnection(id), m_connections);
        connect(connection, &PollingServerConnection::requestReceived, this,
                [this, connection](quint32 message, const HttpRequest& request) {
                    onRequest(connection, message, request);
                });
        connect(connection, &PollingServerConnection::finished, connection, &QObject::deleteLater);
    }
}

HttpResponse PollingInstance::response(int status, const QByteArray& type, const QByteArray& body) const
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"content-type", type},
                        {"cache-control", "no-store"},
                        {"x-served-by", "instance-" + QByteArray::number(m_number)}};
    response.body = body;
    return response;
}

void PollingInstance::onRequest(PollingServerConnection* connection, quint32 message,
                                const HttpRequest& request)
{
    const QByteArray path = request.route();
    const QUrlQuery query = request.query();
    bool clientOk = false;
    const int client = query.queryItemValue(QStringLiteral("client")).toInt(&clientOk);
    if (request.method == "GET" && path == "/handshake") {
        // Random, as a real server's: nothing about the id tells another instance that it exists.
        const QByteArray sid = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        m_cursors.insert(sid, m_feed->lastSequence());
        connection->respond(message,
                            response(200, "application/json",
                                     json({{QStringLiteral("sid"), QString::fromLatin1(sid)},
                                           {QStringLiteral("instance"), m_number},
                                           {QStringLiteral("after"), qint64(m_feed->lastSequence())}})));
        emit sessionOpened(clientOk ? client : -1);
        return;
    }
    if (request.method == "GET" && path == "/updates") {
        const QByteArray sid = query.queryItemValue(QStringLiteral("sid")).toLatin1();
        if (!m_cursors.contains(sid)) {
            connection->respond(
                message, response(400, "application/json",
                                  json({{QStringLiteral("code"), 1},
                                        {QStringLiteral("message"), QStringLiteral("Session ID unknown")},
                                        {QStringLiteral("detail"),
                                         QStringLiteral("instance-%1 never issued session %2: its "
                                                        "sessions live in its own memory; start over "
                                                        "with a handshake")
                                             .arg(m_number)
                                             .arg(QString::fromLatin1(sid))}})));
            return;
        }
        if (m_cursors.value(sid) >= m_feed->lastSequence()) {
            m_waiting.append({connection, message, sid});
            // Answered empty after the hold, so that neither side mistakes the quiet for a dead connection.
            QTimer::singleShot(PollingSessionConfig::LongPollHoldSeconds * 1000, connection,
                               [this, connection, message, sid] {
                                   if (connection->isWaiting(message))
                                       answerUpdates(connection, message, sid);
                               });
            return;
        }
        answerUpdates(connection, message, sid);
        return;
    }
    connection->respond(
        message, response(404, "text/plain", "The handshake goes to /handshake, polls to /updates.\n"));
}

void PollingInstance::onPublished()
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& poll : waiting) {
        if (poll.connection && poll.connection->isWaiting(poll.message))
            answerUpdates(poll.connection, poll.message, poll.sid);
    }
}

void PollingInstance::answerUpdates(PollingServerConnection* connection, quint32 message,
                                    const QByteArray& sid)
{
    QByteArray body;
    const quint32 cursor = m_cursors.value(sid);
    for (const PollingFeed::Update& update : m_feed->after(cursor))
        body += update.payload + '\n';
    m_cursors.insert(sid, m_feed->lastSequence());
    connection->respond(message, response(200, "application/x-ndjson", body));
}

} // namespace protoviz
