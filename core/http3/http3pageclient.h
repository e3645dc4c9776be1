#pragma once

#include "core/http/httpclient.h"
#include "core/quic/quicresumption.h"

#include <QHash>
#include <QHostAddress>
#include <QList>

#include <memory>

namespace protoviz {

class Http3Client;
class QuicConnection;
class QuicObserver;
class QuicTlsContext;
struct Http3Response;

/// The page loader's HttpClient over HTTP/3: one Http3Client, hence one QUIC connection, carrying every
/// request as a stream of its own. The connection is made at the first get(), after that request is
/// queued, so that a resumed connection (a non-null QuicResumption) sends it as 0-RTT early data in its
/// first datagram. Responses arrive whole, so responseStarted() is not emitted; there is no server push.
/// Lives on the session thread; owns its Http3Client.
class Http3PageClient final : public HttpClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http3PageClient)

public:
    /// Where to connect (a DatagramRelay's port, as a rule) and as what: tls is a client context, authority
    /// goes out as :authority, observer (not owned, may be nullptr) watches the connection.
    struct Setup
    {
        std::shared_ptr<QuicTlsContext> tls;
        QByteArray authority;
        QHostAddress address;
        quint16 port = 0;
        QuicObserver* observer = nullptr;
    };

    explicit Http3PageClient(const Setup& setup, QObject* parent = nullptr);
    ~Http3PageClient() override;

    void get(const QByteArray& path, quint32 tag) override;
    /// Closes the connection (CONNECTION_CLOSE with H3_NO_ERROR) once no request is outstanding.
    void finish() override;
    /// Closes the connection now, whatever is outstanding (a long poll the server holds): those
    /// requests fail.
    void close();
    int connectionCount() const override;

    /// Resumes the session of an earlier connection, sending the first requests as 0-RTT early data
    /// (before the first get(); without it the client makes a first visit, a 1-RTT handshake).
    void setResumption(const QuicResumption& resumption) { m_resumption = resumption; }

    /// The QUIC connection (nullptr before the first get()).
    QuicConnection* connection() const;

signals:
    /// The connection is over (error empty for a clean close); every request still open has failed.
    void closed(const QString& error);

private:
    void onResponse(const Http3Response& response);
    void onClosed(const QString& error);
    void failOutstanding(const QString& reason);
    void closeIfFinished();

    const Setup m_setup;
    QuicResumption m_resumption;
    std::unique_ptr<Http3Client> m_client;
    QHash<QByteArray, QList<quint32>> m_tags; ///< outstanding requests: path -> tags, oldest first
    bool m_connected = false;
    bool m_finishing = false;
    bool m_closed = false;
};

} // namespace protoviz
