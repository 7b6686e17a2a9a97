#include "health/ShopCheck.h"
#include "inventory/StockCounts.h"
#include "inventory/StockLedger.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::inventory;
using namespace comptoir::storage;

using stockchecks::number;
using stockchecks::onHand;
using stockchecks::verifyConsistent;

// Many counts at once, inside the caller's transaction: the same movements and rules as
// StockLedger::count(), one statement per step.
class TestStockCounts final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    DatabasePtr m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = m_shop.openDemo(30, 10, 4);
        QVERIFY(m_database);
    }

    void countsBecomeMovements()
    {
        const qint64 first = number(m_database, QStringLiteral("SELECT min(id) FROM variants"));
        const qint64 a = first, b = first + 1, c = first + 2;
        const qint64 beforeA = onHand(m_database, a, 2), beforeB = onHand(m_database, b, 2);
        const qint64 beforeC = onHand(m_database, c, 2);
        const qint64 movements = number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements"));
        const qint64 totalA = number(m_database, QStringLiteral("SELECT on_hand FROM variants WHERE id = %1").arg(a));
        {
            Transaction transaction(m_database->connection());
            StockCounts counts(m_database, 2);
            QVERIFY(counts.begin().ok());
            QVERIFY(counts.add(a, beforeA + 7).ok());
            QVERIFY(counts.add(b, beforeB).ok()); // unchanged: no movement
            QVERIFY(counts.addFromQuery(QStringLiteral("SELECT ?, ?"), {c, beforeC + 1}).ok());
            auto outcome = counts.apply(QStringLiteral("Imported from stock.csv"), QStringLiteral("stock.csv"));
            QVERIFY2(outcome, qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
            QCOMPARE(outcome->movements, 2);
            QCOMPARE(outcome->unchanged, 1);
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(onHand(m_database, a, 2), beforeA + 7);
        QCOMPARE(onHand(m_database, b, 2), beforeB);
        QCOMPARE(onHand(m_database, c, 2), beforeC + 1);
        QCOMPARE(number(m_database, QStringLiteral("SELECT on_hand FROM variants WHERE id = %1").arg(a)), totalA + 7);
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements")), movements + 2);
        const auto history = StockLedger(m_database).history(a, 1).value();
        QCOMPARE(history.first().reason, MovementReason::Count);
        QCOMPARE(history.first().quantity, 7);
        QCOMPARE(history.first().note, QStringLiteral("Imported from stock.csv"));
        QCOMPARE(history.first().reference, QStringLiteral("stock.csv"));
        verifyConsistent(m_database);
    }

    void goingToZeroStartsAStockOut()
    {
        const qint64 variant = number(m_database,
            QStringLiteral("SELECT min(variant_id) FROM stock_levels WHERE location_id = 1 "
                           "AND on_hand > 0 AND variant_id IN (SELECT id FROM variants WHERE "
                           "on_hand = (SELECT on_hand FROM stock_levels s WHERE s.variant_id = "
                           "variants.id AND s.location_id = 1))"));
        QVERIFY(variant > 0);
        Transaction transaction(m_database->connection());
        StockCounts counts(m_database, 1);
        QVERIFY(counts.begin().ok());
        QVERIFY(counts.add(variant, 0).ok());
        QVERIFY(counts.apply({}, {}));
        QVERIFY(transaction.commit().ok());
        QCOMPARE(number(m_database,
                     QStringLiteral("SELECT count(*) FROM stock_outs WHERE variant_id = %1 AND ended_at IS NULL")
                         .arg(variant)),
            1);
        verifyConsistent(m_database);
    }

    void refusesWhatWouldBreakStock()
    {
        const qint64 variant = number(m_database,
            QStringLiteral("SELECT min(variant_id) FROM stock_levels WHERE location_id = 1 AND on_hand > 5"));
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("UPDATE stock_levels SET reserved = 3 WHERE variant_id = %1 AND location_id = 1")
                .arg(variant))
                    .ok());
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("UPDATE variants SET reserved = (SELECT sum(reserved) FROM stock_levels WHERE variant_id = "
                           "%1) WHERE id = %1")
                .arg(variant))
                    .ok());
        const qint64 movements = number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements"));
        for (const qint64 counted : {qint64(2), qint64(-1)}) {
            Transaction transaction(m_database->connection());
            StockCounts counts(m_database, 1);
            QVERIFY(counts.begin().ok());
            QVERIFY(counts.add(variant, counted).ok());
            auto refused = counts.apply({}, {});
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(
                         counted < 0 ? QStringLiteral("cannot be negative") : QStringLiteral("3 of ")),
                qPrintable(refused.error().message));
        }
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
        {
            Transaction transaction(m_database->connection());
            StockCounts counts(m_database, 99);
            QVERIFY(counts.begin().ok());
            QVERIFY(counts.add(variant, 4).ok());
            QCOMPARE(counts.apply({}, {}).error().code, Error::Code::NotFound);
            StockCounts unknown(m_database, 1);
            QVERIFY(unknown.begin().ok());
            QVERIFY(unknown.add(999999, 4).ok());
            QCOMPARE(unknown.apply({}, {}).error().code, Error::Code::NotFound);
        }
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("UPDATE stock_levels SET reserved = 0 WHERE variant_id = %1").arg(variant))
                    .ok());
        QVERIFY(execute(
            m_database->connection(), QStringLiteral("UPDATE variants SET reserved = 0 WHERE id = %1").arg(variant))
                    .ok());
        verifyConsistent(m_database);
    }
};

QTEST_GUILESS_MAIN(TestStockCounts)
#include "TestStockCounts.moc"
