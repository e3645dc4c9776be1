#include "core/http2/http2resetbudget.h"

#include <QTest>

using namespace protoviz;

/// The rapid-reset budget: a burst is allowed at once, then resets only as fast as it refills.
class Http2ResetBudgetTest final : public QObject
{
    Q_OBJECT

private slots:
    void allowsTheBurstThenRefuses()
    {
        Http2ResetBudget budget(3, 1);
        QVERIFY(budget.spend(0));
        QVERIFY(budget.spend(0));
        QVERIFY(budget.spend(0));
        QVERIFY(!budget.spend(0));
        QVERIFY(!budget.spend(500));
    }

    void refillsAtItsRate()
    {
        Http2ResetBudget budget(2, 10); // one reset per 100 ms
        QVERIFY(budget.spend(0));
        QVERIFY(budget.spend(0));
        QVERIFY(!budget.spend(50));
        QVERIFY(budget.spend(150));
        QVERIFY(!budget.spend(160));
    }

    void neverHoldsMoreThanTheBurst()
    {
        Http2ResetBudget budget(2, 1000);
        QVERIFY(budget.spend(0));
        // An hour of quiet refills the bucket, no more.
        QVERIFY(budget.spend(3600 * 1000));
        QVERIFY(budget.spend(3600 * 1000));
        QVERIFY(!budget.spend(3600 * 1000));
    }

    void ignoresAClockThatGoesBack()
    {
        Http2ResetBudget budget(1, 1000);
        QVERIFY(budget.spend(1000));
        QVERIFY(!budget.spend(0));
        QVERIFY(!budget.spend(1000));
    }
};

QTEST_GUILESS_MAIN(Http2ResetBudgetTest)
#include "tst_http2resetbudget.moc"
