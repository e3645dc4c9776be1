// HTTP/3 load generator: N QUIC connections (core's Http3Client, no observer, so nothing is recorded),
// each keeping a fixed number of GETs for one path in flight, against any HTTP/3 server on this machine.
// Debian's h2load has no HTTP/3, so bench/h3-ratio.sh uses this to compare ProtoViz's HTTP/3 server with
// ngtcp2's. A run fails when a response fails, a connection ends, or no response comes for 5 s. It prints
// requests per second, body bytes per second, failed requests and its own CPU time, which tells whether the
// client rather than the server was the limit.

#include "bench/benchoptions.h"

#include "core/http3/http3client.h"
#include "core/quic/quictlscontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <memory>
#include <vector>

namespace {

using protoviz::bench::readNumber;
using namespace protoviz;

enum ExitCode : int {
    Measured = 0,
    RequestsFailed = 1,
    BadArguments = 2,
    ConnectionFailed = 3,
    Stalled = 4,
};

struct Options
{
    QHostAddress address;
    quint16 port = 0;
    QByteArray path;
    QByteArray authority;
    QByteArray caPem;
    QString serverName;
    int connections = 0;
    int streams = 0;
    int requestsPerConnection = 0; ///< 0: every connection lasts the whole run
    double warmupSeconds = 0;
    double durationSeconds = 0;
    qint64 requests = 0; ///< measured responses that end the run instead of the duration (0: none)
    qint64 expectedSize = -1;
};

/// Counters of the whole run; a snapshot at the start and at the end of the measured window gives the
/// figures.
struct Counters
{
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 bodyBytes = 0;
};

qint64 processCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/// Drives the connections: keeps each one's requests in flight, counts the responses, and measures the
/// window between the end of the warmup and the end of the run.
class LoadRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadRun)

public:
    LoadRun(const Options& options, std::shared_ptr<QuicTlsContext> tls, QTextStream& out, QTextStream& err)
        : m_options(options)
        , m_tls(std::move(tls))
        , m_out(out)
        , m_err(err)
    {
    }

    bool start()
    {
        m_slots.resize(std::size_t(m_options.connections));
        for (Slot& slot : m_slots) {
            if (!open(slot))
                return false;
        }
        QTimer::singleShot(qRound(m_options.warmupSeconds * 1000), this, &LoadRun::beginMeasuring);
        connect(&m_watchdog, &QTimer::timeout, this, &LoadRun::checkProgress);
        m_sinceProgress.start();
        m_watchdog.start(1000);
        return true;
    }

private:
    // A server that stops answering (a stream limit it never raises, a lost connection) must end the run
    // with an error, not with a low rate.
    static constexpr int StallSeconds = 5;

    /// One connection and how many requests it carried; with a request limit per connection, a fresh
    /// connection replaces one that has carried its share.
    struct Slot
    {
        Http3Client* client = nullptr; ///< deleted with deleteLater(): it may be inside its own signal
        int issued = 0;
        int answered = 0;
    };

    bool open(Slot& slot)
    {
        slot = Slot{new Http3Client(m_tls, m_options.authority, this), 0, 0};
        Http3Client* client = slot.client;
        Slot* where = &slot;
        connect(client, &Http3Client::responseReceived, this,
                [this, where](const Http3Response& response) { onResponse(*where, response); });
        connect(client, &Http3Client::closed, this, &LoadRun::onClosed);
        // Queued before the handshake: they go out as soon as the connection can open streams.
        while (slot.issued < m_options.streams && mayIssue(slot)) {
            client->get(m_options.path);
            ++slot.issued;
        }
        QString error;
        if (!client->connectToServer(m_options.address, m_options.port, {}, &error)) {
            m_err << "Cannot connect: " << error << '\n';
            return false;
        }
        return true;
    }

    bool mayIssue(const Slot& slot) const
    {
        return m_options.requestsPerConnection == 0 || slot.issued < m_options.requestsPerConnection;
    }

    void onResponse(Slot& slot, const Http3Response& response)
    {
        const bool ok = response.status >= 200 && response.status < 300 &&
                        (m_options.expectedSize < 0 || response.body.size() == m_options.expectedSize);
        if (ok) {
            ++m_counters.succeeded;
            m_counters.bodyBytes += response.body.size();
        } else {
            if (m_counters.failed == 0)
                m_err << "First failed response: status " << response.status << ", " << response.body.size()
                      << " body bytes\n";
            ++m_counters.failed;
        }
        ++slot.answered;
        if (m_stopping)
            return;
        if (m_measuring && m_options.requests > 0 &&
            m_counters.succeeded + m_counters.failed - m_atStart.succeeded - m_atStart.failed >=
                m_options.requests) {
            finish();
            return;
        }
        if (mayIssue(slot)) {
            slot.client->get(m_options.path);
            ++slot.issued;
        } else if (slot.answered == slot.issued) {
            // Its share is carried: close it quietly and let a new connection take its place.
            disconnect(slot.client, nullptr, this, nullptr);
            slot.client->close();
            slot.client->deleteLater();
            ++m_reconnections;
            if (!open(slot))
                end(ConnectionFailed);
        }
    }

    void onClosed(const QString& error)
    {
        if (m_stopping)
            return;
        // A connection that ends during the run fails the run, not one request: the figures would
        // describe fewer connections than asked for.
        m_err << "A connection closed during the run: "
              << (error.isEmpty() ? QStringLiteral("clean close") : error) << '\n';
        end(ConnectionFailed);
    }

    void checkProgress()
    {
        const qint64 answered = m_counters.succeeded + m_counters.failed;
        if (answered != m_answeredAtLastProgress) {
            m_answeredAtLastProgress = answered;
            m_sinceProgress.start();
            return;
        }
        if (m_sinceProgress.elapsed() >= StallSeconds * 1000 && !m_stopping) {
            m_err << "No response for " << StallSeconds << " s with " << outstanding()
                  << " requests outstanding: the server stalled after " << answered << " responses.\n";
            end(Stalled);
        }
    }

    qint64 outstanding() const
    {
        qint64 count = 0;
        for (const Slot& slot : m_slots)
            count += slot.issued - slot.answered;
        return count;
    }

    void beginMeasuring()
    {
        if (m_stopping)
            return;
        m_atStart = m_counters;
        m_reconnectionsAtStart = m_reconnections;
        m_cpuAtStartNs = processCpuNs();
        m_window.start();
        m_measuring = true;
        if (m_options.requests == 0)
            QTimer::singleShot(qRound(m_options.durationSeconds * 1000), this, &LoadRun::finish);
    }

    void finish()
    {
        if (m_stopping)
            return;
        const double seconds = double(m_window.nsecsElapsed()) / 1e9;
        const double cpuSeconds = double(processCpuNs() - m_cpuAtStartNs) / 1e9;
        const qint64 succeeded = m_counters.succeeded - m_atStart.succeeded;
        const qint64 failed = m_counters.failed - m_atStart.failed;
        const qint64 bytes = m_counters.bodyBytes - m_atStart.bodyBytes;
        m_out << "requests: " << succeeded << " succeeded, " << failed << " failed in "
              << QString::number(seconds, 'f', 3) << " s (" << m_options.connections << " connections, "
              << m_options.streams << " streams each";
        if (m_options.requestsPerConnection > 0)
            m_out << ", a new connection every " << m_options.requestsPerConnection
                  << " requests: " << m_reconnections - m_reconnectionsAtStart << " in the window";
        m_out << ")\n";
        m_out << "requests/s: " << QString::number(double(succeeded) / seconds, 'f', 1) << '\n';
        m_out << "body bytes/s: " << QString::number(double(bytes) / seconds, 'f', 0) << '\n';
        m_out << "client CPU: " << QString::number(100 * cpuSeconds / seconds, 'f', 0) << " % of a core, "
              << QString::number(succeeded > 0 ? cpuSeconds * 1e6 / double(succeeded) : 0.0, 'f', 2)
              << " us/request\n";
        m_out.flush();
        end(m_counters.failed > 0 || succeeded == 0 ? RequestsFailed : Measured);
    }

    /// Ends the run with code (the first code given wins).
    void end(int code)
    {
        if (m_exitCode == Measured)
            m_exitCode = code;
        if (m_stopping)
            return;
        m_stopping = true;
        m_watchdog.stop();
        for (const Slot& slot : m_slots) {
            if (slot.client)
                slot.client->close();
        }
        // close() sends CONNECTION_CLOSE at once; the loop is left on the next pass so that no client is
        // destroyed inside its own signal.
        QTimer::singleShot(0, this, [this] { QCoreApplication::exit(m_exitCode); });
    }

    const Options& m_options;
    std::shared_ptr<QuicTlsContext> m_tls;
    QTextStream& m_out;
    QTextStream& m_err;
    std::vector<Slot> m_slots; ///< sized once: the response handlers keep pointers to their slot
    Counters m_counters;
    Counters m_atStart;
    qint64 m_reconnections = 0;
    qint64 m_reconnectionsAtStart = 0;
    qint64 m_answeredAtLastProgress = 0;
    QElapsedTimer m_sinceProgress;
    qint64 m_cpuAtStartNs = 0;
    QElapsedTimer m_window;
    QTimer m_watchdog;
    bool m_measuring = false;
    bool m_stopping = false;
    int m_exitCode = Measured;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("protoviz_bench_h3load"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loads an HTTP/3 server with GETs for one path on concurrent QUIC connections and "
                       "prints requests per second, body bytes per second and failed requests."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("address"), QStringLiteral("Server address (default 127.0.0.1)."),
         QStringLiteral("address")},
        {QStringLiteral("port"), QStringLiteral("Server UDP port (required)."), QStringLiteral("port")},
        {QStringLiteral("path"), QStringLiteral("Path to request (default /tiles/0)."),
         QStringLiteral("path")},
        {QStringLiteral("ca"), QStringLiteral("PEM file of the certificate authority to trust (required)."),
         QStringLiteral("file")},
        {QStringLiteral("server-name"),
         QStringLiteral("Name the certificate must be valid for, sent as SNI and :authority (default "
                        "localhost)."),
         QStringLiteral("name")},
        {QStringLiteral("connections"), QStringLiteral("Concurrent QUIC connections (default 4)."),
         QStringLiteral("count")},
        {QStringLiteral("streams"),
         QStringLiteral("Requests in flight per connection (default 10; at most 100, the servers' stream "
                        "limit)."),
         QStringLiteral("count")},
        {QStringLiteral("requests-per-connection"),
         QStringLiteral("Requests a connection carries before a new one replaces it (default 0: connections "
                        "last the whole run)."),
         QStringLiteral("count")},
        {QStringLiteral("warmup"),
         QStringLiteral("Seconds of load before measuring, handshakes included (default 2)."),
         QStringLiteral("seconds")},
        {QStringLiteral("duration"), QStringLiteral("Seconds measured (default 10)."),
         QStringLiteral("seconds")},
        {QStringLiteral("requests"),
         QStringLiteral("Measure until this many responses after the warmup, instead of for a duration."),
         QStringLiteral("count")},
        {QStringLiteral("expect-size"),
         QStringLiteral("Body bytes every response must have; a response of another size counts as failed."),
         QStringLiteral("bytes")},
    });
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Measured;
    }

    Options options;
    options.address = QHostAddress(parser.value(QStringLiteral("address")).isEmpty()
                                       ? QStringLiteral("127.0.0.1")
                                       : parser.value(QStringLiteral("address")));
    if (options.address.isNull()) {
        err << "--address takes an IP address.\n";
        return BadArguments;
    }
    double port = 0;
    double connections = 4;
    double streams = 10;
    double expectedSize = -1;
    double requestsPerConnection = 0;
    double requests = 0;
    options.warmupSeconds = 2;
    options.durationSeconds = 10;
    if (!parser.isSet(QStringLiteral("port")) || !parser.isSet(QStringLiteral("ca"))) {
        err << "Give the server's --port and the --ca file to trust.\n";
        return BadArguments;
    }
    if (!readNumber(parser, QStringLiteral("port"), 1, 65535, &port, err) ||
        !readNumber(parser, QStringLiteral("connections"), 1, 1000, &connections, err) ||
        !readNumber(parser, QStringLiteral("streams"), 1, 100, &streams, err) ||
        !readNumber(parser, QStringLiteral("requests-per-connection"), 0, 1e9, &requestsPerConnection, err) ||
        !readNumber(parser, QStringLiteral("warmup"), 0, 3600, &options.warmupSeconds, err) ||
        !readNumber(parser, QStringLiteral("duration"), 0.1, 3600, &options.durationSeconds, err) ||
        !readNumber(parser, QStringLiteral("requests"), 0, 1e12, &requests, err) ||
        !readNumber(parser, QStringLiteral("expect-size"), 0, 1e12, &expectedSize, err))
        return BadArguments;
    options.port = quint16(port);
    options.connections = int(connections);
    options.streams = int(streams);
    options.expectedSize = qint64(expectedSize);
    options.requestsPerConnection = int(requestsPerConnection);
    options.requests = qint64(requests);
    options.path = parser.isSet(QStringLiteral("path")) ? parser.value(QStringLiteral("path")).toUtf8()
                                                        : QByteArrayLiteral("/tiles/0");
    options.serverName = parser.isSet(QStringLiteral("server-name"))
                             ? parser.value(QStringLiteral("server-name"))
                             : QStringLiteral("localhost");
    options.authority = options.serverName.toUtf8() + ':' + QByteArray::number(options.port);

    QFile caFile(parser.value(QStringLiteral("ca")));
    if (!caFile.open(QIODevice::ReadOnly)) {
        err << "Cannot read " << caFile.fileName() << ": " << caFile.errorString() << '\n';
        return BadArguments;
    }
    options.caPem = caFile.readAll();
    QString error;
    std::shared_ptr<QuicTlsContext> tls =
        QuicTlsContext::forClient(options.caPem, options.serverName, &error);
    if (!tls) {
        err << "Cannot use " << caFile.fileName() << ": " << error << '\n';
        return BadArguments;
    }

    LoadRun run(options, tls, out, err);
    if (!run.start())
        return ConnectionFailed;
    const int code = QCoreApplication::exec();
    err.flush();
    return code;
}

#include "h3load.moc"
