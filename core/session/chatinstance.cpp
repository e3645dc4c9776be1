#include "core/session/chatinstance.h"

#include "core/session/pollingfeed.h"
#include "core/websocket/websocketserver.h"

#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

namespace protoviz {

namespace {

const QByteArray Channel = QByteArrayLiteral("chat");

} // namespace

ChatInstance::ChatInstance(int number, PollingFeed* feed, WebServerConfig config,
                           ConnectionDirectory* directory, EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_number(number)
    , m_feed(feed)
    , m_recorder(recorder)
    , m_server(new WebServer(config, directory, recorder, this))
    , m_tls(config.tls != nullptr)
{
    m_server->webSockets()->addService(QByteArrayLiteral("/chat"),
                                       [this](QWebSocket* socket, quint32 id) { join(socket, id); });
}

ChatInstance::~ChatInstance() = default;

bool ChatInstance::listen(QString* error)
{
    return m_server->listen(error);
}

quint16 ChatInstance::port() const
{
    return m_tls ? m_server->tlsPort() : m_server->cleartextPort();
}

void ChatInstance::useBroker(quint16 port)
{
    m_broker = new QTcpSocket(this);
    connect(m_broker, &QTcpSocket::connected, this,
            [this] { m_broker->write("SUBSCRIBE " + Channel + '\n'); });
    connect(m_broker, &QTcpSocket::readyRead, this, &ChatInstance::readBroker);
    connect(m_broker, &QTcpSocket::disconnected, this, [this] {
        if (!m_leaving)
            emit brokerFailed(tr("Instance %1 lost its connection to the broker.").arg(m_number));
    });
    connect(m_broker, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (!m_leaving && m_broker->state() == QAbstractSocket::UnconnectedState)
            emit brokerFailed(
                tr("Instance %1 cannot reach the broker: %2").arg(m_number).arg(m_broker->errorString()));
    });
    m_broker->connectToHost(QHostAddress::LocalHost, port);
}

void ChatInstance::leaveBroker()
{
    if (!m_broker || m_leaving)
        return;
    m_leaving = true;
    m_broker->disconnectFromHost();
}

void ChatInstance::join(QWebSocket* socket, quint32 connectionId)
{
    m_members.append(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_members.removeOne(socket); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { m_members.removeOne(socket); });
    bool ok = false;
    const int from = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("client")).toInt(&ok);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, from = ok ? from : -1](const QString& text) { onPosted(from, text); });
    const QString how = m_broker ? tr("every message it receives goes to the broker, which hands it to every "
                                      "instance")
                                 : tr("it sends each message only to its own members: it knows no other "
                                      "connections");
    m_recorder.forConnection(connectionId)
        .explain(Layer::Session, kindOf(SessionKind::Note),
                 tr("Instance %1 holds this WebSocket (connection %2) and now has %n chat member(s); %3.",
                    nullptr, int(m_members.size()))
                     .arg(m_number)
                     .arg(connectionId)
                     .arg(how));
    emit memberJoined(m_number, int(m_members.size()));
}

void ChatInstance::onPosted(int from, const QString& text)
{
    const PollingFeed::Update& update = m_feed->publish(from, text);
    if (m_broker) {
        m_broker->write("PUBLISH " + Channel + ' ' + update.payload + '\n');
        return;
    }
    sendToMembers(update.payload);
}

void ChatInstance::readBroker()
{
    static const QByteArray message = "MESSAGE " + Channel + ' ';
    while (m_broker->canReadLine()) {
        QByteArray line = m_broker->readLine();
        line.chop(1);
        if (line.startsWith(message))
            sendToMembers(line.sliced(message.size()));
        else if (line.startsWith("SUBSCRIBED "))
            emit brokerJoined();
        else if (line.startsWith("ERROR"))
            emit brokerFailed(
                tr("The broker refused instance %1: %2").arg(m_number).arg(QString::fromUtf8(line)));
    }
}

void ChatInstance::sendToMembers(const QByteArray& payload)
{
    const QString text = QString::fromUtf8(payload);
    for (QWebSocket* member : std::as_const(m_members))
        member->sendTextMessage(text);
}

} // namespace protoviz
