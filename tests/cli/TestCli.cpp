#include "storage/Sql.h"
#include "support/FakeHttpServer.h"
#include "support/TempShop.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace comptoir;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run cli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("COMPTOIR_DATABASE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COMPTOIR_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        qFatal("comptoir-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

// Runs comptoir-cli while this process's event loop keeps serving (a fake server), with `environment` added.
Run cliServing(const QStringList& arguments, const QHash<QString, QString>& environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    variables.remove(QStringLiteral("COMPTOIR_DATABASE"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        variables.insert(it.key(), it.value());
    process.setProcessEnvironment(variables);
    process.start(QStringLiteral(COMPTOIR_CLI_PATH), arguments);
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        qFatal("comptoir-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

// comptoir-cli: exit codes 0 / 1 / 2 and messages on stderr that say what and where.
class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"init", "demo", "backup", "restore", "check", "import", "import-orders", "export",
                 "export-orders", "slips", "picklist", "return-form", "track", "import-tracking",
                 "import-tracking-events", "import-reviews", "export-reviews", "report", "version"})
            // The name, then at least one space before its summary, however long the name.
            QVERIFY2(help.out.contains(QStringLiteral("  %1 ").arg(QString::fromLatin1(command))), command);
        const Run version = cli({QStringLiteral("version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("comptoir-cli 0.")));
        QVERIFY(version.out.contains(QStringLiteral("schema")));
        for (const char* command : {"init", "demo", "backup", "restore", "check", "import", "import-orders", "export",
                 "export-orders", "slips", "picklist", "return-form", "track", "import-tracking",
                 "import-tracking-events", "import-reviews", "export-reviews", "report", "version"}) {
            const Run commandHelp = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(commandHelp.exitCode, 0);
            QVERIFY2(commandHelp.out.contains(QStringLiteral("--database")), command);
        }
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << "Name a command first";
        QTest::newRow("unknown command") << QStringList {"frobnicate"} << "Unknown command “frobnicate”";
        QTest::newRow("unknown option") << QStringList {"check", "--frob"} << "Unknown option 'frob'";
        QTest::newRow("bad scale") << QStringList {"demo", "--scale", "lots"} << "--scale must be a whole number";
        QTest::newRow("zero scale") << QStringList {"demo", "--scale", "0"} << "--scale must be a whole number";
        QTest::newRow("bad date") << QStringList {"demo", "--until", "23/11/2026"} << "--until must be a date";
        QTest::newRow("bad seed") << QStringList {"demo", "--seed", "-x"} << "--seed must be a whole number";
        QTest::newRow("missing value") << QStringList {"demo", "--scale"} << "Missing value after '--scale'";
        QTest::newRow("only options") << QStringList {"--quiet"} << "Name a command first";
        QTest::newRow("extra argument") << QStringList {"check", "extra"} << "Unexpected argument “extra”";
        QTest::newRow("restore without file") << QStringList {"restore"} << "Name the backup file";
        QTest::newRow("import without file") << QStringList {"import"} << "Name the CSV file to import";
        QTest::newRow("import bad format") << QStringList {"import", "--format", "csv", "a.csv"} << "--format is auto";
        QTest::newRow("import-orders without file") << QStringList {"import-orders"} << "Name the CSV file to import";
        QTest::newRow("import-orders bad format")
            << QStringList {"import-orders", "--format", "generic", "a.csv"} << "--format is auto, comptoir";
        QTest::newRow("import-orders bad shipped")
            << QStringList {"import-orders", "--shipped", "keep", "a.csv"} << "--shipped is skip or deduct, not “keep”";
        QTest::newRow("import-tracking without file")
            << QStringList {"import-tracking"} << "Name the CSV file to import";
        QTest::newRow("import-tracking-events without file")
            << QStringList {"import-tracking-events"} << "Name the CSV file to import";
        QTest::newRow("import-reviews without file") << QStringList {"import-reviews"} << "Name the CSV file to import";
        QTest::newRow("export-reviews without file") << QStringList {"export-reviews"} << "Name the CSV file to write";
        QTest::newRow("export-reviews bad format")
            << QStringList {"export-reviews", "--format", "trustpilot", "a.csv"} << "--format is comptoir or judgeme";
        QTest::newRow("export-reviews bad source")
            << QStringList {"export-reviews", "--source", "yelp", "a.csv"} << "--source is website, google";
        QTest::newRow("export without file") << QStringList {"export"} << "Name the file to write with --out";
        QTest::newRow("export-orders without file")
            << QStringList {"export-orders"} << "Name the file to write with --out";
        QTest::newRow("export bad format") << QStringList {"export", "--format", "auto", "--out", "a.csv"}
                                           << "--format is comptoir, shopify or woocommerce";
        QTest::newRow("export bad delimiter")
            << QStringList {"export", "--delimiter", "|", "--out", "a.csv"} << "--delimiter is";
        QTest::newRow("slips without orders")
            << QStringList {"slips", "--pdf", "a.pdf"} << "either --status or --orders";
        QTest::newRow("slips with both choices")
            << QStringList {"slips", "--status", "paid", "--orders", "1001", "--pdf", "a.pdf"} << "either --status";
        QTest::newRow("slips bad status") << QStringList {"slips", "--status", "payed", "--pdf", "a.pdf"}
                                          << "--status takes order statuses such as paid or preparing, not “payed”";
        QTest::newRow("slips bad size") << QStringList {"slips", "--status", "paid", "--size", "a5", "--pdf", "a.pdf"}
                                        << "--size is a4, letter or 4x6, not “a5”";
        QTest::newRow("slips without file") << QStringList {"slips", "--status", "paid"} << "with --pdf FILE";
        QTest::newRow("slips prices twice")
            << QStringList {"slips", "--status", "paid", "--prices", "--no-prices", "--pdf", "a.pdf"} << "not both";
        QTest::newRow("picklist without file") << QStringList {"picklist", "--status", "paid"} << "--pdf FILE or --csv";
        QTest::newRow("picklist empty orders")
            << QStringList {"picklist", "--orders", ",", "--csv", "-"} << "--orders needs at least one order number";
        QTest::newRow("return-form without returns")
            << QStringList {"return-form", "--pdf", "a.pdf"} << "Name at least one return";
        QTest::newRow("return-form without file") << QStringList {"return-form", "R-1001"} << "with --pdf FILE";
        QTest::newRow("report unknown") << QStringList {"report", "sales-by-moon", "--period", "this-month"}
                                        << "There is no report called “sales-by-moon”";
        QTest::newRow("report without period") << QStringList {"report", "vat"} << "Give the period";
        QTest::newRow("report bad day") << QStringList {"report", "vat", "--from", "2026-02-30", "--to", "2026-03-01"}
                                        << "--from “2026-02-30” is not a day: write it YYYY-MM-DD";
        QTest::newRow("report bad period")
            << QStringList {"report", "vat", "--period", "last-decade"} << "--period is one of today, yesterday";
        QTest::newRow("report period and days")
            << QStringList {"report", "vat", "--period", "this-year", "--from", "2026-01-01"} << "not both";
        QTest::newRow("report bad grouping") << QStringList {"report", "sales-by-period", "--period", "this-year",
            "--group-by", "fortnight"} << "--group-by is day, week, month, quarter or year, not “fortnight”";
        QTest::newRow("report pdf without file")
            << QStringList {"report", "vat", "--period", "this-year", "--format", "pdf"} << "name it with --out";
        QTest::newRow("report same separators") << QStringList {"report", "vat", "--period", "this-year", "--delimiter",
            ",", "--decimal", ","} << "The delimiter and the decimal separator are both";
        QTest::newRow("report bad top") << QStringList {"report", "sales-by-product", "--period", "this-year", "--top",
            "-3"} << "--top is a number of rows, 0 for all, not “-3”";
        QTest::newRow("return-form bad size")
            << QStringList {"return-form", "R-1001", "--size", "a5", "--pdf", "a.pdf"} << "--size is a4, letter or 4x6";
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        TempShop shop;
        // The database option goes right after the command, so options under test come last.
        QStringList withDatabase
            = arguments.mid(0, 1) + QStringList {QStringLiteral("--database"), shop.path()} + arguments.mid(1);
        const Run run = cli(withDatabase);
        QCOMPARE(run.exitCode, 2);
        const QString output = run.err + run.out;
        QVERIFY2(output.contains(message), qPrintable(output));
        QVERIFY(!QFile::exists(shop.path()));
    }

    void demoCheckBackupRestore()
    {
        TempShop shop;
        const QStringList db {QStringLiteral("--database"), shop.path()};
        Run run = cli(QStringList {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("50"),
                          QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--quiet")}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("50 products")));
        QVERIFY(run.out.contains(QStringLiteral("125 orders")));

        run = cli(QStringList {QStringLiteral("demo"), QStringLiteral("--quiet")} + db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));

        run = cli(QStringList {QStringLiteral("check")} + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("No problem found")));

        run = cli(QStringList {QStringLiteral("backup")} + db);
        QCOMPARE(run.exitCode, 0);
        const QString backupPath = run.out.section(QStringLiteral("Backed up to "), 1).trimmed();
        QVERIFY2(QFile::exists(backupPath), qPrintable(run.out));
        run = cli(QStringList {QStringLiteral("backup"), QStringLiteral("--list")} + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("manual")));

        // Break the stock ledger: check reports where and exits with 1.
        {
            auto database = shop.open();
            QVERIFY(storage::execute(database->connection(),
                QStringLiteral(
                    "UPDATE stock_levels SET on_hand = on_hand + 2 WHERE variant_id = 3 AND location_id = 1"))
                        .ok());
            database->close();
        }
        run = cli(QStringList {QStringLiteral("check")} + db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("stock_levels variant 3 location 1")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("problems found")), qPrintable(run.err));

        // Restoring the backup brings the shop back to a clean state.
        run = cli(QStringList {QStringLiteral("restore"), backupPath} + db);
        QCOMPARE(run.exitCode, 0);
        run = cli(QStringList {QStringLiteral("check")} + db);
        QCOMPARE(run.exitCode, 0);
    }

    void failuresExitWithOne()
    {
        TempShop shop;
        const QString missing = shop.folder() + QStringLiteral("/missing.db");
        Run run = cli({QStringLiteral("check"), QStringLiteral("--database"), missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("missing.db"))
                && run.err.contains(QStringLiteral("There is no shop file here")),
            qPrintable(run.err));
        QVERIFY(!QFile::exists(missing));

        const QString text = shop.folder() + QStringLiteral("/notes.txt");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a shop");
        file.close();
        run = cli({QStringLiteral("backup"), QStringLiteral("--database"), text});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("not a Comptoir shop database")));

        run = cli({QStringLiteral("restore"), text, QStringLiteral("--database"), shop.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("not a Comptoir backup")));
    }

    void importChecksThenWritesAndExportReadsBack()
    {
        TempShop shop;
        const QStringList db {QStringLiteral("--database"), shop.path()};
        QCOMPARE(cli(QStringList {QStringLiteral("init")} + db).exitCode, 0);
        const QString data = QString::fromUtf8(COMPTOIR_TEST_DATA) + QStringLiteral("/import/");

        // A file with mistakes: every problem as line:column on stderr, exit 1, nothing written.
        Run run = cli(QStringList {QStringLiteral("import"), QStringLiteral("--quiet"),
                          data + QStringLiteral("bad/BadPrice/input.csv")}
            + db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("2:3: Price: “12,5x” is not a number.")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("4:3: Price: an amount cannot be negative")));
        QVERIFY(run.err.contains(QStringLiteral("3 problems found; nothing was imported")));

        // The dry run says what would change and writes nothing.
        const QString shopify = data + QStringLiteral("shopify-classic.csv");
        run = cli(
            QStringList {QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--quiet"), shopify}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Dry run")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Variants: 6 created, 0 updated, 0 unchanged.")));
        {
            auto database = shop.open();
            QCOMPARE(storage::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM variants"))
                         .value()
                         .toInt(),
                0);
            database->close();
        }
        run = cli(QStringList {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("shopify"),
                      QStringLiteral("--location"), QStringLiteral("Entrepôt"), QStringLiteral("--quiet"), shopify}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Imported")), qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("Stock counted for 3 variants at Entrepôt.")));
        QCOMPARE(cli(QStringList {QStringLiteral("check")} + db).exitCode, 0);
        run = cli(QStringList {QStringLiteral("import"), QStringLiteral("--quiet"), shopify} + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Variants: 0 created, 0 updated, 6 unchanged.")), qPrintable(run.out));

        // Export in the French Excel layout, then import that file into a new shop.
        const QString out = shop.folder() + QStringLiteral("/catalogue.csv");
        run = cli(QStringList {QStringLiteral("export"), QStringLiteral("--excel-fr"), QStringLiteral("--out"), out,
                      QStringLiteral("--quiet")}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Exported 3 products (6 variants)")), qPrintable(run.out + run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFProduct;SKU;Name;"));
        QVERIFY(bytes.contains(";89,00;99,00;31,50;EUR;450;"));
        QVERIFY(bytes.contains("\r\n"));
        const QString copy = shop.folder() + QStringLiteral("/copy.db");
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--database"), copy}).exitCode, 0);
        run = cli({QStringLiteral("import"), QStringLiteral("--database"), copy, QStringLiteral("--quiet"), out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Variants: 6 created")), qPrintable(run.out + run.err));
        const QString again = shop.folder() + QStringLiteral("/again.csv");
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--database"), copy, QStringLiteral("--excel-fr"),
                         QStringLiteral("--out"), again, QStringLiteral("--quiet")})
                     .exitCode,
            0);
        QFile second(again);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), bytes);
    }

    void slipsAndPickList()
    {
        TempShop shop;
        const QStringList db {QStringLiteral("--database"), shop.path()};
        QCOMPARE(cli(QStringList {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("50"),
                         QStringLiteral("--orders"), QStringLiteral("1500"), QStringLiteral("--until"),
                         QStringLiteral("2026-11-20"), QStringLiteral("--seed"), QStringLiteral("3"),
                         QStringLiteral("--quiet")}
                     + db)
                     .exitCode,
            0);
        qint64 paid = 0, paidItems = 0;
        QStringList numbers;
        {
            auto database = shop.open();
            paid = storage::scalar(
                database->connection(), QStringLiteral("SELECT count(*) FROM orders WHERE status = 'paid'"))
                       .value()
                       .toLongLong();
            paidItems = storage::scalar(database->connection(),
                QStringLiteral("SELECT sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                               "WHERE o.status = 'paid'"))
                            .value()
                            .toLongLong();
            auto query = storage::run(
                database->connection(), QStringLiteral("SELECT number FROM orders ORDER BY id DESC LIMIT 2"));
            while (query->next())
                numbers << query->value(0).toString();
            database->close();
        }
        QVERIFY(paid > 0);
        const auto pages = [](const QString& path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return -1;
            const QByteArray bytes = file.readAll();
            if (!bytes.startsWith("%PDF-"))
                return -1;
            return int(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
        };

        const QString slips = shop.folder() + QStringLiteral("/slips.pdf");
        Run run = cli(QStringList {QStringLiteral("slips"), QStringLiteral("--status"), QStringLiteral("paid"),
                          QStringLiteral("--pdf"), slips, QStringLiteral("--quiet")}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Packing slips written to")), qPrintable(run.out + run.err));
        QCOMPARE(pages(slips), int(paid)); // the demo's orders fit on one page each

        // By number ("#" optional), on labels without prices, after the pick list.
        const QString labels = shop.folder() + QStringLiteral("/labels.pdf");
        run = cli(QStringList {QStringLiteral("slips"), QStringLiteral("--orders"),
                      numbers.at(0).mid(1) + QLatin1Char(',') + numbers.at(1), QStringLiteral("--size"),
                      QStringLiteral("4x6"), QStringLiteral("--with-pick-list"), QStringLiteral("--pdf"), labels,
                      QStringLiteral("--quiet")}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("orders: 2")), qPrintable(run.out));
        QCOMPARE(pages(labels), 3);

        // The pick list as CSV on the standard output: every item of every paid order, once.
        run = cli(QStringList {QStringLiteral("picklist"), QStringLiteral("--status"), QStringLiteral("paid"),
                      QStringLiteral("--csv"), QStringLiteral("-")}
            + db);
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first().trimmed(), QStringLiteral("bin,sku,title,barcode,quantity,on_hand,orders"));
        qint64 quantity = 0;
        for (const QString& line : lines.mid(1)) {
            static const QRegularExpression field(QStringLiteral(",(\\d+),(\\d*),(#[^,]*)$"));
            const auto match = field.match(line.trimmed());
            QVERIFY2(match.hasMatch(), qPrintable(line));
            quantity += match.captured(1).toLongLong();
        }
        QCOMPARE(quantity, paidItems);
        QVERIFY2(run.err.contains(QStringLiteral("items to pick %1").arg(paidItems)), qPrintable(run.err));
        const QString pickList = shop.folder() + QStringLiteral("/pick.pdf");
        run = cli(QStringList {QStringLiteral("picklist"), QStringLiteral("--status"), QStringLiteral("paid,preparing"),
                      QStringLiteral("--pdf"), pickList}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(pages(pickList) >= 1);

        // Failures: an unknown order, nothing matching, a file that cannot be written.
        run = cli(QStringList {QStringLiteral("slips"), QStringLiteral("--orders"), QStringLiteral("99999"),
                      QStringLiteral("--pdf"), slips}
            + db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("There is no order 99999 in this shop.")), qPrintable(run.err));
        const QString empty = shop.folder() + QStringLiteral("/empty.db");
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--database"), empty}).exitCode, 0);
        run = cli({QStringLiteral("picklist"), QStringLiteral("--database"), empty, QStringLiteral("--status"),
            QStringLiteral("paid"), QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("No order matches: there is nothing to print.")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const QString nowhere = shop.folder() + QStringLiteral("/no/such/folder/slips.pdf");
        run = cli(QStringList {QStringLiteral("slips"), QStringLiteral("--status"), QStringLiteral("paid"),
                      QStringLiteral("--pdf"), nowhere, QStringLiteral("--quiet")}
            + db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot write the PDF file"))
                && run.err.contains(QStringLiteral("no/such/folder")),
            qPrintable(run.err));
        QVERIFY(!QFile::exists(nowhere));
    }

    void returnForms()
    {
        TempShop shop;
        const QStringList db {QStringLiteral("--database"), shop.path()};
        QCOMPARE(cli(QStringList {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("20"),
                         QStringLiteral("--orders"), QStringLiteral("400"), QStringLiteral("--until"),
                         QStringLiteral("2026-11-20"), QStringLiteral("--seed"), QStringLiteral("3"),
                         QStringLiteral("--quiet")}
                     + db)
                     .exitCode,
            0);
        QStringList numbers;
        {
            auto database = shop.open();
            auto query = storage::run(
                database->connection(), QStringLiteral("SELECT number FROM returns ORDER BY id LIMIT 2"));
            while (query->next())
                numbers << query->value(0).toString();
            database->close();
        }
        QCOMPARE(numbers.size(), 2); // the demo's returned orders have their return

        // Two returns, the second by its bare number: one PDF, a page each.
        const QString pdf = shop.folder() + QStringLiteral("/returns.pdf");
        Run run = cli(QStringList {QStringLiteral("return-form")} + db
            + QStringList {numbers.at(0), numbers.at(1).mid(2), QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Return forms written to"))
                && run.out.contains(QStringLiteral("returns: 2")),
            qPrintable(run.out + run.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), 2);

        const QString label = shop.folder() + QStringLiteral("/label.pdf");
        run = cli(QStringList {QStringLiteral("return-form")} + db
            + QStringList {
                numbers.at(0), QStringLiteral("--size"), QStringLiteral("4x6"), QStringLiteral("--pdf"), label});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(label));

        // An unknown return: said, nothing written.
        const QString none = shop.folder() + QStringLiteral("/none.pdf");
        run = cli(QStringList {QStringLiteral("return-form")} + db
            + QStringList {numbers.at(0), QStringLiteral("R-99999"), QStringLiteral("--pdf"), none});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("There is no return R-99999 in this shop.")), qPrintable(run.err));
        QVERIFY(!QFile::exists(none));
    }

    void importOrdersChecksThenWrites()
    {
        TempShop shop;
        const QStringList db {QStringLiteral("--database"), shop.path()};
        QCOMPARE(cli(QStringList {QStringLiteral("init")} + db).exitCode, 0);
        const QString products = shop.folder() + QStringLiteral("/products.csv");
        {
            QFile file(products);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("SKU,Name,Price,Stock\nPULL-MAR-S,Pull marin S,89.00,5\nPULL-MAR-M,Pull marin M,89.00,3\n"
                       "BOUG-FIG,Bougie Figue,24.50,12\nTHE-VERT,Thé vert,8.90,40\nTASSE-EMAIL,Tasse,15.00,2\n");
        }
        QCOMPARE(cli(QStringList {QStringLiteral("import"), QStringLiteral("--quiet"), products} + db).exitCode, 0);
        const QString data = QString::fromUtf8(COMPTOIR_TEST_DATA) + QStringLiteral("/orders/");
        const auto orders = [&] {
            auto database = shop.open();
            const int count = storage::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM orders"))
                                  .value()
                                  .toInt();
            database->close();
            return count;
        };

        // An unknown SKU: every problem as line:column on stderr, exit 1, nothing written.
        Run run = cli(QStringList {QStringLiteral("import-orders"), QStringLiteral("--quiet"),
                          data + QStringLiteral("bad/UnknownSku/input.csv")}
            + db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("3:11: Lineitem sku: “PULL-MAR-XL” is not a SKU of the shop")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("2 problems found; nothing was imported")), qPrintable(run.err));
        QCOMPARE(orders(), 0);

        // The dry run lists the orders it would skip and says what it would do.
        const QString shopify = data + QStringLiteral("shopify.csv");
        run = cli(QStringList {
                      QStringLiteral("import-orders"), QStringLiteral("--dry-run"), QStringLiteral("--quiet"), shopify}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Dry run of")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("5:3: skipped: Financial Status: order #1003 was already shipped")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("created: 1 new, 2 paid, 0 shipped, 2 cancelled; 8 lines.")));
        QCOMPARE(orders(), 0);

        run = cli(QStringList {QStringLiteral("import-orders"), QStringLiteral("--format"), QStringLiteral("shopify"),
                      QStringLiteral("--quiet"), shopify}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Imported")), qPrintable(run.out + run.err));
        QCOMPARE(orders(), 5);
        QCOMPARE(cli(QStringList {QStringLiteral("check")} + db).exitCode, 0);

        // Again: what is there is left alone; the shipped order goes in with its stock when asked.
        run = cli(QStringList {QStringLiteral("import-orders"), QStringLiteral("--shipped"), QStringLiteral("deduct"),
                      QStringLiteral("--quiet"), shopify}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("2:1: skipped: Name: order #1001 is already in the shop")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("created: 0 new, 0 paid, 1 shipped, 0 cancelled; 2 lines.")),
            qPrintable(run.out));
        QCOMPARE(orders(), 6);
        QCOMPARE(cli(QStringList {QStringLiteral("check")} + db).exitCode, 0);

        // Warnings go to stderr with their place, and do not stop the import.
        run = cli(QStringList {
                      QStringLiteral("import-orders"), QStringLiteral("--quiet"), data + QStringLiteral("comptoir.csv")}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.err.contains(QStringLiteral("3:34: warning: SKU: no SKU for “Emballage cadeau”")), qPrintable(run.err));
        QCOMPARE(orders(), 9);

        // Exported in Comptoir's format, the orders go into another shop with the same products.
        const QString out = shop.folder() + QStringLiteral("/orders.csv");
        run = cli(QStringList {QStringLiteral("export-orders"), QStringLiteral("--out"), out, QStringLiteral("--quiet")}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Exported 9 orders (14 lines)")), qPrintable(run.out + run.err));
        const QString copy = shop.folder() + QStringLiteral("/copy.db");
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--database"), copy}).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("import"), QStringLiteral("--database"), copy, QStringLiteral("--quiet"), products})
                .exitCode,
            0);
        run = cli({QStringLiteral("import-orders"), QStringLiteral("--database"), copy, QStringLiteral("--shipped"),
            QStringLiteral("deduct"), QStringLiteral("--quiet"), out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("(Comptoir orders, UTF-8)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("created: 2 new, 3 paid, 1 shipped, 3 cancelled; 14 lines.")),
            qPrintable(run.out));
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--database"), copy}).exitCode, 0);
    }

    void importTrackingChecksThenWrites()
    {
        TempShop shop;
        const QStringList db {QStringLiteral("--database"), shop.path()};
        QCOMPARE(cli(QStringList {QStringLiteral("init")} + db).exitCode, 0);
        const QString products = shop.folder() + QStringLiteral("/products.csv");
        const auto write = [&](const QString& name, const QByteArray& text) {
            const QString path = shop.folder() + QLatin1Char('/') + name;
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
                qWarning("could not write %s", qPrintable(path));
            return path;
        };
        write(QStringLiteral("products.csv"),
            "SKU,Name,Price,Stock\nPULL-MAR-S,Pull marin S,89.00,5\nPULL-MAR-M,Pull marin M,89.00,3\n"
            "BOUG-FIG,Bougie Figue,24.50,12\nTHE-VERT,Thé vert,8.90,40\nTASSE-EMAIL,Tasse,15.00,2\n");
        QCOMPARE(cli(QStringList {QStringLiteral("import"), QStringLiteral("--quiet"), products} + db).exitCode, 0);
        const QString orders = QString::fromUtf8(COMPTOIR_TEST_DATA) + QStringLiteral("/orders/shopify.csv");
        QCOMPARE(
            cli(QStringList {QStringLiteral("import-orders"), QStringLiteral("--quiet"), orders} + db).exitCode, 0);
        QString paid;
        {
            auto database = shop.open();
            paid = storage::scalar(database->connection(),
                QStringLiteral("SELECT number FROM orders WHERE status = 'paid' ORDER BY id LIMIT 1"))
                       .value()
                       .toString();
            database->close();
        }
        QVERIFY(!paid.isEmpty());
        const auto shipments = [&] {
            auto database = shop.open();
            const int count = storage::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM shipments"))
                                  .value()
                                  .toInt();
            database->close();
            return count;
        };

        // An unknown order: file:line:column on stderr, exit 1, nothing written.
        const QString bad = write(QStringLiteral("bad.csv"),
            QStringLiteral("N° commande;Numéro de suivi\n%1;6A12345678901\n9999;6A12345678999\n").arg(paid).toUtf8());
        Run run = cli(QStringList {QStringLiteral("import-tracking"), QStringLiteral("--quiet"), bad} + db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(bad + QStringLiteral(":3:1: N° commande: The shop has no order 9999.")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 problem found; nothing was imported")), qPrintable(run.err));
        QCOMPARE(shipments(), 0);

        // The dry run says what each row would do; the import does it; again, nothing more.
        const auto daysAgo
            = [](int days) { return QDate::currentDate().addDays(-days).toString(QStringLiteral("dd/MM/yyyy")); };
        const QString good = write(QStringLiteral("good.csv"),
            QStringLiteral("N° commande;Numéro de suivi;Date\n%1;6A12345678901;%2\n").arg(paid, daysAgo(3)).toUtf8());
        run = cli(QStringList {
                      QStringLiteral("import-tracking"), QStringLiteral("--dry-run"), QStringLiteral("--quiet"), good}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("2: order %1, 6A12345678901: Ship the order").arg(paid)),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Dry run of")), qPrintable(run.out));
        QCOMPARE(shipments(), 0);
        run = cli(QStringList {QStringLiteral("import-tracking"), QStringLiteral("--quiet"), good} + db);
        QCOMPARE(run.exitCode, 0);
        // Until the English plurals are filled, "order(s)".
        QVERIFY2(run.out.contains(QRegularExpression(
                     QStringLiteral("^1 order(\\(s\\))? shipped"), QRegularExpression::MultilineOption)),
            qPrintable(run.out + run.err));
        QCOMPARE(shipments(), 1);
        run = cli(QStringList {QStringLiteral("import-tracking"), QStringLiteral("--quiet"), good} + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Already recorded")), qPrintable(run.out));
        QCOMPARE(shipments(), 1);
        run = cli(
            QStringList {QStringLiteral("import-tracking"), QStringLiteral("--carrier"), QStringLiteral("pigeon"), good}
            + db);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no carrier “pigeon”")), qPrintable(run.err));

        // Events: an unknown status is refused with its place; French statuses are read.
        const QString wrong = write(
            QStringLiteral("wrong.csv"), "Tracking number,Status,Date\n6A12345678901,Teleported,2020-01-01 10:00\n");
        run = cli(QStringList {QStringLiteral("import-tracking-events"), QStringLiteral("--quiet"), wrong} + db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(wrong + QStringLiteral(":2:2: Status: ")), qPrintable(run.err));
        const QString events = write(QStringLiteral("events.csv"),
            QStringLiteral("Numéro de suivi;Statut;Date\n6A12345678901;Pris en charge;%1 09:00\n"
                           "6A12345678901;Livré;%2 12:00\n")
                .arg(daysAgo(2), daysAgo(1))
                .toUtf8());
        run = cli(QStringList {QStringLiteral("import-tracking-events"), QStringLiteral("--quiet"), events} + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QRegularExpression(
                     QStringLiteral("^2 new events?(\\(s\\))?, 0 already known; 1 parcel(\\(s\\))? delivered\\."),
                     QRegularExpression::MultilineOption)),
            qPrintable(run.out + run.err));
        QCOMPARE(cli(QStringList {QStringLiteral("check")} + db).exitCode, 0);
    }

    void importReviewsChecksThenWritesAndExportsReplies()
    {
        TempShop shop;
        const QStringList db {QStringLiteral("--database"), shop.path()};
        QCOMPARE(cli(QStringList {QStringLiteral("init")} + db).exitCode, 0);
        const QString products = shop.folder() + QStringLiteral("/products.csv");
        QFile file(products);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SKU,Name,Price,Stock\nMUG,Produit MUG,15.00,5\nBOWL,Produit BOWL,18.00,5\n");
        file.close();
        QCOMPARE(cli(QStringList {QStringLiteral("import"), QStringLiteral("--quiet"), products} + db).exitCode, 0);
        const auto data = [](const char* name) -> QString {
            return QString::fromUtf8(COMPTOIR_TEST_DATA) + QStringLiteral("/reviews/") + QLatin1String(name);
        };
        const auto number = [&](const char* sql) {
            auto database = shop.open();
            const qint64 value = storage::scalar(database->connection(), QString::fromLatin1(sql)).value().toLongLong();
            database->close();
            return value;
        };

        // Wrong rows: file:line:column on stderr, exit 1, nothing written.
        const QString broken = data("judgeme-broken.csv");
        Run run = cli(QStringList {QStringLiteral("import-reviews"), QStringLiteral("--quiet"), broken} + db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(broken + QStringLiteral(":2:3: rating: “7” is not a rating: give 1 to 5 stars.")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(broken + QStringLiteral(":5:10: product_handle: The shop has no product “teapot”")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("nothing was imported")), qPrintable(run.err));
        QCOMPARE(number("SELECT count(*) FROM reviews"), 0);

        // The dry run says what each row would do; the import does it; again, nothing more.
        const QString judgeMe = data("judgeme.csv");
        run = cli(QStringList {
                      QStringLiteral("import-reviews"), QStringLiteral("--dry-run"), QStringLiteral("--quiet"), judgeMe}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("2: Léa M., 5★: Add")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Dry run of")) && run.out.contains(QStringLiteral("Judge.me")),
            qPrintable(run.out));
        QCOMPARE(number("SELECT count(*) FROM reviews"), 0);
        run = cli(QStringList {QStringLiteral("import-reviews"), QStringLiteral("--quiet"), judgeMe} + db);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(number("SELECT count(*) FROM reviews"), 4);
        run = cli(QStringList {QStringLiteral("import-reviews"), QStringLiteral("--quiet"), judgeMe} + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("4 already known")), qPrintable(run.out));
        QCOMPARE(number("SELECT count(*) FROM reviews"), 4);

        // Everything in Comptoir's format; then the replies to publish, marked published.
        const QString all = shop.folder() + QStringLiteral("/reviews.csv");
        run = cli(QStringList {QStringLiteral("export-reviews"), QStringLiteral("--quiet"), all} + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Exported 4 reviews (1 with a reply)")), qPrintable(run.out));
        {
            auto database = shop.open();
            QVERIFY(
                storage::execute(database->connection(), QStringLiteral("UPDATE reviews SET reply_published_at = NULL"))
                    .ok());
            database->close();
        }
        const QString replies = shop.folder() + QStringLiteral("/replies.csv");
        run = cli(
            QStringList {QStringLiteral("export-reviews"), QStringLiteral("--format"), QStringLiteral("judgeme"),
                QStringLiteral("--unpublished"), QStringLiteral("--mark-published"), QStringLiteral("--quiet"), replies}
            + db);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Exported 1 reviews (1 with a reply)")), qPrintable(run.out));
        QFile written(replies);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("Merci Léa !"));
        QCOMPARE(number("SELECT count(*) FROM reviews WHERE reply <> '' AND reply_published_at IS NULL"), 0);
        run = cli(QStringList {QStringLiteral("export-reviews"), QStringLiteral("--unpublished"),
                      QStringLiteral("--quiet"), replies}
            + db);
        QVERIFY2(run.out.contains(QStringLiteral("Exported 0 reviews")), qPrintable(run.out));
        QCOMPARE(cli(QStringList {QStringLiteral("check")} + db).exitCode, 0);
    }

    void trackFetchesFromLaPoste()
    {
        TempShop shop;
        const QStringList db {QStringLiteral("--database"), shop.path()};
        QCOMPARE(cli(QStringList {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("50"),
                         QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--quiet")}
                     + db)
                     .exitCode,
            0);
        QString order, number;
        {
            auto database = shop.open();
            auto query = storage::run(database->connection(),
                QStringLiteral("SELECT o.number, s.tracking_number FROM shipments s JOIN orders o ON o.id = s.order_id "
                               "WHERE s.carrier = 'colissimo' AND s.tracking_number <> '' ORDER BY s.id LIMIT 1"));
            QVERIFY(query && query->next());
            order = query->value(0).toString();
            number = query->value(1).toString();
            database->close();
        }
        // Yesterday and the day before, in French time: never in the future for the shop.
        const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1).toOffsetFromUtc(3600);
        const QByteArray body
            = QStringLiteral(R"({"returnCode": 200, "shipment": {"idShip": "%1", "event": [
            {"code": "ET1", "label": "En cours", "date": "%2"}, {"code": "PC1", "label": "Pris", "date": "%3"}]}})")
                  .arg(number, yesterday.toString(Qt::ISODate), yesterday.addDays(-1).toString(Qt::ISODate))
                  .toUtf8();
        FakeHttpServer server;
        server.script("/v2/idships/" + number.toLatin1(), 200, body);
        const QStringList track = QStringList {QStringLiteral("track"), QStringLiteral("--order"), order,
                                      QStringLiteral("--api-key-env"), QStringLiteral("COMPTOIR_TEST_KEY"),
                                      QStringLiteral("--base-url"), server.url().toString() + QStringLiteral("/v2")}
            + db;
        const QHash<QString, QString> key {{QStringLiteral("COMPTOIR_TEST_KEY"), QStringLiteral("secret-key")}};

        Run run = cliServing(track, key);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Order %1, parcel %2: In transit (new events: 2)").arg(order, number)),
            qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Parcels checked: 1 of 1; new events: 2; delivered: 0; errors: 0.")),
            qPrintable(run.out));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().header("X-Okapi-Key"), QByteArray("secret-key"));
        // Twice: nothing new.
        run = cliServing(track, key);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("new events: 0")), qPrintable(run.out));

        // A refused key: said, and exit 1.
        FakeHttpServer refusing;
        refusing.script("/v2/idships/" + number.toLatin1(), 401, R"({"returnCode": 401, "returnMessage": "no"})");
        run = cliServing(QStringList {QStringLiteral("track"), QStringLiteral("--order"), order,
                             QStringLiteral("--base-url"), refusing.url().toString() + QStringLiteral("/v2")}
                + db,
            {{QStringLiteral("LAPOSTE_API_KEY"), QStringLiteral("wrong")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("La Poste refused the API key")), qPrintable(run.err));

        // No key: a usage error naming the variable.
        run = cliServing(QStringList {QStringLiteral("track"), QStringLiteral("--api-key-env"),
                             QStringLiteral("COMPTOIR_TEST_NO_SUCH_KEY")}
                + db,
            {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("COMPTOIR_TEST_NO_SUCH_KEY")), qPrintable(run.err));
    }

    void reportWritesCsvAndPdf()
    {
        TempShop shop;
        const QStringList db {QStringLiteral("--database"), shop.path()};
        QCOMPARE(cli(QStringList {QStringLiteral("demo")} + db + QStringList {QStringLiteral("--quiet")}).exitCode, 0);
        const Run list = cli(QStringList {QStringLiteral("report")} + db);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("  sales-by-period ")));
        QVERIFY(list.out.contains(QStringLiteral("  stock-valuation ")));

        // To the standard output, standard CSV: the same figures as the core's.
        const Run standard = cli(QStringList {QStringLiteral("report"), QStringLiteral("sales-by-channel")} + db
            + QStringList {QStringLiteral("--period"), QStringLiteral("last-365-days")});
        QCOMPARE(standard.exitCode, 0);
        const QStringList lines = standard.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Channel,Orders,Items,Net sales (EUR),Share (%),Average order (EUR)"));
        QCOMPARE(lines.size(), 6); // four channels and the totals
        QVERIFY2(lines.last().startsWith(QStringLiteral("Total,")), qPrintable(lines.last()));
        QVERIFY(QRegularExpression(QStringLiteral("^Website,\\d+,\\d+,\\d+\\.\\d\\d,\\d+\\.\\d\\d,"))
                    .match(lines.value(1))
                    .hasMatch());

        // To a file in French Excel's CSV: BOM, ';' and decimal commas.
        const QString csv = shop.folder() + QStringLiteral("/vat.csv");
        const Run french = cli(QStringList {QStringLiteral("report"), QStringLiteral("vat")} + db
            + QStringList {QStringLiteral("--period"), QStringLiteral("last-365-days"), QStringLiteral("--csv"),
                QStringLiteral("excel-fr"), QStringLiteral("--out"), csv});
        QCOMPARE(french.exitCode, 0);
        QVERIFY2(french.err.contains(QStringLiteral("Wrote ")), qPrintable(french.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Country;VAT rate (%);"));
        QVERIFY(
            QRegularExpression(QStringLiteral("\nFR;20,00;\\d+,\\d\\d;")).match(QString::fromUtf8(bytes)).hasMatch());

        const QString pdf = shop.folder() + QStringLiteral("/stock.pdf");
        const Run stock = cli(QStringList {QStringLiteral("report"), QStringLiteral("stock-valuation")} + db
            + QStringList {QStringLiteral("--period"), QStringLiteral("today"), QStringLiteral("--location"),
                QStringLiteral("Boutique"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                pdf});
        QCOMPARE(stock.exitCode, 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));

        const Run nowhere = cli(QStringList {QStringLiteral("report"), QStringLiteral("stock-valuation")} + db
            + QStringList {QStringLiteral("--period"), QStringLiteral("today"), QStringLiteral("--location"),
                QStringLiteral("Cave")});
        QCOMPARE(nowhere.exitCode, 2);
        QVERIFY(nowhere.err.contains(QStringLiteral("There is no stock location called “Cave”")));
    }

    void initCreatesOnlyNewShops()
    {
        TempShop shop;
        Run run = cli({QStringLiteral("init"), QStringLiteral("--database"), shop.path(), QStringLiteral("--name"),
            QStringLiteral("Ma Boutique")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(shop.path()));
        {
            auto database = shop.open();
            QCOMPARE(storage::scalar(
                         database->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'shop.name'"))
                         .value()
                         .toString(),
                QStringLiteral("Ma Boutique"));
            database->close();
        }
        run = cli({QStringLiteral("init"), QStringLiteral("--database"), shop.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("already exists")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
