#pragma once

#include "core/http/httpmessage.h"

#include <QObject>

#include <functional>

namespace protoviz {

class ByteStream;

/// Opens a new connection to the session's server (through the emulated link, with TLS when the
/// session uses it). The caller owns the stream. alpn lists the protocols to offer, most wanted first.
using StreamOpener = std::function<ByteStream*(const QList<QByteArray>& alpn)>;

/// What the page loader asks of a protocol: fetch these paths, tell me when responses start and end.
/// Implemented by the HTTP/1.1 connection pool and the HTTP/2 client. Lives on the session thread.
class HttpClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using QObject::QObject;

    /// Requests path with GET. tag is the caller's id for the request, echoed in the signals.
    virtual void get(const QByteArray& path, quint32 tag) = 0;

    /// Closes every connection gracefully once nothing is outstanding.
    virtual void finish() = 0;

    /// Connections opened so far.
    virtual int connectionCount() const = 0;

signals:
    /// The first byte of the response to tag arrived.
    void responseStarted(quint32 tag);
    /// The whole response to tag arrived.
    void responseFinished(quint32 tag, const protoviz::HttpResponse& response);
    /// The server promised to push path (HTTP/2 PUSH_PROMISE): the caller need not request it.
    void pushPromised(const QByteArray& path);
    /// The server pushed a response for path (HTTP/2 server push) and it arrived completely.
    void pushedResponseFinished(const QByteArray& path, const protoviz::HttpResponse& response);
    /// The request for tag failed (connection lost, reset, protocol error).
    void requestFailed(quint32 tag, const QString& reason);
};

} // namespace protoviz
