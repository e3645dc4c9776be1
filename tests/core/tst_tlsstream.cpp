#include "tests/support/testsupport.h"

#include "core/timeline/eventrecorder.h"
#include "core/timeline/timeline.h"
#include "core/tls/certificateauthority.h"
#include "core/tls/tlsclientcontext.h"
#include "core/tls/tlshandshakedissector.h"
#include "core/tls/tlskeylogfile.h"
#include "core/tls/tlsservercontext.h"
#include "core/tls/tlsstream.h"
#include "core/transport/tcpstream.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace protoviz;
using test::waitUntil;

namespace {

constexpr int Timeout = 15000;

// A ClientHello that `openssl s_client -servername localhost -alpn h2,http/1.1` (OpenSSL 3.0) sent:
// an independent implementation's bytes, handshake header included, record header stripped.
const QByteArray capturedClientHello = QByteArray::fromHex(
    "010001440303cadc80cae48581fe296cd7b4e2044efa983b3c90236a3a82edd02518f1d1d3fb200d4e2f23a8f879e251"
    "57705c619ae18c709b28dda0e2b60434a8146867f57964003e130213031301c02cc030009fcca9cca8ccaac02bc02f00"
    "9ec024c028006bc023c0270067c00ac0140039c009c0130033009d009c003d003c0035002f00ff010000bd0000000e00"
    "0c0000096c6f63616c686f7374000b000403000102000a00160014001d0017001e001900180100010101020103010400"
    "2300000010000e000c02683208687474702f312e310016000000170000000d002a002804030503060308070808080908"
    "0a080b080408050806040105010601030303010302040205020602002b0009080304030303020301002d000201010033"
    "00260024001d0020a33349eebc38cc4848f567655adb4d60b1424b4cb45b3553aede2b335c639a57");

// What a stream signalled.
struct Observed
{
    QByteArray data;
    int opened = 0;
    int closed = 0;
    QStringList failures;
    bool failedBeforeClosed = true; // failed() never came after closed()
};

std::shared_ptr<Observed> observe(ByteStream* stream)
{
    auto observed = std::make_shared<Observed>();
    QObject::connect(stream, &ByteStream::opened, stream, [observed] { ++observed->opened; });
    QObject::connect(stream, &ByteStream::received, stream,
                     [observed](const QByteArray& data) { observed->data.append(data); });
    QObject::connect(stream, &ByteStream::failed, stream, [observed](const QString& reason) {
        observed->failures.append(reason);
        if (observed->closed > 0)
            observed->failedBeforeClosed = false;
    });
    QObject::connect(stream, &ByteStream::closed, stream, [observed] { ++observed->closed; });
    return observed;
}

// A TLS server on 127.0.0.1: each accepted connection becomes a TcpStream under a TlsStream, numbered
// 1, 2, ... as event connections. With echo, it writes back what it receives.
class ServerHarness : public QObject
{
public:
    ServerHarness(std::shared_ptr<TlsServerContext> context, Timeline* timeline, bool echo = false)
        : m_context(std::move(context))
        , m_timeline(timeline)
        , m_echo(echo)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &ServerHarness::accept);
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
            auto* tcp = new TcpStream(socket, id);
            TlsStream* tls =
                TlsStream::server(tcp, m_context, EventRecorder(m_timeline, Origin::Server, id), this);
            m_streams.append(tls);
            m_observed.append(observe(tls));
            if (m_echo)
                connect(tls, &ByteStream::received, tls, [tls](const QByteArray& data) { tls->write(data); });
        }
    }

    QTcpServer m_listener;
    std::shared_ptr<TlsServerContext> m_context;
    Timeline* m_timeline;
    bool m_echo;
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

QStringList messageNames(const Timeline& timeline, Origin origin, Direction direction, quint32 connection = 0)
{
    QStringList names;
    for (const Event& event : tlsEvents(timeline, origin, TlsKind::HandshakeMessage, connection)) {
        if (event.direction == direction)
            names.append(timeline.detail(event).text);
    }
    return names;
}

EventDetail firstMessage(const Timeline& timeline, Origin origin, const QString& name, quint32 connection = 0)
{
    for (const Event& event : tlsEvents(timeline, origin, TlsKind::HandshakeMessage, connection)) {
        const EventDetail detail = timeline.detail(event);
        if (detail.text == name)
            return detail;
    }
    return {};
}

// Every field of a dissection lies inside the bytes it describes.
bool fieldsInBounds(const QList<Field>& fields, qsizetype size)
{
    for (const Field& field : fields) {
        if (field.offset == -1 && field.length == 0)
            continue;
        if (field.offset < 0 || field.length < 0 || field.offset + field.length > size)
            return false;
    }
    return true;
}

QByteArray pattern(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QString quoted(const QStringList& list)
{
    return list.join(QStringLiteral(" | "));
}

} // namespace

class TlsStreamTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void handshakeTls13();
    void handshakeTls12();
    void alpnSelection_data();
    void alpnSelection();
    void noCommonAlpnIsRefused();
    void dataBothWays_data();
    void dataBothWays();
    void keyLogLines_data();
    void keyLogLines();
    void keyLogFileAppends();
    void sessionResumption_data();
    void sessionResumption();

    void untrustedCertificateAuthority();
    void wrongServerName();
    void garbageToServer_data();
    void garbageToServer();
    void truncatedHandshakeThenClose();
    void truncatedRecordAfterHandshake();
    void closeWithoutCloseNotify();
    void abortAndDeleteAreSafe();

    void opensslClientAgainstOurServer();
    void ourClientAgainstOpensslServer_data();
    void ourClientAgainstOpensslServer();

    void dissectsCapturedClientHello();
    void dissectsHelloRetryRequest();
    void dissectorSurvivesPrefixesAndGarbage();

private:
    std::shared_ptr<TlsServerContext> serverContext(const QList<QByteArray>& alpn = {},
                                                    TlsVersion maxVersion = TlsVersion::Tls13,
                                                    const TlsCredentials* credentials = nullptr);
    std::shared_ptr<TlsClientContext>
    clientContext(const QList<QByteArray>& alpn = {}, TlsVersion maxVersion = TlsVersion::Tls13,
                  const QByteArray& trustedCa = {},
                  const QByteArray& serverName = QByteArrayLiteral("localhost"), bool resume = true);
    TlsStream* connectClient(quint16 port, std::shared_ptr<TlsClientContext> context, Timeline* timeline,
                             quint32 connection, QObject* parent);

    TlsCredentials m_credentials;
    TlsCredentials m_otherCredentials;
    QTemporaryDir m_directory;
};

void TlsStreamTest::initTestCase()
{
    QString error;
    const std::optional<TlsCredentials> credentials = CertificateAuthority::generate({}, {}, &error);
    QVERIFY2(credentials, qPrintable(error));
    m_credentials = *credentials;
    const std::optional<TlsCredentials> other = CertificateAuthority::generate({}, {}, &error);
    QVERIFY2(other, qPrintable(error));
    m_otherCredentials = *other;
    QVERIFY(m_directory.isValid());
    QVERIFY2(CertificateAuthority::writePem(m_credentials, m_directory.path(), &error), qPrintable(error));
}

std::shared_ptr<TlsServerContext> TlsStreamTest::serverContext(const QList<QByteArray>& alpn,
                                                               TlsVersion maxVersion,
                                                               const TlsCredentials* credentials)
{
    TlsServerConfig config;
    config.credentials = credentials ? *credentials : m_credentials;
    config.alpn = alpn;
    config.maxVersion = maxVersion;
    QString error;
    std::shared_ptr<TlsServerContext> context = TlsServerContext::create(config, &error);
    if (!context)
        qWarning("server context: %s", qPrintable(error));
    return context;
}

std::shared_ptr<TlsClientContext> TlsStreamTest::clientContext(const QList<QByteArray>& alpn,
                                                               TlsVersion maxVersion,
                                                               const QByteArray& trustedCa,
                                                               const QByteArray& serverName, bool resume)
{
    TlsClientConfig config;
    config.serverName = serverName;
    config.alpn = alpn;
    config.trustedCaPem = trustedCa.isEmpty() ? m_credentials.caCertificatePem : trustedCa;
    config.maxVersion = maxVersion;
    config.resumeSessions = resume;
    QString error;
    std::shared_ptr<TlsClientContext> context = TlsClientContext::create(config, &error);
    if (!context)
        qWarning("client context: %s", qPrintable(error));
    return context;
}

TlsStream* TlsStreamTest::connectClient(quint16 port, std::shared_ptr<TlsClientContext> context,
                                        Timeline* timeline, quint32 connection, QObject* parent)
{
    auto* tcp = new TcpStream;
    TlsStream* tls = TlsStream::client(tcp, std::move(context),
                                       EventRecorder(timeline, Origin::Client, connection), parent);
    tcp->connectTo(QHostAddress::LocalHost, port, nullptr, nullptr);
    return tls;
}

void TlsStreamTest::handshakeTls13()
{
    Timeline timeline(SessionClock::startingNow());
    const QList<QByteArray> alpn{QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")};
    ServerHarness server(serverContext(alpn), &timeline);
    QObject scope;
    TlsStream* client = connectClient(server.port(), clientContext(alpn), &timeline, 1, &scope);
    const auto observed = observe(client);
    QVERIFY(waitUntil(
        [&] { return observed->opened == 1 && server.count() == 1 && server.observed(0)->opened == 1; },
        Timeout));
    QVERIFY(observed->failures.isEmpty());
    QVERIFY(client->isOpen());
    QVERIFY(client->isSecure());
    QCOMPARE(client->applicationProtocol(), QByteArrayLiteral("h2"));
    QCOMPARE(server.stream(0)->applicationProtocol(), QByteArrayLiteral("h2"));

    const TlsSessionSummary summary = client->sessionSummary();
    QCOMPARE(summary.version, QStringLiteral("TLSv1.3"));
    QVERIFY(summary.cipherSuite.startsWith(QStringLiteral("TLS_AES_")) ||
            summary.cipherSuite.startsWith(QStringLiteral("TLS_CHACHA20")));
    QCOMPARE(summary.group, QStringLiteral("x25519"));
    QVERIFY(!summary.resumed);
    QCOMPARE(summary.peerCertificates.size(), 2); // the leaf, then the CA it was verified against
    QVERIFY(summary.peerCertificates[0].subjectAltNames.contains(QStringLiteral("DNS:localhost")));
    QVERIFY(!summary.peerCertificates[0].isCertificateAuthority);
    QVERIFY(summary.peerCertificates[1].isCertificateAuthority);
    QCOMPARE(summary.peerCertificates[0].issuer, summary.peerCertificates[1].subject);
    QVERIFY(server.stream(0)->sessionSummary().peerCertificates.isEmpty());
    QCOMPARE(server.stream(0)->sessionSummary().cipherSuite, summary.cipherSuite);

    // The server sends its tickets after its Finished; they reach the client after opened().
    QVERIFY(waitUntil(
        [&] {
            return messageNames(timeline, Origin::Client, Direction::ServerToClient)
                .contains(QStringLiteral("NewSessionTicket"));
        },
        Timeout));

    const QStringList clientSent = messageNames(timeline, Origin::Client, Direction::ClientToServer);
    const QStringList clientReceived = messageNames(timeline, Origin::Client, Direction::ServerToClient);
    const QStringList serverSent = messageNames(timeline, Origin::Server, Direction::ServerToClient);
    const QStringList serverReceived = messageNames(timeline, Origin::Server, Direction::ClientToServer);
    const QStringList serverFlight{QStringLiteral("ServerHello"), QStringLiteral("EncryptedExtensions"),
                                   QStringLiteral("Certificate"), QStringLiteral("CertificateVerify"),
                                   QStringLiteral("Finished")};
    QCOMPARE(clientSent, (QStringList{QStringLiteral("ClientHello"), QStringLiteral("Finished")}));
    QCOMPARE(serverReceived, clientSent);
    QVERIFY2(clientReceived.mid(0, 5) == serverFlight, qPrintable(quoted(clientReceived)));
    QVERIFY2(serverSent.mid(0, 5) == serverFlight, qPrintable(quoted(serverSent)));
    QVERIFY(serverSent.contains(QStringLiteral("NewSessionTicket")));

    // Message events: flags = type, size = bytes incl. the 4-byte header, fields located in the bytes.
    for (const Event& event : tlsEvents(timeline, Origin::Client, TlsKind::HandshakeMessage)) {
        const EventDetail detail = timeline.detail(event);
        QCOMPARE(event.size, quint32(detail.bytes.size()));
        QCOMPARE(event.overhead, 4u);
        QCOMPARE(event.flags, quint8(detail.bytes[0]));
        QCOMPARE(detail.fieldValue(u"length").toUInt(), event.size - 4);
        QVERIFY(fieldsInBounds(detail.fields, detail.bytes.size()));
    }

    // The ClientHello, dissected.
    const EventDetail hello = firstMessage(timeline, Origin::Client, QStringLiteral("ClientHello"));
    QCOMPARE(hello.fieldValue(u"server_name"), QStringLiteral("localhost"));
    QCOMPARE(hello.fieldValue(u"application_layer_protocol_negotiation"), QStringLiteral("h2, http/1.1"));
    QVERIFY(hello.fieldValue(u"supported_versions").contains(QStringLiteral("TLS 1.3")));
    QVERIFY(hello.fieldValue(u"supported_versions").contains(QStringLiteral("TLS 1.2")));
    QVERIFY(hello.fieldValue(u"key_share").contains(QStringLiteral("x25519")));
    QVERIFY(hello.fieldValue(u"supported_groups").contains(QStringLiteral("secp256r1")));
    QVERIFY(hello.fieldValue(u"signature_algorithms").contains(QStringLiteral("ecdsa_secp256r1_sha256")));
    QVERIFY(hello.fieldValue(u"legacy version").startsWith(QStringLiteral("TLS 1.2")));
    bool offersSuite = false;
    for (const Field& field : hello.fields) {
        if (field.name == QLatin1String("cipher suite") && field.value.startsWith(summary.cipherSuite))
            offersSuite = true;
        if (field.name == QLatin1String("random")) {
            QCOMPARE(field.offset, 6);
            QCOMPARE(field.length, 32);
        }
    }
    QVERIFY(offersSuite);
    const EventDetail serverHello = firstMessage(timeline, Origin::Server, QStringLiteral("ServerHello"));
    QVERIFY(serverHello.fieldValue(u"supported_versions").startsWith(QStringLiteral("TLS 1.3")));
    QVERIFY(serverHello.fieldValue(u"key_share").startsWith(QStringLiteral("x25519")));
    QVERIFY(serverHello.fieldValue(u"cipher suite").startsWith(summary.cipherSuite));
    QCOMPARE(firstMessage(timeline, Origin::Client, QStringLiteral("EncryptedExtensions"))
                 .fieldValue(u"application_layer_protocol_negotiation"),
             QStringLiteral("h2"));
    QVERIFY(firstMessage(timeline, Origin::Client, QStringLiteral("Certificate"))
                .fieldValue(u"certificate")
                .contains(QStringLiteral("CN=localhost")));

    // Records: each header kept, decoded and sized; the ClientHello travels in the first one.
    const QList<Event> records = tlsEvents(timeline, Origin::Client, TlsKind::Record);
    QVERIFY(records.size() >= 4);
    for (const Event& record : records) {
        const EventDetail detail = timeline.detail(record);
        QCOMPARE(detail.bytes.size(), 5);
        const quint32 length = quint32(quint8(detail.bytes[3])) << 8 | quint8(detail.bytes[4]);
        QCOMPARE(record.size, 5 + length);
        QCOMPARE(record.flags, quint8(detail.bytes[0]));
        QCOMPARE(record.value, qint64(quint8(detail.bytes[1]) << 8 | quint8(detail.bytes[2])));
        QCOMPARE(detail.fields.value(0).name, QStringLiteral("content type"));
        QCOMPARE(detail.fields.value(2).offset, 3);
        QVERIFY(record.overhead >= 5 && record.overhead <= record.size);
    }
    const Event firstRecord = records.constFirst();
    QCOMPARE(firstRecord.direction, Direction::ClientToServer);
    QCOMPARE(firstRecord.flags, quint8(22));
    QCOMPARE(firstRecord.size, quint32(hello.bytes.size()) + 5);
    // Encrypted records name the content type that only the endpoints can see.
    bool sawHiddenHandshake = false;
    for (const Event& record : records) {
        const EventDetail detail = timeline.detail(record);
        if (record.flags == 23 &&
            detail.fieldValue(u"inner content type").startsWith(QStringLiteral("handshake")))
            sawHiddenHandshake = true;
    }
    QVERIFY(sawHiddenHandshake);
    // TLS 1.3 keeps the ChangeCipherSpec for middlebox compatibility.
    QVERIFY(!tlsEvents(timeline, Origin::Client, TlsKind::ChangeCipherSpec).isEmpty());

    const QList<Event> complete = tlsEvents(timeline, Origin::Client, TlsKind::HandshakeComplete);
    QCOMPARE(complete.size(), 1);
    const EventDetail completeDetail = timeline.detail(complete.constFirst());
    QCOMPARE(completeDetail.fieldValue(u"version"), QStringLiteral("TLSv1.3"));
    QCOMPARE(completeDetail.fieldValue(u"cipher suite"), summary.cipherSuite);
    QCOMPARE(completeDetail.fieldValue(u"group"), QStringLiteral("x25519"));
    QCOMPARE(completeDetail.fieldValue(u"ALPN"), QStringLiteral("h2"));
    QCOMPARE(completeDetail.fieldValue(u"session resumed"), QStringLiteral("no"));
    QVERIFY(completeDetail.fieldValue(u"peer certificate").contains(QStringLiteral("CN=localhost")));
    const QList<Event> serverComplete = tlsEvents(timeline, Origin::Server, TlsKind::HandshakeComplete);
    QCOMPARE(serverComplete.size(), 1);
    QCOMPARE(timeline.detail(serverComplete.constFirst()).fieldValue(u"ALPN"), QStringLiteral("h2"));
    QCOMPARE(complete.constFirst().connection, 1u);

    QVERIFY(tlsEvents(timeline, Origin::Client, TlsKind::Error).isEmpty());
    QVERIFY(tlsEvents(timeline, Origin::Server, TlsKind::Error).isEmpty());
}

void TlsStreamTest::handshakeTls12()
{
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext({QByteArrayLiteral("http/1.1")}), &timeline);
    QObject scope;
    TlsStream* client =
        connectClient(server.port(), clientContext({QByteArrayLiteral("http/1.1")}, TlsVersion::Tls12),
                      &timeline, 1, &scope);
    const auto observed = observe(client);
    QVERIFY(waitUntil(
        [&] { return observed->opened == 1 && server.count() == 1 && server.observed(0)->opened == 1; },
        Timeout));
    const TlsSessionSummary summary = client->sessionSummary();
    QCOMPARE(summary.version, QStringLiteral("TLSv1.2"));
    QVERIFY2(summary.cipherSuite.startsWith(QStringLiteral("TLS_ECDHE_ECDSA_WITH_")),
             qPrintable(summary.cipherSuite));
    QCOMPARE(summary.group, QStringLiteral("x25519"));
    QCOMPARE(summary.alpn, QByteArrayLiteral("http/1.1"));

    const QStringList clientSent = messageNames(timeline, Origin::Client, Direction::ClientToServer);
    const QStringList clientReceived = messageNames(timeline, Origin::Client, Direction::ServerToClient);
    QCOMPARE(clientSent, (QStringList{QStringLiteral("ClientHello"), QStringLiteral("ClientKeyExchange"),
                                      QStringLiteral("Finished")}));
    QVERIFY2(clientReceived.mid(0, 4) ==
                 (QStringList{QStringLiteral("ServerHello"), QStringLiteral("Certificate"),
                              QStringLiteral("ServerKeyExchange"), QStringLiteral("ServerHelloDone")}),
             qPrintable(quoted(clientReceived)));
    QCOMPARE(clientReceived.constLast(), QStringLiteral("Finished"));
    QCOMPARE(messageNames(timeline, Origin::Server, Direction::ClientToServer), clientSent);

    QVERIFY(firstMessage(timeline, Origin::Client, QStringLiteral("ServerKeyExchange"))
                .fieldValue(u"named curve")
                .startsWith(QStringLiteral("x25519")));
    QVERIFY(firstMessage(timeline, Origin::Client, QStringLiteral("ServerHello"))
                .fieldValue(u"cipher suite")
                .startsWith(summary.cipherSuite));

    // One ChangeCipherSpec each way; after its own, a side's Finished travels encrypted in a
    // handshake-typed record.
    const QList<Event> changes = tlsEvents(timeline, Origin::Client, TlsKind::ChangeCipherSpec);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].direction, Direction::ClientToServer);
    QCOMPARE(changes[1].direction, Direction::ServerToClient);
    QList<Event> sentHandshakeRecords;
    for (const Event& record : tlsEvents(timeline, Origin::Client, TlsKind::Record)) {
        if (record.direction == Direction::ClientToServer && record.flags == 22)
            sentHandshakeRecords.append(record);
    }
    QVERIFY(sentHandshakeRecords.size() >= 2);
    QCOMPARE(timeline.detail(sentHandshakeRecords.constLast()).fieldValue(u"encrypted"),
             QStringLiteral("yes"));
    QVERIFY(timeline.detail(sentHandshakeRecords.constFirst()).fieldValue(u"encrypted").isEmpty());

    const QList<Event> complete = tlsEvents(timeline, Origin::Server, TlsKind::HandshakeComplete);
    QCOMPARE(complete.size(), 1);
    QCOMPARE(timeline.detail(complete.constFirst()).fieldValue(u"version"), QStringLiteral("TLSv1.2"));
}

void TlsStreamTest::alpnSelection_data()
{
    QTest::addColumn<QList<QByteArray>>("offered");
    QTest::addColumn<QList<QByteArray>>("accepted");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray h2 = QByteArrayLiteral("h2");
    const QByteArray h1 = QByteArrayLiteral("http/1.1");
    QTest::newRow("both offer h2") << QList<QByteArray>{h2, h1} << QList<QByteArray>{h2, h1} << h2;
    QTest::newRow("server prefers http/1.1") << QList<QByteArray>{h2, h1} << QList<QByteArray>{h1, h2} << h1;
    QTest::newRow("server has only http/1.1") << QList<QByteArray>{h2, h1} << QList<QByteArray>{h1} << h1;
    QTest::newRow("client offers only http/1.1") << QList<QByteArray>{h1} << QList<QByteArray>{h2, h1} << h1;
    QTest::newRow("client offers nothing")
        << QList<QByteArray>{} << QList<QByteArray>{h2, h1} << QByteArray();
    QTest::newRow("server ignores ALPN") << QList<QByteArray>{h2, h1} << QList<QByteArray>{} << QByteArray();
}

void TlsStreamTest::alpnSelection()
{
    QFETCH(QList<QByteArray>, offered);
    QFETCH(QList<QByteArray>, accepted);
    QFETCH(QByteArray, expected);
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext(accepted), &timeline);
    QObject scope;
    TlsStream* client = connectClient(server.port(), clientContext(offered), &timeline, 1, &scope);
    const auto observed = observe(client);
    QVERIFY(waitUntil(
        [&] { return observed->opened == 1 && server.count() == 1 && server.observed(0)->opened == 1; },
        Timeout));
    QCOMPARE(client->applicationProtocol(), expected);
    QCOMPARE(server.stream(0)->applicationProtocol(), expected);
    const EventDetail hello = firstMessage(timeline, Origin::Client, QStringLiteral("ClientHello"));
    QCOMPARE(hello.fieldValue(u"application_layer_protocol_negotiation").isEmpty(), offered.isEmpty());
}

void TlsStreamTest::noCommonAlpnIsRefused()
{
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext({QByteArrayLiteral("http/1.1")}), &timeline);
    QObject scope;
    TlsStream* client =
        connectClient(server.port(), clientContext({QByteArrayLiteral("h2")}), &timeline, 1, &scope);
    const auto observed = observe(client);
    QVERIFY(waitUntil(
        [&] { return observed->closed == 1 && server.count() == 1 && server.observed(0)->closed == 1; },
        Timeout));
    QCOMPARE(observed->opened, 0);
    QCOMPARE(observed->failures.size(), 1);
    QVERIFY2(observed->failures[0].contains(QStringLiteral("no_application_protocol")),
             qPrintable(observed->failures[0]));
    QCOMPARE(server.observed(0)->failures.size(), 1);
    QVERIFY2(server.observed(0)->failures[0].contains(QStringLiteral("ALPN")),
             qPrintable(server.observed(0)->failures[0]));
    const QList<Event> alerts = tlsEvents(timeline, Origin::Server, TlsKind::Alert);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].flags, quint8(120));
    QCOMPARE(alerts[0].value, 2);
    QCOMPARE(tlsEvents(timeline, Origin::Server, TlsKind::Error).size(), 1);
    QCOMPARE(tlsEvents(timeline, Origin::Client, TlsKind::Error).size(), 1);
}

void TlsStreamTest::dataBothWays_data()
{
    QTest::addColumn<TlsVersion>("version");
    QTest::newRow("TLS 1.3") << TlsVersion::Tls13;
    QTest::newRow("TLS 1.2") << TlsVersion::Tls12;
}

void TlsStreamTest::dataBothWays()
{
    QFETCH(TlsVersion, version);
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext({}, version), &timeline);
    QObject scope;
    TlsStream* client = connectClient(server.port(), clientContext({}, version), &timeline, 1, &scope);
    const auto observed = observe(client);
    const QByteArray upstream = QByteArrayLiteral("hello before the handshake") + pattern(1 << 20, 1);
    const QByteArray downstream = pattern(1 << 20, 2) + QByteArrayLiteral("bye");
    // Written before the handshake: queued, then sent once open.
    client->write(upstream.left(26));
    client->write(upstream.mid(26));
    QVERIFY(waitUntil([&] { return server.count() == 1 && server.observed(0)->opened == 1; }, Timeout));
    server.stream(0)->write(downstream);
    QVERIFY(waitUntil(
        [&] {
            return observed->data.size() >= downstream.size() &&
                   server.observed(0)->data.size() >= upstream.size();
        },
        Timeout));
    QVERIFY(observed->data == downstream);
    QVERIFY(server.observed(0)->data == upstream);

    // The records account for every application byte: size - overhead is the content.
    quint64 content = 0;
    int applicationRecords = 0;
    for (const Event& record : tlsEvents(timeline, Origin::Client, TlsKind::Record)) {
        const EventDetail detail = timeline.detail(record);
        const bool applicationData =
            version == TlsVersion::Tls13
                ? detail.fieldValue(u"inner content type").startsWith(QStringLiteral("application_data"))
                : record.flags == 23;
        if (record.direction == Direction::ClientToServer && applicationData) {
            QVERIFY(record.overhead > 5);
            content += record.size - record.overhead;
            ++applicationRecords;
        }
    }
    QCOMPARE(content, quint64(upstream.size()));
    QVERIFY(applicationRecords >= (1 << 20) / 16384);

    client->close();
    QVERIFY(waitUntil([&] { return observed->closed == 1 && server.observed(0)->closed == 1; }, Timeout));
    QVERIFY(observed->failures.isEmpty());
    QVERIFY(server.observed(0)->failures.isEmpty());
    QVERIFY(!client->isOpen());
    // close_notify went out from the client and was answered.
    bool serverSawCloseNotify = false;
    for (const Event& alert : tlsEvents(timeline, Origin::Server, TlsKind::Alert)) {
        if (alert.direction == Direction::ClientToServer && alert.flags == 0 && alert.value == 1)
            serverSawCloseNotify = true;
    }
    QVERIFY(serverSawCloseNotify);
    QVERIFY(tlsEvents(timeline, Origin::Client, TlsKind::Error).isEmpty());
    QVERIFY(tlsEvents(timeline, Origin::Server, TlsKind::Error).isEmpty());
    // Writes after close are dropped, not queued for a stream that is gone.
    client->write(QByteArrayLiteral("late"));
}

void TlsStreamTest::keyLogLines_data()
{
    QTest::addColumn<TlsVersion>("version");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("TLS 1.3") << TlsVersion::Tls13
                             << QStringList{QStringLiteral("CLIENT_HANDSHAKE_TRAFFIC_SECRET"),
                                            QStringLiteral("SERVER_HANDSHAKE_TRAFFIC_SECRET"),
                                            QStringLiteral("CLIENT_TRAFFIC_SECRET_0"),
                                            QStringLiteral("SERVER_TRAFFIC_SECRET_0"),
                                            QStringLiteral("EXPORTER_SECRET")};
    QTest::newRow("TLS 1.2") << TlsVersion::Tls12 << QStringList{QStringLiteral("CLIENT_RANDOM")};
}

void TlsStreamTest::keyLogLines()
{
    QFETCH(TlsVersion, version);
    QFETCH(QStringList, labels);
    Timeline timeline(SessionClock::startingNow());
    QList<QByteArray> clientLines;
    QList<QByteArray> serverLines;
    const std::shared_ptr<TlsServerContext> serverSide = serverContext({}, version);
    serverSide->setKeyLogSink([&serverLines](const QByteArray& line) { serverLines.append(line); });
    const std::shared_ptr<TlsClientContext> clientSide = clientContext({}, version);
    clientSide->setKeyLogSink([&clientLines](const QByteArray& line) { clientLines.append(line); });
    ServerHarness server(serverSide, &timeline);
    QObject scope;
    TlsStream* client = connectClient(server.port(), clientSide, &timeline, 1, &scope);
    const auto observed = observe(client);
    QVERIFY(waitUntil(
        [&] { return observed->opened == 1 && server.count() == 1 && server.observed(0)->opened == 1; },
        Timeout));

    const EventDetail hello = firstMessage(timeline, Origin::Client, QStringLiteral("ClientHello"));
    const QByteArray clientRandom = hello.bytes.mid(6, 32).toHex();
    for (const QList<QByteArray>* lines : {&clientLines, &serverLines}) {
        QStringList seen;
        for (const QByteArray& line : *lines) {
            const QList<QByteArray> parts = line.split(' ');
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts[1].toLower(), clientRandom);
            QVERIFY(parts[2].size() >= 64);
            QVERIFY(!line.contains('\n'));
            seen.append(QString::fromLatin1(parts[0]));
        }
        for (const QString& label : labels)
            QVERIFY2(seen.contains(label),
                     qPrintable(label + QStringLiteral(" missing from ") + quoted(seen)));
    }
    if (version == TlsVersion::Tls12)
        QCOMPARE(clientLines.constFirst().split(' ').value(2).size(), 96); // the 48-byte master secret

    // An empty sink stops logging.
    clientLines.clear();
    clientSide->setKeyLogSink({});
    TlsStream* second = connectClient(server.port(), clientSide, &timeline, 2, &scope);
    const auto secondObserved = observe(second);
    QVERIFY(waitUntil([&] { return secondObserved->opened == 1; }, Timeout));
    QVERIFY(clientLines.isEmpty());
}

void TlsStreamTest::keyLogFileAppends()
{
    const QString path = m_directory.filePath(QStringLiteral("keys.log"));
    QString error;
    const TlsKeyLogSink sink = TlsKeyLogFile::appender(path, &error);
    QVERIFY2(sink, qPrintable(error));
    Timeline timeline(SessionClock::startingNow());
    const std::shared_ptr<TlsClientContext> clientSide = clientContext();
    clientSide->setKeyLogSink(sink);
    ServerHarness server(serverContext(), &timeline);
    QObject scope;
    const auto observed = observe(connectClient(server.port(), clientSide, &timeline, 1, &scope));
    QVERIFY(waitUntil([&] { return observed->opened == 1; }, Timeout));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.constFirst().startsWith("SERVER_HANDSHAKE_TRAFFIC_SECRET ") ||
            lines.constFirst().startsWith("CLIENT_HANDSHAKE_TRAFFIC_SECRET "));
    QCOMPARE(QFileInfo(path).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(!TlsKeyLogFile::appender(m_directory.filePath(QStringLiteral("missing/dir/keys.log")), &error));
    QVERIFY(!error.isEmpty());
}

void TlsStreamTest::sessionResumption_data()
{
    QTest::addColumn<TlsVersion>("version");
    QTest::addColumn<bool>("resume");
    QTest::newRow("TLS 1.3") << TlsVersion::Tls13 << true;
    QTest::newRow("TLS 1.2") << TlsVersion::Tls12 << true;
    QTest::newRow("TLS 1.3, resumption off") << TlsVersion::Tls13 << false;
}

void TlsStreamTest::sessionResumption()
{
    QFETCH(TlsVersion, version);
    QFETCH(bool, resume);
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext({}, version), &timeline);
    const std::shared_ptr<TlsClientContext> clientSide =
        clientContext({}, version, {}, QByteArrayLiteral("localhost"), resume);
    QObject scope;
    TlsStream* first = connectClient(server.port(), clientSide, &timeline, 1, &scope);
    const auto firstObserved = observe(first);
    QVERIFY(waitUntil(
        [&] {
            return firstObserved->opened == 1 &&
                   messageNames(timeline, Origin::Client, Direction::ServerToClient, 1)
                       .contains(QStringLiteral("NewSessionTicket"));
        },
        Timeout));
    first->close();
    QVERIFY(waitUntil([&] { return firstObserved->closed == 1; }, Timeout));

    TlsStream* second = connectClient(server.port(), clientSide, &timeline, 2, &scope);
    const auto secondObserved = observe(second);
    QVERIFY(waitUntil(
        [&] { return secondObserved->opened == 1 && server.count() == 2 && server.observed(1)->opened == 1; },
        Timeout));
    QCOMPARE(second->sessionSummary().resumed, resume);
    QCOMPARE(server.stream(1)->sessionSummary().resumed, resume);
    const QList<Event> complete = tlsEvents(timeline, Origin::Client, TlsKind::HandshakeComplete, 2);
    QCOMPARE(complete.size(), 1);
    QCOMPARE(timeline.detail(complete.constFirst()).fieldValue(u"session resumed"),
             resume ? QStringLiteral("yes") : QStringLiteral("no"));
    // A resumed handshake skips the certificate.
    QCOMPARE(messageNames(timeline, Origin::Server, Direction::ServerToClient, 2)
                 .contains(QStringLiteral("Certificate")),
             !resume);
    if (version == TlsVersion::Tls13) {
        const EventDetail hello = firstMessage(timeline, Origin::Client, QStringLiteral("ClientHello"), 2);
        QCOMPARE(hello.fieldValue(u"pre_shared_key").isEmpty(), !resume);
    }
}

void TlsStreamTest::untrustedCertificateAuthority()
{
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext(), &timeline);
    QObject scope;
    TlsStream* client = connectClient(
        server.port(), clientContext({}, TlsVersion::Tls13, m_otherCredentials.caCertificatePem), &timeline,
        1, &scope);
    const auto observed = observe(client);
    QVERIFY(waitUntil(
        [&] { return observed->closed == 1 && server.count() == 1 && server.observed(0)->closed == 1; },
        Timeout));
    QCOMPARE(observed->opened, 0);
    QCOMPARE(observed->failures.size(), 1);
    QVERIFY(observed->failedBeforeClosed);
    QVERIFY2(observed->failures[0].contains(QStringLiteral("does not trust")),
             qPrintable(observed->failures[0]));
    QCOMPARE(server.observed(0)->opened, 0);
    QCOMPARE(server.observed(0)->failures.size(), 1);
    QVERIFY2(server.observed(0)->failures[0].contains(QStringLiteral("unknown_ca")),
             qPrintable(server.observed(0)->failures[0]));

    const QString explanation =
        QStringLiteral("unknown_ca: the client does not trust the certificate authority "
                       "that signed the server's certificate");
    for (const Origin origin : {Origin::Client, Origin::Server}) {
        const QList<Event> alerts = tlsEvents(timeline, origin, TlsKind::Alert);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].direction, Direction::ClientToServer);
        QCOMPARE(alerts[0].flags, quint8(48));
        QCOMPARE(alerts[0].value, 2);
        QCOMPARE(timeline.detail(alerts[0]).text, explanation);
        const QList<Event> errors = tlsEvents(timeline, origin, TlsKind::Error);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!timeline.detail(errors[0]).fieldValue(u"OpenSSL").isEmpty());
    }
    QVERIFY(tlsEvents(timeline, Origin::Client, TlsKind::HandshakeComplete).isEmpty());
}

void TlsStreamTest::wrongServerName()
{
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext(), &timeline);
    QObject scope;
    TlsStream* client = connectClient(
        server.port(), clientContext({}, TlsVersion::Tls13, {}, QByteArrayLiteral("example.test")), &timeline,
        1, &scope);
    const auto observed = observe(client);
    QVERIFY(waitUntil([&] { return observed->closed == 1; }, Timeout));
    QCOMPARE(observed->failures.size(), 1);
    QVERIFY2(observed->failures[0].contains(QStringLiteral("example.test")),
             qPrintable(observed->failures[0]));
    QCOMPARE(firstMessage(timeline, Origin::Client, QStringLiteral("ClientHello")).fieldValue(u"server_name"),
             QStringLiteral("example.test"));

    // An address as the name: no SNI, and the certificate's IP entry is what is checked.
    Timeline byAddress(SessionClock::startingNow());
    ServerHarness second(serverContext(), &byAddress);
    TlsStream* addressed =
        connectClient(second.port(), clientContext({}, TlsVersion::Tls13, {}, QByteArrayLiteral("127.0.0.1")),
                      &byAddress, 1, &scope);
    const auto addressedObserved = observe(addressed);
    QVERIFY(waitUntil([&] { return addressedObserved->opened == 1; }, Timeout));
    QVERIFY(firstMessage(byAddress, Origin::Client, QStringLiteral("ClientHello"))
                .fieldValue(u"server_name")
                .isEmpty());
}

void TlsStreamTest::garbageToServer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expectedAlert"); // -1: none or any
    QTest::newRow("plain HTTP") << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n") << -1;
    QByteArray noise = pattern(200, 7);
    noise[0] = 0;
    QTest::newRow("random bytes") << noise << -1;
    QTest::newRow("oversized record") << QByteArray::fromHex("160301ffff") + pattern(300, 8) << -1;
    // A ClientHello whose 5-byte body cannot hold what a ClientHello needs.
    QTest::newRow("malformed ClientHello")
        << QByteArray::fromHex("16030100090100000503030000") + QByteArray(4, '\0') << 50;
    // OpenSSL refuses an alert in place of a ClientHello without sending one back.
    QTest::newRow("alert before hello") << QByteArray::fromHex("15030100020228") << -1;
}

void TlsStreamTest::garbageToServer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expectedAlert);
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext(), &timeline);
    QObject scope;
    auto* raw = new TcpStream(&scope);
    const auto rawObserved = observe(raw);
    connect(raw, &ByteStream::opened, raw, [raw, bytes] { raw->write(bytes); });
    raw->connectTo(QHostAddress::LocalHost, server.port(), nullptr, nullptr);
    QVERIFY(waitUntil(
        [&] { return server.count() == 1 && server.observed(0)->closed == 1 && rawObserved->closed == 1; },
        Timeout));
    const auto observed = server.observed(0);
    QCOMPARE(observed->opened, 0);
    QCOMPARE(observed->failures.size(), 1);
    QVERIFY(!observed->failures[0].isEmpty());
    const QList<Event> errors = tlsEvents(timeline, Origin::Server, TlsKind::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(timeline.detail(errors[0]).text, observed->failures[0]);
    if (expectedAlert >= 0) {
        bool found = false;
        for (const Event& alert : tlsEvents(timeline, Origin::Server, TlsKind::Alert)) {
            if (alert.flags == quint8(expectedAlert))
                found = true;
        }
        QVERIFY2(found, qPrintable(observed->failures[0]));
    }
    if (bytes.startsWith("GET "))
        QVERIFY2(observed->failures[0].contains(QStringLiteral("HTTP")), qPrintable(observed->failures[0]));
}

void TlsStreamTest::truncatedHandshakeThenClose()
{
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext(), &timeline);
    QObject scope;
    auto* raw = new TcpStream(&scope);
    connect(raw, &ByteStream::opened, raw, [raw] {
        raw->write(QByteArray::fromHex("1603010148") + capturedClientHello.left(40));
        raw->close();
    });
    raw->connectTo(QHostAddress::LocalHost, server.port(), nullptr, nullptr);
    QVERIFY(waitUntil([&] { return server.count() == 1 && server.observed(0)->closed == 1; }, Timeout));
    QCOMPARE(server.observed(0)->failures.size(), 1);
    QVERIFY2(server.observed(0)->failures[0].contains(QStringLiteral("before the TLS handshake completed")),
             qPrintable(server.observed(0)->failures[0]));
    QCOMPARE(tlsEvents(timeline, Origin::Server, TlsKind::Error).size(), 1);
    // The record header was read; the message never completed, so no message event.
    QCOMPARE(tlsEvents(timeline, Origin::Server, TlsKind::Record).size(), 1);
    QVERIFY(tlsEvents(timeline, Origin::Server, TlsKind::HandshakeMessage).isEmpty());
}

void TlsStreamTest::truncatedRecordAfterHandshake()
{
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext(), &timeline);
    QObject scope;
    TlsStream* client = connectClient(server.port(), clientContext(), &timeline, 1, &scope);
    const auto observed = observe(client);
    QVERIFY(waitUntil(
        [&] { return observed->opened == 1 && server.count() == 1 && server.observed(0)->opened == 1; },
        Timeout));
    // Under the TLS stream: half a record, then the TCP connection ends.
    client->lower()->write(QByteArray::fromHex("1703030040") + QByteArray(10, 'x'));
    client->lower()->close();
    QVERIFY(waitUntil([&] { return server.observed(0)->closed == 1 && observed->closed == 1; }, Timeout));
    QCOMPARE(server.observed(0)->failures.size(), 1);
    QVERIFY2(server.observed(0)->failures[0].contains(QStringLiteral("middle of a TLS record")),
             qPrintable(server.observed(0)->failures[0]));
    QCOMPARE(tlsEvents(timeline, Origin::Server, TlsKind::Error).size(), 1);
}

void TlsStreamTest::closeWithoutCloseNotify()
{
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext(), &timeline);
    QObject scope;
    TlsStream* client = connectClient(server.port(), clientContext(), &timeline, 1, &scope);
    const auto observed = observe(client);
    QVERIFY(waitUntil(
        [&] { return observed->opened == 1 && server.count() == 1 && server.observed(0)->opened == 1; },
        Timeout));
    client->lower()->close();
    QVERIFY(waitUntil([&] { return server.observed(0)->closed == 1; }, Timeout));
    // Not a failure, but worth telling: the receiver cannot tell it from a cut connection.
    QVERIFY(server.observed(0)->failures.isEmpty());
    const QList<Event> errors = tlsEvents(timeline, Origin::Server, TlsKind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY(timeline.detail(errors[0]).text.contains(QStringLiteral("close_notify")));
}

void TlsStreamTest::abortAndDeleteAreSafe()
{
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext(), &timeline, true);
    QObject scope;

    // Deleted in the middle of its handshake.
    QPointer<TlsStream> early = connectClient(server.port(), clientContext(), &timeline, 1, &scope);
    QVERIFY(waitUntil([&] { return server.count() == 1; }, Timeout));
    delete early;
    QVERIFY(waitUntil([&] { return server.observed(0)->closed == 1; }, Timeout));

    // Aborted once open: closed() without failed(), and the server notices.
    TlsStream* client = connectClient(server.port(), clientContext(), &timeline, 2, &scope);
    const auto observed = observe(client);
    QVERIFY(waitUntil(
        [&] { return observed->opened == 1 && server.count() == 2 && server.observed(1)->opened == 1; },
        Timeout));
    client->write(QByteArrayLiteral("ping"));
    client->abort();
    QCOMPARE(observed->closed, 1);
    QVERIFY(observed->failures.isEmpty());
    QVERIFY(!client->isOpen());
    client->write(QByteArrayLiteral("after abort"));
    client->close();
    QVERIFY(waitUntil([&] { return server.observed(1)->closed == 1; }, Timeout));

    // Closed before the handshake with nothing queued: no handshake at all.
    TlsStream* idle = connectClient(server.port(), clientContext(), &timeline, 3, &scope);
    const auto idleObserved = observe(idle);
    idle->close();
    QVERIFY(waitUntil([&] { return idleObserved->closed == 1; }, Timeout));
    QCOMPARE(idleObserved->opened, 0);
    QVERIFY(idleObserved->failures.isEmpty());
}

void TlsStreamTest::opensslClientAgainstOurServer()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/openssl")))
        QSKIP("/usr/bin/openssl is not installed");
    Timeline timeline(SessionClock::startingNow());
    ServerHarness server(serverContext({QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")}), &timeline,
                         true);
    test::ExternalProcess client(QStringLiteral("/usr/bin/openssl"),
                                 {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                  QStringLiteral("127.0.0.1:%1").arg(server.port()),
                                  QStringLiteral("-servername"), QStringLiteral("localhost"),
                                  QStringLiteral("-verify_hostname"), QStringLiteral("localhost"),
                                  QStringLiteral("-CAfile"), m_directory.filePath(QStringLiteral("ca.pem")),
                                  QStringLiteral("-verify_return_error"), QStringLiteral("-alpn"),
                                  QStringLiteral("h2"), QStringLiteral("-tls1_3")});
    QVERIFY(client.start());
    // ExternalProcess::waitForLine blocks the event loop our server needs; poll while processing events.
    QVERIFY2(
        waitUntil([&] { return client.output().contains(QStringLiteral("Verify return code")); }, Timeout),
        qPrintable(client.output()));
    const QByteArray line = QByteArrayLiteral("ping from s_client\n");
    client.process().write(line);
    QVERIFY2(
        waitUntil([&] { return client.output().contains(QStringLiteral("ping from s_client")); }, Timeout),
        qPrintable(client.output()));
    client.process().closeWriteChannel();
    QVERIFY(waitUntil([&] { return client.process().state() == QProcess::NotRunning; }, Timeout));
    const QString output = client.output();
    QVERIFY2(output.contains(QStringLiteral("Verify return code: 0 (ok)")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("ALPN protocol: h2")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("TLSv1.3")), qPrintable(output));
    QCOMPARE(client.exitCode(), 0);

    QCOMPARE(server.count(), 1);
    QCOMPARE(server.observed(0)->data, line);
    QCOMPARE(server.stream(0)->applicationProtocol(), QByteArrayLiteral("h2"));
    QVERIFY(waitUntil([&] { return server.observed(0)->closed == 1; }, Timeout));
    QVERIFY(server.observed(0)->failures.isEmpty());
    // The dissector reads s_client's ClientHello too.
    const EventDetail hello = firstMessage(timeline, Origin::Server, QStringLiteral("ClientHello"));
    QCOMPARE(hello.fieldValue(u"server_name"), QStringLiteral("localhost"));
    QCOMPARE(hello.fieldValue(u"application_layer_protocol_negotiation"), QStringLiteral("h2"));
}

void TlsStreamTest::ourClientAgainstOpensslServer_data()
{
    QTest::addColumn<TlsVersion>("version");
    QTest::addColumn<QString>("versionName");
    QTest::newRow("TLS 1.3") << TlsVersion::Tls13 << QStringLiteral("TLSv1.3");
    QTest::newRow("TLS 1.2") << TlsVersion::Tls12 << QStringLiteral("TLSv1.2");
}

void TlsStreamTest::ourClientAgainstOpensslServer()
{
    QFETCH(TlsVersion, version);
    QFETCH(QString, versionName);
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/openssl")))
        QSKIP("/usr/bin/openssl is not installed");

    // s_server needs a port number up front: take a free one and retry if another process grabs it.
    std::unique_ptr<test::ExternalProcess> server;
    quint16 port = 0;
    for (int attempt = 0; attempt < 5 && !server; ++attempt) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
        probe.close();
        auto candidate = std::make_unique<test::ExternalProcess>(
            QStringLiteral("/usr/bin/openssl"),
            QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"),
                        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"),
                        m_directory.filePath(QStringLiteral("cert.pem")), QStringLiteral("-key"),
                        m_directory.filePath(QStringLiteral("key.pem")), QStringLiteral("-alpn"),
                        QStringLiteral("h2,http/1.1"), QStringLiteral("-www"), QStringLiteral("-naccept"),
                        QStringLiteral("1")});
        QVERIFY(candidate->start());
        waitUntil(
            [&] {
                return candidate->output().contains(QStringLiteral("ACCEPT")) ||
                       candidate->process().state() == QProcess::NotRunning;
            },
            Timeout);
        if (candidate->output().contains(QStringLiteral("ACCEPT")))
            server = std::move(candidate);
    }
    QVERIFY2(server, "openssl s_server did not start listening");

    Timeline timeline(SessionClock::startingNow());
    QObject scope;
    TlsStream* client =
        connectClient(port, clientContext({QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")}, version),
                      &timeline, 1, &scope);
    const auto observed = observe(client);
    connect(client, &ByteStream::opened, client,
            [client] { client->write(QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n")); });
    QVERIFY2(waitUntil([&] { return observed->closed == 1; }, Timeout), qPrintable(server->output()));
    QVERIFY2(observed->failures.isEmpty(), qPrintable(quoted(observed->failures)));
    QVERIFY2(observed->data.startsWith("HTTP/1.0 200 ok"), observed->data.left(200).constData());
    // s_server's status page names the protocol it negotiated: an independent view of the same fact.
    QVERIFY(observed->data.contains(versionName.toLatin1()));
    QCOMPARE(client->sessionSummary().version, versionName);
    QCOMPARE(client->applicationProtocol(), QByteArrayLiteral("h2"));
    QVERIFY(server->waitForFinished(Timeout));
}

void TlsStreamTest::dissectsCapturedClientHello()
{
    const TlsHandshakeDissection hello = TlsHandshakeDissector::dissect(capturedClientHello);
    QVERIFY(hello.complete);
    QVERIFY(hello.wellFormed);
    QCOMPARE(hello.type, quint8(1));
    QCOMPARE(hello.name, QStringLiteral("ClientHello"));
    QCOMPARE(hello.length, quint32(capturedClientHello.size() - 4));
    QVERIFY(fieldsInBounds(hello.fields, capturedClientHello.size()));
    EventDetail detail;
    detail.fields = hello.fields;
    QCOMPARE(detail.fieldValue(u"type"), QStringLiteral("ClientHello (1)"));
    QCOMPARE(detail.fieldValue(u"legacy version"), QStringLiteral("TLS 1.2 (0x0303)"));
    QCOMPARE(detail.fieldValue(u"random"), QString::fromLatin1(capturedClientHello.mid(6, 32).toHex()));
    QCOMPARE(detail.fieldValue(u"session id"), QString::fromLatin1(capturedClientHello.mid(39, 32).toHex()));
    QCOMPARE(detail.fieldValue(u"cipher suites"), QStringLiteral("31 cipher suites"));
    QCOMPARE(detail.fieldValue(u"cipher suite"), QStringLiteral("TLS_AES_256_GCM_SHA384 (0x1302)"));
    QCOMPARE(detail.fieldValue(u"compression methods"), QStringLiteral("null"));
    QCOMPARE(detail.fieldValue(u"server_name"), QStringLiteral("localhost"));
    QCOMPARE(detail.fieldValue(u"host name"), QStringLiteral("localhost"));
    QCOMPARE(detail.fieldValue(u"application_layer_protocol_negotiation"), QStringLiteral("h2, http/1.1"));
    QCOMPARE(detail.fieldValue(u"supported_versions"), QStringLiteral("TLS 1.3, TLS 1.2, TLS 1.1, TLS 1.0"));
    QCOMPARE(detail.fieldValue(u"key_share"), QStringLiteral("x25519"));
    QCOMPARE(detail.fieldValue(u"psk_key_exchange_modes"), QStringLiteral("psk_dhe_ke"));
    QVERIFY(detail.fieldValue(u"supported_groups").startsWith(QStringLiteral("x25519, secp256r1, x448")));
    QVERIFY(detail.fieldValue(u"signature_algorithms").startsWith(QStringLiteral("ecdsa_secp256r1_sha256")));
    bool signalsRenegotiation = false;
    for (const Field& field : hello.fields)
        signalsRenegotiation |= field.value == QLatin1String("TLS_EMPTY_RENEGOTIATION_INFO_SCSV (0x00ff)");
    QVERIFY(signalsRenegotiation);
    QCOMPARE(detail.fieldValue(u"extended_master_secret"), QStringLiteral("(empty)"));

    // Fields point at their bytes: the host name's entry ends with "localhost", the key share is 32 bytes.
    for (const Field& field : hello.fields) {
        if (field.name == QLatin1String("host name"))
            QCOMPARE(capturedClientHello.mid(field.offset, field.length).right(9),
                     QByteArrayLiteral("localhost"));
        if (field.name == QLatin1String("key share")) {
            QCOMPARE(field.length, 4 + 32);
            QCOMPARE(capturedClientHello.mid(field.offset, 2), QByteArray::fromHex("001d"));
        }
        if (field.name == QLatin1String("protocol"))
            QVERIFY(capturedClientHello.mid(field.offset + 1, field.length - 1) == field.value.toLatin1());
    }
}

void TlsStreamTest::dissectsHelloRetryRequest()
{
    // RFC 8446 4.1.3: a ServerHello with this random asks the client to retry with another key share.
    const QByteArray body =
        QByteArray::fromHex("0303"
                            "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c"
                            "00"
                            "1301"
                            "00"
                            "000c"
                            "002b00020304"
                            "003300020017");
    QByteArray message = QByteArray::fromHex("02") + QByteArray::fromHex("000000");
    message[3] = char(body.size());
    message += body;
    const TlsHandshakeDissection retry = TlsHandshakeDissector::dissect(message);
    QVERIFY(retry.wellFormed);
    QCOMPARE(retry.name, QStringLiteral("HelloRetryRequest"));
    EventDetail detail;
    detail.fields = retry.fields;
    QCOMPARE(detail.fieldValue(u"key_share"), QStringLiteral("secp256r1"));
    QCOMPARE(detail.fieldValue(u"supported_versions"), QStringLiteral("TLS 1.3"));
    QCOMPARE(detail.fieldValue(u"cipher suite"), QStringLiteral("TLS_AES_128_GCM_SHA256 (0x1301)"));

    // A length inside that contradicts the outer one is malformed, not incomplete.
    QByteArray contradicting = message;
    contradicting[message.size() - 3] = char(0x09); // key_share claims 9 bytes of its 2
    const TlsHandshakeDissection bad = TlsHandshakeDissector::dissect(contradicting);
    QVERIFY(bad.complete);
    QVERIFY(!bad.wellFormed);
    QVERIFY(fieldsInBounds(bad.fields, contradicting.size()));
}

void TlsStreamTest::dissectorSurvivesPrefixesAndGarbage()
{
    // Every prefix of a real ClientHello parses, says it is incomplete, and stays inside its bytes.
    for (qsizetype n = 0; n < capturedClientHello.size(); ++n) {
        const QByteArray prefix = capturedClientHello.left(n);
        const TlsHandshakeDissection dissection = TlsHandshakeDissector::dissect(prefix);
        QVERIFY2(!dissection.complete, qPrintable(QString::number(n)));
        QVERIFY(!dissection.wellFormed);
        QVERIFY2(fieldsInBounds(dissection.fields, n), qPrintable(QString::number(n)));
        if (n >= 4) {
            QCOMPARE(dissection.name, QStringLiteral("ClientHello"));
            QCOMPARE(dissection.length, quint32(capturedClientHello.size() - 4));
        }
    }
    // Single-byte mutations of every position.
    for (qsizetype i = 0; i < capturedClientHello.size(); ++i) {
        for (const int value :
             {0x00, 0xff, quint8(capturedClientHello[i]) ^ 0x01, quint8(capturedClientHello[i]) + 1}) {
            QByteArray mutated = capturedClientHello;
            mutated[i] = char(value);
            const TlsHandshakeDissection dissection = TlsHandshakeDissector::dissect(mutated);
            QVERIFY(fieldsInBounds(dissection.fields, mutated.size()));
        }
    }
    // Random bodies under every message type the dissector decodes, with every version hint.
    QRandomGenerator generator(20240601);
    const quint8 types[] = {1, 2, 4, 5, 8, 11, 12, 13, 14, 15, 16, 20, 24, 254, 77};
    for (int round = 0; round < 3000; ++round) {
        const int size = int(generator.bounded(300));
        QByteArray body = pattern(size, generator.generate());
        const quint32 declared = generator.bounded(4) == 0 ? generator.bounded(1 << 24) : quint32(size);
        QByteArray message(4, '\0');
        message[0] = char(types[round % std::size(types)]);
        message[1] = char(declared >> 16);
        message[2] = char(declared >> 8);
        message[3] = char(declared);
        message += body;
        for (const quint16 version : {quint16(0), quint16(0x0303), quint16(0x0304)}) {
            const TlsHandshakeDissection dissection = TlsHandshakeDissector::dissect(message, version);
            QVERIFY(fieldsInBounds(dissection.fields, message.size()));
            QCOMPARE(dissection.complete, declared <= quint32(size));
        }
    }
}

QTEST_GUILESS_MAIN(TlsStreamTest)
#include "tst_tlsstream.moc"
