#include "documents/PageFormat.h"
#include "io/CsvReader.h"
#include "reports/ReportExport.h"
#include "reports/Reports.h"
#include "storage/Sql.h"
#include "support/TempShop.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::reports;

// The reports' figures on a small shop whose every figure is computed by hand in the comments:
// cancelled orders and orders in another currency left out, refunds on the day the return was
// received, VAT rounded per line (as the orders are) or per order and rate, stock valued at the end
// of a past day from the ledger; then CSV (both presets, quoting, exact decimals read back) and PDF.
class TestReports final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    storage::DatabasePtr m_database;

    static qint64 at(int year, int month, int day, int hour = 10, int minute = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute)).toSecsSinceEpoch();
    }

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_database->connection());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QStringLiteral(" in ") + sql));
    }

    void order(qint64 id, const QString& channel, const QString& status, qint64 placedAt, const QString& country,
        qint64 items, qint64 subtotal, qint64 shipping, qint64 discount, qint64 tax,
        const QString& currency = QStringLiteral("EUR"))
    {
        exec(QStringLiteral("INSERT INTO orders (id, number, channel, status, ship_country, currency, item_count, "
                            "subtotal_minor, shipping_minor, discount_minor, tax_minor, total_minor, placed_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, QStringLiteral("#%1").arg(1000 + id), channel, status, country, currency, items, subtotal, shipping,
                discount, tax, subtotal + shipping - discount, placedAt, placedAt});
    }

    void line(qint64 orderId, const QVariant& variantId, const QString& sku, const QString& title, qint64 quantity,
        qint64 unitPrice, int rateBp)
    {
        exec(QStringLiteral("INSERT INTO order_lines (order_id, variant_id, sku, title, quantity, unit_price_minor, "
                            "vat_rate_bp, total_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {orderId, variantId, sku, title, quantity, unitPrice, rateBp, quantity * unitPrice});
    }

    void movement(qint64 variantId, qint64 quantity, const QString& reason, qint64 when)
    {
        exec(QStringLiteral("INSERT INTO stock_movements (variant_id, location_id, quantity, reason, created_at) "
                            "VALUES (?, 1, ?, ?, ?)"),
            {variantId, quantity, reason, when});
    }

    ReportTable run(const QString& name, const QDate& from, const QDate& to, ReportParameters parameters = {})
    {
        parameters.from = from;
        parameters.to = to;
        auto table = Reports::run(m_database, name, parameters);
        if (!table) {
            qWarning("%s", qPrintable(table.error().toString()));
            return {};
        }
        return *table;
    }

    static int rowOf(const ReportTable& table, const QString& firstCell)
    {
        for (int i = 0; i < table.rows.size(); ++i)
            if (table.rows[i].value(0).toString() == firstCell)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = m_shop.open();
        QVERIFY(m_database);
        exec(QStringLiteral(
            "INSERT INTO categories (id, parent_id, name) VALUES (1, NULL, 'Clothes'), (2, 1, 'Shirts')"));
        const qint64 created = at(2025, 12, 1);
        exec(QStringLiteral("INSERT INTO products (id, name, category_id, vat_rate_bp, created_at, updated_at) VALUES "
                            "(1, 'Tee', 2, 2000, ?, ?), (2, 'Book', NULL, 550, ?, ?)"),
            {created, created, created, created});
        // On hand today: the tee 12 − 2 − 1 + 1 = 10, the book 10 − 1 − 3 − 1 = 5.
        exec(QStringLiteral("INSERT INTO variants (id, product_id, sku, title, price_minor, cost_minor, on_hand, "
                            "created_at, updated_at) VALUES (1, 1, 'TEE-S', 'Tee – S', 2400, 800, 10, ?, ?), "
                            "(2, 2, 'BOOK', 'Book', 1055, 0, 5, ?, ?)"),
            {created, created, created, created});
        exec(
            QStringLiteral("INSERT INTO stock_levels (variant_id, location_id, on_hand) VALUES (1, 1, 10), (2, 1, 5)"));
        movement(1, 12, QStringLiteral("receipt"), at(2026, 1, 2));
        movement(2, 10, QStringLiteral("receipt"), at(2026, 1, 2));
        movement(1, -2, QStringLiteral("sale"), at(2026, 1, 5));
        movement(2, -1, QStringLiteral("sale"), at(2026, 1, 5));
        movement(1, -1, QStringLiteral("sale"), at(2026, 1, 20));
        movement(1, 1, QStringLiteral("return"), at(2026, 2, 2));
        movement(2, -3, QStringLiteral("sale"), at(2026, 2, 10));
        movement(2, -1, QStringLiteral("damage"), at(2026, 2, 15));

        // #1001, website, France: 2 tees (4800, VAT 800) and a book at 5.5 % (1055, VAT 55), shipping 490
        // (VAT 81.67 → 82): tax 937, total 6345.
        order(1, QStringLiteral("website"), QStringLiteral("delivered"), at(2026, 1, 5), QStringLiteral("FR"), 3, 5855,
            490, 0, 937);
        line(1, 1, QStringLiteral("TEE-S"), QStringLiteral("Tee – S"), 2, 2400, 2000);
        line(1, 2, QStringLiteral("BOOK"), QStringLiteral("Book"), 1, 1055, 550);
        // #1002, shop counter: a tee less 400 off: total 2000, tax 400 (the discount leaves the VAT alone).
        order(2, QStringLiteral("counter"), QStringLiteral("delivered"), at(2026, 1, 20), QStringLiteral("FR"), 1, 2400,
            0, 400, 400);
        line(2, 1, QStringLiteral("TEE-S"), QStringLiteral("Tee – S"), 1, 2400, 2000);
        // #1003 was cancelled: it never counts.
        order(3, QStringLiteral("website"), QStringLiteral("cancelled"), at(2026, 2, 3), QStringLiteral("FR"), 5, 12000,
            0, 0, 2000);
        line(3, 1, QStringLiteral("TEE-S"), QStringLiteral("Tee – S"), 5, 2400, 2000);
        // #1004, marketplace, Belgium: 3 books (3165, VAT 165) and two lines outside the catalog at 3.33
        // each, VAT 0.555 → 0.56 per line (1.12), or 6.66 → 1.11 once per order: tax 165 + 112 = 277.
        order(4, QStringLiteral("marketplace"), QStringLiteral("delivered"), at(2026, 2, 10), QStringLiteral("BE"), 5,
            3831, 0, 0, 277);
        line(4, 2, QStringLiteral("BOOK"), QStringLiteral("Book"), 3, 1055, 550);
        line(4, QVariant(), QStringLiteral("GIFT-WRAP"), QStringLiteral("Gift wrap"), 1, 333, 2000);
        line(4, QVariant(), QStringLiteral("CARD"), QStringLiteral("Card; \"thank you\""), 1, 333, 2000);
        // #1005 in dollars, late on the last day of February: left out, and said so.
        order(5, QStringLiteral("website"), QStringLiteral("paid"), at(2026, 2, 28, 23, 30), QStringLiteral("US"), 1,
            2400, 0, 0, 400, QStringLiteral("USD"));
        line(5, 1, QStringLiteral("TEE-S"), QStringLiteral("Tee – S"), 1, 2400, 2000);
        // #1006 ten minutes into March: outside a January–February report.
        order(6, QStringLiteral("website"), QStringLiteral("paid"), at(2026, 3, 1, 0, 10), QStringLiteral("FR"), 1,
            2400, 0, 0, 400);
        line(6, 1, QStringLiteral("TEE-S"), QStringLiteral("Tee – S"), 1, 2400, 2000);
        // A tee of #1001 came back on 2 February, refunded 24.00; a cancelled return refunds nothing.
        exec(QStringLiteral("INSERT INTO returns (id, number, order_id, status, refund_minor, created_at, received_at, "
                            "updated_at) VALUES (1, 'R1', 1, 'received', 2400, ?, ?, ?), "
                            "(2, 'R2', 2, 'cancelled', 2000, ?, ?, ?)"),
            {at(2026, 1, 30), at(2026, 2, 2), at(2026, 2, 2), at(2026, 1, 30), at(2026, 2, 2), at(2026, 2, 2)});
    }

    void salesByPeriod()
    {
        const ReportTable t = run(QStringLiteral("sales-by-period"), QDate(2026, 1, 1), QDate(2026, 2, 28));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.text(0, u"period"), QStringLiteral("2026-01"));
        QCOMPARE(t.number(0, u"orders"), 2);
        QCOMPARE(t.number(0, u"items"), 4);
        QCOMPARE(t.number(0, u"gross_sales"), 8255);
        QCOMPARE(t.number(0, u"discounts"), -400);
        QCOMPARE(t.number(0, u"shipping"), 490);
        QCOMPARE(t.number(0, u"refunds"), 0);
        QCOMPARE(t.number(0, u"net_sales"), 8345);
        QCOMPARE(t.number(0, u"vat"), 1337);
        QCOMPARE(t.number(0, u"average_order"), 4173); // 83.45 / 2 = 41.725, half up
        QCOMPARE(t.text(1, u"period"), QStringLiteral("2026-02"));
        QCOMPARE(t.number(1, u"orders"), 1);
        QCOMPARE(t.number(1, u"refunds"), -2400);
        QCOMPARE(t.number(1, u"net_sales"), 3831 - 2400);
        QCOMPARE(t.number(1, u"vat"), 277);
        QCOMPARE(t.totals.value(t.columnIndex(u"orders")).toLongLong(), 3);
        QCOMPARE(t.totals.value(t.columnIndex(u"net_sales")).toLongLong(), 6345 + 2000 + 3831 - 2400);
        QCOMPARE(t.totals.value(t.columnIndex(u"vat")).toLongLong(), 937 + 400 + 277);
        QCOMPARE(t.totals.value(t.columnIndex(u"average_order")).toLongLong(), 4059); // 121.76 / 3
        QVERIFY2(t.notes.join(u' ').contains(QStringLiteral("1 order(s) in another currency than EUR")),
            qPrintable(t.notes.join(u' ')));

        // Days: every day of the period has its row, even without orders; the website alone.
        ReportParameters daily;
        daily.grouping = Grouping::Day;
        daily.channel = QStringLiteral("website");
        const ReportTable d = run(QStringLiteral("sales-by-period"), QDate(2026, 1, 1), QDate(2026, 1, 31), daily);
        QCOMPARE(d.rows.size(), 31);
        QCOMPARE(d.number(4, u"orders"), 1);
        QCOMPARE(d.number(19, u"orders"), 0); // #1002 was at the counter
        QCOMPARE(d.totals.value(d.columnIndex(u"net_sales")).toLongLong(), 6345);
        QVERIFY(d.subtitle.contains(QStringLiteral("Website")));
    }

    void salesByProductAndCategory()
    {
        const ReportTable p = run(QStringLiteral("sales-by-product"), QDate(2026, 1, 1), QDate(2026, 2, 28));
        QCOMPARE(p.rows.size(), 4);
        QCOMPARE(p.text(0, u"sku"), QStringLiteral("TEE-S"));
        QCOMPARE(p.number(0, u"quantity"), 3);
        QCOMPARE(p.number(0, u"sales"), 7200);
        QCOMPARE(p.number(0, u"sales_without_vat"), 6000);
        QCOMPARE(p.number(0, u"share"), 5957); // 72.00 / 120.86
        QCOMPARE(p.text(1, u"sku"), QStringLiteral("BOOK"));
        QCOMPARE(p.number(1, u"quantity"), 4);
        QCOMPARE(p.number(1, u"sales_without_vat"), 4000); // 10.00 + 30.00
        QCOMPARE(p.text(2, u"sku"), QStringLiteral("CARD"));
        QCOMPARE(p.number(2, u"sales_without_vat"), 277);
        QCOMPARE(p.totals.value(p.columnIndex(u"sales")).toLongLong(), 12086);

        ReportParameters top;
        top.limit = 1;
        const ReportTable best = run(QStringLiteral("sales-by-product"), QDate(2026, 1, 1), QDate(2026, 2, 28), top);
        QCOMPARE(best.rows.size(), 1);
        QCOMPARE(best.text(0, u"sku"), QStringLiteral("TEE-S"));
        QCOMPARE(best.totals.value(best.columnIndex(u"sales")).toLongLong(), 12086); // every product's

        const ReportTable c = run(QStringLiteral("sales-by-category"), QDate(2026, 1, 1), QDate(2026, 2, 28));
        QCOMPARE(c.rows.size(), 3);
        QCOMPARE(c.text(0, u"category"), QStringLiteral("Clothes › Shirts"));
        QCOMPARE(c.number(0, u"sales"), 7200);
        QCOMPARE(c.text(1, u"category"), QStringLiteral("No category"));
        QCOMPARE(c.number(1, u"quantity"), 4);
        QCOMPARE(c.text(2, u"category"), QStringLiteral("Not in the catalog"));
        QCOMPARE(c.number(2, u"sales"), 666);
    }

    void salesByChannel()
    {
        ReportParameters parameters;
        parameters.channel = QStringLiteral("counter"); // not an option of this report: ignored
        const ReportTable t
            = run(QStringLiteral("sales-by-channel"), QDate(2026, 1, 1), QDate(2026, 2, 28), parameters);
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.number(rowOf(t, QStringLiteral("Website")), u"net_sales"), 6345 - 2400);
        QCOMPARE(t.number(rowOf(t, QStringLiteral("Shop counter")), u"net_sales"), 2000);
        QCOMPARE(t.number(rowOf(t, QStringLiteral("Marketplace")), u"net_sales"), 3831);
        QCOMPARE(t.number(rowOf(t, QStringLiteral("Phone")), u"orders"), 0);
        QCOMPARE(t.number(rowOf(t, QStringLiteral("Marketplace")), u"share"), 3919); // 38.31 / 97.76
        QCOMPARE(t.totals.value(t.columnIndex(u"net_sales")).toLongLong(), 9776);
    }

    void grossMargin()
    {
        const ReportTable t = run(QStringLiteral("gross-margin"), QDate(2026, 1, 1), QDate(2026, 2, 28));
        QCOMPARE(t.text(0, u"sku"), QStringLiteral("BOOK")); // no cost price: all margin
        QCOMPARE(t.number(0, u"margin"), 4000);
        QCOMPARE(t.text(1, u"sku"), QStringLiteral("TEE-S"));
        QCOMPARE(t.number(1, u"cost"), 2400);
        QCOMPARE(t.number(1, u"margin"), 3600);
        QCOMPARE(t.number(1, u"margin_rate"), 6000);
        QCOMPARE(t.totals.value(t.columnIndex(u"cost")).toLongLong(), 2400);
        QCOMPARE(t.totals.value(t.columnIndex(u"margin")).toLongLong(), 6000 + 4000 + 277 + 277 - 2400);
        QVERIFY2(t.notes.join(u' ').contains(QStringLiteral("6 unit")), qPrintable(t.notes.join(u' ')));
    }

    void vatPerLineAndPerOrder()
    {
        const ReportTable t = run(QStringLiteral("vat"), QDate(2026, 1, 1), QDate(2026, 2, 28));
        // BE 5.5 %, BE 20 %, FR 5.5 %, FR 20 %.
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.text(1, u"country"), QStringLiteral("BE"));
        QCOMPARE(t.number(1, u"rate"), 2000);
        QCOMPARE(t.number(1, u"vat"), 112);
        QCOMPARE(t.number(1, u"sales"), 666);
        QCOMPARE(t.number(1, u"sales_without_vat"), 554);
        QCOMPARE(t.text(3, u"country"), QStringLiteral("FR"));
        QCOMPARE(t.number(3, u"sales"), 4800 + 2400 + 490);
        QCOMPARE(t.number(3, u"vat"), 800 + 400 + 82);
        QCOMPARE(t.number(2, u"vat"), 55);
        // Per line, the VAT is the orders' own.
        QCOMPARE(t.totals.value(t.columnIndex(u"vat")).toLongLong(), 937 + 400 + 277);

        ReportParameters perOrder;
        perOrder.vatPerOrder = true;
        const ReportTable o = run(QStringLiteral("vat"), QDate(2026, 1, 1), QDate(2026, 2, 28), perOrder);
        QCOMPARE(o.number(1, u"vat"), 111);
        QCOMPARE(o.totals.value(o.columnIndex(u"vat")).toLongLong(), 937 + 400 + 277 - 1);
        QVERIFY(o.subtitle.contains(QStringLiteral("per order")));
    }

    void stockValuationNowAndThen()
    {
        const QDate today = QDate::currentDate();
        const ReportTable now = run(QStringLiteral("stock-valuation"), today.addDays(-30), today);
        QCOMPARE(now.rows.size(), 2);
        QCOMPARE(now.text(0, u"location"), QStringLiteral("Entrepôt"));
        QCOMPARE(now.text(0, u"category"), QStringLiteral("Clothes › Shirts"));
        QCOMPARE(now.number(0, u"units"), 10);
        QCOMPARE(now.number(0, u"value_at_cost"), 8000);
        QCOMPARE(now.number(0, u"retail_value"), 24000);
        QCOMPARE(now.number(1, u"units"), 5);
        QCOMPARE(now.number(1, u"value_at_cost"), 0);
        QVERIFY2(now.notes.join(u' ').contains(QStringLiteral("no cost price")), qPrintable(now.notes.join(u' ')));

        // At the end of January: the tee's return of 2 February and the book's sale and damage of
        // February not yet there: 9 tees, 9 books.
        const ReportTable january = run(QStringLiteral("stock-valuation"), QDate(2026, 1, 1), QDate(2026, 1, 31));
        QCOMPARE(january.number(0, u"units"), 9);
        QCOMPARE(january.number(0, u"value_at_cost"), 7200);
        QCOMPARE(january.number(1, u"units"), 9);
        QCOMPARE(january.number(1, u"retail_value"), 9 * 1055);

        ReportParameters shop;
        shop.locationId = 2;
        QCOMPARE(run(QStringLiteral("stock-valuation"), today, today, shop).rows.size(), 0);
    }

    void stockMovements()
    {
        const ReportTable t = run(QStringLiteral("stock-movements"), QDate(2026, 1, 1), QDate(2026, 1, 31));
        const int receipts = rowOf(t, QStringLiteral("Receipt"));
        const int sales = rowOf(t, QStringLiteral("Sale"));
        QVERIFY(receipts >= 0 && sales >= 0);
        QCOMPARE(t.number(receipts, u"movements"), 2);
        QCOMPARE(t.number(receipts, u"units_in"), 22);
        QCOMPARE(t.number(receipts, u"value_at_cost"), 12 * 800);
        QCOMPARE(t.number(sales, u"movements"), 3);
        QCOMPARE(t.number(sales, u"units_out"), 4);
        QCOMPARE(t.number(sales, u"value_at_cost"), -3 * 800);
        QCOMPARE(t.totals.value(t.columnIndex(u"net_units")).toLongLong(), 18);
    }

    void wrongParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown report")
            << "sales-by-planet" << QDate(2026, 1, 1) << QDate(2026, 1, 31) << ""
            << "There is no report called \"sales-by-planet\". The reports are: sales-by-period";
        QTest::newRow("backwards") << "vat" << QDate(2026, 2, 1) << QDate(2026, 1, 31) << ""
                                   << "The last day (2026-01-31) comes before the first day (2026-02-01).";
        QTest::newRow("no day") << "vat" << QDate() << QDate(2026, 1, 31) << ""
                                << "The report needs a first and a last day.";
        QTest::newRow("channel") << "vat" << QDate(2026, 1, 1) << QDate(2026, 1, 31) << "ebay"
                                 << "There is no sales channel called \"ebay\"";
    }

    void wrongParameters()
    {
        QFETCH(QString, name);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, channel);
        QFETCH(QString, message);
        ReportParameters parameters;
        parameters.from = from;
        parameters.to = to;
        parameters.channel = channel;
        auto table = Reports::run(m_database, name, parameters);
        QVERIFY(!table);
        QCOMPARE(table.error().code, Error::Code::InvalidInput);
        QVERIFY2(table.error().message.startsWith(message), qPrintable(table.error().message));
    }

    void csvPresets()
    {
        const ReportTable t = run(QStringLiteral("sales-by-product"), QDate(2026, 1, 1), QDate(2026, 2, 28));
        QByteArray standard;
        {
            QBuffer buffer(&standard);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(writeCsv(t, &buffer, CsvExportOptions::standard()));
        }
        QVERIFY(!standard.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = standard.split('\n');
        QCOMPARE(lines.value(0), QByteArray("SKU,Product,Quantity,Sales (EUR),Sales without VAT (EUR),Share (%)\r"));
        QCOMPARE(lines.value(1), QByteArray("TEE-S,Tee – S,3,72.00,60.00,59.57\r"));
        QVERIFY2(standard.contains("CARD,\"Card; \"\"thank you\"\"\",1,3.33,2.77,2.76\r"), standard.constData());
        QVERIFY2(standard.contains("Total,,9,120.86,105.54,100.00\r"), standard.constData());

        QByteArray french;
        {
            QBuffer buffer(&french);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(writeCsv(t, &buffer, CsvExportOptions::frenchExcel()));
        }
        QVERIFY(french.startsWith("\xEF\xBB\xBF"
                                  "SKU;Product;Quantity;"));
        QVERIFY2(french.contains("TEE-S;Tee – S;3;72,00;60,00;59,57\r"), french.constData());
        QVERIFY2(french.contains("CARD;\"Card; \"\"thank you\"\"\";1;3,33"), french.constData());

        // Read back: every amount is the exact one, decimal comma and all.
        QBuffer in(&french);
        QVERIFY(in.open(QIODevice::ReadOnly));
        io::CsvReader reader(&in);
        QStringList record;
        QVERIFY(reader.readRecord(record));
        QCOMPARE(reader.delimiter(), QLatin1Char(';'));
        QCOMPARE(reader.encodingName(), QStringLiteral("UTF-8 with BOM"));
        int row = 0;
        while (reader.readRecord(record) && row < t.rows.size()) {
            QCOMPARE(record.value(1), t.text(row, u"product"));
            const auto sales = Money::parse(record.value(3), Currency::euro(), QLocale(QLocale::French));
            QVERIFY(sales);
            QCOMPARE(sales->minorUnits(), t.number(row, u"sales"));
            ++row;
        }
        QCOMPARE(row, t.rows.size());
    }

    void csvOptionsChecked()
    {
        CsvExportOptions same = CsvExportOptions::standard();
        same.decimalSeparator = QLatin1Char(',');
        QVERIFY(!same.validate());
        QVERIFY(same.validate().error().message.contains(QStringLiteral("both")));
        CsvExportOptions noYear;
        noYear.dateFormat = QStringLiteral("dd/MM");
        QVERIFY(!noYear.validate());
        CsvExportOptions us;
        us.dateFormat = QStringLiteral("MM/dd/yyyy");
        QVERIFY(us.validate());

        ReportTable dates;
        dates.columns = {ReportColumn {QStringLiteral("day"), QStringLiteral("Day"), ColumnKind::Date},
            ReportColumn {QStringLiteral("rating"), QStringLiteral("Rating"), ColumnKind::Decimal, 2}};
        dates.rows << ReportRow {QDate(2026, 3, 9), qint64(-5)};
        QCOMPARE(csvText(dates, dates.rows[0][0], 0, CsvExportOptions::standard()), QStringLiteral("2026-03-09"));
        QCOMPARE(csvText(dates, dates.rows[0][0], 0, CsvExportOptions::frenchExcel()), QStringLiteral("09/03/2026"));
        QCOMPARE(csvText(dates, dates.rows[0][1], 1, CsvExportOptions::frenchExcel()), QStringLiteral("-0,05"));
        QCOMPARE(scaledDecimal(std::numeric_limits<qint64>::min(), 2), QStringLiteral("-92233720368547758.08"));

        // A file that cannot be written says so, and leaves nothing behind.
        const QString path = m_shop.folder() + QStringLiteral("/no-such-folder/report.csv");
        QVERIFY(!writeCsvFile(dates, path));
        QVERIFY(!QFile::exists(path));
    }

    void pdfPages()
    {
        const ReportTable t = run(QStringLiteral("sales-by-period"), QDate(2026, 1, 1), QDate(2026, 2, 28));
        QImage page = documents::blankPage(documents::PageFormat::A4, 100);
        auto pages = layoutPages(t, &page, documents::imageGeometry(page, documents::PageFormat::A4));
        QVERIFY(pages);
        QCOMPARE(pages->size(), 1);
        const QString text = pages->first().texts().join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("Sales by period")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2026-02")));
        QVERIFY(text.contains(QStringLiteral("Net sales")));
        QVERIFY(text.contains(QStringLiteral("€97.76")) || text.contains(QStringLiteral("97.76")));
        QVERIFY(text.contains(QStringLiteral("page 1 of 1")));

        // A long table goes on over pages, its header repeated.
        ReportParameters daily;
        daily.grouping = Grouping::Day;
        const ReportTable year = run(QStringLiteral("sales-by-period"), QDate(2025, 1, 1), QDate(2026, 12, 31), daily);
        auto many = layoutPages(year, &page, documents::imageGeometry(page, documents::PageFormat::A4));
        QVERIFY(many);
        QVERIFY(many->size() > 5);
        QVERIFY(many->last().texts().join(u'\n').contains(QStringLiteral("Net sales")));

        const QString path = m_shop.folder() + QStringLiteral("/sales.pdf");
        QVERIFY(writePdfFile(t, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestReports)
#include "TestReports.moc"
