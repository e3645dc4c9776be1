#include "app/cli/http3fetch.h"

#include "core/http/workload.h"
#include "core/http3/http3client.h"
#include "core/link/datagramrelay.h"
#include "core/link/link.h"
#include "core/quic/quiceventlog.h"
#include "core/quic/quickeylogger.h"
#include "core/quic/quictlscontext.h"
#include "core/timeline/timeline.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace protoviz::cli {

namespace {

// The relay's flows take ids from the link's own directory, from 1; the fetch opens exactly one, so the
// client's events carry the id the link gives its datagrams.
constexpr quint32 ConnectionId = 1;

// Beyond the link's one-way delay, how long the last datagrams get to cross it (the relay's timer and the
// server's socket on a loaded machine).
constexpr int CloseGraceMs = 50;

QByteArray systemAuthorities()
{
    QByteArray pem;
    for (const QSslCertificate& certificate : QSslConfiguration::systemCaCertificates())
        pem += certificate.toPem();
    return pem;
}

bool isHtml(const HeaderList& headers)
{
    return headerValue(headers, "content-type").toLower().startsWith("text/html");
}

} // namespace

Http3Fetch::Result Http3Fetch::run(const Setup& setup)
{
    Result result;
    const QString host = setup.target.host();
    QHostAddress address(host);
    if (address.isNull()) {
        const QList<QHostAddress> found = QHostInfo::fromName(host).addresses();
        if (found.isEmpty()) {
            result.error = tr("Cannot resolve %1.").arg(host);
            return result;
        }
        address = found.constFirst();
    }
    const quint16 port = quint16(setup.target.port(443));
    const QByteArray authority = setup.target.authority(QUrl::FullyEncoded).toUtf8();
    std::shared_ptr<QuicTlsContext> tls = QuicTlsContext::forClient(
        setup.trustedCaPem.isEmpty() ? systemAuthorities() : setup.trustedCaPem, host, &result.error);
    if (!tls)
        return result;

    Link link(setup.link, nullptr, EventRecorder(setup.timeline, Origin::Link));
    link.setUpstream(address, port);
    const QHostAddress loopback = address.protocol() == QAbstractSocket::IPv6Protocol
                                      ? QHostAddress::LocalHostIPv6
                                      : QHostAddress::LocalHost;
    DatagramRelay* relay = link.relayDatagrams(loopback, 0, port, &result.error);
    if (!relay)
        return result;

    QuicEventLog log(EventRecorder(setup.timeline, Origin::Client, ConnectionId));
    QuicKeyLogger keys(&log, setup.keyLog);
    Http3Client client(tls, authority);
    client.setObserver(&keys);
    QEventLoop loop;
    QElapsedTimer clock;
    bool pageRead = false;
    const auto finish = [&](const QString& error) {
        if (!result.completed) {
            result.error = error;
            result.elapsedNs = clock.nsecsElapsed();
        }
        loop.quit();
    };
    QObject::connect(&client, &Http3Client::handshakeCompleted, &loop,
                     [&] { result.handshakeNs = clock.nsecsElapsed(); });
    QObject::connect(&client, &Http3Client::responseReceived, &loop, [&](const Http3Response& response) {
        if (result.responses++ == 0) {
            result.status = response.status;
            result.body = response.body;
        }
        result.failedResponses += response.status >= 400 ? 1 : 0;
        result.bodyBytes += response.body.size();
        // The first response is the address's own; a page's objects follow it on the same connection.
        if (!std::exchange(pageRead, true) && response.status < 400 && isHtml(response.headers)) {
            for (const QByteArray& path : Workload::linkedPaths(response.body))
                client.get(path);
        }
        if (client.outstandingRequests() == 0) {
            result.completed = true;
            result.elapsedNs = clock.nsecsElapsed();
            client.close();
        }
    });
    QObject::connect(&client, &Http3Client::closed, &loop, [&](const QString& error) {
        finish(error.isEmpty() ? tr("The server closed the connection before every response arrived.")
                               : error);
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        finish(tr("No complete answer within %n second(s).", nullptr, setup.timeoutSeconds));
    });

    QByteArray path = setup.target.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (setup.target.hasQuery())
        path += '?' + setup.target.query(QUrl::FullyEncoded).toUtf8();
    clock.start();
    client.get(path);
    QString error;
    if (!client.connectToServer(relay->address(), relay->port(), {}, &error)) {
        result.error = error;
        return result;
    }
    timeout.start(setup.timeoutSeconds * 1000);
    loop.exec();
    // The CONNECTION_CLOSE is still on the link: let it arrive before the relay goes, or the server would
    // hold the connection until its idle timeout.
    QTimer::singleShot(int((setup.link.rttNs / 2 + setup.link.jitterNs) / 1000000) + CloseGraceMs, &loop,
                       &QEventLoop::quit);
    loop.exec();
    link.shutdown();
    return result;
}

} // namespace protoviz::cli
