#include "catalog/VariantList.h"
#include "health/ShopCheck.h"
#include "inventory/StockLedger.h"
#include "io/CatalogImport.h"
#include "io/CsvNumber.h"
#include "storage/Sql.h"
#include "support/TempShop.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::io;
using namespace comptoir::storage;

namespace {

QString dataDir()
{
    return QString::fromUtf8(COMPTOIR_TEST_DATA) + QStringLiteral("/import");
}

qint64 number(const DatabasePtr& database, const QString& sql)
{
    return scalar(database->connection(), sql).value().toLongLong();
}

// What a shop holds, to prove that a failed or cancelled import wrote nothing.
QList<qint64> footprint(const DatabasePtr& database)
{
    QList<qint64> counts;
    for (const char* table : {"products", "variants", "stock_movements", "stock_levels", "categories", "suppliers",
             "locations", "sqlite_schema"})
        counts << number(database, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    counts << number(database, QStringLiteral("SELECT coalesce(sum(price_minor * 7 + on_hand), 0) FROM variants"));
    counts << number(database, QStringLiteral("SELECT coalesce(max(updated_at), 0) FROM products"));
    return counts;
}

// One variant as the shop now holds it, with its product's fields.
QVariantMap variant(const DatabasePtr& database, const QString& sku)
{
    auto query = run(database->connection(),
        QStringLiteral(
            "SELECT p.name, p.description, coalesce(pc.name || ' > ', '') || coalesce(c.name, ''), "
            "coalesce(s.name, ''), p.vat_rate_bp, p.archived, v.option1, v.option2, v.barcode, v.price_minor, "
            "v.compare_at_minor, v.cost_minor, v.currency, v.weight_g, v.on_hand, v.title, v.supplier_name, "
            "v.archived, v.supplier_sku, v.lead_time_days, v.bin_location FROM variants v JOIN products p ON "
            "p.id = v.product_id LEFT JOIN categories c ON c.id = p.category_id LEFT JOIN categories pc ON pc.id = "
            "c.parent_id LEFT JOIN suppliers s ON s.id = p.supplier_id WHERE v.sku = ?"),
        {sku});
    QVariantMap map;
    if (!query || !query->next())
        return map;
    const char* names[] = {"product", "description", "category", "supplier", "vat", "archived", "option1", "option2",
        "barcode", "price", "compareAt", "cost", "currency", "weight", "onHand", "title", "supplierName",
        "variantArchived", "supplierSku", "leadTime", "bin"};
    for (int i = 0; i < int(std::size(names)); ++i)
        map.insert(QString::fromLatin1(names[i]), query->value(i));
    return map;
}

void verifyConsistent(const DatabasePtr& database)
{
    const auto problems = health::ShopCheck(database).run().value();
    for (const auto& p : problems)
        qWarning("%s: %s [%s]", qPrintable(p.where), qPrintable(p.what), qPrintable(p.check));
    QVERIFY(problems.isEmpty());
}

ImportReport imported(const DatabasePtr& database, const QString& path, ImportOptions options = {})
{
    auto report = CatalogImport(database).run(path, options);
    if (!report)
        qWarning("%s", qPrintable(report.error().toString()));
    else
        for (const auto& problem : report->problems)
            qWarning("%s", qPrintable(problem.toString()));
    return report ? *report : ImportReport();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A Comptoir file of `count` one-variant products.
QByteArray generatedFile(int count, const char* priceFormat = "%1.50")
{
    QByteArray bytes = "Product,SKU,Name,Price,Stock\r\n";
    for (int i = 1; i <= count; ++i)
        bytes += QStringLiteral("P%1,SKU-%1,Produit %1,%2,%3\r\n")
                     .arg(i)
                     .arg(QString::fromLatin1(priceFormat).arg(i % 100))
                     .arg(i % 7)
                     .toUtf8();
    return bytes;
}

} // namespace

// Product files from Comptoir, Shopify, WooCommerce and mapped columns, checked line by line and
// written all at once, or not at all.
class TestCatalogImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAreReadExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<qint64>("value");
        QTest::newRow("dot") << "12.50" << 2 << qint64(1250);
        QTest::newRow("comma") << "12,5" << 2 << qint64(1250);
        QTest::newRow("whole") << "7" << 2 << qint64(700);
        QTest::newRow("negative") << "-3,25" << 2 << qint64(-325);
        QTest::newRow("spaces") << "1 234,56" << 2 << qint64(123456);
        QTest::newRow("no-break space") << QString::fromUtf8("1\u202F234,56") << 2 << qint64(123456);
        QTest::newRow("comma groups") << "1,234.56" << 2 << qint64(123456);
        QTest::newRow("dot groups") << "1.234,56" << 2 << qint64(123456);
        QTest::newRow("groups only") << "1,234,567" << 0 << qint64(1234567);
        QTest::newRow("trailing zeros") << "12.500" << 2 << qint64(1250);
        QTest::newRow("no integer part") << ".5" << 2 << qint64(50);
        QTest::newRow("kilograms") << "0,25" << 3 << qint64(250);
        QTest::newRow("big") << "9999999999999.99" << 2 << qint64(999999999999999);
    }

    void numbersAreReadExactly()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(qint64, value);
        auto parsed = CsvNumber::parseDecimal(text, decimals);
        QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(*parsed, value);
    }

    void wrongNumbersAreRefused()
    {
        for (const char* text : {"", "abc", "12,5x", "1,2,3", "1.234.5", "12.345", "1 2", "--3", "12 €", "1e5"})
            QVERIFY2(!CsvNumber::parseDecimal(QString::fromLatin1(text), 2), text);
        QCOMPARE(CsvNumber::parseDecimal(u"210.4", 0, true).value(), 210);
        QCOMPARE(CsvNumber::parseDecimal(u"0.2505", 3, true).value(), 251);
        QCOMPARE(CsvNumber::formatDecimal(1250, 2), QStringLiteral("12.50"));
        QCOMPARE(CsvNumber::formatDecimal(-5, 2, QLatin1Char(',')), QStringLiteral("-0,05"));
        QCOMPARE(CsvNumber::formatDecimal(250, 3, QLatin1Char('.'), true), QStringLiteral("0.25"));
        QCOMPARE(CsvNumber::formatDecimal(2000, 3, QLatin1Char('.'), true), QStringLiteral("2"));
        QCOMPARE(CsvNumber::formatDecimal(550, 2, QLatin1Char('.'), true), QStringLiteral("5.5"));
    }

    void detectsTheFormatFromTheHeader()
    {
        const auto header = [](const char* line) { return QString::fromLatin1(line).split(QLatin1Char(',')); };
        QCOMPARE(detectFormat(header("Handle,Title,Body (HTML),Variant SKU,Variant Price")), CatalogFormat::Shopify);
        QCOMPARE(detectFormat(header("Title,URL handle,Description,SKU,Price")), CatalogFormat::Shopify);
        QCOMPARE(detectFormat(header("ID,Type,SKU,Name,Regular price,Parent")), CatalogFormat::WooCommerce);
        QCOMPARE(detectFormat(header("SKU,Stock")), CatalogFormat::Comptoir);
        QCOMPARE(detectFormat(header("Product,SKU,Name,Price,Weight (g)")), CatalogFormat::Comptoir);
        QCOMPARE(detectFormat(header("SKU,Qty,Prix")), CatalogFormat::Generic);
        QCOMPARE(detectFormat(header("Ref,Designation")), CatalogFormat::Generic);
        auto preview = CatalogImport::preview(dataDir() + QStringLiteral("/woocommerce.csv"));
        QVERIFY(preview);
        QCOMPARE(preview->format, CatalogFormat::WooCommerce);
        QCOMPARE(preview->encoding, QStringLiteral("UTF-8 with BOM"));
        QCOMPARE(preview->header.value(3), QStringLiteral("GTIN, UPC, EAN, or ISBN"));
        QCOMPARE(preview->rows.size(), 3);
    }

    void shopifyClassicHeader()
    {
        TempShop shop;
        auto database = shop.open();
        const ImportReport report = imported(database, dataDir() + QStringLiteral("/shopify-classic.csv"));
        QVERIFY(report.applied);
        QCOMPARE(report.format, CatalogFormat::Shopify);
        QCOMPARE(report.rows, 7);
        QCOMPARE(report.skippedRows, 1); // the extra image line
        QCOMPARE(report.productsCreated, 3);
        QCOMPARE(report.variantsCreated, 6);
        QCOMPARE(report.variantsUpdated + report.variantsUnchanged, 0);
        QCOMPARE(report.stockCounts, 3); // 5, 3 and 12; a quantity of 0 needs no movement
        QCOMPARE(report.categoriesCreated, 5); // Pulls; Maison > Bougies; Office Supplies > Paper Products
        QCOMPARE(report.suppliersCreated, 3);
        QVERIFY(!report.locationCreated); // a new shop starts with its warehouse and shop counter
        QCOMPARE(report.location, QStringLiteral("Entrepôt"));

        QVariantMap s = variant(database, QStringLiteral("PULL-MAR-S"));
        QCOMPARE(s.value("product").toString(), QStringLiteral("Pull marin en laine"));
        QCOMPARE(s.value("description").toString(),
            QStringLiteral("<p>Maille épaisse, col rond.</p>\n<p>Lavage à la main, à plat.</p>"));
        QCOMPARE(s.value("supplier").toString(), QStringLiteral("Tricots de Bretagne"));
        QCOMPARE(s.value("supplierName").toString(), QStringLiteral("Tricots de Bretagne"));
        QCOMPARE(s.value("category").toString(), QStringLiteral("Pulls"));
        QCOMPARE(s.value("option1").toString(), QStringLiteral("S"));
        QCOMPARE(s.value("option2").toString(), QStringLiteral("Marine"));
        QCOMPARE(s.value("title").toString(), QStringLiteral("Pull marin en laine – S / Marine"));
        QCOMPARE(s.value("price").toLongLong(), 8900);
        QCOMPARE(s.value("compareAt").toLongLong(), 9900);
        QCOMPARE(s.value("cost").toLongLong(), 3150);
        QCOMPARE(s.value("weight").toLongLong(), 450);
        QCOMPARE(s.value("barcode").toString(), QStringLiteral("3760012345014"));
        QCOMPARE(s.value("onHand").toLongLong(), 5);
        QCOMPARE(s.value("currency").toString(), QStringLiteral("EUR"));
        QCOMPARE(s.value("archived").toInt(), 0);
        QVERIFY(variant(database, QStringLiteral("PULL-MAR-M")).value("compareAt").isNull());
        QCOMPARE(variant(database, QStringLiteral("PULL-MAR-L")).value("option2").toString(), QStringLiteral("Écru"));
        QCOMPARE(variant(database, QStringLiteral("PULL-MAR-L")).value("price").toLongLong(), 9250);

        QVariantMap candle = variant(database, QStringLiteral("BOUG-FIG"));
        QCOMPARE(candle.value("product").toString(), QStringLiteral("Bougie parfumée \"Figue\""));
        QCOMPARE(candle.value("title").toString(), QStringLiteral("Bougie parfumée \"Figue\"")); // Default Title
        QCOMPARE(candle.value("option1").toString(), QString());
        QCOMPARE(candle.value("category").toString(), QStringLiteral("Maison > Bougies"));
        QCOMPARE(candle.value("onHand").toLongLong(), 12);

        // Archived, its category from Shopify's taxonomy, a third option joined to the second.
        QVariantMap notebook = variant(database, QStringLiteral("CARN-A5-L-SAB"));
        QCOMPARE(notebook.value("archived").toInt(), 1);
        QCOMPARE(notebook.value("variantArchived").toInt(), 1);
        QCOMPARE(notebook.value("category").toString(), QStringLiteral("Office Supplies > Paper Products"));
        QCOMPARE(notebook.value("option1").toString(), QStringLiteral("A5"));
        QCOMPARE(notebook.value("option2").toString(), QStringLiteral("Ligné / Sable"));
        QCOMPARE(notebook.value("weight").toLongLong(), 210);
        QCOMPARE(notebook.value("price").toLongLong(), 1500);
        QCOMPARE(notebook.value("onHand").toLongLong(), 0);
        QCOMPARE(variant(database, QStringLiteral("CARN-A5-U-SAB")).value("option2").toString(),
            QStringLiteral("Uni / Sable"));

        // Stock came through the ledger, as count movements naming the file.
        const auto history = inventory::StockLedger(database)
                                 .history(number(database,
                                              QStringLiteral("SELECT id FROM variants WHERE sku = "
                                                             "'PULL-MAR-S'")),
                                     5)
                                 .value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().reason, inventory::MovementReason::Count);
        QCOMPARE(history.first().quantity, 5);
        QVERIFY(history.first().note.contains(QStringLiteral("shopify-classic.csv")));
        verifyConsistent(database);

        // The search index was rebuilt after the bulk load into the empty shop.
        catalog::VariantList list(database);
        list.setFilter(QStringLiteral("marin"));
        QCOMPARE(list.count().value(), 3);
    }

    void shopifyNewHeaderGivesTheSameShop()
    {
        TempShop classic, renamed;
        auto a = classic.open();
        auto b = renamed.open();
        QVERIFY(imported(a, dataDir() + QStringLiteral("/shopify-classic.csv")).applied);
        const ImportReport report = imported(b, dataDir() + QStringLiteral("/shopify-new.csv"));
        QVERIFY(report.applied);
        QCOMPARE(report.format, CatalogFormat::Shopify);
        QCOMPARE(report.variantsCreated, 6);
        const auto dump = [](const DatabasePtr& database) {
            QStringList rows;
            auto skus = run(database->connection(), QStringLiteral("SELECT sku FROM variants ORDER BY sku"));
            while (skus->next()) {
                const QVariantMap v = variant(database, skus->value(0).toString());
                QStringList values;
                for (auto it = v.cbegin(); it != v.cend(); ++it)
                    values << it.key() + QLatin1Char('=') + it.value().toString();
                rows << values.join(QLatin1Char('|'));
            }
            return rows;
        };
        QCOMPARE(dump(b), dump(a));
        verifyConsistent(b);
    }

    void wooCommerce()
    {
        TempShop shop;
        auto database = shop.open();
        const ImportReport report = imported(database, dataDir() + QStringLiteral("/woocommerce.csv"));
        QVERIFY(report.applied);
        QCOMPARE(report.format, CatalogFormat::WooCommerce);
        QCOMPARE(report.encoding, QStringLiteral("UTF-8 with BOM"));
        QCOMPARE(report.productsCreated, 3);
        QCOMPARE(report.variantsCreated, 4);
        QCOMPARE(report.skippedRows, 3); // a grouped product, an external one, a variable one with no variation

        QVariantMap white = variant(database, QStringLiteral("TSHIRT-BIO-S-BLANC"));
        QCOMPARE(white.value("product").toString(), QStringLiteral("T-shirt coton bio"));
        QCOMPARE(
            white.value("description").toString(), QStringLiteral("Coton biologique certifié.\nFabriqué au Portugal."));
        QCOMPARE(white.value("category").toString(), QStringLiteral("Vêtements > T-shirts"));
        QCOMPARE(white.value("option1").toString(), QStringLiteral("S"));
        QCOMPARE(white.value("option2").toString(), QStringLiteral("Blanc"));
        QCOMPARE(white.value("barcode").toString(), QStringLiteral("3760012345052"));
        QCOMPARE(white.value("price").toLongLong(), 2990);
        QVERIFY(white.value("compareAt").isNull());
        QCOMPARE(white.value("cost").toLongLong(), 940);
        QCOMPARE(white.value("weight").toLongLong(), 180);
        QCOMPARE(white.value("onHand").toLongLong(), 10);

        // Parent given as id:101; a decimal comma; a sale price; "\," inside a list.
        QVariantMap grey = variant(database, QStringLiteral("TSHIRT-BIO-M-GRIS"));
        QCOMPARE(grey.value("product").toString(), QStringLiteral("T-shirt coton bio"));
        QCOMPARE(grey.value("option2").toString(), QStringLiteral("Gris, chiné"));
        QCOMPARE(grey.value("title").toString(), QStringLiteral("T-shirt coton bio – M / Gris, chiné"));
        QCOMPARE(grey.value("price").toLongLong(), 2490);
        QCOMPARE(grey.value("compareAt").toLongLong(), 2990);
        QCOMPARE(grey.value("weight").toLongLong(), 200);
        QCOMPARE(number(database,
                     QStringLiteral("SELECT count(DISTINCT product_id) FROM variants WHERE sku LIKE "
                                    "'TSHIRT-%'")),
            1);

        // The formula guard is removed; "\n" is a line break.
        QVariantMap mug = variant(database, QStringLiteral("TASSE-EMAIL"));
        QCOMPARE(mug.value("description").toString(), QStringLiteral("- Émail sur acier\n- Passe au lave-vaisselle"));
        QCOMPARE(mug.value("category").toString(), QStringLiteral("Maison > Cuisine"));
        QCOMPARE(mug.value("cost").toLongLong(), 600);
        QCOMPARE(mug.value("weight").toLongLong(), 300);
        QCOMPARE(mug.value("onHand").toLongLong(), 25);

        QVariantMap card = variant(database, QStringLiteral("CARTE-CADEAU"));
        QCOMPARE(card.value("archived").toInt(), 1); // private
        QCOMPARE(card.value("price").toLongLong(), 5000);
        QVERIFY(variant(database, QStringLiteral("COFFRET")).isEmpty());
        QVERIFY(variant(database, QStringLiteral("LIVRE")).isEmpty());
        verifyConsistent(database);
    }

    void badFilesListEveryProblemAndWriteNothing_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir bad(dataDir() + QStringLiteral("/bad"));
        for (const QString& name : bad.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name)) << bad.filePath(name);
    }

    void badFilesListEveryProblemAndWriteNothing()
    {
        QFETCH(QString, folder);
        TempShop shop;
        auto database = shop.openDemo(30, 10, 5);
        QVERIFY(database);
        QFile expectedFile(folder + QStringLiteral("/expected.txt"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QStringList expected
            = QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto before = footprint(database);
        const QString input = folder + QStringLiteral("/input.csv");
        for (const bool apply : {false, true}) {
            CatalogImport import(database);
            auto report = apply ? import.run(input, {}) : import.check(input, {});
            QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().toString()));
            QStringList found;
            for (const auto& problem : report->problems)
                found << problem.toString();
            QVERIFY2(report->problemCount == expected.size(), qPrintable(found.join(QLatin1Char('\n'))));
            for (int i = 0; i < expected.size(); ++i) {
                const QString where = expected[i].section(QLatin1Char('|'), 0, 0);
                const QString what = expected[i].section(QLatin1Char('|'), 1);
                QCOMPARE(report->problems[i].where(), where);
                QVERIFY2(report->problems[i].message.contains(what), qPrintable(report->problems[i].toString()));
            }
            QVERIFY(!report->applied);
            QCOMPARE(footprint(database), before);
        }
        verifyConsistent(database);
    }

    void problemsAreCappedButCounted()
    {
        TempShop shop;
        auto database = shop.open();
        const QString path = shop.folder() + QStringLiteral("/many.csv");
        writeFile(path, generatedFile(1500, "%1.5x"));
        auto report = CatalogImport(database).check(path, {});
        QVERIFY(report);
        QCOMPARE(report->problemCount, 1500);
        QCOMPARE(report->problems.size(), ImportReport::kProblemLimit);
        QCOMPARE(report->problems.first().where(), QStringLiteral("2:4"));
        QCOMPARE(report->problems.last().where(), QStringLiteral("1001:4"));
    }

    void dryRunCountsAndWritesNothing()
    {
        TempShop shop;
        auto database = shop.open();
        const auto before = footprint(database);
        auto report = CatalogImport(database).check(dataDir() + QStringLiteral("/comptoir.csv"), {});
        QVERIFY(report);
        QVERIFY(!report->hasProblems());
        QVERIFY(!report->applied);
        QCOMPARE(report->variantsCreated, 4);
        QCOMPARE(report->productsCreated, 3);
        QCOMPARE(report->categoriesCreated, 3); // Maison, Maison > Vaisselle, Épicerie
        QCOMPARE(report->suppliersCreated, 2);
        QCOMPARE(report->stockCounts, 3);
        QCOMPARE(footprint(database), before);
    }

    void cancelWritesNothing_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("emptyShop");
        QTest::newRow("reading") << "Reading" << true;
        QTest::newRow("writing variants, empty shop") << "Writing variants" << true;
        QTest::newRow("counting stock") << "Counting stock" << false;
        QTest::newRow("building indexes") << "Building the search index" << true;
    }

    void cancelWritesNothing()
    {
        QFETCH(QString, step);
        QFETCH(bool, emptyShop);
        TempShop shop;
        auto database = emptyShop ? shop.open() : shop.openDemo(30, 10, 5);
        const QString path = shop.folder() + QStringLiteral("/big.csv");
        writeFile(path, generatedFile(20000));
        const auto before = footprint(database);
        bool asked = false;
        JobControl* self = nullptr;
        JobControl control([&](qint64, qint64, const QString& current) {
            if (current.startsWith(step)) {
                asked = true;
                self->cancel();
            }
        });
        self = &control;
        auto report = CatalogImport(database).run(path, {}, control);
        QVERIFY(asked);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Cancelled);
        QCOMPARE(footprint(database), before);
        verifyConsistent(database);
        // The shop takes the same file afterwards.
        QCOMPARE(imported(database, path).variantsCreated, 20000);
        verifyConsistent(database);
    }

    void reimportCountsUpdatedAndUnchanged()
    {
        TempShop shop;
        auto database = shop.open();
        const QString path = dataDir() + QStringLiteral("/comptoir.csv");
        ImportReport first = imported(database, path);
        QVERIFY(first.applied);
        QCOMPARE(first.variantsCreated, 4);
        QVariantMap bowl = variant(database, QStringLiteral("BOL-GRES-L"));
        QCOMPARE(bowl.value("description").toString(), QStringLiteral("Tourné à la main.\nPasse au micro-ondes."));
        QCOMPARE(bowl.value("category").toString(), QStringLiteral("Maison > Vaisselle"));
        QCOMPARE(bowl.value("supplierSku").toString(), QStringLiteral("PM-119"));
        QVERIFY(bowl.value("leadTime").isNull());
        QCOMPARE(variant(database, QStringLiteral("BOL-GRES-S")).value("leadTime").toInt(), 10);
        QCOMPARE(bowl.value("bin").toString(), QStringLiteral("B-02-1"));
        QCOMPARE(bowl.value("compareAt").toLongLong(), 2200);
        QCOMPARE(variant(database, QStringLiteral("THE-VERT")).value("description").toString(),
            QStringLiteral("- bio, 100 g"));
        QCOMPARE(variant(database, QStringLiteral("THE-VERT")).value("vat").toInt(), 550);
        QCOMPARE(variant(database, QStringLiteral("LAMPE-LAITON")).value("archived").toInt(), 1);

        const qint64 movements = number(database, QStringLiteral("SELECT count(*) FROM stock_movements"));
        ImportReport again = imported(database, path);
        QVERIFY(again.applied);
        QCOMPARE(again.variantsCreated, 0);
        QCOMPARE(again.variantsUpdated, 0);
        QCOMPARE(again.variantsUnchanged, 4);
        QCOMPARE(again.productsUnchanged, 3);
        QCOMPARE(again.stockCounts, 0);
        QCOMPARE(number(database, QStringLiteral("SELECT count(*) FROM stock_movements")), movements);

        // A new price, a new stock count, the rest as it was; columns the file lacks keep their values.
        TempShop work;
        const QString changed = work.folder() + QStringLiteral("/changes.csv");
        writeFile(changed, "SKU;Price;Stock\r\nBOL-GRES-S;14,50;8\r\nBOL-GRES-L;19.00;5\r\nTHE-VERT;8.90;40\r\n");
        ImportReport third = imported(database, changed);
        QVERIFY(third.applied);
        QCOMPARE(third.format, CatalogFormat::Comptoir);
        QCOMPARE(third.variantsUpdated, 2);
        QCOMPARE(third.variantsUnchanged, 1);
        QCOMPARE(third.productsUnchanged, 2);
        QCOMPARE(third.stockCounts, 1);
        QCOMPARE(variant(database, QStringLiteral("BOL-GRES-S")).value("price").toLongLong(), 1450);
        QCOMPARE(
            variant(database, QStringLiteral("BOL-GRES-S")).value("supplierSku").toString(), QStringLiteral("PM-118"));
        QCOMPARE(variant(database, QStringLiteral("BOL-GRES-L")).value("onHand").toLongLong(), 5);
        QCOMPARE(variant(database, QStringLiteral("BOL-GRES-L")).value("compareAt").toLongLong(), 2200);
        const auto history
            = inventory::StockLedger(database)
                  .history(number(database, QStringLiteral("SELECT id FROM variants WHERE sku = 'BOL-GRES-L'")), 1)
                  .value();
        QCOMPARE(history.first().quantity, 2);
        QCOMPARE(history.first().note, QStringLiteral("Stock from the import of changes.csv"));
        verifyConsistent(database);
    }

    void stockGoesToTheChosenLocation()
    {
        TempShop shop;
        auto database = shop.openDemo(30, 10, 5);
        auto skus = run(database->connection(),
            QStringLiteral("SELECT v.sku, coalesce(l.on_hand, 0), v.on_hand FROM variants v LEFT JOIN stock_levels l "
                           "ON l.variant_id = v.id AND l.location_id = 2 ORDER BY v.id LIMIT 3"));
        QStringList lines {QStringLiteral("SKU,Stock")};
        QList<qint64> totals;
        for (int i = 0; skus->next(); ++i) {
            lines << QStringLiteral("%1,%2").arg(skus->value(0).toString()).arg(skus->value(1).toLongLong() + i);
            totals << skus->value(2).toLongLong() + i;
        }
        skus->finish();
        const QString path = shop.folder() + QStringLiteral("/counter.csv");
        writeFile(path, lines.join(QStringLiteral("\n")).toUtf8());
        const qint64 warehouse = number(database,
            QStringLiteral("SELECT sum(on_hand) FROM stock_levels WHERE "
                           "location_id = 1"));
        ImportOptions options;
        options.location = QStringLiteral("Boutique");
        const ImportReport report = imported(database, path, options);
        QVERIFY(report.applied);
        QCOMPARE(report.location, QStringLiteral("Boutique"));
        QCOMPARE(report.stockCounts, 2); // the first count matched what was there
        QCOMPARE(report.variantsUnchanged, 1);
        QCOMPARE(
            number(database, QStringLiteral("SELECT sum(on_hand) FROM stock_levels WHERE location_id = 1")), warehouse);
        QCOMPARE(number(database, QStringLiteral("SELECT on_hand FROM variants ORDER BY id LIMIT 1 OFFSET 2")),
            totals.at(2));
        QCOMPARE(number(database,
                     QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'count' AND "
                                    "location_id = 2 AND reference = 'counter.csv'")),
            2);
        verifyConsistent(database);

        options.location = QStringLiteral("Cave");
        auto unknown = CatalogImport(database).check(path, options);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QVERIFY(unknown.error().message.contains(QStringLiteral("Entrepôt, Boutique")));
    }

    void updatesKeepWhatTheFileDoesNotSay()
    {
        TempShop shop;
        auto database = shop.openDemo(30, 10, 5);
        const QString sku = scalar(database->connection(),
            QStringLiteral("SELECT sku FROM variants WHERE option1 "
                           "<> '' ORDER BY id LIMIT 1"))
                                .value()
                                .toString();
        const QVariantMap before = variant(database, sku);
        const QString path = shop.folder() + QStringLiteral("/rename.csv");
        writeFile(path, QStringLiteral("SKU,Name,Supplier\n%1,Nouveau nom,Nouveau fournisseur\n").arg(sku).toUtf8());
        const ImportReport report = imported(database, path);
        QVERIFY(report.applied);
        QCOMPARE(report.productsUpdated, 1);
        QCOMPARE(report.suppliersCreated, 1);
        const QVariantMap after = variant(database, sku);
        QCOMPARE(after.value("product").toString(), QStringLiteral("Nouveau nom"));
        QVERIFY(after.value("title").toString().startsWith(QStringLiteral("Nouveau nom – ")));
        QCOMPARE(after.value("supplierName").toString(), QStringLiteral("Nouveau fournisseur"));
        for (const char* kept : {"price", "barcode", "option1", "option2", "onHand", "category", "description"})
            QCOMPARE(after.value(QString::fromLatin1(kept)), before.value(QString::fromLatin1(kept)));
        // The product's other variants follow its new name and supplier.
        QCOMPARE(number(database,
                     QStringLiteral("SELECT count(*) FROM variants v JOIN products p ON p.id = "
                                    "v.product_id WHERE p.name = 'Nouveau nom' AND (v.supplier_name <> "
                                    "'Nouveau fournisseur' OR v.title NOT LIKE 'Nouveau nom%')")),
            0);
        verifyConsistent(database);
    }

    void mappedColumnsFromAnotherTool()
    {
        TempShop shop;
        auto database = shop.open();
        const QString path = shop.folder() + QStringLiteral("/fournisseur.csv");
        // Windows-1252, ';' and decimal commas, as Excel writes in France.
        writeFile(path,
            QByteArray("R\xE9"
                       "f;D\xE9signation;Prix TTC;Qt\xE9;Poids (kg);Remarque\r\n"
                       "GANT-01;Gants en cuir;39,90;4;0,12;fragile\r\n"
                       "GANT-02;Gants en laine;19,90;0;0,08;\r\n"));
        auto preview = CatalogImport::preview(path);
        QVERIFY(preview);
        QCOMPARE(preview->format, CatalogFormat::Generic);
        QCOMPARE(preview->encoding, QStringLiteral("Windows-1252"));
        ImportOptions options;
        options.format = CatalogFormat::Generic;
        options.mapping = ColumnMapping::guess(preview->header);
        QCOMPARE(options.mapping.fields.value(QStringLiteral("Réf")), ImportField::Sku);
        QCOMPARE(options.mapping.fields.value(QStringLiteral("Qté")), ImportField::Stock);
        QVERIFY(!options.mapping.fields.contains(QStringLiteral("Remarque")));
        const ImportReport report = imported(database, path, options);
        QVERIFY(report.applied);
        QCOMPARE(report.variantsCreated, 2);
        QVariantMap gloves = variant(database, QStringLiteral("GANT-01"));
        QCOMPARE(gloves.value("product").toString(), QStringLiteral("Gants en cuir"));
        QCOMPARE(gloves.value("price").toLongLong(), 3990);
        QCOMPARE(gloves.value("weight").toLongLong(), 120);
        QCOMPARE(gloves.value("onHand").toLongLong(), 4);

        // Without a mapping, unknown columns are a problem, not a guess.
        auto refused = CatalogImport(database).check(path, {});
        QVERIFY(refused);
        QCOMPARE(refused->problemCount, 1);
        QVERIFY(refused->problems.first().message.contains(QStringLiteral("does not recognise these columns")));
        verifyConsistent(database);
    }

    void checksAgainstTheShop()
    {
        TempShop shop;
        auto database = shop.openDemo(30, 10, 5);
        auto rows = run(database->connection(),
            QStringLiteral("SELECT sku, barcode, product_id, option1, option2 FROM variants WHERE barcode <> '' "
                           "ORDER BY id LIMIT 2"));
        rows->next();
        const QString firstSku = rows->value(0).toString(), firstBarcode = rows->value(1).toString();
        rows->next();
        const QString secondSku = rows->value(0).toString();
        rows->finish();
        const QString otherProductSku = scalar(database->connection(),
            QStringLiteral("SELECT sku FROM variants WHERE product_id <> (SELECT "
                           "product_id FROM variants WHERE sku = ?) LIMIT 1"),
            {firstSku})
                                            .value()
                                            .toString();
        const QString path = shop.folder() + QStringLiteral("/clash.csv");
        writeFile(path,
            QStringLiteral("Product,SKU,Name,Price,Barcode\nX,NEW-1,Nouveau,10.00,%1\nG,%2,,,\nG,%3,,,\n")
                .arg(firstBarcode, secondSku, otherProductSku)
                .toUtf8());
        const auto before = footprint(database);
        auto report = CatalogImport(database).run(path, {});
        QVERIFY(report);
        QStringList found;
        for (const auto& problem : report->problems)
            found << problem.toString();
        const QString all = found.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(
                     QStringLiteral("2:5: Barcode: the barcode %1 already belongs to %2").arg(firstBarcode, firstSku)),
            qPrintable(all));
        QVERIFY2(
            all.contains(QStringLiteral("3:1: Product: the lines of “G” hold variants of different")), qPrintable(all));
        QCOMPARE(footprint(database), before);
    }
};

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "TestCatalogImport.moc"
