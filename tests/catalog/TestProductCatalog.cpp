#include "catalog/Gtin.h"
#include "catalog/ProductCatalog.h"
#include "catalog/VariantList.h"
#include "health/ShopCheck.h"
#include "inventory/StockLedger.h"
#include "storage/Sql.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::catalog;

namespace {

Money euros(qint64 cents)
{
    return Money(cents, Currency::euro());
}

ProductDraft bottines()
{
    ProductDraft draft;
    draft.name = QStringLiteral("Bottines Élise");
    draft.description = QStringLiteral("Cuir tanné végétal");
    draft.supplierId = 1;
    draft.categoryId = 5;
    for (const char* size : {"38", "39"}) {
        VariantDraft v;
        v.sku = QStringLiteral("ELISE-%1").arg(QLatin1String(size));
        v.option1 = QString::fromLatin1(size);
        v.option2 = QStringLiteral("Camel");
        v.price = euros(12900);
        v.compareAtPrice = euros(14900);
        v.cost = euros(5200);
        v.weightGrams = 900;
        v.binLocation = QStringLiteral("B-12-3");
        draft.variants.append(v);
    }
    draft.variants[0].barcode = QStringLiteral("4006381333931");
    draft.variants[1].leadTimeDays = 21;
    draft.imagePath = QStringLiteral("/photos/bottines-elise.jpg");
    return draft;
}

} // namespace

// Creating and editing products: every field checked, saved whole or not at all.
class TestProductCatalog final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    storage::DatabasePtr m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = m_shop.openDemo(20, 10, 2);
        QVERIFY(m_database);
    }

    void gtinCheckDigits_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("EAN-13") << "4006381333931" << true;
        QTest::newRow("EAN-13 typo") << "4006381333932" << false;
        QTest::newRow("UPC-A") << "036000291452" << true;
        QTest::newRow("EAN-8") << "73513537" << true;
        QTest::newRow("GTIN-14") << "10012345678902" << true;
        QTest::newRow("letters") << "40063813339a1" << false;
        QTest::newRow("length") << "400638133393" << false;
    }

    void gtinCheckDigits()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(Gtin::isValid(code), valid);
        QCOMPARE(Gtin::problem(code).isEmpty(), valid);
    }

    void createsAndLoadsAProduct()
    {
        ProductCatalog catalog(m_database);
        auto id = catalog.save(bottines());
        QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error().toString()));
        auto loaded = catalog.load(*id);
        QVERIFY(loaded);
        ProductDraft expected = bottines();
        expected.id = *id;
        for (int i = 0; i < expected.variants.size(); ++i)
            expected.variants[i].id = loaded->variants[i].id;
        QCOMPARE(*loaded, expected);

        // Listed and searchable at once, with its supplier.
        VariantList list(m_database);
        list.setFilter(QStringLiteral("elise camel"));
        QVariantList cursor;
        const auto rows = list.fetch(10, cursor).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].title, QStringLiteral("Bottines Élise – 38 / Camel"));
        QVERIFY(!rows[0].supplier.isEmpty());

        // The description is searched too, accents folded, and follows its edits.
        const auto matches = [&](const QString& filter) {
            VariantList search(m_database);
            search.setFilter(filter);
            QVariantList from;
            return search.fetch(10, from).value().size();
        };
        QCOMPARE(matches(QStringLiteral("tanne vegetal")), 2);
        ProductDraft edited = *loaded;
        edited.description = QStringLiteral("Cuir de veau");
        QVERIFY(catalog.save(edited).ok());
        QCOMPARE(matches(QStringLiteral("tanne")), 0);
        QCOMPARE(matches(QStringLiteral("veau")), 2);
        QVERIFY(storage::execute(m_database->connection(),
            QStringLiteral("INSERT INTO variants_fts(variants_fts, rank) VALUES ('integrity-check', 1)"))
                    .ok());
        QVERIFY(health::ShopCheck(m_database).run().value().isEmpty());
    }

    void refusesBadFields_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << 0 << "Name"
                                 << "needs a name";
        QTest::newRow("bad barcode") << 1 << "Variant 1 – Barcode"
                                     << "should be 1";
        QTest::newRow("no sku") << 2 << "Variant 2 – SKU"
                                << "needs a SKU";
        QTest::newRow("same sku twice") << 3 << "Variant 2 – SKU"
                                        << "used twice";
        QTest::newRow("compare-at below price") << 4 << "Variant 1 – Compare-at price"
                                                << "above the price";
        QTest::newRow("negative price") << 5 << "Variant 2 – Price"
                                        << "cannot be negative";
        QTest::newRow("same options") << 6 << "Variant 2 – Options"
                                      << "same options";
        QTest::newRow("sku of another product") << 7 << "Variant 1 – SKU"
                                                << "already belongs to";
        QTest::newRow("no variants") << 8 << "Variants"
                                     << "at least one variant";
        QTest::newRow("sku with space") << 9 << "Variant 1 – SKU"
                                        << "no spaces";
    }

    void refusesBadFields()
    {
        QFETCH(int, fault);
        QFETCH(QString, where);
        QFETCH(QString, message);
        ProductDraft draft = bottines();
        for (auto& v : draft.variants)
            v.sku += QStringLiteral("-B");
        draft.variants[0].barcode.clear();
        switch (fault) {
        case 0:
            draft.name = QStringLiteral("  ");
            break;
        case 1:
            draft.variants[0].barcode = QStringLiteral("4006381333932");
            break;
        case 2:
            draft.variants[1].sku.clear();
            break;
        case 3:
            draft.variants[1].sku = draft.variants[0].sku.toLower();
            break;
        case 4:
            draft.variants[0].compareAtPrice = euros(100);
            break;
        case 5:
            draft.variants[1].price = euros(-1);
            break;
        case 6:
            draft.variants[1].option1 = draft.variants[0].option1;
            break;
        case 7:
            draft.variants[0].sku
                = storage::scalar(m_database->connection(), QStringLiteral("SELECT sku FROM variants WHERE id = 1"))
                      .value()
                      .toString();
            break;
        case 8:
            draft.variants.clear();
            break;
        case 9:
            draft.variants[0].sku = QStringLiteral("ELISE 38");
            break;
        }
        const qint64 before = storage::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM variants"))
                                  .value()
                                  .toLongLong();
        auto saved = ProductCatalog(m_database).save(draft);
        QVERIFY(!saved);
        QCOMPARE(saved.error().where, where);
        QVERIFY2(saved.error().message.contains(message), qPrintable(saved.error().message));
        QCOMPARE(storage::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM variants"))
                     .value()
                     .toLongLong(),
            before);
    }

    void editsRenamesAndRemovesVariants()
    {
        ProductCatalog catalog(m_database);
        ProductDraft draft = bottines();
        for (auto& v : draft.variants) {
            v.sku += QStringLiteral("-E");
            v.barcode.clear();
        }
        const qint64 id = catalog.save(draft).value();
        ProductDraft edited = catalog.load(id).value();
        edited.name = QStringLiteral("Bottines Éloïse");
        edited.variants[1].price = euros(11900);
        edited.variants[1].compareAtPrice.reset();
        VariantDraft added = edited.variants[1];
        added.id = 0;
        added.sku = QStringLiteral("ELOISE-40-E");
        added.option1 = QStringLiteral("40");
        edited.variants.append(added);
        QCOMPARE(catalog.save(edited).value(), id);
        const ProductDraft reloaded = catalog.load(id).value();
        QCOMPARE(reloaded.variants.size(), 3);
        QCOMPARE(reloaded.variants[1].price, euros(11900));
        QVERIFY(!reloaded.variants[1].compareAtPrice);
        QCOMPARE(storage::scalar(m_database->connection(),
                     QStringLiteral("SELECT title FROM variants WHERE id = %1").arg(reloaded.variants[2].id))
                     .value()
                     .toString(),
            QStringLiteral("Bottines Éloïse – 40 / Camel"));

        // A variant without history can be removed; one that moved stock cannot.
        ProductDraft fewer = reloaded;
        fewer.variants.removeLast();
        QVERIFY(catalog.save(fewer));
        QCOMPARE(catalog.load(id).value().variants.size(), 2);
        QVERIFY(inventory::StockLedger(m_database)
                    .record(fewer.variants[0].id, 1, 3, inventory::MovementReason::Receipt, {}));
        ProductDraft withoutFirst = catalog.load(id).value();
        withoutFirst.variants.removeFirst();
        auto refused = catalog.save(withoutFirst);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("archive the product")));
        QCOMPARE(catalog.load(id).value().variants.size(), 2);
        QVERIFY(health::ShopCheck(m_database).run().value().isEmpty());
    }

    void duplicateAndArchive()
    {
        ProductCatalog catalog(m_database);
        auto copy = catalog.duplicate(1);
        QVERIFY(copy);
        QCOMPARE(copy->id, 0);
        QVERIFY(copy->name.endsWith(QStringLiteral("(copy)")));
        for (const auto& v : copy->variants) {
            QCOMPARE(v.id, 0);
            QVERIFY(v.sku.isEmpty());
        }
        QVERIFY(!catalog.save(*copy)); // SKUs still to fill
        for (int i = 0; i < copy->variants.size(); ++i)
            copy->variants[i].sku = QStringLiteral("COPY-%1").arg(i);
        QVERIFY(catalog.save(*copy));

        QVERIFY(catalog.setArchived(1, true).ok());
        QVERIFY(catalog.load(1).value().archived);
        QCOMPARE(storage::scalar(m_database->connection(),
                     QStringLiteral("SELECT min(archived) FROM variants WHERE product_id = 1"))
                     .value()
                     .toInt(),
            1);
        QVERIFY(!catalog.setArchived(999999, true).ok());
        QVERIFY(!catalog.load(999999));
        QVERIFY(catalog.suppliers().value().size() >= 4);
        QVERIFY(catalog.categories().value().first().name.contains(QStringLiteral("›"))
            || !catalog.categories().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProductCatalog)
#include "TestProductCatalog.moc"
