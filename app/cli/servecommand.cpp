#include "core/export/recording.h"
#include "core/export/recordingstream.h"
#include "core/link/link.h"
#include "core/quic/quictlscontext.h"
#include "core/server/webserver.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlskeylogfile.h"
#include "core/tls/tlsservercontext.h"
#include "core/transport/connectiondirectory.h"
#include "core/websocket/websocketserver.h"

#include "app/cli/commands.h"
#include "app/cli/eventprinter.h"
#include "app/cli/knobparser.h"
#include "app/cli/servehttp3.h"
#include "app/cli/signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>
#include <sys/resource.h>
#include <utility>

namespace protoviz::cli {

namespace {

// Early data a connection may carry: one TLS record's worth, as common servers allow.
constexpr quint32 MaxEarlyData = 16384;

// How long a client may remember that the page is also served over HTTP/3 (Alt-Svc's ma, seconds).
constexpr int AltSvcMaxAgeSeconds = 3600;

// Free port numbers tried for HTTPS and HTTP/3 together before serve gives up.
constexpr int PortAttempts = 10;

// Memory the events of a serve may hold by default: a few hundred thousand events of history, while a
// server left running for a whole class stays well under 100 MB.
constexpr int DefaultEventBudgetMiB = 32;

// The descriptors this process may hold (its soft RLIMIT_NOFILE); the largest int when unlimited.
int openFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return std::numeric_limits<int>::max();
    return int(std::min<rlim_t>(limit.rlim_cur, rlim_t(std::numeric_limits<int>::max())));
}

class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static bool readPort(const QCommandLineParser& parser, const QString& option, quint16* port,
                         QString* error);
};

bool ServeCommand::readPort(const QCommandLineParser& parser, const QString& option, quint16* port,
                            QString* error)
{
    bool ok = false;
    const uint value = parser.value(option).toUInt(&ok);
    if (!ok || value > 65535) {
        *error = tr("--%1 takes a port number from 0 (any free port) to 65535, not \"%2\".")
                     .arg(option, parser.value(option));
        return false;
    }
    *port = quint16(value);
    return true;
}

int ServeCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves ProtoViz's page over HTTP/1.1 and HTTP/2, cleartext and TLS, and over HTTP/3, so "
           "that real clients can be pointed at it; prints every event as it happens."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("listen"), tr("Address to listen on (default 127.0.0.1: loopback only)."),
         tr("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), tr("Port for HTTP/1.1 and h2c (default 8080; 0 picks a free one)."),
         tr("port"), QStringLiteral("8080")},
        {QStringLiteral("tls-port"), tr("Port for HTTPS (default 8443; 0 picks a free one)."), tr("port"),
         QStringLiteral("8443")},
        {QStringLiteral("no-tls"), tr("Do not serve HTTPS (nor HTTP/3).")},
        {QStringLiteral("no-http3"),
         tr("Do not serve HTTP/3, which is otherwise served over QUIC on the UDP port of the same number "
            "as the HTTPS port, and advertised there with Alt-Svc.")},
        {QStringLiteral("no-cleartext"), tr("Do not serve cleartext HTTP.")},
        {QStringLiteral("cert-dir"),
         tr("Write the generated CA certificate, certificate and key here "
            "(default: a new temporary folder)."),
         tr("folder")},
        {QStringLiteral("events"),
         tr("Which events to print: all, errors or none (none also records nothing, "
            "for benchmarks)."),
         tr("which"), QStringLiteral("all")},
        {QStringLiteral("json"),
         tr("On exit, write the recording of the events kept (see --event-budget) to this file."),
         tr("file")},
        {QStringLiteral("record"),
         tr("Write every event to this file as it happens (a streamed recording that the GUI opens; "
            "complete up to the last event even if serve is killed)."),
         tr("file")},
        {QStringLiteral("event-budget"),
         tr("Memory for the events kept, in MiB (default %1; 0 keeps every event). Beyond it the oldest "
            "events are dropped and an event says how many; --record keeps them all on disk.")
             .arg(DefaultEventBudgetMiB),
         tr("MiB"), QString::number(DefaultEventBudgetMiB)},
        {QStringLiteral("duration"), tr("Stop after this many seconds (default: run until Ctrl+C)."),
         tr("seconds")},
        {QStringLiteral("keylog"),
         tr("Append the TLS secrets of every connection to this file (SSLKEYLOGFILE format, for "
            "Wireshark)."),
         tr("file")},
        {QStringLiteral("no-early-data"),
         tr("Refuse TLS 1.3 early data (0-RTT), which is accepted by default.")},
        {QStringLiteral("header-timeout"),
         tr("Seconds an HTTP/1.1 request head may take from its first byte (default 20): slower ones "
            "are answered 408."),
         tr("seconds")},
        {QStringLiteral("idle-timeout"),
         tr("Seconds a connection may stay without a request before it is closed (default 30 for "
            "HTTP/1.1, 60 for HTTP/2). For HTTP/3 it is QUIC's max_idle_timeout (default 30): seconds "
            "without a packet from the client."),
         tr("seconds")},
        {QStringLiteral("handshake-timeout"),
         tr("Seconds a TLS handshake may take from the accept, or a QUIC handshake from the client's "
            "first packet (default 30)."),
         tr("seconds")},
        {QStringLiteral("max-idle-connections"),
         tr("Connections that may wait for a request at once (default %1): beyond that many, the one "
            "idle longest is closed (HTTP/2 with GOAWAY), and an event says so.")
             .arg(IdleConnectionLimit::DefaultLimit),
         tr("count")},
        {QStringLiteral("websocket-compression"),
         tr("Accept permessage-deflate (RFC 7692) offers on the chat room: messages then travel "
            "compressed (RSV1). Off by default, so that frames show their payload as sent.")},
    });
    KnobParser::addOptions(parser, KnobParser::LinkGroup | KnobParser::PageGroup);
    if (!parser.parse(QStringList{QStringLiteral("protoviz-cli serve")} + arguments)) {
        err << parser.errorText() << '\n' << tr("Try `protoviz-cli serve --help`.") << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()) << '\n';
        return BadArguments;
    }

    QString error;
    ScenarioKnobs knobs;
    if (!KnobParser::read(parser, KnobParser::LinkGroup | KnobParser::PageGroup, &knobs, &error)) {
        err << error << '\n';
        return BadArguments;
    }
    const QHostAddress address(parser.value(QStringLiteral("listen")));
    if (address.isNull()) {
        err << tr("--listen takes an IP address such as 127.0.0.1, not \"%1\".")
                   .arg(parser.value(QStringLiteral("listen")))
            << '\n';
        return BadArguments;
    }
    quint16 port = 0;
    quint16 tlsPort = 0;
    if (!readPort(parser, QStringLiteral("port"), &port, &error) ||
        !readPort(parser, QStringLiteral("tls-port"), &tlsPort, &error)) {
        err << error << '\n';
        return BadArguments;
    }
    const bool tls = !parser.isSet(QStringLiteral("no-tls"));
    const bool cleartext = !parser.isSet(QStringLiteral("no-cleartext"));
    const bool http3 = tls && !parser.isSet(QStringLiteral("no-http3"));
    if (!tls && !cleartext) {
        err << tr("With both --no-tls and --no-cleartext there is nothing to serve.") << '\n';
        return BadArguments;
    }
    const QString eventsChoice = parser.value(QStringLiteral("events"));
    const QStringList filters{QStringLiteral("all"), QStringLiteral("errors"), QStringLiteral("none")};
    if (!filters.contains(eventsChoice)) {
        err << tr("--events takes all, errors or none, not \"%1\".").arg(eventsChoice) << '\n';
        return BadArguments;
    }
    const auto filter = EventPrinter::Filter(filters.indexOf(eventsChoice));
    int durationSeconds = 0;
    if (parser.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        durationSeconds = parser.value(QStringLiteral("duration")).toInt(&ok);
        if (!ok || durationSeconds < 1) {
            err << tr("--duration takes a whole number of seconds, not \"%1\".")
                       .arg(parser.value(QStringLiteral("duration")))
                << '\n';
            return BadArguments;
        }
    }
    bool budgetOk = false;
    const int eventBudgetMiB = parser.value(QStringLiteral("event-budget")).toInt(&budgetOk);
    if (!budgetOk || eventBudgetMiB < 0 || eventBudgetMiB > 1024 * 1024) {
        err << tr("--event-budget takes a whole number of MiB (0 keeps every event), not \"%1\".")
                   .arg(parser.value(QStringLiteral("event-budget")))
            << '\n';
        return BadArguments;
    }
    // Whether a link sits in front of the server: only when the user asked for network conditions, so
    // that plain serving (and benchmarking) goes straight to the server.
    const QStringList linkOptions{QStringLiteral("rtt"),       QStringLiteral("jitter"),
                                  QStringLiteral("bandwidth"), QStringLiteral("up"),
                                  QStringLiteral("down"),      QStringLiteral("loss")};
    bool emulate = false;
    for (const QString& option : linkOptions)
        emulate = emulate || parser.isSet(option);

    WebServerConfig config;
    config.address = emulate ? QHostAddress(QHostAddress::LocalHost) : address;
    config.cleartext = cleartext;
    config.cleartextPort = emulate ? 0 : port;
    config.tlsPort = emulate ? 0 : tlsPort;
    // Behind a link the server listens on no port of its own: only the printed ports, the link's, reach it.
    config.inProcessOnly = emulate;
    config.serverPush = knobs.serverPush;
    config.http2 = Http2Settings::browserLike();
    config.workload = Workload(knobs.objects, knobs.objectSize, knobs.largeObjectSize);
    const auto readTimeout = [&parser, &err](const QString& option, int* milliseconds) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double seconds = parser.value(option).toDouble(&ok);
        if (!ok || seconds < 0.001 || seconds > 86400) {
            err << tr("--%1 takes a number of seconds (at most a day), not \"%2\".")
                       .arg(option, parser.value(option))
                << '\n';
            return false;
        }
        *milliseconds = int(seconds * 1000);
        return true;
    };
    if (!readTimeout(QStringLiteral("header-timeout"), &config.headerTimeoutMs) ||
        !readTimeout(QStringLiteral("idle-timeout"), &config.idleTimeoutMs) ||
        !readTimeout(QStringLiteral("handshake-timeout"), &config.handshakeTimeoutMs))
        return BadArguments;
    if (parser.isSet(QStringLiteral("idle-timeout")))
        config.http2IdleTimeoutMs = config.idleTimeoutMs;
    if (parser.isSet(QStringLiteral("max-idle-connections"))) {
        const QString value = parser.value(QStringLiteral("max-idle-connections"));
        bool ok = false;
        const int limit = value.toInt(&ok);
        if (!ok || limit < 1) {
            err << tr("--max-idle-connections takes a whole number of connections, at least 1, not \"%1\".")
                       .arg(value)
                << '\n';
            return BadArguments;
        }
        // Each connection holds a descriptor: a limit above the process's could never close anything.
        const int openFiles = openFileLimit();
        if (limit > openFiles) {
            err << tr("--max-idle-connections %1 could never be reached: this process may hold only %2 "
                      "connections and files at once (ulimit -n).")
                       .arg(limit)
                       .arg(openFiles)
                << '\n';
            return BadArguments;
        }
        config.maxIdleConnections = limit;
    }

    std::unique_ptr<QTemporaryDir> temporaryCertDir;
    QString certDir;
    std::shared_ptr<QuicTlsContext> quicTls;
    TlsKeyLogSink keyLog;
    if (tls) {
        QList<QHostAddress> addresses{QHostAddress::LocalHost};
        if (address != QHostAddress::LocalHost && address != QHostAddress::AnyIPv4 &&
            address != QHostAddress::Any)
            addresses.append(address);
        const std::optional<TlsCredentials> credentials =
            CertificateAuthority::generate({QStringLiteral("localhost")}, addresses, &error);
        if (!credentials) {
            err << error << '\n';
            return Unavailable;
        }
        if (parser.isSet(QStringLiteral("cert-dir"))) {
            certDir = parser.value(QStringLiteral("cert-dir"));
            QDir().mkpath(certDir);
        } else {
            temporaryCertDir =
                std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/protoviz-XXXXXX"));
            certDir = temporaryCertDir->path();
        }
        if (!CertificateAuthority::writePem(*credentials, certDir, &error)) {
            err << error << '\n';
            return Unavailable;
        }
        TlsServerConfig tlsConfig;
        tlsConfig.credentials = *credentials;
        tlsConfig.alpn = {QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")};
        // Replay is harmless here: the page and its objects are static, and GET and HEAD change nothing.
        tlsConfig.maxEarlyData = parser.isSet(QStringLiteral("no-early-data")) ? 0 : MaxEarlyData;
        config.tls = TlsServerContext::create(tlsConfig, &error);
        if (!config.tls) {
            err << error << '\n';
            return Unavailable;
        }
        if (parser.isSet(QStringLiteral("keylog"))) {
            keyLog = TlsKeyLogFile::appender(parser.value(QStringLiteral("keylog")), &error);
            if (!keyLog) {
                err << error << '\n';
                return Unavailable;
            }
            config.tls->setKeyLogSink(keyLog);
        }
        // QUIC's TLS runs on GnuTLS, with the same certificate and key.
        const auto earlyData = parser.isSet(QStringLiteral("no-early-data"))
                                   ? QuicTlsContext::EarlyData::Refused
                                   : QuicTlsContext::EarlyData::Accepted;
        if (http3 && !(quicTls = QuicTlsContext::forServer(*credentials, &error, earlyData))) {
            err << error << '\n';
            return Unavailable;
        }
    }

    Timeline timeline(SessionClock::startingNow());
    timeline.setTitle(tr("protoviz-cli serve"));
    const bool streaming = parser.isSet(QStringLiteral("record"));
    const bool recording =
        filter != EventPrinter::Filter::None || parser.isSet(QStringLiteral("json")) || streaming;
    if (!parser.isSet(QStringLiteral("json")) && !streaming)
        timeline.setByteLimit(0); // printing needs no raw bytes; a long-running server must not hoard them
    timeline.setMemoryBudget(qsizetype(eventBudgetMiB) * 1024 * 1024);
    std::unique_ptr<RecordingStream> stream;
    if (streaming) {
        stream = std::make_unique<RecordingStream>(&timeline, parser.value(QStringLiteral("record")),
                                                   QStringLiteral("serve"));
        if (!stream->open(&error)) {
            err << error << '\n';
            return Unavailable;
        }
        QObject::connect(stream.get(), &RecordingStream::failed, qApp, [&err](const QString& why) {
            err << why << '\n' << tr("Stopped recording; still serving.") << '\n';
            err.flush();
        });
    }
    Timeline* recordTo = recording ? &timeline : nullptr;
    ConnectionDirectory directory;
    // Made before the server: the links hand their connections to it once serving starts, and the Alt-Svc
    // its responses carry names the HTTP/3 port, which must be bound first.
    std::unique_ptr<WebServer> server;
    std::unique_ptr<Link> cleartextLink;
    std::unique_ptr<Link> tlsLink;
    auto openLink = [&](quint16 publicPort, bool secure) -> std::unique_ptr<Link> {
        auto link = std::make_unique<Link>(knobs.link, &directory, EventRecorder(recordTo, Origin::Link));
        link->setUpstreamConnector([&server, secure](quint32 connectionId) {
            return server->connectInProcess(secure, connectionId);
        });
        if (!link->listen(address, publicPort, &error))
            return nullptr;
        return link;
    };
    if (emulate) {
        if (cleartext && !(cleartextLink = openLink(port, false))) {
            err << error << '\n';
            return Unavailable;
        }
        if (tls && !(tlsLink = openLink(tlsPort, true))) {
            err << error << '\n';
            return Unavailable;
        }
    }
    std::unique_ptr<ServeHttp3> h3;
    if (http3)
        h3 = std::make_unique<ServeHttp3>(
            ServeHttp3::Setup{.tls = quicTls,
                              .workload = config.workload,
                              .directory = &directory,
                              .recorder = EventRecorder(recordTo, Origin::Server),
                              .keyLog = keyLog,
                              .timeouts = {.idleNs = qint64(config.idleTimeoutMs) * 1000000,
                                           .handshakeNs = qint64(config.handshakeTimeoutMs) * 1000000},
                              .maxIdleConnections = config.maxIdleConnections});
    const bool webSocketCompression = parser.isSet(QStringLiteral("websocket-compression"));
    // HTTP/3 takes the same port number as HTTPS, so that Alt-Svc says h3=":PORT". With a free port asked
    // for, UDP picks it and HTTPS must take the same number, which a TCP socket may already hold: then
    // another number is tried.
    const int attempts = h3 && !tlsLink && tlsPort == 0 ? PortAttempts : 1;
    for (int attempt = 1;; ++attempt) {
        if (h3) {
            if (!h3->listen(address, tlsLink ? tlsLink->port() : tlsPort, tlsLink.get(), &error)) {
                err << error << '\n' << tr("Try --no-http3, or another --tls-port.") << '\n';
                return Unavailable;
            }
            if (!tlsLink)
                config.tlsPort = h3->publicPort();
            config.altSvc =
                QStringLiteral("h3=\":%1\"; ma=%2").arg(h3->publicPort()).arg(AltSvcMaxAgeSeconds).toLatin1();
        }
        server = std::make_unique<WebServer>(config, &directory, EventRecorder(recordTo, Origin::Server));
        if (webSocketCompression)
            server->webSockets()->setCompression(PerMessageDeflate::Parameters{});
        if (server->listen(&error))
            break;
        if (attempt == attempts) {
            err << error << '\n';
            return Unavailable;
        }
    }
    const quint16 publicPort =
        emulate ? (cleartextLink ? cleartextLink->port() : 0) : server->cleartextPort();
    const quint16 publicTlsPort = emulate ? (tlsLink ? tlsLink->port() : 0) : server->tlsPort();

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    out << tr("ProtoViz is serving a page of %1 objects of %2 bytes.")
               .arg(knobs.objects)
               .arg(knobs.objectSize)
        << '\n';
    if (cleartext)
        out << tr("  http://%1:%2/   HTTP/1.1, and HTTP/2 with prior knowledge (h2c)")
                   .arg(host)
                   .arg(publicPort)
            << '\n';
    if (tls) {
        out << tr("  https://%1:%2/   HTTPS: ALPN h2 and http/1.1").arg(host).arg(publicTlsPort) << '\n';
        if (h3)
            out << tr("  https://%1:%2/   HTTP/3 over QUIC on UDP port %2 (advertised with Alt-Svc)")
                       .arg(host)
                       .arg(h3->publicPort())
                << '\n';
        out << tr("  CA certificate: %1").arg(QDir(certDir).filePath(QStringLiteral("ca.pem"))) << '\n';
        if (!parser.isSet(QStringLiteral("no-early-data")))
            out << tr("  TLS 1.3 early data (0-RTT) accepted, up to %1 bytes").arg(MaxEarlyData) << '\n';
        if (parser.isSet(QStringLiteral("keylog")))
            out << tr("  TLS secrets appended to %1").arg(parser.value(QStringLiteral("keylog"))) << '\n';
    }
    const QString wsScheme = cleartext ? QStringLiteral("ws://%1:%2").arg(host).arg(publicPort)
                                       : QStringLiteral("wss://%1:%2").arg(host).arg(publicTlsPort);
    out << tr("  %1/chat   WebSocket chat room (wss:// on the HTTPS port); a browser test page at "
              "%2/websocket-test")
               .arg(wsScheme, cleartext ? QStringLiteral("http://%1:%2").arg(host).arg(publicPort)
                                        : QStringLiteral("https://%1:%2").arg(host).arg(publicTlsPort))
        << '\n';
    if (webSocketCompression)
        out << tr("  WebSocket compression: permessage-deflate offers are accepted") << '\n';
    out << tr("  gRPC: the service protoviz.lesson.v1.Lesson on the HTTP/2 ports "
              "(resources/proto/lesson.proto)")
        << '\n';
    if (emulate)
        out << tr("  Emulated link: %1").arg(KnobParser::describeLink(knobs.link)) << '\n';
    if (address != QHostAddress::LocalHost && address != QHostAddress::LocalHostIPv6)
        out << tr("  Warning: listening beyond loopback, on %1.").arg(address.toString()) << '\n';
    out << tr("Press Ctrl+C to stop.") << '\n';
    out.flush();

    EventPrinter printer(&timeline, &out, filter);
    QObject::connect(&printer, &EventPrinter::outputFailed, qApp, [&err](const QString& reason) {
        err << tr("Events can no longer be written to the standard output (%1): printing stopped, serving "
                  "goes on.")
                   .arg(reason.isEmpty() ? tr("write failed") : reason)
            << '\n';
        err.flush();
    });
    bool budgetAnnounced = false;
    QObject::connect(&timeline, &Timeline::eventsDropped, qApp, [&, streaming] {
        // Once is enough: the Note event in the timeline says it again, with figures, at every drop.
        if (std::exchange(budgetAnnounced, true))
            return;
        out << (streaming
                    ? tr("Event budget of %1 MiB reached: the oldest events are now dropped from memory "
                         "(every event is still in the --record file).")
                    : tr("Event budget of %1 MiB reached: the oldest events are now dropped from memory "
                         "(--event-budget 0 keeps them all; --record streams them to a file)."))
                   .arg(timeline.memoryBudget() / (1024 * 1024))
            << '\n';
        out.flush();
    });
    SignalWatcher stopWatcher;
    QObject::connect(&stopWatcher, &SignalWatcher::stopRequested, qApp, &QCoreApplication::quit);
    if (durationSeconds > 0)
        QTimer::singleShot(durationSeconds * 1000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();

    // Let the last queued notifications print before the summary.
    QCoreApplication::processEvents();
    if (parser.isSet(QStringLiteral("json"))) {
        if (!Recording::write(parser.value(QStringLiteral("json")), QStringLiteral("serve"), {&timeline},
                              &error)) {
            err << error << '\n';
            return Unavailable;
        }
    }
    const int served = server->connectionCount() + (h3 ? h3->connectionCount() : 0);
    if (h3)
        h3->close(); // CONNECTION_CLOSE, so that clients do not wait for their idle timeout
    out << tr("Stopped after serving %n connection(s).", nullptr, served) << '\n';
    return Success;
}

} // namespace

int serveCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return ServeCommand::run(arguments, out, err);
}

int scenariosCommand(QTextStream& out)
{
    const QList<ScenarioCatalog::Entry> entries = ScenarioCatalog::entries();
    qsizetype width = 0;
    for (const ScenarioCatalog::Entry& entry : entries)
        width = std::max(width, entry.id.size() + 2);
    for (const ScenarioCatalog::Entry& entry : entries)
        out << entry.id.leftJustified(width) << entry.title << '\n'
            << QString(width, QLatin1Char(' ')) << entry.description << "\n\n";
    return Success;
}

} // namespace protoviz::cli
