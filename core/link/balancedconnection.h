#pragma once

#include "core/http1/http1parser.h"
#include "core/http1/http1parserhandler.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <memory>

namespace protoviz {

class ByteStream;
class HttpBalancer;

/// One client connection of an HttpBalancer: it parses the client's HTTP/1.1 requests, asks the
/// balancer where each goes, forwards it over this connection's own connection to that instance
/// (opened on first use and kept), and relays the response back, adding the sticky cookie when the
/// balancer asked for it. One request at a time is in flight, so responses return in request order.
/// The connection ends with the client's; a malformed request, or an instance connection lost in the
/// middle of a response, ends it (one closed between requests is opened again).
///
/// Lives on the session thread. Owns the client stream and the instance streams.
class BalancedConnection final : public QObject, private Http1ParserHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalancedConnection)

public:
    BalancedConnection(HttpBalancer* balancer, ByteStream* front, QObject* parent = nullptr);
    ~BalancedConnection() override;

signals:
    /// Every stream is closed. Emitted once; the owner may deleteLater() it from then on.
    void finished();

private:
    struct Request
    {
        quint32 message = 0;
        Http1MessageHead head;
        QByteArray bytes; ///< as received: head and body wire bytes
    };
    struct Backend;
    class ResponseReader;

    // Http1ParserHandler, for the client's requests
    void onMessageBegin() override;
    void onHead(const Http1MessageHead& head) override;
    void onBody(QByteArrayView wire, QByteArrayView payload) override;
    void onMessageComplete(qint64 payloadBytes, const HeaderList& trailers) override;
    void onError(const Http1ParseError& error) override;

    Backend* backendFor(int instance);
    void pump();
    void onResponseHead(const Http1MessageHead& head);
    void onResponseBody(QByteArrayView wire);
    void onResponseComplete();
    void shutDown();
    void maybeFinish();

    HttpBalancer* const m_balancer;
    ByteStream* const m_front;
    Http1Parser m_requests;
    Request m_reading;
    QList<Request> m_queue;
    QMap<int, Backend*> m_backends;
    Backend* m_inFlight = nullptr;
    QString m_pendingWhy; // the balancer's reason for the request waiting for its instance connection
    quint32 m_messages = 0;
    bool m_setCookie = false;
    int m_instanceInFlight = 0;
    bool m_frontClosed = false;
    bool m_shuttingDown = false;
    bool m_finished = false;
};

} // namespace protoviz
