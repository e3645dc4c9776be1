#include "core/server/idleconnectionlimit.h"

#include <QObject>
#include <QTest>

#include <array>

using namespace protoviz;

class IdleConnectionLimitTest final : public QObject
{
    Q_OBJECT

private slots:
    void closesTheConnectionsIdleLongest();
    void busyConnectionsAreNotCounted();
    void waitingAgainStartsOver();
    void aClosedConnectionIsNotCountedTwice();
    void closingMayCallBack();
};

namespace {

// Connections are named by objects; these only need distinct addresses.
struct Connections
{
    std::array<QObject, 6> objects;
    QList<int> closed;

    const QObject* at(int index) const { return &objects.at(size_t(index)); }
    IdleConnectionLimit::Close closer(int index)
    {
        return [this, index](qint64) { closed.append(index); };
    }
};

} // namespace

void IdleConnectionLimitTest::closesTheConnectionsIdleLongest()
{
    IdleConnectionLimit limit(3);
    Connections connections;
    for (int i = 0; i < 5; ++i)
        limit.markIdle(connections.at(i), connections.closer(i));
    QCOMPARE(connections.closed, (QList<int>{0, 1}));
    QCOMPARE(limit.idleCount(), 3);
}

void IdleConnectionLimitTest::busyConnectionsAreNotCounted()
{
    IdleConnectionLimit limit(2);
    Connections connections;
    limit.markIdle(connections.at(0), connections.closer(0));
    limit.markBusy(connections.at(0));
    limit.markIdle(connections.at(1), connections.closer(1));
    limit.markIdle(connections.at(2), connections.closer(2));
    QVERIFY(connections.closed.isEmpty());
    limit.markIdle(connections.at(3), connections.closer(3));
    QCOMPARE(connections.closed, QList<int>{1});
}

void IdleConnectionLimitTest::waitingAgainStartsOver()
{
    IdleConnectionLimit limit(2);
    Connections connections;
    limit.markIdle(connections.at(0), connections.closer(0));
    limit.markIdle(connections.at(1), connections.closer(1));
    // 0 serves a request and waits again: 1 has now waited longest.
    limit.markBusy(connections.at(0));
    limit.markIdle(connections.at(0), connections.closer(0));
    // Still idle (a PING, say): 0 keeps its place.
    limit.markIdle(connections.at(0), connections.closer(0));
    limit.markIdle(connections.at(2), connections.closer(2));
    QCOMPARE(connections.closed, QList<int>{1});
}

void IdleConnectionLimitTest::aClosedConnectionIsNotCountedTwice()
{
    IdleConnectionLimit limit(1);
    Connections connections;
    limit.markIdle(connections.at(0), connections.closer(0));
    limit.markIdle(connections.at(1), connections.closer(1));
    QCOMPARE(connections.closed, QList<int>{0});
    // While it closes, the first one may still look idle to its protocol.
    limit.markIdle(connections.at(0), connections.closer(0));
    QCOMPARE(limit.idleCount(), 1);
    QCOMPARE(connections.closed, QList<int>{0});
    // Once forgotten, its name may be a new connection's.
    limit.forget(connections.at(0));
    limit.markIdle(connections.at(0), connections.closer(0));
    QCOMPARE(connections.closed, (QList<int>{0, 1}));
}

void IdleConnectionLimitTest::closingMayCallBack()
{
    IdleConnectionLimit limit(1);
    Connections connections;
    // Closing 0 at once makes its protocol report the end, which forgets it.
    limit.markIdle(connections.at(0), [&](qint64 idleMs) {
        QVERIFY(idleMs >= 0);
        connections.closed.append(0);
        limit.forget(connections.at(0));
    });
    limit.markIdle(connections.at(1), connections.closer(1));
    QCOMPARE(connections.closed, QList<int>{0});
    QCOMPARE(limit.idleCount(), 1);
}

QTEST_GUILESS_MAIN(IdleConnectionLimitTest)
#include "tst_idleconnectionlimit.moc"
