#pragma once

#include "core/http/httpclient.h"
#include "core/timeline/eventrecorder.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;

namespace protoviz {

class ConnectionDirectory;
class GrpcWebUpstream;

/// A translating gRPC-Web proxy, as Envoy's grpc_web filter or grpcwebproxy are: browsers connect over
/// HTTP/1.1 and send gRPC-Web; every call goes on to the gRPC server as gRPC over one HTTP/2
/// connection, and its answer comes back in gRPC-Web's body format (see GrpcWebProxyConnection and
/// GrpcWebCodec). It is one more hop, with its own connections on either side: the browser's end on
/// the session's link, the server's end through the opener (a second link).
///
/// Records with two recorders: browser-side connections with Origin::Server (towards the browser the
/// proxy is the server), the HTTP/2 connection to the server with Origin::Client; the ids come from
/// the directory shared with both links. Lives on the session thread; owns its connections.
class GrpcWebProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrpcWebProxy)

public:
    /// upstreamOpener: opens the connection to the gRPC server; upstreamAuthority its ":authority".
    /// directory: shared with the links (may be null: the proxy numbers its connections itself).
    GrpcWebProxy(StreamOpener upstreamOpener, const QByteArray& upstreamAuthority,
                 ConnectionDirectory* directory, EventRecorder browserSide, EventRecorder serverSide,
                 QObject* parent = nullptr);
    ~GrpcWebProxy() override;

    /// Listens on loopback (a free port). Returns false and sets *error if it cannot.
    bool listen(QString* error);
    quint16 port() const;
    QHostAddress address() const { return QHostAddress::LocalHost; }

    /// Stops accepting, closes the browsers' connections once their calls are answered, and the
    /// connection to the server once no call is left.
    void finish();

private:
    void accept();

    ConnectionDirectory* const m_directory;
    const EventRecorder m_browserSide;
    QTcpServer* m_listener = nullptr;
    GrpcWebUpstream* m_upstream = nullptr;
    QObject* m_connections = nullptr; // parent of every browser connection
    quint32 m_ownIds = 0;
};

} // namespace protoviz
