#pragma once

#include "core/http/httpmessage.h"
#include "core/http1/http1eventlog.h"
#include "core/http1/http1messagehead.h"
#include "core/http1/http1parser.h"
#include "core/http1/http1parserhandler.h"

#include <QMap>
#include <QObject>

#include <memory>

namespace protoviz {

class ByteStream;

/// One HTTP/1.1 connection of the PollingServer. Unlike Http1ServerConnection, whose handler answers at
/// once, a request here may be answered later: a long poll waits at the server until there is an update.
/// Requests are handed out with requestReceived() and answered with respond(), in any order; responses
/// go out in request order (pipelined requests included). Connections persist unless the client asks
/// "Connection: close". Malformed input is answered 400 (or the parser's status) and closes the
/// connection.
///
/// Events (Layer::Http1, through Http1EventLog): requests as received, responses as sent; stream = the
/// message number on the connection.
///
/// Lives on the session thread. Takes ownership of the stream.
class PollingServerConnection final : public QObject, private Http1ParserHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingServerConnection)

public:
    /// recorder: Origin::Server, the stream's connection id.
    PollingServerConnection(ByteStream* stream, EventRecorder recorder, QObject* parent = nullptr);
    ~PollingServerConnection() override;

    /// Answers request message. Content-Length and "server: ProtoViz" are added.
    void respond(quint32 message, const HttpResponse& response);

    quint32 connectionId() const;
    /// The request is still waiting for its response on an open connection.
    bool isWaiting(quint32 message) const;

signals:
    /// A complete request; answer it with respond(message, ...).
    void requestReceived(quint32 message, const protoviz::HttpRequest& request);
    /// The connection is over. Emitted once; the owner may deleteLater() it from then on.
    void finished();

private:
    // Http1ParserHandler
    void onMessageBegin() override;
    void onHead(const Http1MessageHead& head) override;
    void onBody(QByteArrayView wire, QByteArrayView payload) override;
    void onMessageComplete(qint64 payloadBytes, const HeaderList& trailers) override;
    void onError(const Http1ParseError& error) override;

    void onReceived(const QByteArray& data);
    void flush();
    void write(quint32 message, const HttpResponse& response, bool close);

    ByteStream* m_stream;
    Http1EventLog m_log;
    Http1Parser m_parser;
    quint32 m_message = 0;
    Http1MessageHead m_head;
    QByteArray m_body;
    QList<quint32> m_unanswered;         // in request order
    QMap<quint32, bool> m_closeAfter;    // per unanswered request: the client asked to close after it
    QMap<quint32, HttpResponse> m_ready; // answered, waiting for earlier ones
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace protoviz
