#include "catalog/VariantList.h"
#include "storage/Sql.h"
#include "support/ListPages.h"
#include "support/TempShop.h"

#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::catalog;

namespace {

QList<qint64> ordered(const storage::DatabasePtr& database, const QString& orderBy, const QString& where = {})
{
    return idsOf(database, QStringLiteral("SELECT id FROM variants %1 ORDER BY %2").arg(where, orderBy));
}

} // namespace

// The catalog list: keyset pages add up to exactly the sorted table, filters fold accents.
class TestVariantList final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    storage::DatabasePtr m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = m_shop.openDemo(300, 20, 11);
        QVERIFY(m_database);
    }

    void pagesMatchFullSort_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("sku") << int(VariantList::Sort::Sku) << false << "sku, id";
        QTest::newRow("title") << int(VariantList::Sort::Title) << false << "title, id";
        QTest::newRow("title desc") << int(VariantList::Sort::Title) << true << "title DESC, id DESC";
        QTest::newRow("price") << int(VariantList::Sort::Price) << false << "price_minor, id";
        QTest::newRow("price desc") << int(VariantList::Sort::Price) << true << "price_minor DESC, id DESC";
        QTest::newRow("stock") << int(VariantList::Sort::Stock) << false << "on_hand, id";
        QTest::newRow("supplier desc") << int(VariantList::Sort::Supplier) << true << "supplier_name DESC, id DESC";
    }

    void pagesMatchFullSort()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, orderBy);
        VariantList list(m_database);
        list.setSort(VariantList::Sort(sort), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        const QList<qint64> expected = ordered(m_database, orderBy);
        QVERIFY(expected.size() > 300);
        // Small pages cross many ties (equal prices, equal stock): none may be skipped or repeated.
        QCOMPARE(allPages(list, 7), expected);
        QCOMPARE(allPages(list, 200), expected);
        QCOMPARE(list.count().value(), qint64(expected.size()));
    }

    void filterFoldsAccentsAndMatchesPrefixes()
    {
        // Give one product a name with accents to find it without them.
        QVERIFY(storage::execute(m_database->connection(),
            QStringLiteral("UPDATE products SET name = 'Bottines Éco Zéphyrine' WHERE id = 1"))
                    .ok());
        VariantList list(m_database);
        list.setFilter(QStringLiteral("eco zephyrin"));
        const QList<qint64> found = allPages(list, 50);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found, ordered(m_database, QStringLiteral("title, id"), QStringLiteral("WHERE product_id = 1")));
        list.setFilter(QStringLiteral("ZÉPHYRINE"));
        QCOMPARE(allPages(list, 50).size(), found.size());

        // A SKU prefix and a barcode find their variant.
        const QString sku
            = storage::scalar(m_database->connection(), QStringLiteral("SELECT sku FROM variants WHERE id = 5"))
                  .value()
                  .toString();
        const QString barcode
            = storage::scalar(m_database->connection(), QStringLiteral("SELECT barcode FROM variants WHERE id = 5"))
                  .value()
                  .toString();
        list.setFilter(sku);
        QVERIFY(allPages(list, 50).contains(5));
        list.setFilter(barcode);
        QCOMPARE(allPages(list, 50), QList<qint64> {5});
        QCOMPARE(list.count().value(), 1);

        // FTS syntax typed by the user is taken as plain words.
        list.setFilter(QStringLiteral("\"bottines OR* (NEAR"));
        QVERIFY(list.fetch(10, *std::make_unique<QVariantList>()).ok());
        list.setFilter(QStringLiteral("nothingmatchesthis"));
        QVERIFY(allPages(list, 50).isEmpty());
    }

    void broadFiltersListInSearchOrder()
    {
        VariantList list(m_database);
        list.setSort(VariantList::Sort::Price, Qt::DescendingOrder);
        list.setFilter(QStringLiteral("b"));
        const QList<qint64> sorted = allPages(list, 20);
        QVERIFY(!list.isSortedByMatch());
        QVERIFY(sorted.size() > 40);
        QCOMPARE(sorted,
            ordered(m_database, QStringLiteral("price_minor DESC, id DESC"),
                QStringLiteral("WHERE id IN (SELECT rowid FROM variants_fts WHERE variants_fts MATCH '\"b\"*')")));

        // Past the limit, the same matches come in search-index (id) order, page by page.
        list.setSortableMatches(40);
        const QList<qint64> byMatch = allPages(list, 20);
        QVERIFY(list.isSortedByMatch());
        QList<qint64> expected = sorted;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(byMatch, expected);
        list.setFilter(QStringLiteral("zzzz"));
        QVERIFY(allPages(list, 20).isEmpty());
        QVERIFY(!list.isSortedByMatch());
    }

    void rowsCarryMoneyAndStock()
    {
        VariantList list(m_database);
        list.setSort(VariantList::Sort::Price, Qt::DescendingOrder);
        QVariantList cursor;
        auto page = list.fetch(1, cursor);
        QVERIFY(page && page->size() == 1);
        const auto& row = page->first();
        QCOMPARE(row.price.currency().code(), QStringLiteral("EUR"));
        QCOMPARE(row.price.minorUnits(),
            storage::scalar(m_database->connection(), QStringLiteral("SELECT max(price_minor) FROM variants"))
                .value()
                .toLongLong());
        QVERIFY(!row.supplier.isEmpty());
        QVERIFY(!row.sku.isEmpty());
        QCOMPARE(cursor.size(), 2); // (price, id)
    }
};

QTEST_GUILESS_MAIN(TestVariantList)
#include "TestVariantList.moc"
