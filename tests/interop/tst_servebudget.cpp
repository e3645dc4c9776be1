#include "tests/interop/interopsupport.h"

#include "core/export/recording.h"
#include "core/server/webserver.h"
#include "core/timeline/timeline.h"
#include "core/transport/connectiondirectory.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace protoviz;
using namespace protoviz::test;

namespace {

/// A client that opens an h2c connection and floods it with PINGs, reading every ACK, as the clients
/// that took an unbounded serve to 1.8 GB did.
class PingFlooder
{
public:
    explicit PingFlooder(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (m_socket.waitForConnected(5000))
            m_socket.write(QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") +
                           QByteArray::fromHex("000000040000000000"));
    }

    /// Sends count PINGs and waits (up to 5 s) for their ACKs. Returns false if they did not all come.
    bool flood(int count)
    {
        m_socket.write(pings(count));
        return waitUntil(
                   [this] {
                       readAcks();
                       return m_acked == m_sent || m_socket.state() != QAbstractSocket::ConnectedState;
                   },
                   5000) &&
               m_acked == m_sent;
    }

    /// Sends count PINGs without waiting for their ACKs.
    void send(int count)
    {
        m_socket.write(pings(count));
        m_socket.flush();
    }

    int acked() const { return m_acked; }

private:
    QByteArray pings(int count)
    {
        QByteArray frames;
        for (int i = 0; i < count; ++i) {
            frames += QByteArray::fromHex("000008060000000000");
            frames += QByteArray::number(m_sent + i).rightJustified(8, '0', true);
        }
        m_sent += count;
        return frames;
    }

    void readAcks()
    {
        m_buffer += m_socket.readAll();
        while (m_buffer.size() >= 9) {
            const int length = (quint8(m_buffer[0]) << 16) | (quint8(m_buffer[1]) << 8) | quint8(m_buffer[2]);
            if (m_buffer.size() < 9 + length)
                break;
            if (quint8(m_buffer[3]) == 0x6 && (quint8(m_buffer[4]) & 0x1))
                ++m_acked;
            m_buffer.remove(0, 9 + length);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_sent = 0;
    int m_acked = 0;
};

bool isDropNote(const Event& event, const EventDetail& detail)
{
    return event.is(Layer::Session, SessionKind::Note) && detail.text.contains(QLatin1String("dropped")) &&
           detail.text.contains(QLatin1String("http2 PING"));
}

} // namespace

/// Issue 13: a long-running serve keeps its events within a memory budget, says what it dropped, and
/// can stream every event to disk instead.
class ServeBudgetTest final : public QObject
{
    Q_OBJECT

private slots:
    void budgetHoldsUnderAPingFlood();
    void serveAnnouncesTheBudgetAndRecordsEveryEvent();
    void aKilledServeLeavesAReadableRecording();
};

void ServeBudgetTest::budgetHoldsUnderAPingFlood()
{
    Timeline timeline(SessionClock::startingNow());
    constexpr qsizetype budget = 256 * 1024;
    timeline.setMemoryBudget(budget);
    ConnectionDirectory directory;
    WebServerConfig config;
    config.address = QHostAddress::LocalHost;
    WebServer server(config, &directory, EventRecorder(&timeline, Origin::Server));
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));

    // Clients reconnect in a loop for three seconds, each flooding PINGs; the footprint is checked
    // after every burst, not only at the end.
    QElapsedTimer elapsed;
    elapsed.start();
    int pings = 0;
    qsizetype largest = 0;
    while (elapsed.elapsed() < 3000) {
        PingFlooder client(server.cleartextPort());
        for (int burst = 0; burst < 20; ++burst) {
            QVERIFY2(client.flood(100), "the server stopped answering PINGs");
            const Timeline::Footprint footprint = timeline.footprint();
            largest = std::max(largest, footprint.recordBytes + footprint.decodedBytes + footprint.rawBytes);
        }
        pings += client.acked();
    }
    QTest::qWait(50);
    qInfo("%d PINGs, %lld events recorded, %lld kept, largest footprint %lld bytes of a %lld budget", pings,
          qlonglong(timeline.size()), qlonglong(timeline.size() - timeline.firstIndex()), qlonglong(largest),
          qlonglong(budget));
    QVERIFY(timeline.size() >= 2 * pings); // each PING and its ACK were recorded...
    QVERIFY(timeline.firstIndex() > 0);    // ...and most were dropped again
    QVERIFY2(largest <= budget, qPrintable(QString::number(largest)));

    bool explained = false;
    for (const Event& event : timeline.events())
        explained = explained || isDropNote(event, timeline.detail(event));
    QVERIFY(explained);
}

void ServeBudgetTest::serveAnnouncesTheBudgetAndRecordsEveryEvent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("serve.jsonl"));
    ServeProcess serve({QStringLiteral("--no-tls"), QStringLiteral("--events"), QStringLiteral("errors"),
                        QStringLiteral("--event-budget"), QStringLiteral("1"), QStringLiteral("--record"),
                        path});
    QString error;
    QVERIFY2(serve.start(&error), qPrintable(error));
    const qsizetype mark = serve.mark();

    int pings = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    while (!serve.output().contains(QLatin1String("Event budget of 1 MiB reached")) &&
           elapsed.elapsed() < 15000) {
        PingFlooder client(quint16(serve.httpUrl().port()));
        for (int burst = 0; burst < 10; ++burst)
            QVERIFY2(client.flood(100), "serve stopped answering PINGs");
        pings += client.acked();
    }
    QVERIFY2(
        !serve.waitForLine(QRegularExpression(QStringLiteral("Event budget of 1 MiB reached")), mark, 2000)
             .isEmpty(),
        qPrintable(serve.output().right(2000)));
    QCOMPARE(serve.stop(), 0);

    // The streamed recording holds every PING serve received, although memory kept only the last ones.
    const std::optional<Recording> recording = Recording::read(path, &error);
    QVERIFY2(recording, qPrintable(error));
    QVERIFY2(recording->notice.isEmpty(), qPrintable(recording->notice));
    const Timeline& timeline = *recording->sessions.constFirst();
    int received = 0;
    int notes = 0;
    for (const Event& event : timeline.events()) {
        received += event.is(Layer::Http2, Http2Kind::Ping) && event.direction == Direction::ClientToServer;
        notes += isDropNote(event, timeline.detail(event));
    }
    qInfo("%d PINGs sent, %d in the recording, %d drop notes", pings, received, notes);
    QCOMPARE(received, pings);
    QVERIFY(notes >= 1);
}

void ServeBudgetTest::aKilledServeLeavesAReadableRecording()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.jsonl"));
    ExternalProcess serve(cliProgram(),
                          {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--no-tls"), QStringLiteral("--events"), QStringLiteral("none"),
                           QStringLiteral("--record"), path});
    QVERIFY(serve.start());
    const QString banner = serve.waitForLine(QStringLiteral(R"(http://127\.0\.0\.1:\d+/)"), 15000);
    const QRegularExpressionMatch port =
        QRegularExpression(QStringLiteral(R"(127\.0\.0\.1:(\d+)/)")).match(banner);
    QVERIFY2(port.hasMatch(), qPrintable(serve.output()));
    int pings = 0;
    {
        PingFlooder client(quint16(port.captured(1).toUInt()));
        for (int burst = 0; burst < 20; ++burst)
            QVERIFY(client.flood(100));
        pings = client.acked();
        // Killed while the client still floods: no chance to finish a line or close the file.
        client.send(200);
        serve.process().kill();
        QVERIFY(serve.waitForFinished(5000));
    }

    QString error;
    const std::optional<Recording> recording = Recording::read(path, &error);
    QVERIFY2(recording, qPrintable(error));
    int received = 0;
    for (const Event& event : recording->sessions.constFirst()->events())
        received += event.is(Layer::Http2, Http2Kind::Ping) && event.direction == Direction::ClientToServer;
    // Events are written when serve's event loop announces them, which may be just after the ACK left.
    QVERIFY2(received >= pings - 100, qPrintable(QStringLiteral("%1 of %2").arg(received).arg(pings)));
}

QTEST_GUILESS_MAIN(ServeBudgetTest)
#include "tst_servebudget.moc"
