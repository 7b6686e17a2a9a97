#include "purchasing/PurchaseOrders.h"
#include "purchasing/ReorderPlanner.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::purchasing;
using namespace comptoir::storage;
using inventory::MovementReason;

namespace {

const VariantDemand* find(const QList<VariantDemand>& list, qint64 variantId)
{
    for (const auto& demand : list)
        if (demand.variantId == variantId)
            return &demand;
    return nullptr;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

// Sales velocity that ignores stock-out days, reorder points and quantities, overstock and dead stock.
// The shop's story runs on a fixed clock from 1 January (day 0) to day 120; the window is 90 days.
class TestReorderPlanner final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC)};
    DatabasePtr m_database;
    qint64 m_steady = 0; // sells 1 a day through the window, 10 left
    qint64 m_ranOut = 0; // sold 1 a day, then out of stock for the last 46 days
    qint64 m_outAllWindow = 0; // sold 2 a day, out of stock before the window began
    qint64 m_dead = 0; // 20 on the shelf, never sold
    qint64 m_slow = 0; // 500 on the shelf, one sale every 10 days
    qint64 m_noSupplier = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        const qint64 linen = build.supplier(QStringLiteral("Atelier Lin"), 10);
        const qint64 clay = build.supplier(QStringLiteral("Céramiques du Sud"), 10);
        m_steady = build.variant(QStringLiteral("STEADY"), clay, 1000);
        m_ranOut = build.variant(QStringLiteral("RANOUT"), linen, 1000);
        m_outAllWindow = build.variant(QStringLiteral("OUTALL"), linen, 1000);
        m_dead = build.variant(QStringLiteral("DEAD"), linen, 250);
        m_slow = build.variant(QStringLiteral("SLOW"), clay, 100);
        m_noSupplier = build.variant(QStringLiteral("NOSUP"), 0, 100);

        QVERIFY(build.move(m_steady, 100, MovementReason::Receipt, 0));
        QVERIFY(build.move(m_outAllWindow, 50, MovementReason::Receipt, 0));
        QVERIFY(build.move(m_dead, 20, MovementReason::Receipt, 0));
        QVERIFY(build.move(m_slow, 500, MovementReason::Receipt, 0));
        QVERIFY(build.move(m_noSupplier, 5, MovementReason::Receipt, 0));
        QVERIFY(build.move(m_ranOut, 45, MovementReason::Receipt, 20));
        for (int day = 1; day <= 25; ++day)
            QVERIFY(build.move(m_outAllWindow, -2, MovementReason::Sale, day));
        for (int day = 30; day < 120; ++day) {
            QVERIFY(build.move(m_steady, -1, MovementReason::Sale, day));
            if (day <= 74)
                QVERIFY(build.move(m_ranOut, -1, MovementReason::Sale, day));
            if (day % 10 == 0)
                QVERIFY(build.move(m_slow, -1, MovementReason::Sale, day));
            if (day % 30 == 0)
                QVERIFY(build.move(m_noSupplier, -1, MovementReason::Sale, day));
        }
        // An order already placed covers part of the need.
        QVERIFY(PurchaseOrders(m_database).create(linen, 1, {{m_outAllWindow, 30, {}}}).ok());
        build.setDay(120);
    }

    void arithmetic()
    {
        QCOMPARE(ReorderPlanner::velocity(45, 44), 45.0 / 44);
        QCOMPARE(ReorderPlanner::velocity(3, 0.5), 0.0); // less than a day in stock says nothing
        QVERIFY(std::abs(ReorderPlanner::serviceFactor(95) - 1.644854) < 1e-5);
        QVERIFY(std::abs(ReorderPlanner::serviceFactor(99) - 2.326348) < 1e-5);
        QCOMPARE(ReorderPlanner::serviceFactor(50), 0.0);

        ReorderSettings settings;
        QCOMPARE(ReorderPlanner::safetyStock(settings, 1.5, 0, 10), 11); // 7 days × 1.5, rounded up
        settings.safetyRule = SafetyStockRule::ServiceLevel;
        QCOMPARE(ReorderPlanner::safetyStock(settings, 1.5, 2.0, 9), 10); // 1.645 × 2 × √9 = 9.87
        QCOMPARE(ReorderPlanner::reorderPoint(2.0, 10, 14), 34);
        settings = ReorderSettings();
        // At or under the reorder point: back up to lead time + cover + safety.
        QCOMPARE(ReorderPlanner::suggestedQuantity(settings, 2.0, 10, 14, 34, 34, 0), 60);
        QCOMPARE(ReorderPlanner::suggestedQuantity(settings, 2.0, 10, 14, 34, 20, 10), 64);
        QCOMPARE(ReorderPlanner::suggestedQuantity(settings, 2.0, 10, 14, 34, 35, 0), 0);
        QCOMPARE(ReorderPlanner::suggestedQuantity(settings, 0, 10, 0, 0, 0, 0), 0); // no sales, no order
    }

    void settingsAreKeptInTheShop()
    {
        ReorderSettings settings = ReorderSettings::load(m_database).value();
        QCOMPARE(settings, ReorderSettings());
        settings.windowDays = 60;
        settings.safetyRule = SafetyStockRule::ServiceLevel;
        settings.serviceLevelPercent = 98;
        QVERIFY(settings.save(m_database).ok());
        QCOMPARE(ReorderSettings::load(m_database).value(), settings);
        settings.coverDays = 0;
        auto refused = settings.save(m_database);
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, QStringLiteral("Order for"));
        QVERIFY(ReorderSettings().save(m_database).ok());
    }

    void velocityLeavesOutStockOutDays()
    {
        const auto list = ReorderPlanner(m_database, ReorderSettings()).toReorder().value();
        const VariantDemand* steady = find(list, m_steady);
        QVERIFY(steady);
        QCOMPARE(steady->sold, 90);
        QVERIFY(near(steady->velocity, 1.0));
        QCOMPARE(steady->leadTimeDays, 10);
        QCOMPARE(steady->safetyStock, 7);
        QCOMPARE(steady->reorderPoint, 17);
        QCOMPARE(steady->suggestedQuantity, 40 + 7 - 10);

        // 45 sold in 44 days in stock: about one a day, not the half a day a plain average says.
        const VariantDemand* ranOut = find(list, m_ranOut);
        QVERIFY(ranOut);
        QCOMPARE(ranOut->sold, 45);
        QVERIFY(near(ranOut->inStockDays, 44));
        QVERIFY(near(ranOut->velocity, 45.0 / 44));
        QCOMPARE(ranOut->suggestedQuantity, 41 + 8); // ⌈40 × 45/44⌉ + ⌈7 × 45/44⌉

        // Out of stock all along: the 25 days before it ran out tell the rate; 30 are on order.
        const VariantDemand* outAll = find(list, m_outAllWindow);
        QVERIFY(outAll);
        QVERIFY(outAll->velocityFromBeforeStockOut);
        QVERIFY(near(outAll->velocity, 2.0));
        QCOMPARE(outAll->incoming, 30);
        QCOMPARE(outAll->suggestedQuantity, 80 + 14 - 30);

        QVERIFY(!find(list, m_dead));
        QVERIFY(!find(list, m_slow));
        // Grouped by supplier, urgent first; variants without a supplier last.
        QCOMPARE(list.first().supplierName, QStringLiteral("Atelier Lin"));
        QCOMPARE(list.first().variantId, m_ranOut); // nothing left nor coming
        QCOMPARE(list.last().supplierName, QString());
        QCOMPARE(list.last().leadTimeDays, 14); // the default without a supplier
    }

    void serviceLevelUsesTheSwingsOfDemand()
    {
        ReorderSettings settings;
        settings.safetyRule = SafetyStockRule::ServiceLevel;
        const auto list = ReorderPlanner(m_database, settings).toReorder().value();
        // One sale every day: demand never swings, so no safety stock.
        QVERIFY(find(list, m_steady));
        QCOMPARE(find(list, m_steady)->safetyStock, 0);
    }

    void overstockAndDeadStock()
    {
        ReorderPlanner planner(m_database, ReorderSettings());
        const StockExcess over = planner.overstock().value();
        QCOMPARE(over.totalVariants, 1);
        QCOMPARE(over.variants.first().variantId, m_slow);
        QVERIFY(near(over.variants.first().velocity, 0.1));
        QCOMPARE(over.totalValue, Money(491 * 100, Currency::euro()));

        const StockExcess dead = planner.deadStock().value();
        QCOMPARE(dead.totalVariants, 1);
        QCOMPARE(dead.totalUnits, 20);
        QCOMPARE(dead.totalValue, Money(20 * 250, Currency::euro()));
        QCOMPARE(dead.variants.first().variantId, m_dead);
        QVERIFY(!dead.variants.first().lastSale.isValid());
    }

    void cancelStops()
    {
        JobControl control;
        control.cancel();
        auto result = ReorderPlanner(m_database, ReorderSettings()).toReorder(control);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestReorderPlanner)
#include "TestReorderPlanner.moc"
