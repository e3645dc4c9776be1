#pragma once

#include "core/http1/http1messagehead.h"
#include "core/timeline/eventrecorder.h"

#include <QList>
#include <QObject>

class QTcpServer;

namespace protoviz {

class ByteStream;
class ConnectionDirectory;
class Link;

/// How an HttpBalancer picks the instance for a request.
enum class BalancingRule : quint8 {
    RoundRobin,   ///< every request goes to the next instance, whoever sent it
    StickyCookie, ///< a request with the balancer's cookie goes to the instance it names; the first one
                  ///< goes round robin and its response sets the cookie (HAProxy's "cookie SERVERID insert")
};

/// An HTTP-aware (layer 7) load balancer in front of several server instances, as a real relay on
/// loopback. Unlike the TCP LoadBalancer it reads each HTTP/1.1 request (cleartext only: it must see the
/// bytes), so it chooses an instance per request, and may add a Set-Cookie field to a response. Each
/// client connection is a BalancedConnection, which keeps one connection to every instance it used.
///
/// The balancer reaches instance N through paths[N-1], a Link of the data centre, so that its own
/// connections have their ids, bytes and segments on the timeline. Recorded (Origin::Link, on the
/// client's connection): a Session Note for every request routed, saying where and why (stream = the
/// instance, from 1; value = the request's message number on the client's connection; size = its bytes).
///
/// Lives on the session thread. Owns its connections; does not own the paths or the directory.
class HttpBalancer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpBalancer)

public:
    /// The cookie of the StickyCookie rule; its value is "instance-N".
    static constexpr QLatin1String CookieName{"SERVERID"};

    struct Choice
    {
        int instance = 0;       ///< from 1
        bool setCookie = false; ///< the response must carry the sticky cookie
        QString why;            ///< in plain words, for the routing note
    };

    /// paths: the links to the instances, instance 1 first. recorder: Origin::Link.
    HttpBalancer(BalancingRule rule, QList<Link*> paths, ConnectionDirectory* directory,
                 EventRecorder recorder, QObject* parent = nullptr);
    ~HttpBalancer() override;

    /// Listens on 127.0.0.1. Returns false and sets *error if it cannot.
    bool listen(QString* error);
    quint16 port() const;
    BalancingRule rule() const { return m_rule; }
    int instanceCount() const { return int(m_paths.size()); }

    /// Picks the instance for a request with this head (advances the round robin when it is used).
    Choice choose(const Http1MessageHead& head);
    /// Opens a connection to instance (from 1) through its path; the caller owns the stream.
    ByteStream* openToInstance(int instance, QObject* parent);
    /// Records a routing note on the client's connection (see the class comment).
    void recordRouted(quint32 connection, quint32 message, qint64 bytes, int instance, const QString& text);

    /// Requests routed so far.
    int routedRequests() const { return m_routed; }

signals:
    /// Request message of the client's connection went to instance (from 1).
    void routed(quint32 connection, quint32 message, int instance);

private:
    void accept();

    const BalancingRule m_rule;
    const QList<Link*> m_paths;
    ConnectionDirectory* const m_directory;
    const EventRecorder m_recorder;
    QTcpServer* m_listener = nullptr;
    int m_next = 0;
    int m_routed = 0;
};

} // namespace protoviz
