// bench_csv: catalog CSV import and export at scale, each next to the sqlite3 shell doing the same
// in the same run.
// Usage: bench_csv WORKDIR [PRODUCTS] [--check]
//
// 1. Writes WORKDIR/products.csv: PRODUCTS one-variant products in Comptoir's format, every column
//    filled (20 categories, 30 suppliers, unique EAN-13 barcodes, stock).
// 2. Import: Comptoir's CatalogImport::run() into a new, empty shop (reading, every check,
//    categories, suppliers, stock count movements, indexes and search index), against the sqlite3
//    shell importing the same file into another new shop of the same schema: `.import` into a
//    staging table, then INSERT … SELECT into products, variants, stock levels and movements, in
//    one transaction, with the schema's indexes and triggers. Also timed: the bare `.import` into a
//    table without index (the floor), and sqlite3 with the indexes and triggers set aside and
//    rebuilt as Comptoir does.
// 3. Export: CatalogExport::writeFile() of the imported shop against `sqlite3 -csv` running the
//    same join (variants, products, suppliers, stock of the first location) in the same order.
// --check also runs health::ShopCheck on the imported shop (minutes at a million products);
// --steps prints the time of each step of Comptoir's import.
#include "health/ShopCheck.h"
#include "io/CatalogExport.h"
#include "io/CatalogImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <cstdio>

namespace {

const char* const kCategories[] = {"Vêtements > Pulls", "Vêtements > T-shirts", "Vêtements > Pantalons",
    "Vêtements > Robes", "Chaussures > Bottines", "Chaussures > Baskets", "Accessoires > Sacs",
    "Accessoires > Écharpes", "Accessoires > Bonnets", "Maison > Bougies", "Maison > Vaisselle", "Maison > Linge",
    "Maison > Décoration", "Épicerie > Thés", "Épicerie > Cafés", "Épicerie > Confitures", "Beauté > Savons",
    "Beauté > Crèmes", "Papeterie > Carnets", "Papeterie > Cartes"};
const char* const kWords[] = {"laine", "mérinos", "coton", "lin", "bio", "marine", "écru", "sable", "grès", "cuir",
    "rayé", "brodé", "tressé", "vintage", "artisanal", "doux", "léger", "épais", "naturel", "breton"};

int ean13CheckDigit(const QByteArray& twelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (twelve.at(i) - '0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

bool writeCatalog(const QString& path, qint64 products)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "Product,SKU,Name,Option 1,Option 2,Description,Category,Supplier,VAT rate,Archived,Barcode,"
                       "Price,Compare-at price,Cost,Currency,Weight (g),Supplier SKU,Lead time (days),Bin location,"
                       "Stock\r\n";
    for (qint64 i = 1; i <= products; ++i) {
        const QByteArray sku = "P" + QByteArray::number(i).rightJustified(7, '0');
        const QByteArray name
            = QByteArray("Article ") + kWords[i % 20] + ' ' + kWords[(i / 20) % 20] + ' ' + QByteArray::number(i);
        const QByteArray twelve = "376" + QByteArray::number(i).rightJustified(9, '0');
        const qint64 price = 500 + (i * 7919) % 20000;
        chunk += sku + ',' + sku + ',' + name + ",,," + "\"Fabriqué en France, " + kWords[i % 17] + ".\"," + "\""
            + kCategories[i % 20] + "\"," + "Fournisseur " + QByteArray::number(i % 30 + 1) + ','
            + (i % 10 == 0 ? "5.5" : "20") + ',' + (i % 50 == 0 ? "yes" : "no") + ',' + twelve
            + QByteArray::number(ean13CheckDigit(twelve)) + ',' + QByteArray::number(price / 100) + '.'
            + QByteArray::number(price % 100).rightJustified(2, '0') + ','
            + (i % 9 == 0 ? QByteArray::number(price / 100 + 5) + ".00" : QByteArray()) + ','
            + QByteArray::number(price * 4 / 1000) + '.'
            + QByteArray::number(price * 4 / 10 % 100).rightJustified(2, '0') + ",EUR,"
            + QByteArray::number(100 + i % 900) + ",F-" + QByteArray::number(i) + ','
            + (i % 4 == 0 ? QByteArray::number(7 + i % 20) : QByteArray()) + ",A-" + QByteArray::number(i % 40) + '-'
            + QByteArray::number(i % 5) + ',' + QByteArray::number(i % 37) + "\r\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

// A new shop file with the current schema and nothing in it.
bool newShop(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto database = comptoir::storage::Database::open(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return false;
    }
    (*database)->close();
    return true;
}

double sqliteSeconds(const QString& database, const QString& script, const QString& output = {})
{
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    if (!output.isEmpty())
        sqlite.setStandardOutputFile(output);
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), database});
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray errors = sqlite.readAllStandardError();
    if (sqlite.exitCode() != 0 || !errors.isEmpty())
        std::fprintf(stderr, "sqlite3: %s\n", errors.constData());
    return seconds;
}

const char* kStaging = "CREATE TEMP TABLE staging (product TEXT, sku TEXT, name TEXT, option1 TEXT, option2 TEXT, "
                       "description TEXT, category TEXT, supplier TEXT, vat TEXT, archived TEXT, barcode TEXT, price "
                       "TEXT, compare_at TEXT, cost TEXT, currency TEXT, weight TEXT, supplier_sku TEXT, lead_time "
                       "TEXT, bin TEXT, stock TEXT);\n";

// The sqlite3 shell loading the file into the shop's tables: no checks, one category level, the
// amounts through floating point; but the same rows, indexes and stock ledger.
QString sqliteImport(const QString& csv, bool setIndexesAside)
{
    QString script = QStringLiteral(".mode csv\nBEGIN;\n") + QString::fromLatin1(kStaging)
        + QStringLiteral(".import --skip 1 '%1' staging\n").arg(csv);
    script += QStringLiteral("INSERT INTO categories (name) SELECT DISTINCT category FROM staging;\n"
                             "INSERT INTO suppliers (name, created_at) SELECT DISTINCT supplier, 0 FROM staging;\n"
                             "INSERT INTO locations (name, created_at) VALUES ('Stock', 0);\n");
    if (setIndexesAside)
        script += QStringLiteral("%DROPS%"); // what Comptoir does for an empty shop, done by hand
    script += QStringLiteral(
        "INSERT INTO products (id, name, description, category_id, supplier_id, vat_rate_bp, archived, created_at, "
        "updated_at) SELECT s.rowid, s.name, s.description, c.id, f.id, CAST(round(s.vat * 100) AS INTEGER), "
        "s.archived = 'yes', 0, 0 FROM staging s JOIN categories c ON c.name = s.category JOIN suppliers f ON f.name = "
        "s.supplier;\n"
        "INSERT INTO variants (product_id, sku, title, option1, option2, barcode, price_minor, compare_at_minor, "
        "cost_minor, currency, weight_g, supplier_id, supplier_name, supplier_sku, lead_time_days, bin_location, "
        "on_hand, archived, created_at, updated_at) SELECT s.rowid, s.sku, s.name, s.option1, s.option2, s.barcode, "
        "CAST(round(s.price * 100) AS INTEGER), CAST(round(nullif(s.compare_at, '') * 100) AS INTEGER), "
        "CAST(round(s.cost * 100) AS INTEGER), s.currency, s.weight, f.id, f.name, s.supplier_sku, "
        "nullif(s.lead_time, ''), s.bin, s.stock, s.archived = 'yes', 0, 0 FROM staging s JOIN suppliers f ON f.name = "
        "s.supplier;\n"
        "INSERT INTO stock_levels (variant_id, location_id, on_hand) SELECT v.id, 1, v.on_hand FROM variants v WHERE "
        "v.on_hand <> 0;\n"
        "INSERT INTO stock_movements (variant_id, location_id, quantity, reason, note, created_at) SELECT v.id, 1, "
        "v.on_hand, 'count', 'import', 0 FROM variants v WHERE v.on_hand <> 0;\n");
    if (setIndexesAside)
        script += QStringLiteral("%CREATES%INSERT INTO variants_fts(variants_fts) VALUES ('rebuild');\n");
    script += QStringLiteral("COMMIT;\n");
    return script;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_csv WORKDIR [PRODUCTS] [--check] [--steps]\n");
        return 2;
    }
    const QDir work(QString::fromLocal8Bit(argv[1]));
    const qint64 products = argc > 2 && argv[2][0] != '-' ? QByteArray(argv[2]).toLongLong() : 1000000;
    const bool check = QCoreApplication::arguments().contains(QStringLiteral("--check"));
    work.mkpath(QStringLiteral("."));
    const QString csv = work.filePath(QStringLiteral("products.csv"));
    QElapsedTimer timer;
    timer.start();
    if (!writeCatalog(csv, products))
        return 1;
    std::printf("wrote %s: %lld products, %.0f MB in %.1f s\n", qPrintable(csv), products,
        double(QFile(csv).size()) / 1048576.0, double(timer.nsecsElapsed()) / 1e9);

    // Comptoir.
    const QString shop = work.filePath(QStringLiteral("comptoir.db"));
    if (!newShop(shop))
        return 1;
    auto database = comptoir::storage::Database::open(shop);
    if (!database)
        return 1;
    // --steps prints how long each step of the import took.
    const bool steps = QCoreApplication::arguments().contains(QStringLiteral("--steps"));
    QString lastStep;
    double stepStart = 0;
    comptoir::JobControl control([&](qint64, qint64, const QString& step) {
        const QString name = step.startsWith(QStringLiteral("Reading")) ? QStringLiteral("Reading") : step;
        if (!steps || name == lastStep)
            return;
        const double now = double(timer.nsecsElapsed()) / 1e9;
        if (!lastStep.isEmpty())
            std::printf("  %-28s %6.2f s\n", qPrintable(lastStep), now - stepStart);
        lastStep = name;
        stepStart = now;
    });
    timer.restart();
    auto report = comptoir::io::CatalogImport(*database).run(csv, {}, control);
    if (steps)
        std::printf("  %-28s %6.2f s\n", qPrintable(lastStep), double(timer.nsecsElapsed()) / 1e9 - stepStart);
    const double comptoirImport = double(timer.nsecsElapsed()) / 1e9;
    if (!report || !report->applied) {
        std::fprintf(stderr, "import failed: %s\n",
            report ? qPrintable(report->problems.value(0).toString()) : qPrintable(report.error().toString()));
        return 1;
    }
    std::printf("comptoir import: %.2f s (%lld products, %lld variants, %lld stock counts)\n", comptoirImport,
        report->productsCreated, report->variantsCreated, report->stockCounts);
    if (check) {
        timer.restart();
        auto problems = comptoir::health::ShopCheck(*database).run(5);
        std::printf("shop check: %s in %.1f s\n", problems && problems->isEmpty() ? "clean" : "PROBLEMS",
            double(timer.nsecsElapsed()) / 1e9);
    }

    // sqlite3, into the same schema as it is, then with the indexes set aside.
    const QString reference = work.filePath(QStringLiteral("sqlite.db"));
    if (!newShop(reference))
        return 1;
    const double sqliteImport = sqliteSeconds(reference, ::sqliteImport(csv, false));
    if (!newShop(reference))
        return 1;
    QString asideScript = ::sqliteImport(csv, true);
    {
        // The DROP and CREATE statements, as the schema holds them.
        auto shopDb = comptoir::storage::Database::open(reference);
        QStringList drops, creates;
        QSqlQuery query((*shopDb)->connection());
        query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND "
                                  "tbl_name IN ('products', 'variants', 'stock_movements') AND sql IS NOT NULL"));
        while (query.next()) {
            drops << QStringLiteral("DROP %1 %2;\n").arg(query.value(0).toString(), query.value(1).toString());
            creates << query.value(2).toString() + QStringLiteral(";\n");
        }
        query.finish();
        (*shopDb)->close();
        asideScript.replace(QStringLiteral("%DROPS%"), drops.join(QString()));
        asideScript.replace(QStringLiteral("%CREATES%"), creates.join(QString()));
    }
    const double sqliteAside = sqliteSeconds(reference, asideScript);
    const QString bare = work.filePath(QStringLiteral("bare.db"));
    QFile::remove(bare);
    const double sqliteBare = sqliteSeconds(bare,
        QStringLiteral(".mode csv\n") + QString::fromLatin1(kStaging).replace(QStringLiteral("TEMP "), QString())
            + QStringLiteral(".import --skip 1 '%1' staging\n").arg(csv));
    std::printf("sqlite3 .import + INSERT…SELECT into the schema: %.2f s -> ratio comptoir/sqlite3 = %.2f\n",
        sqliteImport, comptoirImport / sqliteImport);
    std::printf("sqlite3 the same, indexes and triggers set aside and rebuilt: %.2f s -> ratio %.2f\n", sqliteAside,
        comptoirImport / sqliteAside);
    std::printf("sqlite3 bare .import into one table without index: %.2f s -> ratio %.2f\n", sqliteBare,
        comptoirImport / sqliteBare);

    // Export.
    const QString out = work.filePath(QStringLiteral("export.csv"));
    timer.restart();
    auto summary = comptoir::io::CatalogExport(*database).writeFile(
        out, comptoir::io::ExportOptions::forFormat(comptoir::io::CatalogFormat::Comptoir));
    const double comptoirExport = double(timer.nsecsElapsed()) / 1e9;
    if (!summary) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(summary.error().toString()));
        return 1;
    }
    (*database)->close();
    const QString sqliteOut = work.filePath(QStringLiteral("sqlite-export.csv"));
    const double sqliteExport = sqliteSeconds(shop,
        QStringLiteral(
            ".headers on\n.mode csv\nSELECT v.sku AS Product, v.sku AS SKU, p.name AS Name, v.option1, v.option2, "
            "p.description, p.category_id, s.name AS Supplier, p.vat_rate_bp, p.archived, v.barcode, v.price_minor, "
            "v.compare_at_minor, v.cost_minor, v.currency, v.weight_g, v.supplier_sku, v.lead_time_days, "
            "v.bin_location, coalesce(l.on_hand, 0) AS Stock FROM variants v JOIN products p ON p.id = v.product_id "
            "LEFT JOIN suppliers s ON s.id = p.supplier_id LEFT JOIN stock_levels l ON l.variant_id = v.id AND "
            "l.location_id = 1 ORDER BY v.product_id, v.id;\n"),
        sqliteOut);
    std::printf("comptoir export: %.2f s, %.0f MB, %.0f rows/s\n", comptoirExport,
        double(QFile(out).size()) / 1048576.0, double(summary->variants) / comptoirExport);
    std::printf("sqlite3 -csv of the same join: %.2f s, %.0f MB -> comptoir throughput = %.2f x sqlite3's\n",
        sqliteExport, double(QFile(sqliteOut).size()) / 1048576.0, sqliteExport / comptoirExport);
    return 0;
}
