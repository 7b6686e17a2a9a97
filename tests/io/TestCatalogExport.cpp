#include "health/ShopCheck.h"
#include "io/CatalogExport.h"
#include "io/CatalogImport.h"
#include "storage/Sql.h"
#include "support/TempShop.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace comptoir;
using namespace comptoir::io;
using namespace comptoir::storage;

namespace {

QString dataDir()
{
    return QString::fromUtf8(COMPTOIR_TEST_DATA) + QStringLiteral("/import");
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray exported(const DatabasePtr& database, const ExportOptions& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto summary = CatalogExport(database).write(&buffer, options);
    if (!summary)
        qWarning("%s", qPrintable(summary.error().toString()));
    return buffer.data();
}

ImportReport imported(const DatabasePtr& database, const QString& path)
{
    auto report = CatalogImport(database).run(path, {});
    if (!report) {
        qWarning("%s", qPrintable(report.error().toString()));
        return {};
    }
    for (const auto& problem : report->problems)
        qWarning("%s", qPrintable(problem.toString()));
    return *report;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The variants as a platform file carries them: one line per SKU. The options are compared through
// the title: a product with only a colour has it as Shopify's and WooCommerce's first option.
QStringList catalog(const DatabasePtr& database, const QString& columns)
{
    QStringList rows;
    auto query = run(database->connection(),
        QStringLiteral("SELECT %1 FROM variants v JOIN products p ON p.id = v.product_id LEFT JOIN categories c ON "
                       "c.id = p.category_id LEFT JOIN suppliers s ON s.id = p.supplier_id LEFT JOIN stock_levels l "
                       "ON l.variant_id = v.id AND l.location_id = (SELECT min(id) FROM locations) ORDER BY v.sku")
            .arg(columns));
    while (query->next()) {
        QStringList values;
        for (int i = 0; i < query->record().count(); ++i)
            values << query->value(i).toString();
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

const QString kShopifyColumns
    = QStringLiteral("v.sku, p.name, p.description, c.name, coalesce(s.name, ''), p.archived, v.barcode, "
                     "v.price_minor, v.compare_at_minor, v.cost_minor, v.weight_g, coalesce(l.on_hand, 0), v.title");
const QString kWooColumns
    = QStringLiteral("v.sku, p.name, p.description, c.name, p.archived, v.barcode, v.price_minor, "
                     "v.compare_at_minor, v.cost_minor, v.weight_g, coalesce(l.on_hand, 0), v.title");

} // namespace

// Exports that import reads back: Comptoir's byte for byte, Shopify's and WooCommerce's with what
// those platforms carry.
class TestCatalogExport final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    DatabasePtr m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = m_shop.openDemo(150, 20, 9);
        QVERIFY(m_database);
        // Make the demo exercise every column: a compare-at price, a lead time, text that looks
        // like a formula, a quote, a line break, a description with surrounding spaces.
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("UPDATE variants SET compare_at_minor = price_minor + 500, lead_time_days = 12 "
                           "WHERE id % 7 = 0"))
                    .ok());
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("UPDATE products SET description = '=SUM(A1:A3) \"extra\"' || char(10) || 'line two ' "
                           "WHERE id = 3"))
                    .ok());
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("UPDATE variants SET bin_location = '-A-3', supplier_sku = '''=odd' WHERE id = 5"))
                    .ok());
        QVERIFY(
            execute(m_database->connection(), QStringLiteral("UPDATE products SET archived = 1 WHERE id = 4")).ok());
        // Control characters the export's reader uses as separators, in texts of their own.
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("UPDATE products SET description = 'a' || char(31) || 'b' || char(30) || 'c' WHERE id = 6"))
                    .ok());
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("UPDATE variants SET bin_location = 'B' || char(30) || '7' WHERE id = 9"))
                    .ok());
        QVERIFY(
            execute(m_database->connection(), QStringLiteral("UPDATE variants SET archived = 1 WHERE product_id = 4"))
                .ok());
        QVERIFY(health::ShopCheck(m_database).run().value().isEmpty());
    }

    void comptoirRoundTripIsExact_data()
    {
        QTest::addColumn<bool>("frenchExcel");
        QTest::newRow("RFC 4180") << false;
        QTest::newRow("French Excel") << true;
    }

    void comptoirRoundTripIsExact()
    {
        QFETCH(bool, frenchExcel);
        const ExportOptions options = frenchExcel ? ExportOptions::frenchExcel(CatalogFormat::Comptoir)
                                                  : ExportOptions::forFormat(CatalogFormat::Comptoir);
        const QByteArray first = exported(m_database, options);
        QVERIFY(first.size() > 10000);
        if (frenchExcel) {
            QVERIFY(first.startsWith("\xEF\xBB\xBFProduct;SKU;Name;"));
            QVERIFY(first.contains(";yes;") || first.contains(";no;"));
            QVERIFY(first.contains(",90;")); // decimal commas
        } else {
            QVERIFY(first.startsWith("Product,SKU,Name,Option 1,Option 2,Description,Category,Supplier,VAT rate,"));
        }
        QVERIFY(first.contains("'=SUM(A1:A3)")); // guarded against spreadsheets running it
        QVERIFY(first.contains("''=odd"));
        QVERIFY(first.contains("a\x1f"
                               "b\x1e"
                               "c"));
        QVERIFY(first.contains("B\x1e"
                               "7"));

        TempShop copy;
        auto database = copy.open();
        const QString path = copy.folder() + QStringLiteral("/catalog.csv");
        writeFile(path, first);
        const ImportReport report = imported(database, path);
        QVERIFY(report.applied);
        QCOMPARE(report.productsCreated, 150);
        QCOMPARE(exported(database, options), first);
        QCOMPARE(catalog(database,
                     kShopifyColumns
                         + QStringLiteral(", v.option1, v.option2, v.lead_time_days, v.supplier_sku, "
                                          "v.bin_location, p.vat_rate_bp, v.currency")),
            catalog(m_database,
                kShopifyColumns
                    + QStringLiteral(", v.option1, v.option2, v.lead_time_days, v.supplier_sku, "
                                     "v.bin_location, p.vat_rate_bp, v.currency")));
        QVERIFY(health::ShopCheck(database).run().value().isEmpty());

        // The same file again changes nothing.
        const ImportReport again = imported(database, path);
        QCOMPARE(again.variantsUnchanged, again.rows);
        QCOMPARE(again.productsUnchanged, 150);
        QCOMPARE(again.stockCounts, 0);
    }

    void shopifyExportReadsBack()
    {
        const QByteArray bytes = exported(m_database, ExportOptions::forFormat(CatalogFormat::Shopify));
        QVERIFY(bytes.startsWith("Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,"));
        QVERIFY(!bytes.contains('\r') || bytes.contains("\"=SUM")); // LF line ends; CR only inside text
        TempShop copy;
        auto database = copy.open();
        const QString path = copy.folder() + QStringLiteral("/shopify.csv");
        writeFile(path, bytes);
        const ImportReport report = imported(database, path);
        QVERIFY(report.applied);
        QCOMPARE(report.format, CatalogFormat::Shopify);
        QCOMPARE(catalog(database, kShopifyColumns), catalog(m_database, kShopifyColumns));
        QVERIFY(health::ShopCheck(database).run().value().isEmpty());
    }

    void wooCommerceExportReadsBack()
    {
        const QByteArray bytes = exported(m_database, ExportOptions::forFormat(CatalogFormat::WooCommerce));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFID,Type,SKU,\"GTIN, UPC, EAN, or ISBN\",Name,Published,"));
        QVERIFY(bytes.contains("'=SUM(A1:A3) \"\"extra\"\"\\nline two ")); // guard, quotes, \n
        TempShop copy;
        auto database = copy.open();
        const QString path = copy.folder() + QStringLiteral("/woocommerce.csv");
        writeFile(path, bytes);
        const ImportReport report = imported(database, path);
        QVERIFY(report.applied);
        QCOMPARE(report.format, CatalogFormat::WooCommerce);
        QCOMPARE(report.skippedRows, 0);
        QCOMPARE(catalog(database, kWooColumns), catalog(m_database, kWooColumns));
        QVERIFY(health::ShopCheck(database).run().value().isEmpty());
    }

    void platformFilesAsExpected_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("comptoir") << int(CatalogFormat::Comptoir) << "expected-comptoir.csv";
        QTest::newRow("shopify") << int(CatalogFormat::Shopify) << "expected-shopify.csv";
        QTest::newRow("woocommerce") << int(CatalogFormat::WooCommerce) << "expected-woocommerce.csv";
    }

    void platformFilesAsExpected()
    {
        QFETCH(int, format);
        QFETCH(QString, expected);
        TempShop shop;
        auto database = shop.open();
        QVERIFY(imported(database, dataDir() + QStringLiteral("/comptoir.csv")).applied);
        const QByteArray bytes = exported(database, ExportOptions::forFormat(CatalogFormat(format)));
        const QByteArray wanted = readAll(dataDir() + QLatin1Char('/') + expected);
        if (bytes != wanted) {
            writeFile(QDir::temp().filePath(expected), bytes); // to compare, and to update the fixture when right
            qWarning("got:\n%s", bytes.constData());
        }
        QCOMPARE(bytes, wanted);
    }

    void pagesThroughBigCatalogs()
    {
        TempShop shop;
        auto database = shop.open();
        QByteArray lines = "Product,SKU,Name,Option 1,Price,Stock\r\n";
        for (int i = 0; i < 6000; ++i) {
            // Two variants per product: the pages of 5,000 rows end in the middle of a product.
            for (const char* size : {"S", "M"})
                lines += QStringLiteral("P%1,P%1-%2,Produit %1,%2,%3.00,%4\r\n")
                             .arg(i)
                             .arg(QLatin1String(size))
                             .arg(i % 90 + 1)
                             .arg(i % 5)
                             .toUtf8();
        }
        const QString path = shop.folder() + QStringLiteral("/big.csv");
        writeFile(path, lines);
        QVERIFY(imported(database, path).applied);
        const QString out = shop.folder() + QStringLiteral("/out.csv");
        qint64 calls = 0;
        JobControl control([&](qint64, qint64, const QString&) { ++calls; });
        auto summary
            = CatalogExport(database).writeFile(out, ExportOptions::forFormat(CatalogFormat::Comptoir), control);
        QVERIFY(summary);
        QCOMPARE(summary->products, 6000);
        QCOMPARE(summary->variants, 12000);
        QCOMPARE(summary->location, QStringLiteral("Entrepôt"));
        QVERIFY(calls >= 3);
        const QByteArray bytes = readAll(out);
        QCOMPARE(bytes.count("\r\n"), 12001);
        QVERIFY(bytes.contains("\r\nP4999-S,P4999-M,Produit 4999,M,,,,,20,no,,50.00,,0.00,EUR,0,,,,4\r\n"));
    }

    void cancelKeepsTheOldFile()
    {
        const QString path = m_shop.folder() + QStringLiteral("/kept.csv");
        writeFile(path, "old");
        JobControl* self = nullptr;
        JobControl control([&](qint64, qint64, const QString&) { self->cancel(); });
        self = &control;
        auto summary = CatalogExport(m_database).writeFile(path, ExportOptions(), control);
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, Error::Code::Cancelled);
        QCOMPARE(readAll(path), QByteArray("old"));
        ExportOptions unknown;
        unknown.location = QStringLiteral("Grenier");
        QCOMPARE(CatalogExport(m_database).writeFile(path, unknown).error().code, Error::Code::NotFound);
        QCOMPARE(readAll(path), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogExport)
#include "TestCatalogExport.moc"
