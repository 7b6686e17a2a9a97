#include "orders/OrderBook.h"
#include "orders/OrderList.h"
#include "storage/Sql.h"
#include "support/ListPages.h"
#include "support/TempShop.h"

#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::orders;

namespace {

QList<qint64> ordered(const storage::DatabasePtr& database, const QString& where, const QString& orderBy)
{
    return idsOf(database, QStringLiteral("SELECT id FROM orders %1 ORDER BY %2").arg(where, orderBy));
}

} // namespace

// The orders list: status chips, date range, search, and keyset pages for every sort.
class TestOrderList final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    storage::DatabasePtr m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = m_shop.openDemo(100, 2500, 3);
        QVERIFY(m_database);
    }

    void sortsAndChips_data()
    {
        QTest::addColumn<int>("chip");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("orderBy");
        const QString all;
        const QString toPrepare = QStringLiteral("WHERE status IN ('paid', 'preparing')");
        const QString shipped = QStringLiteral("WHERE status IN ('shipped', 'delivered')");
        const int All = int(OrderList::StatusFilter::All), Prep = int(OrderList::StatusFilter::ToPrepare),
                  Ship = int(OrderList::StatusFilter::Shipped), Hold = int(OrderList::StatusFilter::OnHold);
        QTest::newRow("all by number") << All << int(OrderList::Sort::Number) << false << all << "id";
        QTest::newRow("all by date desc")
            << All << int(OrderList::Sort::Date) << true << all << "placed_at DESC, id DESC";
        QTest::newRow("all by customer") << All << int(OrderList::Sort::Customer) << false << all
                                         << "customer_name, id";
        QTest::newRow("all by status") << All << int(OrderList::Sort::Status) << false << all
                                       << "status, placed_at, id";
        QTest::newRow("all by total desc")
            << All << int(OrderList::Sort::Total) << true << all << "total_minor DESC, id DESC";
        QTest::newRow("all by items") << All << int(OrderList::Sort::Items) << false << all << "item_count, id";
        QTest::newRow("all by channel") << All << int(OrderList::Sort::Channel) << false << all
                                        << "channel, placed_at, id";
        QTest::newRow("to prepare by date")
            << Prep << int(OrderList::Sort::Date) << false << toPrepare << "placed_at, id";
        QTest::newRow("shipped by total")
            << Ship << int(OrderList::Sort::Total) << false << shipped << "total_minor, id";
        QTest::newRow("on hold") << Hold << int(OrderList::Sort::Date) << false
                                 << QStringLiteral("WHERE status = 'on_hold'") << "placed_at, id";
    }

    void sortsAndChips()
    {
        QFETCH(int, chip);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, where);
        QFETCH(QString, orderBy);
        OrderList list(m_database);
        list.setStatusFilter(OrderList::StatusFilter(chip));
        list.setSort(OrderList::Sort(sort), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        const auto expected = ordered(m_database, where, orderBy);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(allPages(list, 13), expected);
        QCOMPARE(list.count().value(), qint64(expected.size()));
    }

    void dateRange()
    {
        OrderList list(m_database);
        list.setDateRange(QDate(2026, 11, 1), QDate(2026, 11, 20));
        list.setSort(OrderList::Sort::Date, Qt::AscendingOrder);
        const qint64 from = QDateTime(QDate(2026, 11, 1), QTime(0, 0)).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2026, 11, 21), QTime(0, 0)).toSecsSinceEpoch();
        const auto expected
            = ordered(m_database, QStringLiteral("WHERE placed_at >= %1 AND placed_at < %2").arg(from).arg(to),
                QStringLiteral("placed_at, id"));
        QVERIFY(expected.size() > 10);
        QCOMPARE(allPages(list, 50), expected);
        list.setDateRange(QDate(2030, 1, 1), QDate());
        QVERIFY(allPages(list, 50).isEmpty());
    }

    void searchByNumberNameAndEmail()
    {
        OrderList list(m_database);
        list.setText(QStringLiteral("#1234"));
        QCOMPARE(allPages(list, 50), QList<qint64> {234});
        list.setText(QStringLiteral("1234"));
        QCOMPARE(allPages(list, 50), QList<qint64> {234});
        const QString email
            = storage::scalar(m_database->connection(), QStringLiteral("SELECT email FROM orders WHERE id = 77"))
                  .value()
                  .toString();
        list.setText(email);
        QVERIFY(allPages(list, 50).contains(77));
        const QString name = storage::scalar(
            m_database->connection(), QStringLiteral("SELECT customer_name FROM orders WHERE id = 88"))
                                 .value()
                                 .toString();
        list.setText(name.left(5));
        const auto byName = allPages(list, 50);
        QVERIFY(byName.contains(88));
        // The same prefix rule computed here: name, lower-cased e-mail or order number starts with it.
        const QString prefix = name.left(5);
        QList<qint64> expected;
        QSqlQuery query(m_database->connection());
        query.exec(
            QStringLiteral("SELECT id, customer_name, email, number FROM orders ORDER BY placed_at DESC, id DESC"));
        while (query.next()) {
            if (query.value(1).toString().startsWith(prefix) || query.value(2).toString().startsWith(prefix.toLower())
                || query.value(3).toString().startsWith(QLatin1Char('#') + prefix))
                expected << query.value(0).toLongLong();
        }
        QCOMPARE(byName, expected);
    }

    void rowContents()
    {
        OrderList list(m_database);
        list.setSort(OrderList::Sort::Number, Qt::AscendingOrder);
        QVariantList cursor;
        auto page = list.fetch(1, cursor);
        QVERIFY(page && page->size() == 1);
        const auto& row = page->first();
        QCOMPARE(row.number, QStringLiteral("#1001"));
        QVERIFY(row.total.minorUnits() > 0);
        QCOMPARE(row.total.currency().code(), QStringLiteral("EUR"));
        QVERIFY(row.itemCount >= 1);
        QVERIFY(!statusLabel(row.status).isEmpty());
    }

    // Last: it changes the shop. Ready to ship, problems, one channel, a tracking number.
    void chipsChannelAndTracking()
    {
        OrderList list(m_database);
        list.setStatusFilter(OrderList::StatusFilter::ReadyToShip);
        QCOMPARE(allPages(list, 7),
            ordered(m_database, QStringLiteral("WHERE status = 'packed'"), QStringLiteral("placed_at DESC, id DESC")));
        list.setStatusFilter(OrderList::StatusFilter::All);
        list.setChannel(Channel::Counter);
        const auto counter = allPages(list, 50);
        QVERIFY(!counter.isEmpty());
        QCOMPARE(counter,
            ordered(
                m_database, QStringLiteral("WHERE channel = 'counter'"), QStringLiteral("placed_at DESC, id DESC")));
        list.setChannel(std::nullopt);

        // An order for more than the shop has is a problem; shipping another gives a tracking number.
        OrderBook book(m_database);
        Order order;
        order.status = OrderStatus::Paid;
        order.customerName = QStringLiteral("Zoé");
        OrderLine line;
        line.variantId = 1;
        line.quantity = 100000;
        line.unitPrice = Money(100, Currency::euro());
        order.lines << line;
        const qint64 problem = book.create(order).value();
        list.setStatusFilter(OrderList::StatusFilter::Problem);
        QVERIFY(allPages(list, 7).contains(problem));
        QCOMPARE(allPages(list, 7),
            ordered(m_database, QStringLiteral("WHERE short_items > 0"), QStringLiteral("placed_at DESC, id DESC")));
        QVariantList cursor;
        QVERIFY(list.fetch(10, cursor).value().first().shortItems > 0);

        const qint64 toShip = storage::scalar(m_database->connection(),
            QStringLiteral("SELECT id FROM orders WHERE status = 'paid' AND short_items = 0 LIMIT 1"))
                                  .value()
                                  .toLongLong();
        QVERIFY(toShip);
        Shipment parcel;
        parcel.trackingNumber = QStringLiteral("XY987654321FR");
        QVERIFY(book.ship(toShip, parcel).ok());
        list.setStatusFilter(OrderList::StatusFilter::All);
        list.setText(QStringLiteral("xy98765"));
        QCOMPARE(allPages(list, 7), QList<qint64> {toShip});
    }
};

QTEST_GUILESS_MAIN(TestOrderList)
#include "TestOrderList.moc"
