#include "orders/OrderBook.h"
#include "orders/PickList.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::orders;
using inventory::MovementReason;

// The pick list: every variant of a batch of orders once, with the quantity of all of them, in
// the order the shelves are walked; items outside the catalog apart.
class TestPickList final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempShop> m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    int m_minute = 0;

    qint64 variant(const QString& sku, const QString& bin)
    {
        const qint64 id = ShopBuilder(m_database, m_clock).variant(sku, 0, 500);
        if (!storage::execute(m_database->connection(),
                QStringLiteral("UPDATE variants SET bin_location = ? WHERE id = ?"), {storage::text(bin), id}))
            return 0;
        return id;
    }

    // An order placed a minute after the previous one; lines are (variant, quantity), or a custom
    // item when the variant is 0 (its title from `customTitle`).
    qint64 place(std::initializer_list<std::pair<qint64, qint64>> lines, OrderStatus status = OrderStatus::Paid,
        const QString& customTitle = QStringLiteral("Emballage cadeau"))
    {
        Order order;
        order.status = status;
        order.customerName = QStringLiteral("Léa Martin");
        order.shipTo.name = order.customerName;
        order.shipTo.address1 = QStringLiteral("3 rue des Lilas");
        order.shipTo.postcode = QStringLiteral("69003");
        order.shipTo.city = QStringLiteral("Lyon");
        order.placedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(60 * ++m_minute);
        for (const auto& [variantId, quantity] : lines) {
            OrderLine line;
            line.variantId = variantId;
            line.quantity = quantity;
            line.unitPrice = Money(1000, Currency::euro());
            if (variantId == 0)
                line.title = customTitle;
            order.lines << line;
        }
        auto id = OrderBook(m_database).create(order);
        if (!id)
            qWarning("%s", qPrintable(id.error().toString()));
        return id ? *id : 0;
    }

    static QStringList skus(const QList<PickRow>& rows)
    {
        QStringList list;
        for (const PickRow& row : rows)
            list << row.sku;
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_database.reset();
        m_shop = std::make_unique<TempShop>();
        m_database = ShopBuilder::openEmpty(*m_shop, m_clock);
        QVERIFY(m_database);
        m_minute = 0;
    }

    void binsInNaturalOrder_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("less");
        QTest::newRow("numbers as numbers") << "A-2"
                                            << "A-10" << true;
        QTest::newRow("not before a smaller number") << "A-10"
                                                     << "A-2" << false;
        QTest::newRow("leading zeros") << "A-02"
                                       << "A-10" << true;
        QTest::newRow("letters first") << "A-10"
                                       << "B-1" << true;
        QTest::newRow("case ignored") << "a-3"
                                      << "A-10" << true;
        QTest::newRow("deeper levels") << "C-07-2"
                                       << "C-07-10" << true;
        QTest::newRow("empty last") << "Z-99"
                                    << "" << true;
        QTest::newRow("empty after all") << ""
                                         << "A-1" << false;
        QTest::newRow("two empty") << ""
                                   << "" << false;
        QTest::newRow("blank is empty") << "  "
                                        << "A-1" << false;
        QTest::newRow("prefix first") << "A"
                                      << "A-1" << true;
    }

    void binsInNaturalOrder()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, less);
        QCOMPARE(PickList::binLessThan(left, right), less);
    }

    void sumsEachVariantAcrossOrders()
    {
        const qint64 mug = variant(QStringLiteral("MUG"), QStringLiteral("A-2"));
        const qint64 bowl = variant(QStringLiteral("BOWL"), QStringLiteral("A-10"));
        inventory::StockLedger ledger(m_database);
        QVERIFY(ledger.record(mug, 1, 5, MovementReason::Receipt, {}).ok());
        QVERIFY(ledger.record(mug, 2, 2, MovementReason::Receipt, {}).ok());
        QVERIFY(ledger.record(bowl, 1, 9, MovementReason::Receipt, {}).ok());
        const qint64 first = place({{mug, 2}, {bowl, 1}});
        const qint64 second = place({{mug, 1}});
        // The same variant on two lines of one order: one row, the order once with both lines.
        const qint64 third = place({{bowl, 1}, {mug, 1}, {bowl, 3}});
        QVERIFY(first && second && third);

        auto list = PickList::forOrders(m_database, {first, second, third});
        QVERIFY2(list.ok(), qPrintable(list ? QString() : list.error().toString()));
        QCOMPARE(skus(list->rows()), (QStringList {"MUG", "BOWL"})); // A-2 before A-10
        const PickRow& mugRow = list->rows().at(0);
        QCOMPARE(mugRow.variantId, mug);
        QCOMPARE(mugRow.bin, QStringLiteral("A-2"));
        QCOMPARE(mugRow.title, QStringLiteral("Produit MUG"));
        QCOMPARE(mugRow.quantity, 4);
        QCOMPARE(mugRow.onHand, 7);
        QCOMPARE(mugRow.stock.size(), 2);
        QCOMPARE(mugRow.stock.at(0).onHand, 5);
        QCOMPARE(mugRow.stock.at(1).onHand, 2);
        QCOMPARE(mugRow.orders.size(), 3);
        QCOMPARE(mugRow.orders.at(0).orderId, first);
        QCOMPARE(mugRow.orders.at(0).quantity, 2);
        QCOMPARE(mugRow.orders.at(2).orderId, third);

        const PickRow& bowlRow = list->rows().at(1);
        QCOMPARE(bowlRow.quantity, 5);
        QCOMPARE(bowlRow.orders.size(), 2);
        QCOMPARE(bowlRow.orders.at(1).orderId, third);
        QCOMPARE(bowlRow.orders.at(1).quantity, 4);
        QCOMPARE(bowlRow.stock.size(), 1);

        QCOMPARE(list->itemCount(), 9);
        QCOMPARE(list->orders().size(), 3);
        QCOMPARE(list->orders().at(2).quantity, 5);
        QVERIFY(list->customItems().isEmpty());

        // Only the orders asked for.
        auto one = PickList::forOrders(m_database, {second, 424242});
        QVERIFY(one.ok());
        QCOMPARE(skus(one->rows()), QStringList {"MUG"});
        QCOMPARE(one->itemCount(), 1);
        QVERIFY(PickList::forOrders(m_database, {})->isEmpty());
    }

    void walksTheBinsInOrder()
    {
        const qint64 a10 = variant(QStringLiteral("X-1"), QStringLiteral("A-10"));
        const qint64 a2 = variant(QStringLiteral("X-2"), QStringLiteral("A-2"));
        const qint64 lowerA3 = variant(QStringLiteral("X-3"), QStringLiteral("a-3"));
        const qint64 none = variant(QStringLiteral("X-4"), QString());
        const qint64 b1 = variant(QStringLiteral("X-5"), QStringLiteral("B-1"));
        const qint64 sameBinLater = variant(QStringLiteral("W-9"), QStringLiteral("A-2"));
        const qint64 noneEarlier = variant(QStringLiteral("A-0"), QString());
        QVERIFY(a10 && a2 && lowerA3 && none && b1 && sameBinLater && noneEarlier);
        const qint64 order = place({{a10, 1}, {a2, 1}, {lowerA3, 1}, {none, 1}, {b1, 1}, {sameBinLater, 1}});
        const qint64 other = place({{noneEarlier, 1}});
        QVERIFY(order && other);
        auto list = PickList::forOrders(m_database, {order, other});
        QVERIFY(list.ok());
        QCOMPARE(skus(list->rows()), (QStringList {"W-9", "X-2", "X-3", "X-1", "X-5", "A-0", "X-4"}));
    }

    void customItemsApartByTitle()
    {
        const qint64 mug = variant(QStringLiteral("MUG"), QStringLiteral("A-1"));
        const qint64 first = place({{mug, 1}, {0, 1}}, OrderStatus::Paid, QStringLiteral("Emballage cadeau"));
        const qint64 second = place({{0, 2}}, OrderStatus::Paid, QStringLiteral("Carte brodée"));
        const qint64 third = place({{0, 1}}, OrderStatus::Paid, QStringLiteral("Emballage cadeau"));
        auto list = PickList::forOrders(m_database, {first, second, third});
        QVERIFY(list.ok());
        QCOMPARE(skus(list->rows()), QStringList {"MUG"});
        QCOMPARE(list->customItems().size(), 2);
        QCOMPARE(list->customItems().at(0).title, QStringLiteral("Carte brodée"));
        QCOMPARE(list->customItems().at(0).quantity, 2);
        QCOMPARE(list->customItems().at(0).variantId, 0);
        QCOMPARE(list->customItems().at(1).title, QStringLiteral("Emballage cadeau"));
        QCOMPARE(list->customItems().at(1).quantity, 2);
        QCOMPARE(list->customItems().at(1).orders.size(), 2);
        QCOMPARE(list->itemCount(), 5);
        QCOMPARE(list->orders().size(), 3);
    }

    void ordersChosenByStatus()
    {
        const qint64 mug = variant(QStringLiteral("MUG"), QStringLiteral("A-1"));
        QVERIFY(inventory::StockLedger(m_database).record(mug, 1, 20, MovementReason::Receipt, {}).ok());
        const qint64 paid = place({{mug, 1}});
        const qint64 fresh = place({{mug, 5}}, OrderStatus::New);
        const qint64 preparing = place({{mug, 2}});
        const qint64 laterPaid = place({{mug, 3}});
        QVERIFY(paid && fresh && preparing && laterPaid);
        QVERIFY(OrderBook(m_database).changeStatus(preparing, OrderStatus::Preparing).ok());

        auto ids = PickList::ordersInStatuses(m_database, {OrderStatus::Paid});
        QVERIFY(ids.ok());
        QCOMPARE(*ids, (QList<qint64> {paid, laterPaid})); // oldest first
        ids = PickList::ordersInStatuses(m_database, {OrderStatus::Paid, OrderStatus::Preparing});
        QCOMPARE(*ids, (QList<qint64> {paid, preparing, laterPaid}));

        auto list = PickList::forStatuses(m_database, {OrderStatus::Paid, OrderStatus::Preparing});
        QVERIFY(list.ok());
        QCOMPARE(list->rows().size(), 1);
        QCOMPARE(list->rows().at(0).quantity, 6); // not the new order's 5
        QCOMPARE(list->orders().size(), 3);
        QVERIFY(PickList::forStatuses(m_database, {OrderStatus::Returned})->isEmpty());
    }

    // The demo shop's open orders, checked against the sum of their lines.
    void agreesWithTheOrdersOfADemoShop()
    {
        m_database.reset();
        m_shop = std::make_unique<TempShop>();
        m_database = m_shop->openDemo(80, 600, 11);
        QVERIFY(m_database);
        auto ids = PickList::ordersInStatuses(m_database, {OrderStatus::Paid, OrderStatus::Preparing});
        QVERIFY(ids.ok());
        QVERIFY(!ids->isEmpty());
        auto list = PickList::forOrders(m_database, *ids);
        QVERIFY(list.ok());
        qint64 expected = 0;
        OrderBook book(m_database);
        for (qint64 id : *ids)
            expected += book.load(id)->itemCount();
        QCOMPARE(list->itemCount(), expected);
        QCOMPARE(list->orders().size(), ids->size());
        for (qsizetype i = 1; i < list->rows().size(); ++i)
            QVERIFY(!PickList::binLessThan(list->rows().at(i).bin, list->rows().at(i - 1).bin));
    }
};

QTEST_GUILESS_MAIN(TestPickList)
#include "TestPickList.moc"
