#include "core/link/balancedconnection.h"

#include "core/link/httpbalancer.h"
#include "core/transport/bytestream.h"

namespace protoviz {

/// Reads one instance connection's responses for its BalancedConnection.
class BalancedConnection::ResponseReader final : public Http1ParserHandler
{
public:
    explicit ResponseReader(BalancedConnection* owner)
        : m_owner(owner)
    {
    }
    void onHead(const Http1MessageHead& head) override { m_owner->onResponseHead(head); }
    void onBody(QByteArrayView wire, QByteArrayView) override { m_owner->onResponseBody(wire); }
    void onMessageComplete(qint64, const HeaderList&) override { m_owner->onResponseComplete(); }
    void onError(const Http1ParseError&) override { m_owner->shutDown(); }

private:
    BalancedConnection* const m_owner;
};

struct BalancedConnection::Backend
{
    explicit Backend(BalancedConnection* owner)
        : reader(owner)
        , parser(Http1Parser::Mode::Response, &reader)
    {
    }
    int instance = 0;
    ByteStream* stream = nullptr;
    ResponseReader reader;
    Http1Parser parser;
    bool open = false;
    bool closed = false;
};

BalancedConnection::BalancedConnection(HttpBalancer* balancer, ByteStream* front, QObject* parent)
    : QObject(parent)
    , m_balancer(balancer)
    , m_front(front)
    , m_requests(Http1Parser::Mode::Request, this)
{
    m_front->setParent(this);
    connect(m_front, &ByteStream::received, this, [this](const QByteArray& data) {
        if (!m_shuttingDown)
            m_requests.feed(data);
    });
    connect(m_front, &ByteStream::closed, this, [this] {
        m_frontClosed = true;
        shutDown();
    });
}

BalancedConnection::~BalancedConnection()
{
    disconnect(m_front, nullptr, this, nullptr);
    for (Backend* backend : std::as_const(m_backends)) {
        disconnect(backend->stream, nullptr, this, nullptr);
        delete backend;
    }
}

void BalancedConnection::onMessageBegin()
{
    m_reading = {};
}

void BalancedConnection::onHead(const Http1MessageHead& head)
{
    m_reading.head = head;
    m_reading.bytes = head.raw;
}

void BalancedConnection::onBody(QByteArrayView wire, QByteArrayView)
{
    m_reading.bytes.append(wire);
}

void BalancedConnection::onMessageComplete(qint64, const HeaderList&)
{
    // Numbered as the client numbers its requests on this connection, so that notes and messages match.
    m_reading.message = ++m_messages;
    m_queue.append(std::exchange(m_reading, {}));
    pump();
}

void BalancedConnection::onError(const Http1ParseError&)
{
    // The client sent something that is not HTTP/1.1: a layer 7 balancer cannot route it.
    shutDown();
}

BalancedConnection::Backend* BalancedConnection::backendFor(int instance)
{
    if (Backend* backend = m_backends.value(instance)) {
        if (!backend->closed)
            return backend;
        // The instance closed this connection between requests (it may, after "Connection: close"):
        // a new one takes its place, as a real balancer's pool would open.
        disconnect(backend->stream, nullptr, this, nullptr);
        backend->stream->deleteLater();
        m_backends.remove(instance);
        delete backend;
    }
    auto* backend = new Backend(this);
    backend->instance = instance;
    backend->stream = m_balancer->openToInstance(instance, this);
    m_backends.insert(instance, backend);
    connect(backend->stream, &ByteStream::opened, this, [this, backend] {
        backend->open = true;
        pump();
    });
    connect(backend->stream, &ByteStream::received, this,
            [backend](const QByteArray& data) { backend->parser.feed(data); });
    connect(backend->stream, &ByteStream::closed, this, [this, backend] {
        backend->closed = true;
        // The instance went away in the middle of an answer: the client's connection cannot go on.
        if (m_inFlight == backend || m_shuttingDown)
            shutDown();
        maybeFinish();
    });
    return backend;
}

void BalancedConnection::pump()
{
    if (m_shuttingDown || m_inFlight || m_queue.isEmpty())
        return;
    Request& next = m_queue.first();
    if (m_instanceInFlight == 0) {
        const HttpBalancer::Choice choice = m_balancer->choose(next.head);
        m_instanceInFlight = choice.instance;
        m_setCookie = choice.setCookie;
        m_pendingWhy = choice.why;
    }
    Backend* backend = backendFor(m_instanceInFlight);
    if (!backend->open)
        return; // pump() again when it opens
    const Request request = m_queue.takeFirst();
    m_inFlight = backend;
    backend->parser.expectResponseTo(request.head.method);
    backend->stream->write(request.bytes);
    const QByteArray line = request.head.method + ' ' + request.head.target;
    m_balancer->recordRouted(
        m_front->connectionId(), request.message, request.bytes.size(), backend->instance,
        tr("The balancer reads request %1 of connection %2 (%3) and sends it to instance %4 over its "
           "connection %5: %6.")
            .arg(request.message)
            .arg(m_front->connectionId())
            .arg(QString::fromLatin1(line.left(80)))
            .arg(backend->instance)
            .arg(backend->stream->connectionId())
            .arg(std::exchange(m_pendingWhy, {})));
}

void BalancedConnection::onResponseHead(const Http1MessageHead& head)
{
    QByteArray raw = head.raw;
    if (m_setCookie && raw.endsWith("\r\n\r\n")) {
        // The balancer's cookie goes in as one more field, like HAProxy's "cookie SERVERID insert".
        raw.insert(raw.size() - 2,
                   QByteArray("set-cookie: ") +
                       QByteArray(HttpBalancer::CookieName.data(), HttpBalancer::CookieName.size()) +
                       "=instance-" + QByteArray::number(m_instanceInFlight) + "; Path=/; HttpOnly\r\n");
    }
    m_front->write(raw);
}

void BalancedConnection::onResponseBody(QByteArrayView wire)
{
    m_front->write(wire.toByteArray());
}

void BalancedConnection::onResponseComplete()
{
    m_inFlight = nullptr;
    m_instanceInFlight = 0;
    m_setCookie = false;
    pump();
}

void BalancedConnection::shutDown()
{
    if (!m_shuttingDown) {
        m_shuttingDown = true;
        m_requests.stop();
        m_front->close();
        for (Backend* backend : std::as_const(m_backends))
            backend->stream->close();
    }
    maybeFinish();
}

void BalancedConnection::maybeFinish()
{
    if (m_finished || !m_shuttingDown || !m_frontClosed)
        return;
    for (const Backend* backend : std::as_const(m_backends)) {
        if (!backend->closed)
            return;
    }
    m_finished = true;
    emit finished();
}

} // namespace protoviz
