#include "tests/support/testsupport.h"

#include "core/timeline/eventrecorder.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/tcpstream.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace protoviz;
using test::waitUntil;

namespace {

constexpr int Timeout = 15000;

struct Observed
{
    QByteArray data;
    int opened = 0;
    int closed = 0;
    QStringList failures;
};

std::shared_ptr<Observed> observe(ByteStream* stream)
{
    auto observed = std::make_shared<Observed>();
    QObject::connect(stream, &ByteStream::opened, stream, [observed] { ++observed->opened; });
    QObject::connect(stream, &ByteStream::received, stream,
                     [observed](const QByteArray& data) { observed->data.append(data); });
    QObject::connect(stream, &ByteStream::failed, stream,
                     [observed](const QString& reason) { observed->failures.append(reason); });
    QObject::connect(stream, &ByteStream::closed, stream, [observed] { ++observed->closed; });
    return observed;
}

// A TLS server on 127.0.0.1 whose connections echo what they receive, as soon as they receive it: with
// early data that is before the client's Finished (0.5-RTT data). Connection i records as id i + 1.
class EchoServer : public QObject
{
public:
    EchoServer(std::shared_ptr<TlsServerContext> context, Timeline* timeline)
        : m_context(std::move(context))
        , m_timeline(timeline)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &EchoServer::accept);
        m_listener.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_listener.serverPort(); }
    int count() const { return int(m_streams.size()); }
    TlsStream* stream(int i) const { return m_streams.value(i); }
    std::shared_ptr<Observed> observed(int i) const { return m_observed.value(i); }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_listener.nextPendingConnection()) {
            const auto id = quint32(m_streams.size() + 1);
            TlsStream* tls = TlsStream::server(new TcpStream(socket, id), m_context,
                                               EventRecorder(m_timeline, Origin::Server, id), this);
            m_streams.append(tls);
            m_observed.append(observe(tls));
            connect(tls, &ByteStream::received, tls, [tls](const QByteArray& data) { tls->write(data); });
        }
    }

    QTcpServer m_listener;
    std::shared_ptr<TlsServerContext> m_context;
    Timeline* m_timeline;
    QList<QPointer<TlsStream>> m_streams;
    QList<std::shared_ptr<Observed>> m_observed;
};

QList<Event> tlsEvents(const Timeline& timeline, Origin origin, TlsKind kind, quint32 connection = 0)
{
    QList<Event> found;
    for (const Event& event : timeline.events()) {
        if (event.is(Layer::Tls, kind) && event.origin == origin &&
            (connection == 0 || event.connection == connection))
            found.append(event);
    }
    return found;
}

QStringList sentMessages(const Timeline& timeline, Origin origin, quint32 connection)
{
    const Direction sent = origin == Origin::Client ? Direction::ClientToServer : Direction::ServerToClient;
    QStringList names;
    for (const Event& event : tlsEvents(timeline, origin, TlsKind::HandshakeMessage, connection)) {
        if (event.direction == sent)
            names.append(timeline.detail(event).text);
    }
    return names;
}

QList<EventDetail> messages(const Timeline& timeline, Origin origin, const QString& name, quint32 connection)
{
    QList<EventDetail> found;
    for (const Event& event : tlsEvents(timeline, origin, TlsKind::HandshakeMessage, connection)) {
        const EventDetail detail = timeline.detail(event);
        if (detail.text == name)
            found.append(detail);
    }
    return found;
}

qsizetype indexOf(const Timeline& timeline, Origin origin, TlsKind kind, quint32 connection)
{
    const QList<Event> events = timeline.events();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events[i].is(Layer::Tls, kind) && events[i].origin == origin &&
            events[i].connection == connection)
            return i;
    }
    return -1;
}

} // namespace

/// The TLS modes beyond a plain handshake, stream by stream: 0-RTT early data accepted and rejected,
/// a HelloRetryRequest, a version mismatch, and the decoded certificate chain of HandshakeComplete.
class TlsModesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void earlyDataIsAnsweredBeforeTheHandshakeCompletes();
    void rejectedEarlyDataIsSentAgain();
    void ordinaryClientsOfAnEarlyDataServer_data();
    void ordinaryClientsOfAnEarlyDataServer();
    void garbageToAnEarlyDataServer();
    void cutRecordsCountOnlyWhatArrived_data();
    void cutRecordsCountOnlyWhatArrived();
    void helloRetryRequestAsksForAnotherKeyShare();
    void versionMismatchIsRefusedWithAnAlert();
    void handshakeCompleteDecodesTheChain();
    void unknownGroupsAreRefused();

private:
    std::shared_ptr<TlsServerContext> serverContext(quint32 maxEarlyData,
                                                    const QList<QByteArray>& groups = {},
                                                    TlsVersion minVersion = TlsVersion::Tls12);
    std::shared_ptr<TlsClientContext> clientContext(bool earlyData, const QList<QByteArray>& groups = {},
                                                    TlsVersion maxVersion = TlsVersion::Tls13);
    TlsStream* connectClient(quint16 port, std::shared_ptr<TlsClientContext> context, Timeline* timeline,
                             quint32 connection, QObject* parent);
    // Completes one connection to port and waits for its session ticket.
    bool obtainTicket(quint16 port, const std::shared_ptr<TlsClientContext>& context, QObject* parent);

    TlsCredentials m_credentials;
};

void TlsModesTest::initTestCase()
{
    QString error;
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate({}, {}, &error);
    QVERIFY2(credentials, qPrintable(error));
    m_credentials = *credentials;
}

std::shared_ptr<TlsServerContext>
TlsModesTest::serverContext(quint32 maxEarlyData, const QList<QByteArray>& groups, TlsVersion minVersion)
{
    TlsServerConfig config;
    config.credentials = m_credentials;
    config.alpn = {QByteArrayLiteral("http/1.1")};
    config.maxEarlyData = maxEarlyData;
    config.groups = groups;
    config.minVersion = minVersion;
    QString error;
    std::shared_ptr<TlsServerContext> context = TlsServerContext::create(config, &error);
    if (!context)
        qWarning("server context: %s", qPrintable(error));
    return context;
}

std::shared_ptr<TlsClientContext> TlsModesTest::clientContext(bool earlyData, const QList<QByteArray>& groups,
                                                              TlsVersion maxVersion)
{
    TlsClientConfig config;
    config.serverName = QByteArrayLiteral("localhost");
    config.alpn = {QByteArrayLiteral("http/1.1")};
    config.trustedCaPem = m_credentials.caCertificatePem;
    config.earlyData = earlyData;
    config.groups = groups;
    config.maxVersion = maxVersion;
    QString error;
    std::shared_ptr<TlsClientContext> context = TlsClientContext::create(config, &error);
    if (!context)
        qWarning("client context: %s", qPrintable(error));
    return context;
}

TlsStream* TlsModesTest::connectClient(quint16 port, std::shared_ptr<TlsClientContext> context,
                                       Timeline* timeline, quint32 connection, QObject* parent)
{
    auto* tcp = new TcpStream;
    TlsStream* tls = TlsStream::client(tcp, std::move(context),
                                       EventRecorder(timeline, Origin::Client, connection), parent);
    tcp->connectTo(QHostAddress::LocalHost, port, nullptr, nullptr);
    return tls;
}

bool TlsModesTest::obtainTicket(quint16 port, const std::shared_ptr<TlsClientContext>& context,
                                QObject* parent)
{
    TlsStream* first = connectClient(port, context, nullptr, 0, parent);
    const auto observed = observe(first);
    first->write(QByteArrayLiteral("first"));
    if (!waitUntil([&] { return observed->data == "first" && context->hasResumableSession(); }, Timeout))
        return false;
    first->close();
    return waitUntil([&] { return observed->closed == 1; }, Timeout) && observed->failures.isEmpty();
}

void TlsModesTest::earlyDataIsAnsweredBeforeTheHandshakeCompletes()
{
    Timeline timeline(SessionClock::startingNow());
    EchoServer server(serverContext(16384), &timeline);
    const std::shared_ptr<TlsClientContext> client = clientContext(true);
    QObject scope;
    QVERIFY(!client->hasResumableSession());
    QCOMPARE(client->earlyDataLimit(), 0u);
    QVERIFY(obtainTicket(server.port(), client, &scope));
    QCOMPARE(client->earlyDataLimit(), 16384u);

    // Written before the TCP connection is up: it goes with the ClientHello.
    const QByteArray request = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
    TlsStream* second = connectClient(server.port(), client, &timeline, 2, &scope);
    const auto observed = observe(second);
    int openedBeforeHandshake = -1;
    connect(second, &ByteStream::opened, second, [&] {
        openedBeforeHandshake =
            int(tlsEvents(timeline, Origin::Client, TlsKind::HandshakeComplete, 2).size());
    });
    second->write(request);
    QVERIFY(waitUntil([&] { return observed->data == request && server.count() == 2; }, Timeout));
    QVERIFY(waitUntil(
        [&] { return server.observed(1)->opened == 1 && server.stream(1)->sessionSummary().resumed; },
        Timeout));
    QCOMPARE(openedBeforeHandshake, 0); // opened() came before the handshake completed
    QCOMPARE(observed->opened, 1);
    QCOMPARE(server.observed(1)->data, request);
    QVERIFY(observed->failures.isEmpty());

    const TlsSessionSummary summary = second->sessionSummary();
    QVERIFY(summary.resumed);
    QCOMPARE(summary.earlyData, TlsSessionSummary::EarlyData::Accepted);
    QCOMPARE(summary.earlyDataBytes, quint32(request.size()));
    QCOMPARE(server.stream(1)->sessionSummary().earlyData, TlsSessionSummary::EarlyData::Accepted);
    QCOMPARE(server.stream(1)->sessionSummary().earlyDataBytes, quint32(request.size()));

    // The events tell the story: early data sent with the ClientHello, accepted by the server before the
    // client's Finished arrived, answered at once, and the verdict once the handshake completed.
    const QList<Event> sent = tlsEvents(timeline, Origin::Client, TlsKind::EarlyData, 2);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent[0].flags, quint8(TlsEarlyData::Sent));
    QCOMPARE(sent[0].direction, Direction::ClientToServer);
    QCOMPARE(sent[0].size, quint32(request.size()));
    QCOMPARE(sent[1].flags, quint8(TlsEarlyData::Accepted));
    const QList<Event> accepted = tlsEvents(timeline, Origin::Server, TlsKind::EarlyData, 2);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted[0].flags, quint8(TlsEarlyData::Accepted));
    QCOMPARE(accepted[0].direction, Direction::ClientToServer);
    QVERIFY(indexOf(timeline, Origin::Server, TlsKind::EarlyData, 2) <
            indexOf(timeline, Origin::Server, TlsKind::HandshakeComplete, 2));
    QVERIFY(indexOf(timeline, Origin::Client, TlsKind::EarlyData, 2) <
            indexOf(timeline, Origin::Client, TlsKind::HandshakeComplete, 2));
    QVERIFY(!timeline.detail(sent[0]).text.isEmpty());

    const QList<EventDetail> hellos = messages(timeline, Origin::Client, QStringLiteral("ClientHello"), 2);
    QCOMPARE(hellos.size(), 1);
    QVERIFY(!hellos[0].fieldValue(u"early_data").isEmpty());
    QVERIFY(!hellos[0].fieldValue(u"pre_shared_key").isEmpty());
    QVERIFY(!messages(timeline, Origin::Client, QStringLiteral("EncryptedExtensions"), 2)
                 .value(0)
                 .fieldValue(u"early_data")
                 .isEmpty());
    QCOMPARE(sentMessages(timeline, Origin::Client, 2),
             (QStringList{QStringLiteral("ClientHello"), QStringLiteral("EndOfEarlyData"),
                          QStringLiteral("Finished")}));
    const QList<Event> complete = tlsEvents(timeline, Origin::Client, TlsKind::HandshakeComplete, 2);
    QCOMPARE(complete.size(), 1);
    QVERIFY(timeline.detail(complete[0]).fieldValue(u"early data").startsWith(QStringLiteral("accepted")));
    QVERIFY(tlsEvents(timeline, Origin::Client, TlsKind::Error).isEmpty());
    QVERIFY(tlsEvents(timeline, Origin::Server, TlsKind::Error).isEmpty());

    second->close();
    QVERIFY(waitUntil([&] { return observed->closed == 1 && server.observed(1)->closed == 1; }, Timeout));
    QVERIFY(observed->failures.isEmpty());
    QVERIFY(server.observed(1)->failures.isEmpty());
}

void TlsModesTest::rejectedEarlyDataIsSentAgain()
{
    Timeline timeline(SessionClock::startingNow());
    EchoServer issuer(serverContext(16384), nullptr);
    // Another context: other ticket keys, so the ticket cannot be resumed and the early data is skipped.
    EchoServer other(serverContext(16384), &timeline);
    const std::shared_ptr<TlsClientContext> client = clientContext(true);
    QObject scope;
    QVERIFY(obtainTicket(issuer.port(), client, &scope));

    const QByteArray payload = QByteArrayLiteral("sent early, then again");
    TlsStream* stream = connectClient(other.port(), client, &timeline, 1, &scope);
    const auto observed = observe(stream);
    stream->write(payload);
    QVERIFY(waitUntil([&] { return observed->data == payload; }, Timeout));
    QCOMPARE(other.observed(0)->data, payload); // once: the skipped copy never reached the server
    const TlsSessionSummary summary = stream->sessionSummary();
    QVERIFY(!summary.resumed);
    QCOMPARE(summary.earlyData, TlsSessionSummary::EarlyData::Rejected);
    const QList<Event> early = tlsEvents(timeline, Origin::Client, TlsKind::EarlyData, 1);
    QCOMPARE(early.size(), 2);
    QCOMPARE(early[1].flags, quint8(TlsEarlyData::Rejected));
    QCOMPARE(early[1].size, quint32(payload.size()));
    QVERIFY(tlsEvents(timeline, Origin::Server, TlsKind::EarlyData).isEmpty());
    QCOMPARE(other.stream(0)->sessionSummary().earlyData, TlsSessionSummary::EarlyData::Rejected);
    QVERIFY(observed->failures.isEmpty());
}

void TlsModesTest::ordinaryClientsOfAnEarlyDataServer_data()
{
    QTest::addColumn<TlsVersion>("version");
    QTest::newRow("TLS 1.3") << TlsVersion::Tls13;
    QTest::newRow("TLS 1.2") << TlsVersion::Tls12;
}

void TlsModesTest::ordinaryClientsOfAnEarlyDataServer()
{
    // A server that reads early data still serves clients that send none, and resumes them.
    QFETCH(TlsVersion, version);
    Timeline timeline(SessionClock::startingNow());
    EchoServer server(serverContext(16384), &timeline);
    const std::shared_ptr<TlsClientContext> client = clientContext(false, {}, version);
    QObject scope;
    for (quint32 connection = 1; connection <= 2; ++connection) {
        TlsStream* stream = connectClient(server.port(), client, &timeline, connection, &scope);
        const auto observed = observe(stream);
        int openedBeforeHandshake = -1;
        connect(stream, &ByteStream::opened, stream, [&] {
            openedBeforeHandshake =
                int(tlsEvents(timeline, Origin::Client, TlsKind::HandshakeComplete, connection).size());
        });
        stream->write(QByteArrayLiteral("ping"));
        QVERIFY(
            waitUntil([&] { return observed->data == "ping" && client->hasResumableSession(); }, Timeout));
        QCOMPARE(openedBeforeHandshake, 1);
        QCOMPARE(stream->sessionSummary().resumed, connection == 2);
        QCOMPARE(stream->sessionSummary().earlyData, TlsSessionSummary::EarlyData::NotSent);
        stream->close();
        QVERIFY(waitUntil([&] { return observed->closed == 1; }, Timeout));
        QVERIFY(observed->failures.isEmpty());
    }
    QVERIFY(tlsEvents(timeline, Origin::Server, TlsKind::EarlyData).isEmpty());
    QVERIFY(tlsEvents(timeline, Origin::Server, TlsKind::Error).isEmpty());
}

void TlsModesTest::garbageToAnEarlyDataServer()
{
    Timeline timeline(SessionClock::startingNow());
    EchoServer server(serverContext(16384), &timeline);
    QObject scope;
    auto* raw = new TcpStream(&scope);
    const auto rawObserved = observe(raw);
    connect(raw, &ByteStream::opened, raw,
            [raw] { raw->write(QByteArray::fromHex("16030100090100000503030000") + QByteArray(4, '\0')); });
    raw->connectTo(QHostAddress::LocalHost, server.port(), nullptr, nullptr);
    QVERIFY(waitUntil(
        [&] { return server.count() == 1 && server.observed(0)->closed == 1 && rawObserved->closed == 1; },
        Timeout));
    QCOMPARE(server.observed(0)->opened, 0);
    QCOMPARE(server.observed(0)->failures.size(), 1);
    QCOMPARE(tlsEvents(timeline, Origin::Server, TlsKind::Error).size(), 1);
    const QList<Event> alerts = tlsEvents(timeline, Origin::Server, TlsKind::Alert);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].flags, quint8(50)); // decode_error
    QVERIFY(!timeline.detail(alerts[0]).text.isEmpty());
}

void TlsModesTest::cutRecordsCountOnlyWhatArrived_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<int>("announced"); // bytes the record header claims, header included
    // A ClientHello record announcing 328 bytes of which 40 come, then the connection ends.
    QTest::newRow("truncated ClientHello")
        << QByteArray::fromHex("1603010148") + QByteArray(40, '\x01') << true << 5 + 0x148;
    // Text that is no TLS: its first five bytes read as a header announcing 27759 bytes.
    QTest::newRow("plain text") << QByteArrayLiteral("hello there, this is not TLS\r\n\r\n").repeated(4)
                                << false << 5 + 0x6c6f;
}

void TlsModesTest::cutRecordsCountOnlyWhatArrived()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, closeAfter);
    QFETCH(int, announced);
    for (const quint32 maxEarlyData : {0u, 16384u}) {
        Timeline timeline(SessionClock::startingNow());
        EchoServer server(serverContext(maxEarlyData), &timeline);
        QObject scope;
        auto* raw = new TcpStream(&scope);
        const auto rawObserved = observe(raw);
        connect(raw, &ByteStream::opened, raw, [raw, bytes, closeAfter] {
            raw->write(bytes);
            if (closeAfter)
                raw->close();
        });
        raw->connectTo(QHostAddress::LocalHost, server.port(), nullptr, nullptr);
        QVERIFY(waitUntil([&] { return server.count() == 1 && server.observed(0)->closed == 1; }, Timeout));
        const QList<Event> records = tlsEvents(timeline, Origin::Server, TlsKind::Record);
        QCOMPARE(records.size(), 1);
        // What users see is measured from real bytes: the event holds what arrived, not what was claimed.
        QCOMPARE(records[0].size, quint32(bytes.size()));
        QCOMPARE(records[0].direction, Direction::ClientToServer);
        const EventDetail detail = timeline.detail(records[0]);
        QCOMPARE(detail.fieldValue(u"arrived"),
                 QStringLiteral("%1 of %2 bytes").arg(bytes.size()).arg(announced));
        QVERIFY2(detail.text.contains(QStringLiteral("cut short")), qPrintable(detail.text));
        QCOMPARE(detail.fieldValue(u"length"), QString::number(announced - 5));
        // The record comes before the error that ended the connection.
        const QList<Event> errors = tlsEvents(timeline, Origin::Server, TlsKind::Error);
        QCOMPARE(errors.size(), 1);
        QVERIFY(records[0].timeNs <= errors[0].timeNs);
        QCOMPARE(server.observed(0)->failures.size(), 1);
    }
}

void TlsModesTest::helloRetryRequestAsksForAnotherKeyShare()
{
    Timeline timeline(SessionClock::startingNow());
    EchoServer server(serverContext(0, {QByteArrayLiteral("P-256")}), &timeline);
    QObject scope;
    TlsStream* stream = connectClient(
        server.port(), clientContext(false, {QByteArrayLiteral("X25519"), QByteArrayLiteral("P-256")}),
        &timeline, 1, &scope);
    const auto observed = observe(stream);
    stream->write(QByteArrayLiteral("after a retry"));
    QVERIFY(waitUntil([&] { return observed->data == "after a retry"; }, Timeout));
    QCOMPARE(stream->sessionSummary().group, QStringLiteral("secp256r1"));

    const QStringList serverSent = sentMessages(timeline, Origin::Server, 1);
    QCOMPARE(serverSent.value(0), QStringLiteral("HelloRetryRequest"));
    QCOMPARE(serverSent.value(1), QStringLiteral("ServerHello"));
    QCOMPARE(sentMessages(timeline, Origin::Client, 1),
             (QStringList{QStringLiteral("ClientHello"), QStringLiteral("ClientHello"),
                          QStringLiteral("Finished")}));
    const QList<EventDetail> hellos = messages(timeline, Origin::Client, QStringLiteral("ClientHello"), 1);
    QCOMPARE(hellos.size(), 2);
    QCOMPARE(hellos[0].fieldValue(u"key_share"), QStringLiteral("x25519"));
    QCOMPARE(hellos[1].fieldValue(u"key_share"), QStringLiteral("secp256r1"));
    QVERIFY(hellos[0].fieldValue(u"supported_groups").startsWith(QStringLiteral("x25519, secp256r1")));
    const EventDetail retry =
        messages(timeline, Origin::Client, QStringLiteral("HelloRetryRequest"), 1).value(0);
    QCOMPARE(retry.fieldValue(u"key_share"), QStringLiteral("secp256r1"));
}

void TlsModesTest::versionMismatchIsRefusedWithAnAlert()
{
    Timeline timeline(SessionClock::startingNow());
    EchoServer server(serverContext(0, {}, TlsVersion::Tls13), &timeline);
    QObject scope;
    TlsStream* stream =
        connectClient(server.port(), clientContext(false, {}, TlsVersion::Tls12), &timeline, 1, &scope);
    const auto observed = observe(stream);
    QVERIFY(waitUntil(
        [&] { return observed->closed == 1 && server.count() == 1 && server.observed(0)->closed == 1; },
        Timeout));
    QCOMPARE(observed->opened, 0);
    QCOMPARE(observed->failures.size(), 1);
    QVERIFY2(observed->failures[0].contains(QStringLiteral("protocol_version")),
             qPrintable(observed->failures[0]));
    QCOMPARE(server.observed(0)->failures.size(), 1);
    QVERIFY2(server.observed(0)->failures[0].contains(QStringLiteral("no TLS version in common")),
             qPrintable(server.observed(0)->failures[0]));
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> alerts = tlsEvents(timeline, origin, TlsKind::Alert);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].flags, quint8(70));
        QCOMPARE(alerts[0].value, 2);
        QCOMPARE(alerts[0].direction, Direction::ServerToClient);
        QCOMPARE(timeline.detail(alerts[0]).text,
                 QStringLiteral("protocol_version: the server supports none of the TLS versions the client "
                                "offered"));
    }
}

void TlsModesTest::handshakeCompleteDecodesTheChain()
{
    Timeline timeline(SessionClock::startingNow());
    EchoServer server(serverContext(0), &timeline);
    QObject scope;
    TlsStream* stream = connectClient(server.port(), clientContext(false), &timeline, 1, &scope);
    const auto observed = observe(stream);
    QVERIFY(waitUntil([&] { return observed->opened == 1; }, Timeout));
    const QList<Event> complete = tlsEvents(timeline, Origin::Client, TlsKind::HandshakeComplete, 1);
    QCOMPARE(complete.size(), 1);
    const EventDetail detail = timeline.detail(complete[0]);
    QCOMPARE(detail.fieldValue(u"early data"), QStringLiteral("not sent"));
    QVERIFY(!detail.fieldValue(u"certificate chain").isEmpty());
    QList<Field> certificates;
    for (const Field& field : detail.fields) {
        if (field.depth == 1 && field.name.startsWith(QLatin1String("certificate ")))
            certificates.append(field);
    }
    QCOMPARE(certificates.size(), 2);
    QVERIFY(certificates[0].value.contains(QStringLiteral("CN=localhost")));
    QVERIFY(certificates[1].value.contains(QStringLiteral("ProtoViz Local CA")));
    // The facts under the leaf (the first of each name) are the leaf's.
    QCOMPARE(detail.fieldValue(u"issuer"), certificates[1].value);
    QVERIFY(detail.fieldValue(u"subject alternative names").contains(QStringLiteral("DNS:localhost")));
    QVERIFY(detail.fieldValue(u"subject alternative names").contains(QStringLiteral("IP:127.0.0.1")));
    QCOMPARE(detail.fieldValue(u"key type"), QStringLiteral("EC P-256"));
    QCOMPARE(detail.fieldValue(u"certificate authority"), QStringLiteral("no"));
    const QDateTime from = QDateTime::fromString(detail.fieldValue(u"valid from"), Qt::ISODate);
    const QDateTime until = QDateTime::fromString(detail.fieldValue(u"valid until"), Qt::ISODate);
    QVERIFY(from.isValid() && until.isValid());
    QVERIFY(from < QDateTime::currentDateTimeUtc() && QDateTime::currentDateTimeUtc() < until);
    QCOMPARE(detail.fieldValue(u"SHA-256 fingerprint").size(), 32 * 3 - 1);
    // The server has no client certificate to show. Its handshake completes when the client's Finished
    // arrives, after the client's.
    QVERIFY(waitUntil(
        [&] { return !tlsEvents(timeline, Origin::Server, TlsKind::HandshakeComplete, 1).isEmpty(); },
        Timeout));
    const QList<Event> serverComplete = tlsEvents(timeline, Origin::Server, TlsKind::HandshakeComplete, 1);
    QCOMPARE(serverComplete.size(), 1);
    QVERIFY(timeline.detail(serverComplete[0]).fieldValue(u"certificate chain").isEmpty());
}

void TlsModesTest::unknownGroupsAreRefused()
{
    QString error;
    TlsClientConfig client;
    client.serverName = QByteArrayLiteral("localhost");
    client.groups = {QByteArrayLiteral("X25519"), QByteArrayLiteral("no-such-group")};
    QVERIFY(!TlsClientContext::create(client, &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-group")), qPrintable(error));
    TlsServerConfig server;
    server.credentials = m_credentials;
    server.groups = {QByteArrayLiteral("P-256:X25519")};
    error.clear();
    QVERIFY(!TlsServerContext::create(server, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TlsModesTest)
#include "tst_tlsmodes.moc"
