#include "tests/interop/interopsupport.h"

#include "core/http/workload.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <algorithm>
#include <memory>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int Objects = 4;
// Dozens of QUIC packets per response, so that each crosses many packets and acknowledgements.
constexpr int ObjectSize = 70000;
constexpr int PeerTimeout = 20000;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A UDP port nothing listens on now (the kernel's pick), for a peer that takes a port number.
quint16 freeUdpPort()
{
    QUdpSocket socket;
    return socket.bind(QHostAddress::LocalHost, 0) ? socket.localPort() : 0;
}

int countLines(const QString& text, const QString& pattern)
{
    return int(matchingLines(text, QRegularExpression(pattern)).size());
}

// The connections serve's QUIC and HTTP/3 events name. Not every event line: on a busy machine the TCP
// connection of the test before may print its goodbye after the mark.
QSet<int> quicConnectionIds(const QString& events)
{
    static const QRegularExpression quicEvent(QStringLiteral("#\\d+\\s+(quic|http3)\\s"));
    return ServeProcess::connectionIds(matchingLines(events, quicEvent).join(u'\n'));
}

// A row's value in the table fetch prints at its end ("Outcome   completed"), empty if there is none.
QString tableValue(const QString& output, const QString& row)
{
    const QRegularExpression line(
        QStringLiteral("^%1\\s{2,}(\\S.*?)\\s*$").arg(QRegularExpression::escape(row)),
        QRegularExpression::MultilineOption);
    return line.match(output).captured(1);
}

// A count as the table prints it ("150,000").
QString tableCount(qint64 count)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(count);
}

// A time the table prints ("61.3 ms") in milliseconds, -1 if there is none.
double tableMilliseconds(const QString& output, const QString& row)
{
    const QRegularExpressionMatch time =
        QRegularExpression(QStringLiteral("^(\\d+\\.\\d) ms$")).match(tableValue(output, row));
    return time.hasMatch() ? time.captured(1).toDouble() : -1;
}

} // namespace

/// HTTP/3 against independent stacks: ngtcp2's example client and server (Debian ngtcp2-client and
/// ngtcp2-server, ngtcp2 + nghttp3 on GnuTLS) and Chromium's own QUIC, against `protoviz-cli serve` and
/// `protoviz-cli fetch --http3`.
class Http3InteropTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void advertisesHttp3WithAltSvc();
    void gtlsclientFetchesFromServe();
    void fetchLoadsFromGtlsserver();
    void chromiumLoadsThePageOverQuic();
    void fetchThroughServesEmulatedLink();
    void noHttp3NoAltSvc();
    void cleanupTestCase();

private:
    QString recordingPath() const { return m_directory.filePath(QStringLiteral("serve.jsonl")); }
    QStringList recordedUserAgents();

    QTemporaryDir m_directory;
    std::unique_ptr<ServeProcess> m_serve;
    QByteArray m_http2Page; ///< the page as curl got it over HTTP/2
};

void Http3InteropTest::initTestCase()
{
    QVERIFY(m_directory.isValid());
    // Printed events show a request's method and path; the streamed recording holds every header field.
    m_serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--record"), recordingPath(), QStringLiteral("--objects"),
                    QString::number(Objects), QStringLiteral("--object-size"), QString::number(ObjectSize)});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
    QVERIFY2(m_serve->http3Url().port() > 0, qPrintable(m_serve->output()));
    // The same port number as HTTPS, so that Alt-Svc can say h3=":PORT".
    QCOMPARE(m_serve->http3Url().port(), m_serve->httpsUrl().port());
}

void Http3InteropTest::advertisesHttp3WithAltSvc()
{
    if (!haveProgram(QStringLiteral("curl")))
        QSKIP("curl is not installed (Debian package: curl); scripts/test.sh installs it.");
    const QString page = m_directory.filePath(QStringLiteral("h2-page.html"));
    const QString headers = m_directory.filePath(QStringLiteral("h2-headers.txt"));
    const PeerRun run =
        runPeer(QStringLiteral("curl"),
                {QStringLiteral("-sS"), QStringLiteral("--http2"), QStringLiteral("--max-time"),
                 QStringLiteral("15"), QStringLiteral("--cacert"), m_serve->caCertificate(),
                 QStringLiteral("-D"), headers, QStringLiteral("-o"), page, m_serve->httpsUrl().toString()},
                PeerTimeout);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    const QString head = QString::fromUtf8(readFile(headers));
    QVERIFY2(head.startsWith(QLatin1String("HTTP/2 200")), qPrintable(head));
    const QString expected = QStringLiteral("alt-svc: h3=\":%1\"; ma=3600").arg(m_serve->http3Url().port());
    QVERIFY2(head.contains(expected, Qt::CaseInsensitive), qPrintable(head));
    m_http2Page = readFile(page);
    QCOMPARE(m_http2Page, Workload(Objects, ObjectSize).page());
}

void Http3InteropTest::gtlsclientFetchesFromServe()
{
    if (!haveProgram(QStringLiteral("gtlsclient")))
        QSKIP("gtlsclient is not installed (Debian package: ngtcp2-client); scripts/test.sh installs it.");
    QDir downloads(m_directory.filePath(QStringLiteral("gtlsclient")));
    QVERIFY(downloads.mkpath(QStringLiteral(".")));
    const QUrl url = m_serve->http3Url();
    const qsizetype mark = m_serve->mark();
    const PeerRun run = runPeer(
        QStringLiteral("gtlsclient"),
        {QStringLiteral("-q"), QStringLiteral("--exit-on-all-streams-close"), QStringLiteral("--timeout=10s"),
         QStringLiteral("--download=") + downloads.path(), url.host(), QString::number(url.port()),
         url.toString(), url.resolved(QUrl(QString::fromLatin1(Workload::objectPath(2)))).toString()},
        PeerTimeout);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    const Workload workload(Objects, ObjectSize);
    // ngtcp2's client names a download after the last path segment, index.html for "/".
    const QByteArray page = readFile(downloads.filePath(QStringLiteral("index.html")));
    QCOMPARE(page, workload.page());
    if (!m_http2Page.isEmpty())
        QCOMPARE(page, m_http2Page);
    QCOMPARE(readFile(downloads.filePath(QStringLiteral("2"))), workload.objectBody(2));

    // serve printed the connection: QUIC packets both ways, the handshake, and the two requests' HTTP/3
    // frames, all under one connection id.
    const QString events = m_serve->settledOutputSince(mark, 300, 10000);
    QVERIFY2(countLines(events, QStringLiteral("\\bquic\\s+PacketReceived\\b")) >= 3, qPrintable(events));
    QVERIFY2(countLines(events, QStringLiteral("\\bquic\\s+PacketSent\\b")) >= 3, qPrintable(events));
    QCOMPARE(countLines(events, QStringLiteral("\\bquic\\s+HandshakeComplete\\b")), 1);
    QVERIFY2(countLines(events, QStringLiteral("\\bhttp3\\s+HEADERS\\s+c→s")) >= 2, qPrintable(events));
    QVERIFY2(countLines(events, QStringLiteral("\\bhttp3\\s+DATA\\s+s→c")) >= 2, qPrintable(events));
    QVERIFY2(countLines(events, QStringLiteral("\\bhttp3\\s+HeaderFields\\s+c→s.*/tiles/2")) >= 1,
             qPrintable(events));
    QCOMPARE(countLines(events, QStringLiteral("\\b(quic|http3)\\s+Error\\b")), 0);
    QVERIFY2(quicConnectionIds(events).size() == 1, qPrintable(events));
}

void Http3InteropTest::fetchLoadsFromGtlsserver()
{
    if (!haveProgram(QStringLiteral("gtlsserver")))
        QSKIP("gtlsserver is not installed (Debian package: ngtcp2-server); scripts/test.sh installs it.");
    if (!haveProgram(QStringLiteral("openssl")))
        QSKIP("openssl is not installed (Debian package: openssl).");
    QDir root(m_directory.filePath(QStringLiteral("gtlsserver")));
    QVERIFY(root.mkpath(QStringLiteral("htdocs")));
    const QString key = root.filePath(QStringLiteral("key.pem"));
    const QString certificate = root.filePath(QStringLiteral("cert.pem"));
    const PeerRun made = runPeer(QStringLiteral("openssl"),
                                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                  QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                  QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                  QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                                  QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                                  QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate},
                                 PeerTimeout);
    QVERIFY2(made.exitCode == 0, qPrintable(made.summary()));
    // Bytes no compression or text handling could leave unchanged by accident.
    const QByteArray content = Workload(1, 150000).objectBody(0);
    QVERIFY(writeFile(root.filePath(QStringLiteral("htdocs/file.bin")), content));

    const quint16 port = freeUdpPort();
    QVERIFY(port > 0);
    ExternalProcess server(QStringLiteral("gtlsserver"),
                           {QStringLiteral("-q"), QStringLiteral("-d"),
                            root.filePath(QStringLiteral("htdocs")), QStringLiteral("127.0.0.1"),
                            QString::number(port), key, certificate});
    QVERIFY(server.start());
    // gtlsserver prints nothing when quiet: it listens once it runs, and QUIC resends an Initial that
    // came too early anyway.
    QTest::qWait(300);
    const QString body = m_directory.filePath(QStringLiteral("fetched.bin"));
    const PeerRun run = runPeer(
        cliProgram(),
        {QStringLiteral("fetch"), QStringLiteral("--http3"), QStringLiteral("--cacert"), certificate,
         QStringLiteral("--timeout"), QStringLiteral("15"), QStringLiteral("--events"), QStringLiteral("all"),
         QStringLiteral("--output"), body, QStringLiteral("https://127.0.0.1:%1/file.bin").arg(port)},
        PeerTimeout);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    // One resource, no page: its body and nothing else arrived, on one QUIC connection.
    QVERIFY2(tableValue(run.output, QStringLiteral("Outcome")) == QLatin1String("completed"),
             qPrintable(run.output));
    QVERIFY2(tableValue(run.output, QStringLiteral("Objects")) == QLatin1String("0 of 0"),
             qPrintable(run.output));
    QVERIFY2(tableValue(run.output, QStringLiteral("Connections")) == QLatin1String("1"),
             qPrintable(run.output));
    QVERIFY2(tableValue(run.output, QStringLiteral("  bodies")) == tableCount(content.size()),
             qPrintable(run.output));
    QCOMPARE(readFile(body), content);
    QVERIFY2(countLines(run.output, QStringLiteral("\\bquic\\s+HandshakeComplete\\b")) == 1,
             qPrintable(run.output));
    QVERIFY2(countLines(run.output, QStringLiteral("\\bhttp3\\s+DATA\\s+s→c")) >= 1, qPrintable(run.output));
    QCOMPARE(countLines(run.output, QStringLiteral("\\b(quic|http3)\\s+Error\\b")), 0);
}

void Http3InteropTest::chromiumLoadsThePageOverQuic()
{
    if (!haveProgram(QStringLiteral("chromium")))
        QSKIP("chromium is not installed (Debian package: chromium); scripts/test.sh installs it.");
    if (!haveProgram(QStringLiteral("openssl")))
        QSKIP("openssl is not installed (Debian package: openssl).");
    // Chromium takes serve's certificate by its public key's hash, as it would a pinned one.
    const QString certificate =
        QFileInfo(m_serve->caCertificate()).dir().filePath(QStringLiteral("cert.pem"));
    const PeerRun spki =
        runPeer(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("openssl x509 -pubkey -noout -in \"$1\" | openssl pkey -pubin "
                                "-outform der | openssl dgst -sha256 -binary | base64"),
                 QStringLiteral("sh"), certificate},
                PeerTimeout);
    QVERIFY2(spki.exitCode == 0, qPrintable(spki.summary()));
    QTemporaryDir profile(QDir::tempPath() + QStringLiteral("/protoviz-chromium-XXXXXX"));
    QVERIFY(profile.isValid());
    const QUrl url = m_serve->http3Url();
    const qsizetype mark = m_serve->mark();
    const PeerRun run = runPeer(
        QStringLiteral("chromium"),
        {QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
         QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
         QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
         QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--enable-quic"),
         QStringLiteral("--origin-to-force-quic-on=127.0.0.1:%1").arg(url.port()),
         QStringLiteral("--ignore-certificate-errors-spki-list=") + spki.output.trimmed(),
         QStringLiteral("--dump-dom"), url.toString()},
        40000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    // The DOM of the served page: every object's <img>.
    for (int i = 0; i < Objects; ++i)
        QVERIFY2(run.output.contains(
                     QStringLiteral("src=\"%1\"").arg(QString::fromLatin1(Workload::objectPath(i)))),
                 qPrintable(run.summary()));

    const QString events = m_serve->settledOutputSince(mark, 500, 10000);
    QVERIFY2(countLines(events, QStringLiteral("\\bquic\\s+HandshakeComplete\\b")) >= 1, qPrintable(events));
    // Chromium's request for the page on HTTP/3, its user agent among the fields.
    QVERIFY2(countLines(events, QStringLiteral("\\bhttp3\\s+HeaderFields\\s+c→s.*GET /(\\s|$)")) >= 1,
             qPrintable(events));
    const QStringList agents = recordedUserAgents();
    QVERIFY2(std::any_of(agents.begin(), agents.end(),
                         [](const QString& agent) { return agent.contains(QLatin1String("Chrome")); }),
             qPrintable(agents.join(QLatin1Char('\n'))));
}

void Http3InteropTest::fetchThroughServesEmulatedLink()
{
    // Behind a link, serve's printed UDP port is the link's relay: the client's datagrams are delayed
    // there, and the server's QUIC events carry the id of the relay's flow, as its TCP connections do.
    ServeProcess serve({QStringLiteral("--rtt"), QStringLiteral("30"), QStringLiteral("--objects"),
                        QString::number(Objects), QStringLiteral("--object-size"),
                        QString::number(ObjectSize)});
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    QVERIFY2(serve.http3Url().port() > 0, qPrintable(serve.output()));
    const qsizetype mark = serve.mark();
    const PeerRun run =
        runPeer(cliProgram(),
                {QStringLiteral("fetch"), QStringLiteral("--http3"), QStringLiteral("--cacert"),
                 serve.caCertificate(), QStringLiteral("--timeout"), QStringLiteral("15"),
                 serve.http3Url().toString()},
                PeerTimeout);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    const Workload workload(Objects, ObjectSize);
    const qint64 bytes = workload.page().size() + qint64(Objects) * ObjectSize;
    QVERIFY2(tableValue(run.output, QStringLiteral("Outcome")) == QLatin1String("completed"),
             qPrintable(run.output));
    QVERIFY2(tableValue(run.output, QStringLiteral("Objects")) == QStringLiteral("%1 of %1").arg(Objects),
             qPrintable(run.output));
    QVERIFY2(tableValue(run.output, QStringLiteral("  bodies")) == tableCount(bytes), qPrintable(run.output));
    // The first response byte came after the handshake's round trip and the request's, both through
    // serve's link.
    QVERIFY2(tableMilliseconds(run.output, QStringLiteral("Time to first byte")) >= 2 * 30,
             qPrintable(run.output));

    const QString events = serve.settledOutputSince(mark, 300, 10000);
    QVERIFY2(countLines(events, QStringLiteral("\\blink\\s+#\\d+\\s+wire\\s+DatagramDelivered\\b")) >= 4,
             qPrintable(events));
    QCOMPARE(countLines(events, QStringLiteral("\\bserver\\s+#\\d+\\s+quic\\s+HandshakeComplete\\b")), 1);
    QVERIFY2(countLines(events,
                        QStringLiteral("\\bserver\\s+#\\d+\\s+http3\\s+HeaderFields\\s+c→s.*GET /tiles/")) ==
                 Objects,
             qPrintable(events));
    QVERIFY2(quicConnectionIds(events).size() == 1, qPrintable(events));
    QCOMPARE(serve.stop(), 0);
}

void Http3InteropTest::noHttp3NoAltSvc()
{
    if (!haveProgram(QStringLiteral("curl")))
        QSKIP("curl is not installed (Debian package: curl); scripts/test.sh installs it.");
    ServeProcess serve({QStringLiteral("--no-http3"), QStringLiteral("--objects"), QStringLiteral("1")});
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    QVERIFY2(serve.http3Url().isEmpty(), qPrintable(serve.output()));
    QVERIFY(!serve.output().contains(QLatin1String("HTTP/3")));
    // Nothing advertises what is not served.
    const PeerRun run =
        runPeer(QStringLiteral("curl"),
                {QStringLiteral("-sS"), QStringLiteral("--http2"), QStringLiteral("--max-time"),
                 QStringLiteral("15"), QStringLiteral("--cacert"), serve.caCertificate(),
                 QStringLiteral("-I"), serve.httpsUrl().toString()},
                PeerTimeout);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.output.startsWith(QLatin1String("HTTP/2 200")), qPrintable(run.output));
    QVERIFY2(!run.output.contains(QLatin1String("alt-svc"), Qt::CaseInsensitive), qPrintable(run.output));
    QCOMPARE(serve.stop(), 0);
}

QStringList Http3InteropTest::recordedUserAgents()
{
    // The user-agent fields of the HTTP/3 requests serve received, from its streamed recording.
    QStringList agents;
    for (const QByteArray& line : readFile(recordingPath()).split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QLatin1String("layer")).toString() != QLatin1String("http3") ||
            event.value(QLatin1String("origin")).toString() != QLatin1String("server") ||
            event.value(QLatin1String("dir")).toString() != QLatin1String("c2s") ||
            event.value(QLatin1String("kind")).toString() != QLatin1String("HeaderFields"))
            continue;
        for (const QJsonValue& field : event.value(QLatin1String("fields")).toArray()) {
            if (field.toArray().at(0).toString() == QLatin1String("user-agent"))
                agents.append(field.toArray().at(1).toString());
        }
    }
    return agents;
}

void Http3InteropTest::cleanupTestCase()
{
    if (m_serve)
        QCOMPARE(m_serve->stop(), 0);
}

QTEST_GUILESS_MAIN(Http3InteropTest)
#include "tst_http3interop.moc"
