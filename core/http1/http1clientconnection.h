#pragma once

#include "core/http/httpmessage.h"
#include "core/http1/http1eventlog.h"
#include "core/http1/http1parser.h"
#include "core/http1/http1parserhandler.h"
#include "core/timeline/eventrecorder.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace protoviz {

class ByteStream;

/// The client side of one HTTP/1.1 connection: writes requests to a ByteStream — one at a time or
/// pipelined (several before the first answer) — and matches the responses to them in order.
///
/// Requests given before the stream is open are written when it opens. Each response reports its
/// first byte (responseStarted, the time-to-first-byte moment) and its completion. When the server
/// answers "Connection: close" (or HTTP/1.0 without keep-alive, or a body delimited by the close),
/// the connection closes after that response and stops being reusable.
///
/// When the connection ends, a request whose response had started but not finished fails
/// (requestFailed); requests that got no byte of response at all are handed back in finished(), in
/// order, because only the caller knows whether it is safe to send them again elsewhere (see
/// Http1ClientPool for the retry policy). A malformed response is recorded as an Error event and
/// aborts the connection.
///
/// Events (Layer::Http1, see Http1EventLog) record requests as sent and responses as received;
/// stream = message number on this connection. The recorder's connection id is replaced by the
/// stream's connectionId() when the stream opens.
///
/// Lives on the session thread, like its stream. Takes ownership of the stream (it becomes a child).
/// Signals are emitted outside the parser, so slots may send, close or deleteLater() the connection.
class Http1ClientConnection final : public QObject, private Http1ParserHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http1ClientConnection)

public:
    Http1ClientConnection(ByteStream* stream, EventRecorder recorder, QObject* parent = nullptr);
    ~Http1ClientConnection() override;

    /// Limits for responses. Call before the first response arrives.
    void setLimits(const Http1Parser::Limits& limits);

    /// Sends request (method, path; authority becomes Host). Adds "user-agent: ProtoViz" and
    /// "accept: */*" unless request.headers has them, and content-length for a body. id is echoed in
    /// the signals. Returns the request's message number on this connection.
    quint32 send(const HttpRequest& request, quint32 id);

    /// Closes gracefully once written bytes are out; outstanding requests end up in finished().
    void close();
    /// Drops the connection at once.
    void abort();

    /// The stream is open and not closing.
    bool isOpen() const;
    /// The stream opened at some point (false for a connection that failed to connect).
    bool wasOpened() const { return m_wasOpened; }
    /// Open, and the server has not announced that it will close: more requests may be sent.
    bool isReusable() const { return isOpen() && !m_closing; }
    /// Requests sent whose response has not completed.
    int outstanding() const { return int(m_pending.size()); }

signals:
    /// The stream is open; queued requests have been written.
    void opened();
    /// The first byte of the response to id arrived (an interim 1xx response counts).
    void responseStarted(quint32 id);
    /// The response to id arrived completely.
    void responseFinished(quint32 id, const protoviz::HttpResponse& response);
    /// The response to id had started but could not be completed.
    void requestFailed(quint32 id, const QString& reason);
    /// The connection is over. unanswered: requests that got no byte of response, in sending order.
    /// Emitted once, last.
    void finished(const QList<quint32>& unanswered, const QString& reason);

private:
    struct Pending
    {
        quint32 id = 0;
        quint32 message = 0;
        HttpRequest request = {};
        bool started = false;
        bool finalHead = false;
        HttpResponse response = {};
    };

    struct Outcome
    {
        enum class Kind : quint8 { Started, Finished, Failed, Closed } kind;
        quint32 id = 0;
        HttpResponse response = {};
        QString reason = {};
        QList<quint32> unanswered = {};
    };

    // Http1ParserHandler
    void onMessageBegin() override;
    void onHead(const Http1MessageHead& head) override;
    void onBody(QByteArrayView wire, QByteArrayView payload) override;
    void onMessageComplete(qint64 payloadBytes, const HeaderList& trailers) override;
    void onError(const Http1ParseError& error) override;

    void onOpened();
    void onReceived(const QByteArray& data);
    void onStreamClosed();
    void write(Pending& pending);
    void deliver();

    ByteStream* m_stream;
    EventRecorder m_baseRecorder;
    Http1EventLog m_log;
    std::unique_ptr<Http1Parser> m_parser;
    QList<Pending> m_pending;  // sent (or waiting for the stream to open), in order
    qsizetype m_unwritten = 0; // how many of the last m_pending entries wait for the stream to open
    QList<Outcome> m_outcomes;
    quint32 m_nextMessage = 0;
    QString m_failure;
    bool m_wasOpened = false;
    bool m_closing = false;
    bool m_abortAfterFeed = false;
    bool m_delivering = false;
    bool m_finished = false;
};

} // namespace protoviz
