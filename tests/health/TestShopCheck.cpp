#include "health/ShopCheck.h"
#include "storage/Sql.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::storage;

// `check` finds each kind of inconsistency and says where.
class TestShopCheck final : public QObject
{
    Q_OBJECT

private:
    static QList<health::ShopCheck::Problem> problemsAfter(const QString& damage)
    {
        TempShop shop;
        auto database = shop.openDemo(40, 80, 9);
        if (!execute(database->connection(), damage).ok())
            qFatal("damage failed: %s", qPrintable(damage));
        return health::ShopCheck(database).run().value();
    }

private Q_SLOTS:
    void cleanShopHasNoProblem()
    {
        TempShop shop;
        auto database = shop.openDemo(40, 80, 9);
        QVERIFY(health::ShopCheck(database).run().value().isEmpty());
    }

    void findsEachInconsistency_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("where");
        QTest::newRow("stock against ledger")
            << "UPDATE stock_levels SET on_hand = on_hand + 3 WHERE variant_id = 4 AND location_id = 1"
            << "stock-ledger"
            << "stock_levels variant 4 location 1";
        QTest::newRow("total stock") << "UPDATE variants SET on_hand = on_hand + 1 WHERE id = 6"
                                     << "stock-total"
                                     << "variants 6";
        QTest::newRow("reserved") << "UPDATE variants SET reserved = 2 WHERE id = 6"
                                  << "stock-reserved"
                                  << "variants 6";
        QTest::newRow("order subtotal")
            << "UPDATE orders SET subtotal_minor = subtotal_minor + 1, total_minor = total_minor + 1 WHERE id = 10"
            << "order-lines"
            << "orders 10 (#1010)";
        QTest::newRow("order total") << "UPDATE orders SET total_minor = total_minor + 1 WHERE id = 11"
                                     << "order-total"
                                     << "orders 11 (#1011)";
        QTest::newRow("item count") << "UPDATE orders SET item_count = 99 WHERE id = 12"
                                    << "order-items"
                                    << "orders 12 (#1012)";
        QTest::newRow("line amount") << "UPDATE order_lines SET total_minor = total_minor + 5 WHERE id = 3"
                                     << "order-line-amount"
                                     << "order_lines 3";
    }

    void findsEachInconsistency()
    {
        QFETCH(QString, damage);
        QFETCH(QString, rule);
        QFETCH(QString, where);
        const auto problems = problemsAfter(damage);
        QVERIFY(!problems.isEmpty());
        const bool found = std::any_of(problems.begin(), problems.end(),
            [&](const auto& p) { return p.check == rule && p.where.startsWith(where) && !p.what.isEmpty(); });
        QVERIFY2(found, qPrintable(problems.first().check + QStringLiteral(": ") + problems.first().where));
    }

    void ledgerIsAppendOnly()
    {
        TempShop shop;
        auto database = shop.openDemo(10, 10, 9);
        QVERIFY(!execute(database->connection(), QStringLiteral("UPDATE stock_movements SET quantity = 1")).ok());
        QVERIFY(!execute(database->connection(), QStringLiteral("DELETE FROM stock_movements")).ok());
    }

    void supplierNameMustMatch()
    {
        TempShop shop;
        auto database = shop.openDemo(10, 10, 9);
        const auto inserted = execute(database->connection(),
            QStringLiteral("INSERT INTO variants (product_id, sku, title, price_minor, supplier_id, "
                           "supplier_name, created_at, updated_at) VALUES (1, 'X', 'X', 1, 1, 'Wrong', 0, 0)"));
        QVERIFY(!inserted.ok());
        // Renaming a supplier renames it on its variants.
        QVERIFY(
            execute(database->connection(), QStringLiteral("UPDATE suppliers SET name = 'Nouveau nom' WHERE id = 1"))
                .ok());
        QVERIFY(health::ShopCheck(database).run().value().isEmpty());
        QVERIFY(scalar(database->connection(),
                    QStringLiteral("SELECT count(*) FROM variants WHERE supplier_name = 'Nouveau nom'"))
                    .value()
                    .toInt()
            > 0);
    }
};

QTEST_GUILESS_MAIN(TestShopCheck)
#include "TestShopCheck.moc"
