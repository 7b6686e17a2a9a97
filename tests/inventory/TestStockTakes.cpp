#include "health/ShopCheck.h"
#include "inventory/StockTakes.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::inventory;
using namespace comptoir::storage;

// Stock takes: a scope, counts typed or scanned, variances against the stock now, applied as count
// movements in one transaction, resumable until then.
class TestStockTakes final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    DatabasePtr m_database;
    qint64 m_mug = 0; // bin A-01, 10 on hand
    qint64 m_bowl = 0; // bin A-05, 5 on hand
    qint64 m_plate = 0; // bin B-02, 3 on hand

    qint64 onHand(qint64 variant)
    {
        return scalar(m_database->connection(),
            QStringLiteral(
                "SELECT coalesce((SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = 1), 0)"),
            {variant})
            .value()
            .toLongLong();
    }

    QList<StockTakeLine> lines(qint64 take, StockTakes::Filter filter)
    {
        StockTakes takes(m_database);
        auto rows = KeysetQuery::fetch(m_database->connection(), takes.linesSpec(take, filter), {}, 100).value();
        QList<StockTakeLine> result;
        for (const auto& row : rows)
            result << StockTakes::lineFrom(row, Currency::euro());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400, QStringLiteral("3760000000017"));
        m_bowl = build.variant(QStringLiteral("BOWL"), 0, 600);
        m_plate = build.variant(QStringLiteral("PLATE"), 0, 800);
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("UPDATE variants SET bin_location = CASE sku WHEN 'MUG' THEN 'A-01' WHEN 'BOWL' THEN "
                           "'a-05' ELSE 'B-02' END"))
                    .ok());
        QVERIFY(build.move(m_mug, 10, MovementReason::Receipt, 0));
        QVERIFY(build.move(m_bowl, 5, MovementReason::Receipt, 0));
        QVERIFY(build.move(m_plate, 3, MovementReason::Receipt, 0));
    }

    void scopeByBins()
    {
        StockTakes takes(m_database);
        QCOMPARE(takes.start({1, 0, QStringLiteral("B"), QStringLiteral("A")}).error().where, QStringLiteral("Bins"));
        QCOMPARE(takes.start({7, 0, {}, {}}).error().where, QStringLiteral("Location"));
        const qint64 id = takes.start({1, 0, QStringLiteral("A-00"), QStringLiteral("A-99")}).value();
        const auto all = lines(id, StockTakes::Filter::All);
        QCOMPARE(all.size(), 2); // bins compare without case
        QCOMPARE(all[0].sku, QStringLiteral("MUG"));
        QCOMPARE(all[0].expected, 10);
        QCOMPARE(all[1].sku, QStringLiteral("BOWL"));
        QCOMPARE(takes.summary(id).value().scope, QStringLiteral("bins A-00 to A-99"));
        QVERIFY(takes.cancel(id).ok());
        QVERIFY(!takes.setCounted(id, m_mug, 1)); // closed
    }

    void countScanResumeAndApply()
    {
        qint64 id = 0;
        {
            StockTakes takes(m_database);
            id = takes.start({1, 0, {}, {}}, QStringLiteral("Inventaire de printemps")).value();
            QCOMPARE(takes.summary(id).value().lines, 3);
            for (int i = 0; i < 3; ++i)
                QVERIFY(takes.addScan(id, QStringLiteral("3760000000017")).ok());
            QCOMPARE(takes.addScan(id, QStringLiteral("UNKNOWN")).error().code, Error::Code::NotFound);
            QVERIFY(takes.setCounted(id, m_bowl, 4).ok());
            QCOMPARE(takes.setCounted(id, m_bowl, -1).error().where, QStringLiteral("Counted"));
        }
        // A sale while counting: the variance is against the stock now.
        ShopBuilder(m_database, m_clock).move(m_mug, -1, MovementReason::Sale, 1);

        // Resumed later by another window: the counts are still there.
        StockTakes takes(m_database);
        QCOMPARE(takes.list(true).value().size(), 1);
        const StockTakeSummary summary = takes.summary(id).value();
        QCOMPARE(summary.counted, 2);
        QCOMPARE(summary.linesWithVariance, 2);
        QCOMPARE(summary.unitsShort, 6 + 1);
        QCOMPARE(summary.varianceValue, Money(-(6 * 400 + 600), Currency::euro()));
        const auto variances = lines(id, StockTakes::Filter::Variances);
        QCOMPARE(variances.size(), 2);
        QCOMPARE(variances[0].current, 9);
        QCOMPARE(variances[0].variance(), -6);
        QCOMPARE(lines(id, StockTakes::Filter::NotCounted).size(), 1);

        const qint64 movements
            = scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM stock_movements"))
                  .value()
                  .toLongLong();
        auto applied = takes.apply(id, false);
        QVERIFY2(applied, qPrintable(applied.ok() ? QString() : applied.error().toString()));
        QCOMPARE(*applied, 2);
        QCOMPARE(onHand(m_mug), 3);
        QCOMPARE(onHand(m_bowl), 4);
        QCOMPARE(onHand(m_plate), 3); // not counted: left alone
        QCOMPARE(scalar(m_database->connection(),
                     QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = "
                                    "'count' AND reference = 'ST-000002'"))
                     .value()
                     .toLongLong(),
            2);
        QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM stock_movements"))
                     .value()
                     .toLongLong(),
            movements + 2);
        // The applied take still tells what it found.
        const StockTakeSummary after = takes.summary(id).value();
        QCOMPARE(after.status, StockTakeStatus::Applied);
        QCOMPARE(after.unitsShort, 7);
        QVERIFY(!takes.apply(id, false));
        QVERIFY(health::ShopCheck(m_database).run().value().isEmpty());
    }

    void uncountedAsZeroAndScansOutsideTheScope()
    {
        StockTakes takes(m_database);
        const qint64 id = takes.start({1, 0, QStringLiteral("B-00"), QStringLiteral("B-99")}).value();
        QVERIFY(!takes.apply(id, false)); // nothing counted yet
        QCOMPARE(takes.addScan(id, QStringLiteral("MUG"), 2).value().counted, std::optional<qint64>(2));
        QCOMPARE(takes.summary(id).value().lines, 2); // found on the shelf: added
        QCOMPARE(takes.apply(id, true).value(), 2);
        QCOMPARE(onHand(m_plate), 0);
        QCOMPARE(onHand(m_mug), 2);
        QVERIFY(health::ShopCheck(m_database).run().value().isEmpty());
    }

    void cancelledApplyWritesNothing()
    {
        StockTakes takes(m_database);
        const qint64 id = takes.start({1, 0, {}, {}}).value();
        QVERIFY(takes.setCounted(id, m_bowl, 40).ok());
        JobControl control;
        control.cancel();
        QCOMPARE(takes.apply(id, false, control).error().code, Error::Code::Cancelled);
        QCOMPARE(onHand(m_bowl), 4);
        QCOMPARE(takes.summary(id).value().status, StockTakeStatus::Counting);
    }
};

QTEST_GUILESS_MAIN(TestStockTakes)
#include "TestStockTakes.moc"
