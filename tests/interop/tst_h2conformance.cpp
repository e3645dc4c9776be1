#include "tests/interop/interopsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QtEndian>

#include <cerrno>
#include <memory>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace protoviz;
using namespace protoviz::test;

namespace {

constexpr int ExchangeTimeout = 4000;

// RFC 9113 7: error codes.
enum ErrorCode : quint32 {
    ProtocolError = 0x1,
    InternalError = 0x2,
    FlowControlError = 0x3,
    StreamClosed = 0x5,
    FrameSizeError = 0x6,
    CompressionError = 0x9,
    EnhanceYourCalm = 0xb,
};

enum FrameType : quint8 {
    Data = 0x0,
    Headers = 0x1,
    Priority = 0x2,
    RstStream = 0x3,
    Settings = 0x4,
    PushPromise = 0x5,
    Ping = 0x6,
    GoAway = 0x7,
    WindowUpdate = 0x8,
    Continuation = 0x9,
};

enum Flag : quint8 {
    EndStream = 0x1,
    Ack = 0x1,
    EndHeaders = 0x4,
    Padded = 0x8,
    PriorityFlag = 0x20,
};

QByteArray frame(quint8 type, quint8 flags, quint32 stream, const QByteArray& payload)
{
    const quint32 length = quint32(payload.size());
    QByteArray bytes;
    bytes.append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    bytes.append(char(type)).append(char(flags));
    bytes.append(char(stream >> 24))
        .append(char(stream >> 16))
        .append(char(stream >> 8))
        .append(char(stream));
    return bytes + payload;
}

QByteArray u32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray setting(quint16 id, quint32 value)
{
    QByteArray bytes(2, Qt::Uninitialized);
    qToBigEndian(id, bytes.data());
    return bytes + u32(value);
}

// Every field as an HPACK literal without indexing and with a literal name (RFC 7541 6.2.2), so that the
// block says exactly what the case needs, uppercase names included, whatever the decoder's table holds.
QByteArray headerBlock(const QList<std::pair<QByteArray, QByteArray>>& fields)
{
    QByteArray block;
    for (const auto& [name, value] : fields) {
        Q_ASSERT(name.size() < 127 && value.size() < 127);
        block.append('\0').append(char(name.size())).append(name).append(char(value.size())).append(value);
    }
    return block;
}

QList<std::pair<QByteArray, QByteArray>> request(const QByteArray& method = "GET")
{
    return {{":method", method}, {":scheme", "http"}, {":path", "/"}, {":authority", "127.0.0.1"}};
}

QByteArray preface()
{
    return QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
}

// The client's preface and an empty SETTINGS frame: what every case starts with.
QByteArray opening()
{
    return preface() + frame(Settings, 0, 0, {});
}

// A request whose body is still to come: stream 1 stays open on the client's side.
QByteArray openStream(quint32 stream = 1)
{
    return frame(Headers, EndHeaders, stream, headerBlock(request("POST")));
}

// A header block cut into one HEADERS and many CONTINUATION frames, each carrying one field.
QByteArray continuationFlood(int continuations)
{
    QByteArray bytes = frame(Headers, EndStream, 1, headerBlock(request()));
    for (int i = 0; i < continuations; ++i)
        bytes += frame(Continuation, 0, 1, headerBlock({{"x-flood", QByteArray::number(i)}}));
    return bytes;
}

// Streams opened and at once reset by the client (CVE-2023-44487, "rapid reset").
QByteArray rapidResets(int streams)
{
    QByteArray bytes;
    for (int i = 0; i < streams; ++i) {
        const quint32 stream = quint32(2 * i + 1);
        bytes += frame(Headers, EndHeaders | EndStream, stream, headerBlock(request())) +
                 frame(RstStream, 0, stream, u32(0x8));
    }
    return bytes;
}

QByteArray withRequestAnd(const QList<std::pair<QByteArray, QByteArray>>& extra)
{
    QList<std::pair<QByteArray, QByteArray>> fields = request();
    fields.append(extra);
    return opening() + frame(Headers, EndHeaders | EndStream, 1, headerBlock(fields));
}

/// What the test must read from the server: a connection error is a GOAWAY with the code, then the end
/// of the connection; a stream error is a RST_STREAM on the stream with the code (a GOAWAY with the
/// code passes too: RFC 9113 5.4 lets an endpoint treat a stream error as a connection error).
struct Expectation
{
    bool connectionError = true;
    quint32 stream = 0;
    quint32 code = 0;
};

Expectation connectionError(quint32 code)
{
    return {true, 0, code};
}

Expectation streamError(quint32 stream, quint32 code)
{
    return {false, stream, code};
}

struct ReceivedFrame
{
    quint8 type = 0;
    quint32 stream = 0;
    quint32 code = 0; // GOAWAY and RST_STREAM
};

QList<ReceivedFrame> framesIn(const QByteArray& bytes)
{
    QList<ReceivedFrame> frames;
    for (qsizetype at = 0; at + 9 <= bytes.size();) {
        const auto* header = reinterpret_cast<const uchar*>(bytes.constData() + at);
        const qsizetype length = (qsizetype(header[0]) << 16) | (qsizetype(header[1]) << 8) | header[2];
        if (at + 9 + length > bytes.size())
            break;
        ReceivedFrame received{header[3], qFromBigEndian<quint32>(header + 5) & 0x7fffffffu, 0};
        if (received.type == GoAway && length >= 8)
            received.code = qFromBigEndian<quint32>(header + 9 + 4);
        else if (received.type == RstStream && length >= 4)
            received.code = qFromBigEndian<quint32>(header + 9);
        frames.append(received);
        at += 9 + length;
    }
    return frames;
}

QString describe(const QList<ReceivedFrame>& frames)
{
    static const char* const names[] = {"DATA",          "HEADERS",      "PRIORITY", "RST_STREAM",
                                        "SETTINGS",      "PUSH_PROMISE", "PING",     "GOAWAY",
                                        "WINDOW_UPDATE", "CONTINUATION"};
    QStringList parts;
    for (const ReceivedFrame& received : frames) {
        QString part = received.type <= Continuation ? QString::fromLatin1(names[received.type])
                                                     : QStringLiteral("type %1").arg(received.type);
        part += QStringLiteral("/%1").arg(received.stream);
        if (received.type == GoAway || received.type == RstStream)
            part += QStringLiteral("(0x%1)").arg(received.code, 0, 16);
        parts.append(part);
    }
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QLatin1Char(' '));
}

/// A connection to one of serve's ports: POSIX for cleartext (it tells the server's FIN from a reset),
/// QSslSocket with ALPN h2 for TLS.
class Wire
{
public:
    enum class End { Open, Closed, Reset };

    Wire(quint16 port, const QString& caCertificate, bool tls)
    {
        if (tls) {
            m_tls = std::make_unique<QSslSocket>();
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setCaCertificates(QSslCertificate::fromPath(caCertificate));
            configuration.setAllowedNextProtocols({QByteArrayLiteral("h2")});
            m_tls->setSslConfiguration(configuration);
            m_tls->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, QStringLiteral("localhost"));
            m_connected = m_tls->waitForEncrypted(ExchangeTimeout) &&
                          m_tls->sslConfiguration().nextNegotiatedProtocol() == "h2";
            return;
        }
        m_socket = test::connectToLoopback(port);
        m_connected = m_socket >= 0;
    }
    ~Wire()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    Wire(const Wire&) = delete;
    Wire& operator=(const Wire&) = delete;

    bool isConnected() const { return m_connected; }

    bool send(const QByteArray& bytes)
    {
        if (m_tls) {
            m_tls->write(bytes);
            return true;
        }
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n =
                ::send(m_socket, bytes.data() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }

    /// Reads until done(received) holds, the server ends the connection or timeoutMs passes.
    End readUntil(const std::function<bool(const QByteArray&)>& done, int timeoutMs, QByteArray* received)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            const End end = m_tls ? readTls(received) : readRaw(received);
            if (end != End::Open)
                return end;
            if (done(*received))
                return End::Open;
        }
        return End::Open;
    }

private:
    End readRaw(QByteArray* received)
    {
        pollfd descriptor{m_socket, POLLIN, 0};
        const int ready = ::poll(&descriptor, 1, 20);
        QCoreApplication::processEvents(); // serve's output keeps being read
        if (ready <= 0)
            return End::Open;
        char buffer[16384];
        const ssize_t n = ::recv(m_socket, buffer, sizeof buffer, 0);
        if (n == 0)
            return End::Closed;
        if (n < 0)
            return errno == EINTR || errno == EAGAIN ? End::Open : End::Reset;
        received->append(buffer, n);
        return End::Open;
    }

    End readTls(QByteArray* received)
    {
        m_tls->waitForReadyRead(20);
        received->append(m_tls->readAll());
        QCoreApplication::processEvents();
        if (m_tls->state() != QAbstractSocket::UnconnectedState)
            return End::Open;
        received->append(m_tls->readAll());
        return m_tls->error() == QAbstractSocket::RemoteHostClosedError ? End::Closed : End::Reset;
    }

    std::unique_ptr<QSslSocket> m_tls;
    int m_socket = -1;
    bool m_connected = false;
};

const char* endName(Wire::End end)
{
    switch (end) {
    case Wire::End::Open:
        return "still open";
    case Wire::End::Closed:
        return "closed";
    case Wire::End::Reset:
        return "reset";
    }
    return "?";
}

QString codeName(quint32 code)
{
    switch (code) {
    case ProtocolError:
        return QStringLiteral("PROTOCOL_ERROR");
    case FlowControlError:
        return QStringLiteral("FLOW_CONTROL_ERROR");
    case StreamClosed:
        return QStringLiteral("STREAM_CLOSED");
    case FrameSizeError:
        return QStringLiteral("FRAME_SIZE_ERROR");
    case CompressionError:
        return QStringLiteral("COMPRESSION_ERROR");
    case InternalError:
        return QStringLiteral("INTERNAL_ERROR");
    case EnhanceYourCalm:
        return QStringLiteral("ENHANCE_YOUR_CALM");
    }
    return QStringLiteral("0x%1").arg(code, 0, 16);
}

} // namespace

Q_DECLARE_METATYPE(Expectation)

/// RFC 9113's error cases (§3-§8) that can be seen from the wire, against both HTTP/2 listeners of
/// `protoviz-cli serve`: each case sends what the RFC forbids and reads the frames the server answers
/// with from a real socket. A connection error must put GOAWAY with the RFC's code on the wire before
/// the connection ends (and serve must print the event that says why it ended it); a stream error must
/// reset the stream with the RFC's code. Prints how many cases pass.
class Http2ConformanceTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejectsWhatTheRfcForbids_data();
    void rejectsWhatTheRfcForbids();
    void cleanup();
    void cleanupTestCase();

private:
    std::unique_ptr<ServeProcess> m_serve;
    int m_cases = 0;
    int m_passed = 0;
};

void Http2ConformanceTest::initTestCase()
{
    m_serve = std::make_unique<ServeProcess>(
        QStringList{QStringLiteral("--objects"), QStringLiteral("4"), QStringLiteral("--object-size"),
                    QStringLiteral("2000"), QStringLiteral("--events"), QStringLiteral("errors")});
    QString error;
    QVERIFY2(m_serve->start(&error), qPrintable(error));
}

void Http2ConformanceTest::rejectsWhatTheRfcForbids_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Expectation>("expected");

    struct Case
    {
        const char* name;
        QByteArray bytes;
        Expectation expected;
    };
    const QByteArray block = headerBlock(request());
    const QList<Case> cases{
        // §3.4
        {"3.4 invalid connection preface",
         QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nXX\r\n\r\n") + frame(Settings, 0, 0, {}),
         connectionError(ProtocolError)},
        {"3.4 SETTINGS not first", preface() + frame(Ping, 0, 0, QByteArray(8, 'p')),
         connectionError(ProtocolError)},
        // §4.2, §4.3
        {"4.2 frame larger than SETTINGS_MAX_FRAME_SIZE",
         opening() + frame(Headers, EndHeaders, 1, block + QByteArray(16385 - block.size(), '\0')),
         connectionError(FrameSizeError)},
        {"4.3 undecodable header block",
         opening() + frame(Headers, EndHeaders | EndStream, 1, QByteArray(32, '\xff')),
         connectionError(CompressionError)},
        // §5.1
        {"5.1 DATA on an idle stream", opening() + frame(Data, EndStream, 1, "abc"),
         connectionError(ProtocolError)},
        {"5.1 WINDOW_UPDATE on an idle stream", opening() + frame(WindowUpdate, 0, 1, u32(100)),
         connectionError(ProtocolError)},
        {"5.1 DATA on a half-closed (remote) stream",
         opening() + frame(Headers, EndHeaders | EndStream, 1, block) + frame(Data, 0, 1, "abc"),
         streamError(1, StreamClosed)},
        // §5.1.1
        {"5.1.1 HEADERS on an even stream id", opening() + frame(Headers, EndHeaders | EndStream, 2, block),
         connectionError(ProtocolError)},
        {"5.1.1 HEADERS on a stream id lower than one opened",
         opening() + frame(Headers, EndHeaders | EndStream, 5, block) +
             frame(Headers, EndHeaders | EndStream, 3, block),
         connectionError(ProtocolError)},
        // §5.3.1 (kept by RFC 9113 for the priority signals it still parses)
        {"5.3.1 stream depending on itself",
         opening() +
             frame(Headers, EndHeaders | EndStream | PriorityFlag, 1, u32(1) + QByteArray(1, '\x10') + block),
         streamError(1, ProtocolError)},
        // §6.1
        {"6.1 DATA on stream 0", opening() + frame(Data, 0, 0, "abc"), connectionError(ProtocolError)},
        {"6.1 DATA padding longer than the payload",
         opening() + openStream() + frame(Data, Padded, 1, QByteArray(1, '\x09') + "ab"),
         connectionError(ProtocolError)},
        // §6.2
        {"6.2 HEADERS on stream 0", opening() + frame(Headers, EndHeaders | EndStream, 0, block),
         connectionError(ProtocolError)},
        {"6.2 HEADERS padding longer than the payload",
         opening() + frame(Headers, EndHeaders | EndStream | Padded, 1, QByteArray(1, '\x7f') + block),
         connectionError(ProtocolError)},
        // §6.3
        {"6.3 PRIORITY on stream 0", opening() + frame(Priority, 0, 0, u32(1) + QByteArray(1, '\x10')),
         connectionError(ProtocolError)},
        {"6.3 PRIORITY with a length other than 5", opening() + openStream() + frame(Priority, 0, 1, u32(0)),
         streamError(1, FrameSizeError)},
        // §6.4
        {"6.4 RST_STREAM on stream 0", opening() + frame(RstStream, 0, 0, u32(0x8)),
         connectionError(ProtocolError)},
        {"6.4 RST_STREAM on an idle stream", opening() + frame(RstStream, 0, 1, u32(0x8)),
         connectionError(ProtocolError)},
        {"6.4 RST_STREAM with a length other than 4",
         opening() + openStream() + frame(RstStream, 0, 1, QByteArray(3, '\0')),
         connectionError(FrameSizeError)},
        // §6.5
        {"6.5 SETTINGS ACK with a payload", opening() + frame(Settings, Ack, 0, setting(0x3, 100)),
         connectionError(FrameSizeError)},
        {"6.5 SETTINGS on a stream", opening() + frame(Settings, 0, 1, setting(0x3, 100)),
         connectionError(ProtocolError)},
        {"6.5 SETTINGS length not a multiple of 6", opening() + frame(Settings, 0, 0, QByteArray(5, '\0')),
         connectionError(FrameSizeError)},
        {"6.5.2 SETTINGS_ENABLE_PUSH of 2", opening() + frame(Settings, 0, 0, setting(0x2, 2)),
         connectionError(ProtocolError)},
        {"6.5.2 SETTINGS_INITIAL_WINDOW_SIZE above 2^31-1",
         opening() + frame(Settings, 0, 0, setting(0x4, 0x80000000u)), connectionError(FlowControlError)},
        {"6.5.2 SETTINGS_MAX_FRAME_SIZE below 16384", opening() + frame(Settings, 0, 0, setting(0x5, 16383)),
         connectionError(ProtocolError)},
        {"6.5.2 SETTINGS_MAX_FRAME_SIZE above 2^24-1",
         opening() + frame(Settings, 0, 0, setting(0x5, 0x1000000)), connectionError(ProtocolError)},
        // §6.6, §8.4
        {"8.4 PUSH_PROMISE from a client", opening() + frame(PushPromise, EndHeaders, 1, u32(2) + block),
         connectionError(ProtocolError)},
        // §6.7
        {"6.7 PING on a stream", opening() + frame(Ping, 0, 1, QByteArray(8, 'p')),
         connectionError(ProtocolError)},
        {"6.7 PING with a length other than 8", opening() + frame(Ping, 0, 0, QByteArray(7, 'p')),
         connectionError(FrameSizeError)},
        // §6.8
        {"6.8 GOAWAY on a stream", opening() + frame(GoAway, 0, 1, u32(0) + u32(0)),
         connectionError(ProtocolError)},
        // §6.9
        {"6.9 WINDOW_UPDATE of 0 on the connection", opening() + frame(WindowUpdate, 0, 0, u32(0)),
         connectionError(ProtocolError)},
        {"6.9 WINDOW_UPDATE of 0 on a stream", opening() + openStream() + frame(WindowUpdate, 0, 1, u32(0)),
         streamError(1, ProtocolError)},
        {"6.9 WINDOW_UPDATE with a length other than 4",
         opening() + frame(WindowUpdate, 0, 0, QByteArray(3, '\1')), connectionError(FrameSizeError)},
        {"6.9.1 connection window above 2^31-1", opening() + frame(WindowUpdate, 0, 0, u32(0x7fffffff)),
         connectionError(FlowControlError)},
        {"6.9.1 stream window above 2^31-1",
         opening() + openStream() + frame(WindowUpdate, 0, 1, u32(0x7fffffff)),
         streamError(1, FlowControlError)},
        // §6.10
        {"6.10 CONTINUATION without HEADERS", opening() + frame(Continuation, EndHeaders, 1, block),
         connectionError(ProtocolError)},
        {"6.10 another frame inside a header block",
         opening() + frame(Headers, EndStream, 1, block) + frame(Ping, 0, 0, QByteArray(8, 'p')),
         connectionError(ProtocolError)},
        {"6.10 CONTINUATION on another stream",
         opening() + frame(Headers, EndStream, 1, block) + frame(Continuation, EndHeaders, 3, {}),
         connectionError(ProtocolError)},
        // §10.5: floods end the connection, and the GOAWAY still reaches the client
        {"10.5 PING flood", opening() + frame(Ping, 0, 0, QByteArray(8, 'p')).repeated(20000),
         connectionError(EnhanceYourCalm)},
        {"10.5 CONTINUATION flood", opening() + continuationFlood(200), connectionError(EnhanceYourCalm)},
        {"10.5 rapid reset", opening() + rapidResets(1500), connectionError(EnhanceYourCalm)},
        // §8.1, §8.2, §8.3: malformed requests are stream errors
        {"8.1 trailers without END_STREAM",
         opening() + openStream() + frame(Headers, EndHeaders, 1, headerBlock({{"x-trailer", "1"}})),
         streamError(1, ProtocolError)},
        {"8.1 pseudo-header in trailers",
         opening() + openStream() + frame(Headers, EndHeaders | EndStream, 1, headerBlock({{":path", "/"}})),
         streamError(1, ProtocolError)},
        {"8.1.1 content-length differs from the DATA",
         opening() +
             frame(Headers, EndHeaders, 1,
                   headerBlock(request("POST") +
                               QList<std::pair<QByteArray, QByteArray>>{{"content-length", "10"}})) +
             frame(Data, EndStream, 1, "abc"),
         streamError(1, ProtocolError)},
        {"8.2 uppercase field name", withRequestAnd({{"X-Upper", "1"}}), streamError(1, ProtocolError)},
        {"8.2.2 connection header", withRequestAnd({{"connection", "keep-alive"}}),
         streamError(1, ProtocolError)},
        {"8.2.2 keep-alive header", withRequestAnd({{"keep-alive", "timeout=5"}}),
         streamError(1, ProtocolError)},
        {"8.2.2 transfer-encoding header", withRequestAnd({{"transfer-encoding", "chunked"}}),
         streamError(1, ProtocolError)},
        {"8.2.2 upgrade header", withRequestAnd({{"upgrade", "h2c"}}), streamError(1, ProtocolError)},
        {"8.2.2 TE other than trailers", withRequestAnd({{"te", "gzip"}}), streamError(1, ProtocolError)},
        {"8.3 unknown pseudo-header", withRequestAnd({{":foo", "bar"}}), streamError(1, ProtocolError)},
        {"8.3 response pseudo-header in a request", withRequestAnd({{":status", "200"}}),
         streamError(1, ProtocolError)},
        {"8.3 pseudo-header after a regular field",
         opening() + frame(Headers, EndHeaders | EndStream, 1,
                           headerBlock({{":method", "GET"},
                                        {":scheme", "http"},
                                        {"x-a", "1"},
                                        {":path", "/"},
                                        {":authority", "127.0.0.1"}})),
         streamError(1, ProtocolError)},
        {"8.3 duplicate :path", withRequestAnd({{":path", "/again"}}), streamError(1, ProtocolError)},
        {"8.3.1 missing :method",
         opening() + frame(Headers, EndHeaders | EndStream, 1,
                           headerBlock({{":scheme", "http"}, {":path", "/"}, {":authority", "127.0.0.1"}})),
         streamError(1, ProtocolError)},
        {"8.3.1 empty :path",
         opening() +
             frame(
                 Headers, EndHeaders | EndStream, 1,
                 headerBlock(
                     {{":method", "GET"}, {":scheme", "http"}, {":path", ""}, {":authority", "127.0.0.1"}})),
         streamError(1, ProtocolError)},
    };
    for (const bool tls : {false, true}) {
        for (const Case& each : cases) {
            QTest::addRow("%s (%s)", each.name, tls ? "TLS" : "h2c") << tls << each.bytes << each.expected;
        }
    }
}

void Http2ConformanceTest::rejectsWhatTheRfcForbids()
{
    QFETCH(bool, tls);
    QFETCH(QByteArray, bytes);
    QFETCH(Expectation, expected);
    ++m_cases;

    const qsizetype mark = m_serve->mark();
    Wire wire(quint16(tls ? m_serve->httpsUrl().port() : m_serve->httpUrl().port()), m_serve->caCertificate(),
              tls);
    QVERIFY(wire.isConnected());
    QVERIFY(wire.send(bytes));
    auto answered = [&expected](const QByteArray& received) {
        for (const ReceivedFrame& each : framesIn(received)) {
            if (!expected.connectionError && each.type == RstStream && each.stream == expected.stream &&
                each.code == expected.code)
                return true;
        }
        return false;
    };
    QByteArray received;
    const Wire::End end = wire.readUntil(answered, ExchangeTimeout, &received);
    const QList<ReceivedFrame> frames = framesIn(received);
    const QString got = QStringLiteral("got %1, then the connection was %2")
                            .arg(describe(frames), QLatin1String(endName(end)));

    const auto goAway = std::find_if(frames.cbegin(), frames.cend(),
                                     [](const ReceivedFrame& each) { return each.type == GoAway; });
    if (expected.connectionError || goAway != frames.cend()) {
        QVERIFY2(goAway != frames.cend(), qPrintable(QStringLiteral("no GOAWAY: ") + got));
        QVERIFY2(goAway->code == expected.code,
                 qPrintable(QStringLiteral("expected GOAWAY(%1): ").arg(codeName(expected.code)) + got));
        // The GOAWAY explains the end: the connection closes behind it, in order.
        QVERIFY2(end == Wire::End::Closed, qPrintable(got));
        const QString why = m_serve->waitForLine(
            QRegularExpression(QStringLiteral("ended the connection: %1").arg(codeName(expected.code))), mark,
            3000);
        QVERIFY2(!why.isEmpty(),
                 qPrintable(QStringLiteral("serve printed no reason: ") + m_serve->output().mid(mark)));
    } else {
        QVERIFY2(answered(received), qPrintable(QStringLiteral("expected RST_STREAM(%1, %2): ")
                                                    .arg(expected.stream)
                                                    .arg(codeName(expected.code)) +
                                                got));
    }
}

void Http2ConformanceTest::cleanup()
{
    if (QTest::currentDataTag() && !QTest::currentTestFailed() &&
        QByteArrayView(QTest::currentTestFunction()) == "rejectsWhatTheRfcForbids")
        ++m_passed;
}

void Http2ConformanceTest::cleanupTestCase()
{
    qInfo("h2 conformance: %d of %d cases pass", m_passed, m_cases);
    if (!m_serve)
        return;
    QVERIFY2(m_serve->isRunning(), "serve stopped during the cases");
    QCOMPARE(m_serve->stop(), 0);
}

QTEST_GUILESS_MAIN(Http2ConformanceTest)
#include "tst_h2conformance.moc"
