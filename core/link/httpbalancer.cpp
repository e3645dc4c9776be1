#include "core/link/httpbalancer.h"

#include "core/link/balancedconnection.h"
#include "core/link/link.h"
#include "core/transport/connectiondirectory.h"
#include "core/transport/tcpstream.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace protoviz {

namespace {

/// The instance a Cookie field names with the balancer's cookie, 0 if none.
int stickyInstance(const HeaderList& headers, int instances)
{
    const QByteArray prefix =
        QByteArray(HttpBalancer::CookieName.data(), HttpBalancer::CookieName.size()) + "=instance-";
    for (const auto& [name, value] : headers) {
        if (name.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& pair : value.split(';')) {
            const QByteArray cookie = pair.trimmed();
            if (!cookie.startsWith(prefix))
                continue;
            bool ok = false;
            const int instance = cookie.sliced(prefix.size()).toInt(&ok);
            // A cookie naming an instance that does not exist (any more) is ignored, as HAProxy does.
            if (ok && instance >= 1 && instance <= instances)
                return instance;
        }
    }
    return 0;
}

} // namespace

HttpBalancer::HttpBalancer(BalancingRule rule, QList<Link*> paths, ConnectionDirectory* directory,
                           EventRecorder recorder, QObject* parent)
    : QObject(parent)
    , m_rule(rule)
    , m_paths(std::move(paths))
    , m_directory(directory)
    , m_recorder(recorder)
{
}

HttpBalancer::~HttpBalancer() = default;

bool HttpBalancer::listen(QString* error)
{
    if (m_paths.isEmpty()) {
        *error = tr("The load balancer has no server instances to send requests to.");
        return false;
    }
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        *error = tr("The load balancer cannot listen on 127.0.0.1: %1").arg(m_listener->errorString());
        return false;
    }
    connect(m_listener, &QTcpServer::newConnection, this, &HttpBalancer::accept);
    return true;
}

quint16 HttpBalancer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void HttpBalancer::accept()
{
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        quint32 id = m_directory ? m_directory->idForServerPeerPort(socket->peerPort()) : 0;
        if (id == 0 && m_directory)
            id = m_directory->allocate();
        auto* connection = new BalancedConnection(this, new TcpStream(socket, id), this);
        connect(connection, &BalancedConnection::finished, connection, &QObject::deleteLater);
    }
}

HttpBalancer::Choice HttpBalancer::choose(const Http1MessageHead& head)
{
    const int count = int(m_paths.size());
    if (m_rule == BalancingRule::StickyCookie) {
        if (const int instance = stickyInstance(head.headers, count); instance > 0)
            return {instance, false,
                    tr("its cookie %1=instance-%2 pins the client to that instance")
                        .arg(CookieName)
                        .arg(instance)};
    }
    const int instance = m_next % count + 1;
    ++m_next;
    if (m_rule == BalancingRule::StickyCookie)
        return {instance, true,
                tr("it has no %1 cookie yet, so round robin picks the instance, and the response will set "
                   "the cookie")
                    .arg(CookieName)};
    return {instance, false,
            tr("round robin: each request goes to the next instance, whichever client sent it")};
}

ByteStream* HttpBalancer::openToInstance(int instance, QObject* parent)
{
    Link* path = m_paths.value(instance - 1);
    auto* stream = new TcpStream(parent);
    if (path)
        stream->connectTo(path->address(), path->port(), path, m_directory);
    connect(stream, &ByteStream::opened, this, [this, stream, instance] {
        EventDetail role;
        role.text = tr("instance %1").arg(instance);
        m_recorder.forConnection(stream->connectionId())
            .record({.layer = Layer::Session,
                     .kind = kindOf(SessionKind::ConnectionRole),
                     .flags = ConnectionRoleFlag::BehindTheServer},
                    std::move(role));
    });
    return stream;
}

void HttpBalancer::recordRouted(quint32 connection, quint32 message, qint64 bytes, int instance,
                                const QString& text)
{
    ++m_routed;
    EventDetail detail;
    detail.text = text;
    m_recorder.forConnection(connection)
        .record({.layer = Layer::Session,
                 .kind = kindOf(SessionKind::Note),
                 .stream = quint32(instance),
                 .size = quint32(bytes),
                 .value = message},
                std::move(detail));
    emit routed(connection, message, instance);
}

} // namespace protoviz
