#include "core/http1/http1eventlog.h"
#include "core/http1/http1parser.h"
#include "core/http1/http1parserhandler.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace protoviz;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(protoviz::Http1ErrorCode)

namespace {

// Everything a parser reported, in a form that does not depend on how the input was cut up.
struct Transcript
{
    int begins = 0;
    QList<Http1MessageHead> heads;
    QList<QByteArray> bodies; // payload of each completed message
    QList<qint64> completedSizes;
    QList<HeaderList> trailers;
    QByteArray current;
    qint64 wireBytes = 0;    // body bytes as received, framing included
    qint64 payloadBytes = 0; // body payload bytes
    int bodyCalls = 0;
    Http1ParseError error;
    qsizetype consumed = 0;
    QStringList order; // "begin", "head", "body", "end", "error"; repeated "body" collapsed

    QByteArray rawHeads() const
    {
        QByteArray all;
        for (const Http1MessageHead& head : heads)
            all += head.raw;
        return all;
    }

    // Compares what must not depend on chunking.
    bool sameAs(const Transcript& other) const
    {
        return begins == other.begins && rawHeads() == other.rawHeads() && bodies == other.bodies &&
               completedSizes == other.completedSizes && trailers == other.trailers &&
               current == other.current && wireBytes == other.wireBytes &&
               payloadBytes == other.payloadBytes && error.code == other.error.code &&
               error.offset == other.error.offset && consumed == other.consumed && order == other.order;
    }
};

class Collector final : public Http1ParserHandler
{
public:
    Transcript t;
    std::function<void()> onComplete;

    void onMessageBegin() override
    {
        ++t.begins;
        note(QStringLiteral("begin"));
    }
    void onHead(const Http1MessageHead& head) override
    {
        t.heads.append(head);
        note(QStringLiteral("head"));
    }
    void onBody(QByteArrayView wire, QByteArrayView payload) override
    {
        QVERIFY(!wire.isEmpty());
        QVERIFY(payload.size() <= wire.size());
        ++t.bodyCalls;
        t.wireBytes += wire.size();
        t.payloadBytes += payload.size();
        t.current += payload;
        note(QStringLiteral("body"));
    }
    void onMessageComplete(qint64 payloadBytes, const HeaderList& trailers) override
    {
        t.bodies.append(std::exchange(t.current, {}));
        t.completedSizes.append(payloadBytes);
        t.trailers.append(trailers);
        note(QStringLiteral("end"));
        if (onComplete)
            onComplete();
    }
    void onError(const Http1ParseError& error) override
    {
        QVERIFY(!t.error.isError());
        t.error = error;
        note(QStringLiteral("error"));
    }

private:
    void note(const QString& what)
    {
        if (what == QStringLiteral("body") && !t.order.isEmpty() && t.order.constLast() == what)
            return;
        t.order.append(what);
    }
};

struct Run
{
    Http1Parser::Mode mode = Http1Parser::Mode::Request;
    QList<QByteArray> methods; // responses: the methods of the requests they answer
    bool eof = false;
    Http1Parser::Limits limits;
};

// Feeds input in pieces of chunkSize bytes (0: all at once; -1: random sizes from seed).
Transcript parse(const QByteArray& input, const Run& run, int chunkSize, quint32 seed = 1)
{
    Collector collector;
    Http1Parser parser(run.mode, &collector, run.limits);
    for (const QByteArray& method : run.methods)
        parser.expectResponseTo(method);
    QRandomGenerator random(seed);
    qsizetype offset = 0;
    while (offset < input.size()) {
        qsizetype size = input.size() - offset;
        if (chunkSize > 0)
            size = std::min<qsizetype>(chunkSize, size);
        else if (chunkSize < 0)
            size = std::min<qsizetype>(1 + random.bounded(40), size);
        const qsizetype consumed = parser.feed(QByteArrayView(input).sliced(offset, size));
        collector.t.consumed += consumed;
        if (consumed < size)
            break;
        offset += size;
    }
    if (run.eof)
        parser.finish();
    return collector.t;
}

// A literal that may hold NUL bytes.
template <std::size_t N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

QByteArray repeated(char c, int count)
{
    return QByteArray(count, c);
}

const QByteArray simpleGet = QByteArrayLiteral("GET /tiles/3 HTTP/1.1\r\nHost: example.test\r\n\r\n");

} // namespace

class Http1ParserTest : public QObject
{
    Q_OBJECT

private slots:
    void requests_data();
    void requests();
    void responses_data();
    void responses();
    void simpleGetHead();
    void keepAliveSemantics_data();
    void keepAliveSemantics();
    void chunkedAccounting();
    void closeDelimitedEndsOnEof();
    void switchingProtocolsStopsParsing();
    void stopAndResume();
    void errorsCarryExplanations();
    void headFieldsLocateBytes();
    void mutatedInputIsHandledAlikeInAnyChunking();
};

void Http1ParserTest::requests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("eof");
    QTest::addColumn<qint64>("maxBody");
    QTest::addColumn<QList<QByteArray>>("bodies"); // of the completed messages
    QTest::addColumn<Http1ErrorCode>("error");
    QTest::addColumn<int>("status");

    using E = Http1ErrorCode;
    const qint64 big = 1 << 20;
    const QList<QByteArray> none;
    const QList<QByteArray> one{QByteArray()};
    const QByteArray post = QByteArrayLiteral("POST /up HTTP/1.1\r\nHost: a\r\n");

    QTest::newRow("simple GET") << simpleGet << false << big << one << E::None << 0;
    QTest::newRow("pipelined") << simpleGet + "HEAD / HTTP/1.1\r\nHost: a\r\n\r\n" + simpleGet << false << big
                               << QList<QByteArray>{{}, {}, {}} << E::None << 0;
    QTest::newRow("leading empty lines skipped")
        << QByteArray("\r\n\r\n" + simpleGet) << false << big << one << E::None << 0;
    QTest::newRow("HTTP/1.0 without Host")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << false << big << one << E::None << 0;
    QTest::newRow("content-length body") << QByteArray(post + "Content-Length: 5\r\n\r\nhello" + simpleGet)
                                         << false << big << QList<QByteArray>{"hello", {}} << E::None << 0;
    QTest::newRow("repeated equal content-length")
        << QByteArray(post + "Content-Length: 5\r\nContent-Length: 5, 5\r\n\r\nhello") << false << big
        << QList<QByteArray>{"hello"} << E::None << 0;
    QTest::newRow("chunked with extensions and trailers")
        << QByteArray(post +
                      "Transfer-Encoding: chunked\r\n\r\n"
                      "5;name=value;flag\r\nhello\r\n"
                      "6 ; q=\"a \\\"quoted\\\" one\"\r\n world\r\n"
                      "0\r\nX-Checksum: 42\r\nX-Other: b\r\n\r\n" +
                      simpleGet)
        << false << big << QList<QByteArray>{"hello world", {}} << E::None << 0;
    QTest::newRow("empty chunked body") << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                        << false << big << one << E::None << 0;

    QTest::newRow("lone LF") << QByteArray("GET / HTTP/1.1\nHost: a\r\n\r\n") << false << big << none
                             << E::InvalidLineEnding << 400;
    QTest::newRow("lone CR") << QByteArray("GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n") << false << big << none
                             << E::InvalidLineEnding << 400;
    QTest::newRow("request line too long")
        << QByteArray("GET /" + repeated('a', 9000) + " HTTP/1.1\r\nHost: a\r\n\r\n") << false << big << none
        << E::RequestLineTooLong << 414;
    QTest::newRow("header section too large")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + repeated('b', 70 * 1024) + "\r\n\r\n") << false
        << big << none << E::HeadTooLarge << 431;
    QByteArray manyFields = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 0; i < 100; ++i)
        manyFields += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too many fields") << QByteArray(manyFields + "\r\n") << false << big << none
                                     << E::TooManyFields << 431;
    QTest::newRow("body too large (length)") << QByteArray(post + "Content-Length: 2000\r\n\r\n") << false
                                             << qint64(1000) << none << E::BodyTooLarge << 413;
    QTest::newRow("body too large (chunked)")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n200\r\n" + repeated('x', 0x200) +
                      "\r\n400\r\n")
        << false << qint64(1000) << none << E::BodyTooLarge << 413;
    QTest::newRow("chunk size not hex") << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << false << big << none << E::InvalidChunkSize << 400;
    QTest::newRow("chunk size overflow")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n") << false << big
        << none << E::InvalidChunkSize << 400;
    QTest::newRow("chunk size with junk") << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n5x\r\n")
                                          << false << big << none << E::InvalidChunkSize << 400;
    QTest::newRow("bad chunk extension") << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n5;=v\r\n")
                                         << false << big << none << E::InvalidChunkExtension << 400;
    QTest::newRow("chunk data too long")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n5\r\nhelloXX\r\n0\r\n\r\n") << false << big
        << none << E::InvalidChunkFraming << 400;
    QTest::newRow("chunk line too long")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n5;" + repeated('a', 5000) + "\r\n") << false
        << big << none << E::ChunkLineTooLong << 400;
    QTest::newRow("conflicting content-length")
        << QByteArray(post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!") << false << big << none
        << E::ConflictingContentLength << 400;
    QTest::newRow("conflicting content-length list")
        << QByteArray(post + "Content-Length: 5, 6\r\n\r\nhello!") << false << big << none
        << E::ConflictingContentLength << 400;
    QTest::newRow("content-length and transfer-encoding")
        << QByteArray(post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << false
        << big << none << E::ContentLengthWithTransferEncoding << 400;
    QTest::newRow("content-length not a number") << QByteArray(post + "Content-Length: +5\r\n\r\nhello")
                                                 << false << big << none << E::InvalidContentLength << 400;
    QTest::newRow("content-length empty element") << QByteArray(post + "Content-Length: 5,\r\n\r\nhello")
                                                  << false << big << none << E::InvalidContentLength << 400;
    QTest::newRow("transfer-encoding without chunked")
        << QByteArray(post + "Transfer-Encoding: gzip\r\n\r\n") << false << big << none
        << E::InvalidTransferEncoding << 400;
    QTest::newRow("chunked twice") << QByteArray(post + "Transfer-Encoding: chunked, chunked\r\n\r\n")
                                   << false << big << none << E::InvalidTransferEncoding << 400;
    QTest::newRow("unsupported transfer coding")
        << QByteArray(post + "Transfer-Encoding: gzip, chunked\r\n\r\n") << false << big << none
        << E::UnsupportedTransferCoding << 501;
    QTest::newRow("HTTP/2.0 request line") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << false << big
                                           << none << E::UnsupportedVersion << 505;
    QTest::newRow("HTTP/0.9 version")
        << QByteArray("GET / HTTP/0.9\r\n\r\n") << false << big << none << E::UnsupportedVersion << 505;
    QTest::newRow("malformed version") << QByteArray("GET / HTTP/1.10\r\nHost: a\r\n\r\n") << false << big
                                       << none << E::InvalidVersion << 400;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\nHost: a\r\n\r\n") << false << big
                                        << none << E::InvalidVersion << 400;
    QTest::newRow("method not a token")
        << QByteArray("G@T / HTTP/1.1\r\nHost: a\r\n\r\n") << false << big << none << E::InvalidMethod << 400;
    QTest::newRow("binary garbage") << bytes("\x16\x03\x01\x02\x00 \x01\x02 x\r\n\r\n") << false << big
                                    << none << E::InvalidMethod << 400;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") << false << big << none
                                << E::InvalidRequestLine << 400;
    QTest::newRow("HTTP/0.9 style") << QByteArray("GET /\r\n\r\n") << false << big << none
                                    << E::InvalidRequestLine << 400;
    QTest::newRow("control char in target") << QByteArray("GET /a\x7f HTTP/1.1\r\nHost: a\r\n\r\n") << false
                                            << big << none << E::InvalidTarget << 400;
    QTest::newRow("non-ASCII target") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n") << false
                                      << big << none << E::InvalidTarget << 400;
    QTest::newRow("control char in value") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: a\x01\x02\r\n\r\n")
                                           << false << big << none << E::InvalidFieldValue << 400;
    QTest::newRow("NUL in value") << bytes("GET / HTTP/1.1\r\nHost: a\r\nX: a\0b\r\n\r\n") << false << big
                                  << none << E::InvalidFieldValue << 400;
    QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n  b\r\n\r\n") << false
                              << big << none << E::ObsoleteLineFolding << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << false << big
                                        << none << E::InvalidFieldName << 400;
    QTest::newRow("line without colon") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nnocolon\r\n\r\n") << false
                                        << big << none << E::InvalidFieldName << 400;
    QTest::newRow("missing Host") << QByteArray("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n") << false << big
                                  << none << E::MissingHost << 400;
    QTest::newRow("two Host fields") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << false
                                     << big << none << E::DuplicateHost << 400;
    QTest::newRow("EOF in head") << QByteArray("GET / HTTP/1.1\r\nHo") << true << big << none
                                 << E::TruncatedMessage << 400;
    QTest::newRow("EOF in body") << QByteArray(post + "Content-Length: 10\r\n\r\nhello") << true << big
                                 << none << E::TruncatedMessage << 400;
    QTest::newRow("EOF between messages") << simpleGet << true << big << one << E::None << 0;
}

void Http1ParserTest::requests()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, eof);
    QFETCH(qint64, maxBody);
    QFETCH(QList<QByteArray>, bodies);
    QFETCH(Http1ErrorCode, error);
    QFETCH(int, status);

    Run run;
    run.eof = eof;
    run.limits.maxBodySize = maxBody;
    const Transcript whole = parse(input, run, 0);
    QCOMPARE(whole.bodies, bodies);
    QCOMPARE(whole.error.code, error);
    QCOMPARE(whole.error.status, status);
    QCOMPARE(whole.error.explanation.isEmpty(), error == Http1ErrorCode::None);
    if (error == Http1ErrorCode::None)
        QCOMPARE(whole.consumed, input.size());
    QCOMPARE(whole.heads.size() >= whole.bodies.size(), true);
    QCOMPARE(whole.payloadBytes,
             std::accumulate(bodies.cbegin(), bodies.cend(), qint64(0), [](qint64 sum, const QByteArray& b) {
                 return sum + b.size();
             }) + whole.current.size());

    const Transcript bytewise = parse(input, run, 1);
    QVERIFY2(bytewise.sameAs(whole), "byte-at-a-time feeding must report the same messages");
    for (quint32 seed = 1; seed <= 5; ++seed)
        QVERIFY2(parse(input, run, -1, seed).sameAs(whole), "random chunking must report the same messages");
}

void Http1ParserTest::responses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("methods");
    QTest::addColumn<bool>("eof");
    QTest::addColumn<QList<int>>("statuses"); // of every head, interim ones included
    QTest::addColumn<QList<QByteArray>>("bodies");
    QTest::addColumn<Http1ErrorCode>("error");

    using E = Http1ErrorCode;
    const QList<QByteArray> get{"GET"};
    const QByteArray ok5 = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");

    QTest::newRow("content-length") << ok5 << get << false << QList<int>{200} << QList<QByteArray>{"hello"}
                                    << E::None;
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nhi") << get
                                      << false << QList<int>{200} << QList<QByteArray>{"hi"} << E::None;
    QTest::newRow("empty reason phrase") << QByteArray("HTTP/1.1 404 \r\nContent-Length: 0\r\n\r\n") << get
                                         << false << QList<int>{404} << QList<QByteArray>{{}} << E::None;
    QTest::newRow("chunked with trailers")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "3;x=1\r\nabc\r\n2\r\nde\r\n0\r\nGrpc-Status: 0\r\n\r\n")
        << get << false << QList<int>{200} << QList<QByteArray>{"abcde"} << E::None;
    QTest::newRow("close-delimited") << QByteArray("HTTP/1.1 200 OK\r\n\r\nuntil the end") << get << true
                                     << QList<int>{200} << QList<QByteArray>{"until the end"} << E::None;
    QTest::newRow("HTTP/1.0 close-delimited") << QByteArray("HTTP/1.0 200 OK\r\n\r\nold") << get << true
                                              << QList<int>{200} << QList<QByteArray>{"old"} << E::None;
    QTest::newRow("gzip transfer coding is close-delimited")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nzz") << get << true
        << QList<int>{200} << QList<QByteArray>{"zz"} << E::None;
    QTest::newRow("HEAD then GET") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 4096\r\n\r\n" + ok5)
                                   << QList<QByteArray>{"HEAD", "GET"} << false << QList<int>{200, 200}
                                   << QList<QByteArray>{{}, "hello"} << E::None;
    QTest::newRow("204 then 200") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n" + ok5)
                                  << QList<QByteArray>{"GET", "GET"} << false << QList<int>{204, 200}
                                  << QList<QByteArray>{{}, "hello"} << E::None;
    QTest::newRow("304 ignores content-length")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 99\r\n\r\n" + ok5)
        << QList<QByteArray>{"GET", "GET"} << false << QList<int>{304, 200} << QList<QByteArray>{{}, "hello"}
        << E::None;
    QTest::newRow("100 Continue then final")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + ok5 +
                      "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n")
        << QList<QByteArray>{"POST", "HEAD"} << false << QList<int>{100, 103, 200, 200}
        << QList<QByteArray>{{}, {}, "hello", {}} << E::None;
    QTest::newRow("pipelined responses")
        << QByteArray(ok5 + ok5 + ok5) << QList<QByteArray>{"GET", "GET", "GET"} << false
        << QList<int>{200, 200, 200} << QList<QByteArray>{"hello", "hello", "hello"} << E::None;
    QTest::newRow("truncated body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello") << get
                                    << true << QList<int>{200} << QList<QByteArray>{} << E::TruncatedMessage;
    QTest::newRow("truncated chunked")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhe") << get << true
        << QList<int>{200} << QList<QByteArray>{} << E::TruncatedMessage;
    QTest::newRow("two-digit status") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << get << false << QList<int>{}
                                      << QList<QByteArray>{} << E::InvalidStatusLine;
    QTest::newRow("status out of range") << QByteArray("HTTP/1.1 700 Odd\r\n\r\n") << get << false
                                         << QList<int>{} << QList<QByteArray>{} << E::InvalidStatusLine;
    QTest::newRow("status line too long")
        << QByteArray("HTTP/1.1 200 " + repeated('k', 9000) + "\r\n\r\n") << get << false << QList<int>{}
        << QList<QByteArray>{} << E::StatusLineTooLong;
    QTest::newRow("HTTP/2 status line") << QByteArray("HTTP/2.0 200 OK\r\n\r\n") << get << false
                                        << QList<int>{} << QList<QByteArray>{} << E::UnsupportedVersion;
    QTest::newRow("smuggling CL and TE")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << get << false << QList<int>{} << QList<QByteArray>{} << E::ContentLengthWithTransferEncoding;
}

void Http1ParserTest::responses()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, methods);
    QFETCH(bool, eof);
    QFETCH(QList<int>, statuses);
    QFETCH(QList<QByteArray>, bodies);
    QFETCH(Http1ErrorCode, error);

    Run run;
    run.mode = Http1Parser::Mode::Response;
    run.methods = methods;
    run.eof = eof;
    const Transcript whole = parse(input, run, 0);
    QList<int> seen;
    for (const Http1MessageHead& head : whole.heads) {
        QVERIFY(!head.request);
        seen.append(head.status);
    }
    QCOMPARE(seen, statuses);
    QCOMPARE(whole.bodies, bodies);
    QCOMPARE(whole.error.code, error);
    if (error != Http1ErrorCode::None)
        QCOMPARE(whole.error.status, 502);

    QVERIFY(parse(input, run, 1).sameAs(whole));
    for (quint32 seed = 1; seed <= 5; ++seed)
        QVERIFY(parse(input, run, -1, seed).sameAs(whole));
}

void Http1ParserTest::simpleGetHead()
{
    const QByteArray input = "GET /tiles/3?x=1 HTTP/1.1\r\nHost: example.test\r\nAccept:  */* \r\n"
                             "X-Empty:\r\n\r\n";
    const Transcript t = parse(input, {}, 0);
    QCOMPARE(t.heads.size(), 1);
    const Http1MessageHead& head = t.heads.constFirst();
    QVERIFY(head.request);
    QCOMPARE(head.method, QByteArray("GET"));
    QCOMPARE(head.target, QByteArray("/tiles/3?x=1"));
    QCOMPARE(head.version(), QByteArray("HTTP/1.1"));
    QCOMPARE(head.raw, input);
    const HeaderList expected{{"Host", "example.test"}, {"Accept", "*/*"}, {"X-Empty", ""}};
    QCOMPARE(head.headers, expected);
    QCOMPARE(head.framing, Http1BodyFraming::None);
    QVERIFY(head.keepAlive);
    QCOMPARE(t.order, (QStringList{u"begin"_s, u"head"_s, u"end"_s}));
    QCOMPARE(t.bodyCalls, 0);
}

void Http1ParserTest::keepAliveSemantics_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("request");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << true << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n") << true
                               << false;
    QTest::newRow("1.1 close in a list")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: upgrade, close\r\n\r\n") << true << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << true << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true
                                    << true;
    QTest::newRow("1.0 with transfer-encoding")
        << QByteArray(
               "POST / HTTP/1.0\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << true << false;
    QTest::newRow("response 1.1") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << false
                                  << true;
    QTest::newRow("response close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n") << false << false;
    QTest::newRow("response 1.0 keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n") << false
        << true;
    QTest::newRow("response close-delimited") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << false << false;
}

void Http1ParserTest::keepAliveSemantics()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, request);
    QFETCH(bool, keepAlive);
    Run run;
    run.mode = request ? Http1Parser::Mode::Request : Http1Parser::Mode::Response;
    const Transcript t = parse(input, run, 0);
    QCOMPARE(t.error.code, Http1ErrorCode::None);
    QCOMPARE(t.heads.size(), 1);
    QCOMPARE(t.heads.constFirst().keepAlive, keepAlive);
}

void Http1ParserTest::chunkedAccounting()
{
    // head: 19 + 9 + 28 + 2 = 58 bytes. body on the wire: 9+5+2 + 3+6+2 + 3 + 16 + 2 = 48 bytes, of
    // which 11 are payload and 37 chunk framing (sizes, extension, CR LFs, last chunk, trailer).
    const QByteArray head = "POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray body = "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\n";
    QCOMPARE(head.size(), 58);
    QCOMPARE(body.size(), 48);
    for (const int chunk : {0, 1, 7}) {
        const Transcript t = parse(head + body + simpleGet, {}, chunk);
        QCOMPARE(t.error.code, Http1ErrorCode::None);
        QCOMPARE(t.heads.size(), 2);
        QCOMPARE(t.heads[0].raw.size(), 58);
        QCOMPARE(t.heads[1].raw.size(), simpleGet.size());
        QCOMPARE(t.wireBytes, 48);
        QCOMPARE(t.payloadBytes, 11);
        QCOMPARE(t.wireBytes - t.payloadBytes, 37);
        QCOMPARE(t.completedSizes, (QList<qint64>{11, 0}));
        QCOMPARE(t.bodies.constFirst(), QByteArray("hello world"));
        QCOMPARE(t.trailers.constFirst(), (HeaderList{{"X-Trailer", "yes"}}));
        // Head bytes + body wire bytes account for every byte of the connection.
        QCOMPARE(t.heads[0].raw.size() + t.heads[1].raw.size() + t.wireBytes, t.consumed);
        if (chunk == 0)
            QCOMPARE(t.bodyCalls, 1); // one piece per feed
    }

    // Content-Length bodies carry no framing.
    const QByteArray lengthMessage = "POST /up HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789";
    const Transcript t = parse(lengthMessage, {}, 3);
    QCOMPARE(t.wireBytes, 10);
    QCOMPARE(t.payloadBytes, 10);
    QCOMPARE(t.heads.constFirst().contentLength, 10);
    QCOMPARE(t.heads.constFirst().framing, Http1BodyFraming::Length);
}

void Http1ParserTest::closeDelimitedEndsOnEof()
{
    Collector collector;
    Http1Parser parser(Http1Parser::Mode::Response, &collector);
    parser.expectResponseTo("GET");
    const QByteArray start = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nsome";
    QCOMPARE(parser.feed(start), start.size());
    QCOMPARE(parser.feed(" more"), 5);
    QVERIFY(collector.t.bodies.isEmpty());
    QVERIFY(!parser.isBetweenMessages());
    QCOMPARE(collector.t.heads.constFirst().framing, Http1BodyFraming::UntilClose);
    QVERIFY(!collector.t.heads.constFirst().keepAlive);
    parser.finish();
    QCOMPARE(collector.t.bodies, QList<QByteArray>{"some more"});
    QVERIFY(parser.isStopped());
    QCOMPARE(parser.feed("late"), 0);
}

void Http1ParserTest::switchingProtocolsStopsParsing()
{
    Collector collector;
    Http1Parser parser(Http1Parser::Mode::Response, &collector);
    parser.expectResponseTo("GET");
    const QByteArray head =
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n";
    const QByteArray frame = QByteArray::fromHex("8105");
    QCOMPARE(parser.feed(QByteArray(head + frame)), head.size());
    QVERIFY(parser.isUpgraded());
    QVERIFY(parser.isStopped());
    QCOMPARE(collector.t.order, (QStringList{u"begin"_s, u"head"_s, u"end"_s}));
    parser.resume();
    QCOMPARE(parser.feed(frame), 0);
}

void Http1ParserTest::stopAndResume()
{
    Collector collector;
    Http1Parser parser(Http1Parser::Mode::Request, &collector);
    collector.onComplete = [&] { parser.stop(); };
    const QByteArray second = "GET /second HTTP/1.1\r\nHost: a\r\n\r\n";
    const QByteArray input = simpleGet + second;
    QCOMPARE(parser.feed(input), simpleGet.size());
    QCOMPARE(collector.t.heads.size(), 1);
    QCOMPARE(parser.feed(second), 0);
    collector.onComplete = {};
    parser.resume();
    QCOMPARE(parser.feed(QByteArrayView(input).sliced(simpleGet.size())), second.size());
    QCOMPARE(collector.t.heads.size(), 2);
    QCOMPARE(collector.t.heads[1].target, QByteArray("/second"));
    QCOMPARE(parser.consumed(), input.size());
}

void Http1ParserTest::errorsCarryExplanations()
{
    // Every code explains itself, and the server status matches the code's meaning.
    for (int code = int(Http1ErrorCode::InvalidLineEnding); code <= int(Http1ErrorCode::TruncatedMessage);
         ++code) {
        const auto error = Http1ParseError::make(Http1ErrorCode(code), true, 7, 123);
        QVERIFY2(!error.explanation.isEmpty(), qPrintable(QString::number(code)));
        QVERIFY(error.status >= 400 && error.status < 600);
        QCOMPARE(error.offset, 7);
        QCOMPARE(Http1ParseError::make(Http1ErrorCode(code), false, 0).status, 502);
    }
    QVERIFY(
        Http1ParseError::make(Http1ErrorCode::HeadTooLarge, true, 0, 65536).explanation.contains(u"65536"_s));
    QCOMPARE(Http1ParseError::make(Http1ErrorCode::None, true, 0).status, 0);

    // The offset says where in the connection the problem was found.
    const Transcript t = parse(simpleGet + "GET / HTTP/1.1\nHost: a\r\n\r\n", {}, 0);
    QCOMPARE(t.error.offset, simpleGet.size() + 14);
}

void Http1ParserTest::headFieldsLocateBytes()
{
    const QByteArray request = "GET /tiles/1 HTTP/1.1\r\nhost: example.test\r\nuser-agent: ProtoViz\r\n\r\n";
    const QList<Field> fields = Http1EventLog::headFields(request);
    QCOMPARE(fields.size(), 5);
    const auto check = [&](int i, const QString& name, const QString& value, int offset, int length) {
        QCOMPARE(fields[i].name, name);
        QCOMPARE(fields[i].value, value);
        QCOMPARE(fields[i].offset, offset);
        QCOMPARE(fields[i].length, length);
    };
    check(0, u"method"_s, u"GET"_s, 0, 3);
    check(1, u"target"_s, u"/tiles/1"_s, 4, 8);
    check(2, u"version"_s, u"HTTP/1.1"_s, 13, 8);
    check(3, u"host"_s, u"example.test"_s, 23, 18);
    check(4, u"user-agent"_s, u"ProtoViz"_s, 43, 20);

    const QByteArray response = "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n";
    const QList<Field> responseFields = Http1EventLog::headFields(response);
    QCOMPARE(responseFields.size(), 4);
    QCOMPARE(responseFields[0].value, u"HTTP/1.1"_s);
    QCOMPARE(responseFields[1].name, u"status"_s);
    QCOMPARE(responseFields[1].value, u"404"_s);
    QCOMPARE(responseFields[2].name, u"reason"_s);
    QCOMPARE(responseFields[2].value, u"Not Found"_s);
    QCOMPARE(responseFields[2].offset, 13);
    QCOMPARE(responseFields[2].length, 9);
    QCOMPARE(responseFields[3].name, u"content-length"_s);
    QCOMPARE(responseFields[3].offset, 24);
}

void Http1ParserTest::mutatedInputIsHandledAlikeInAnyChunking()
{
    // A poor man's fuzzer: mutations of valid traffic must never crash the parser, and how the bytes
    // are cut up must never change what it reports.
    const QList<QByteArray> corpus{
        simpleGet + simpleGet,
        "POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;e=\"q\"\r\nhello\r\n0\r\nT: "
        "1\r\n\r\n",
        "POST /up HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nbody" + simpleGet,
    };
    const QList<QByteArray> responseCorpus{
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloHTTP/1.1 204 No Content\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\r\n0123456789\r\n0\r\n\r\n",
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 200 OK\r\n\r\nrest",
    };
    QRandomGenerator random(20240601);
    const QByteArray interesting = bytes("\r\n :;,\t0aF\x00\xff-\"");
    Run limits;
    limits.limits.maxStartLine = 64;
    limits.limits.maxHeadSize = 256;
    limits.limits.maxFields = 4;
    limits.limits.maxBodySize = 64;
    limits.limits.maxChunkLine = 16;
    for (int round = 0; round < 1500; ++round) {
        const bool request = round % 2 == 0;
        const QList<QByteArray>& source = request ? corpus : responseCorpus;
        QByteArray input = source[random.bounded(int(source.size()))];
        const int mutations = 1 + random.bounded(4);
        for (int m = 0; m < mutations && !input.isEmpty(); ++m) {
            const int at = random.bounded(int(input.size()));
            switch (random.bounded(4)) {
            case 0:
                input[at] = interesting[random.bounded(int(interesting.size()))];
                break;
            case 1:
                input.remove(at, 1 + random.bounded(5));
                break;
            case 2:
                input.insert(at, interesting[random.bounded(int(interesting.size()))]);
                break;
            default:
                input[at] = char(random.bounded(256));
                break;
            }
        }
        Run run = round % 3 == 0 ? limits : Run{};
        run.mode = request ? Http1Parser::Mode::Request : Http1Parser::Mode::Response;
        run.methods = {"GET", "HEAD", "GET"};
        run.eof = round % 5 == 0;
        const Transcript whole = parse(input, run, 0);
        const Transcript bytewise = parse(input, run, 1);
        const Transcript randomly = parse(input, run, -1, quint32(round));
        QVERIFY2(bytewise.sameAs(whole) && randomly.sameAs(whole), input.toPercentEncoding().constData());
        QVERIFY(whole.consumed <= input.size());
        if (whole.error.isError())
            QVERIFY(!whole.error.explanation.isEmpty());
    }
}

QTEST_GUILESS_MAIN(Http1ParserTest)
#include "tst_http1parser.moc"
