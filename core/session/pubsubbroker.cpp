#include "core/session/pubsubbroker.h"

#include "core/transport/connectiondirectory.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace protoviz {

PubSubBroker::PubSubBroker(ConnectionDirectory* directory, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_recorder(recorder)
{
}

PubSubBroker::~PubSubBroker() = default;

bool PubSubBroker::listen(QString* error)
{
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        *error = tr("The pub/sub broker cannot listen on 127.0.0.1: %1").arg(m_listener->errorString());
        return false;
    }
    connect(m_listener, &QTcpServer::newConnection, this, &PubSubBroker::accept);
    return true;
}

quint16 PubSubBroker::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void PubSubBroker::accept()
{
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        socket->setParent(this);
        const quint32 id = m_directory ? m_directory->idForServerPeerPort(socket->peerPort()) : 0;
        m_connectionIds.insert(socket, id);
        EventDetail role;
        role.text = tr("broker");
        m_recorder.forConnection(id).record({.layer = Layer::Session,
                                             .kind = kindOf(SessionKind::ConnectionRole),
                                             .flags = ConnectionRoleFlag::BehindTheServer},
                                            std::move(role));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readLines(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connectionIds.remove(socket);
            socket->deleteLater();
        });
    }
}

void PubSubBroker::readLines(QTcpSocket* socket)
{
    while (socket->canReadLine()) {
        QByteArray line = socket->readLine(MaxLineBytes + 1);
        if (!line.endsWith('\n'))
            break;
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        handle(socket, line);
    }
    if (socket->bytesAvailable() > MaxLineBytes) {
        socket->write("ERROR line too long\n");
        socket->disconnectFromHost();
    }
}

void PubSubBroker::handle(QTcpSocket* socket, const QByteArray& line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const QByteArray command = line.first(firstSpace < 0 ? line.size() : firstSpace);
    const QByteArray rest = firstSpace < 0 ? QByteArray() : line.sliced(firstSpace + 1);
    if (command == "SUBSCRIBE" && !rest.isEmpty() && !rest.contains(' ')) {
        QList<QPointer<QTcpSocket>>& subscribers = m_channels[rest];
        subscribers.removeIf([](const QPointer<QTcpSocket>& subscriber) { return subscriber.isNull(); });
        if (!subscribers.contains(socket))
            subscribers.append(socket);
        socket->write("SUBSCRIBED " + rest + ' ' + QByteArray::number(subscribers.size()) + '\n');
        m_recorder.forConnection(m_connectionIds.value(socket))
            .explain(Layer::Session, kindOf(SessionKind::Note),
                     tr("The broker: connection %1 subscribed to the channel \"%2\", which now has %n "
                        "subscriber(s); every message published there goes to each of them.",
                        nullptr, int(subscribers.size()))
                         .arg(m_connectionIds.value(socket))
                         .arg(QString::fromUtf8(rest)));
        emit subscribed(rest, int(subscribers.size()));
        return;
    }
    if (command == "PUBLISH") {
        const qsizetype space = rest.indexOf(' ');
        if (space > 0) {
            const QByteArray channel = rest.first(space);
            const QByteArray message = "MESSAGE " + rest + '\n';
            for (const QPointer<QTcpSocket>& subscriber : std::as_const(m_channels[channel])) {
                if (subscriber && subscriber->state() == QAbstractSocket::ConnectedState) {
                    subscriber->write(message);
                    ++m_forwarded;
                }
            }
            return;
        }
    }
    socket->write("ERROR expected SUBSCRIBE channel or PUBLISH channel payload\n");
}

} // namespace protoviz
