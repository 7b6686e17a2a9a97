#include "health/ShopCheck.h"
#include "purchasing/PurchaseOrders.h"
#include "purchasing/SupplierBook.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::purchasing;
using namespace comptoir::storage;

namespace {

qint64 number(const DatabasePtr& database, const QString& sql)
{
    return scalar(database->connection(), sql).value().toLongLong();
}

Money euros(qint64 cents)
{
    return Money(cents, Currency::euro());
}

} // namespace

// Suppliers and purchase orders: drafts, sending, receiving into stock with the cost averaged,
// and every refusal leaving nothing written.
class TestPurchaseOrders final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC)};
    DatabasePtr m_database;
    std::unique_ptr<ShopBuilder> m_build;
    qint64 m_supplier = 0;
    qint64 m_shirt = 0;
    qint64 m_mug = 0;

    void verifyConsistent()
    {
        const auto problems = health::ShopCheck(m_database).run().value();
        for (const auto& p : problems)
            qWarning("%s: %s", qPrintable(p.where), qPrintable(p.what));
        QVERIFY(problems.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        m_build = std::make_unique<ShopBuilder>(m_database, m_clock);
        m_supplier = m_build->supplier(QStringLiteral("Atelier Lin"), 10);
        m_shirt = m_build->variant(QStringLiteral("CHEM-M"), m_supplier, 1000, QStringLiteral("3700000000013"));
        m_mug = m_build->variant(QStringLiteral("MUG"), m_supplier, 500);
        QVERIFY(m_supplier && m_shirt && m_mug);
        QVERIFY(m_build->move(m_shirt, 10, inventory::MovementReason::Receipt, 0));
    }

    void newShopHasTheDefaultLocations()
    {
        const auto locations = inventory::StockLedger(m_database).locations().value();
        QCOMPARE(locations.size(), 2);
        QCOMPARE(locations[0].name, QStringLiteral("Entrepôt"));
        QCOMPARE(locations[1].name, QStringLiteral("Boutique"));
    }

    void supplierChecks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("lead");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << "  "
                                 << "" << 5 << "Name";
        QTest::newRow("same name") << "Atelier Lin"
                                   << "" << 5 << "Name";
        QTest::newRow("bad e-mail") << "Tissage"
                                    << "commandes@" << 5 << "E-mail";
        QTest::newRow("lead time") << "Tissage"
                                   << "" << 400 << "Lead time";
    }

    void supplierChecks()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(int, lead);
        QFETCH(QString, field);
        Supplier supplier;
        supplier.name = name;
        supplier.email = email;
        supplier.leadTimeDays = lead;
        const qint64 before = number(m_database, QStringLiteral("SELECT count(*) FROM suppliers"));
        auto saved = SupplierBook(m_database).save(supplier);
        QVERIFY(!saved);
        QCOMPARE(saved.error().where, field);
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM suppliers")), before);
    }

    void supplierRenameFollowsToVariants()
    {
        SupplierBook book(m_database);
        Supplier supplier = book.load(m_supplier).value();
        supplier.name = QStringLiteral("Atelier du Lin");
        supplier.contactName = QStringLiteral("Claire");
        QVERIFY(book.save(supplier).ok());
        QCOMPARE(book.load(m_supplier).value(), supplier);
        QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT supplier_name FROM variants WHERE id = ?"),
                     {m_shirt})
                     .value()
                     .toString(),
            QStringLiteral("Atelier du Lin"));
    }

    void draftMergesLinesAndTakesTheCost()
    {
        PurchaseOrders orders(m_database);
        auto id = orders.create(m_supplier, 1, {{m_shirt, 4, {}}, {m_mug, 6, euros(450)}, {m_shirt, 6, {}}},
            QStringLiteral("Avant les soldes"));
        QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error().toString()));
        const PurchaseOrder order = orders.load(*id).value();
        QCOMPARE(order.number, QStringLiteral("PO-000001"));
        QCOMPARE(order.status, PurchaseStatus::Draft);
        QCOMPARE(order.expected, QDate(2026, 1, 11)); // the supplier's 10 days
        QCOMPARE(order.lines.size(), 2);
        QCOMPARE(order.lines[0].quantity, 10);
        QCOMPARE(order.lines[0].unitCost, euros(1000));
        QCOMPARE(order.lines[0].supplierSku, QStringLiteral("F-CHEM-M"));
        QCOMPARE(order.lines[1].unitCost, euros(450));
        QCOMPARE(order.total(), euros(12700));
        QCOMPARE(orders.list(true).value().first().total, euros(12700));
    }

    void refusesBadDrafts()
    {
        PurchaseOrders orders(m_database);
        const qint64 before = number(m_database, QStringLiteral("SELECT count(*) FROM purchase_orders"));
        QCOMPARE(orders.create(m_supplier, 1, {{m_shirt, 0, {}}}).error().where, QStringLiteral("Quantity"));
        QCOMPARE(orders.create(m_supplier, 1, {{m_shirt, 1, euros(-1)}}).error().where, QStringLiteral("Unit cost"));
        QCOMPARE(orders.create(m_supplier, 9, {{m_shirt, 1, {}}}).error().where, QStringLiteral("Deliver to"));
        QCOMPARE(orders.create(999, 1, {{m_shirt, 1, {}}}).error().where, QStringLiteral("Supplier"));
        QCOMPARE(orders.create(m_supplier, 1, {{424242, 1, {}}}).error().code, Error::Code::NotFound);
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM purchase_orders")), before);
    }

    void receivingInPartsAveragesTheCost()
    {
        PurchaseOrders orders(m_database);
        const qint64 id = orders.create(m_supplier, 1, {{m_shirt, 10, euros(1200)}, {m_mug, 5, {}}}).value();
        QVERIFY(orders.markSent(id).ok());
        QCOMPARE(orders.load(id).value().status, PurchaseStatus::Sent);
        QVERIFY(!orders.markSent(id)); // already sent

        // 10 on hand at 10.00 and 10 arriving at 12.00: 11.00 each.
        auto received = orders.receive(id, {{m_shirt, 10}}, QStringLiteral("BL 7781"));
        QVERIFY2(received, qPrintable(received.ok() ? QString() : received.error().toString()));
        PurchaseOrder order = orders.load(id).value();
        QCOMPARE(order.status, PurchaseStatus::PartlyReceived);
        QCOMPARE(order.lines[0].received, 10);
        QCOMPARE(number(m_database, QStringLiteral("SELECT on_hand FROM variants WHERE id = %1").arg(m_shirt)), 20);
        QCOMPARE(
            number(m_database, QStringLiteral("SELECT cost_minor FROM variants WHERE id = %1").arg(m_shirt)), 1100);
        const auto movement = inventory::StockLedger(m_database).history(m_shirt, 1).value().first();
        QCOMPARE(movement.reason, inventory::MovementReason::Receipt);
        QCOMPARE(movement.reference, order.number);
        QCOMPARE(movement.note, QStringLiteral("BL 7781"));

        // More than is outstanding, or something not on the order: refused, nothing written.
        const qint64 movements = number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements"));
        QVERIFY(!orders.receive(id, {{m_mug, 3}, {m_shirt, 1}}));
        QVERIFY(!orders.receive(id, {{m_mug, 6}}));
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
        QCOMPARE(orders.load(id).value().lines[1].received, 0);
        QVERIFY(!orders.cancel(id)); // part of it arrived
        QVERIFY(!orders.save(order)); // no more edits

        // An empty mug stock takes the order's cost as it is.
        QVERIFY(orders.receive(id, {{m_mug, 5}}).ok());
        order = orders.load(id).value();
        QCOMPARE(order.status, PurchaseStatus::Received);
        QVERIFY(order.closedAt.isValid());
        QCOMPARE(number(m_database, QStringLiteral("SELECT cost_minor FROM variants WHERE id = %1").arg(m_mug)), 500);
        QVERIFY(!orders.receive(id, {{m_mug, 1}}));
        verifyConsistent();
    }

    void closeAndCancel()
    {
        PurchaseOrders orders(m_database);
        const qint64 partial = orders.create(m_supplier, 2, {{m_mug, 4, {}}}).value();
        QVERIFY(!orders.close(partial)); // nothing arrived: cancel it instead
        QVERIFY(orders.receive(partial, {{m_mug, 1}}).ok());
        QVERIFY(orders.close(partial).ok());
        QCOMPARE(orders.load(partial).value().status, PurchaseStatus::Received);

        const qint64 draft = orders.create(m_supplier, 1, {{m_mug, 4, {}}}).value();
        QVERIFY(orders.cancel(draft).ok());
        QCOMPARE(orders.load(draft).value().status, PurchaseStatus::Cancelled);
        QVERIFY(!orders.receive(draft, {{m_mug, 1}}));
        const auto open = orders.list(true).value();
        QVERIFY(
            std::none_of(open.begin(), open.end(), [&](const auto& o) { return o.id == draft || o.id == partial; }));
    }

    void editingADraft()
    {
        PurchaseOrders orders(m_database);
        const qint64 id = orders.create(m_supplier, 1, {{m_mug, 4, {}}}).value();
        PurchaseOrder order = orders.load(id).value();
        order.lines[0].quantity = 12;
        PurchaseLine shirt;
        shirt.variantId = m_shirt;
        shirt.quantity = 2;
        shirt.unitCost = euros(990);
        order.lines << shirt;
        order.expected = QDate(2026, 2, 3);
        order.locationId = 2;
        QVERIFY(orders.save(order).ok());
        const PurchaseOrder saved = orders.load(id).value();
        QCOMPARE(saved.lines.size(), 2);
        QCOMPARE(saved.lines[0].quantity, 12);
        QCOMPARE(saved.lines[1].unitCost, euros(990));
        QCOMPARE(saved.expected, QDate(2026, 2, 3));
        QCOMPARE(saved.locationName, QStringLiteral("Boutique"));
        order.lines.clear();
        QVERIFY(!orders.save(order));
    }

    void scannedCodesFindTheirLine()
    {
        PurchaseOrders orders(m_database);
        const qint64 id = orders.create(m_supplier, 1, {{m_shirt, 1, {}}, {m_mug, 1, {}}}).value();
        const PurchaseOrder order = orders.load(id).value();
        QCOMPARE(PurchaseOrders::lineForCode(order, QStringLiteral("3700000000013")).value().variantId, m_shirt);
        QCOMPARE(PurchaseOrders::lineForCode(order, QStringLiteral(" MUG ")).value().variantId, m_mug);
        QCOMPARE(PurchaseOrders::lineForCode(order, QStringLiteral("F-MUG")).value().variantId, m_mug);
        QVERIFY(!PurchaseOrders::lineForCode(order, QStringLiteral("0000")));
    }
};

QTEST_GUILESS_MAIN(TestPurchaseOrders)
#include "TestPurchaseOrders.moc"
