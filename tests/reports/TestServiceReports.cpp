#include "reports/Reports.h"
#include "support/TempShop.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::reports;

// The reports after the sale on a small shop whose every figure is computed by hand in the comments:
// carriers (a parcel late on its way, a lost one, one without an expected day), returns by product
// and reason (a refund shared among lines, a cancelled return), reviews by product and cause (a
// rejected cause), and new and returning customers (a guest known by email in two cases, a first
// order before the period, a cancelled first order, a counter sale without a customer).
// The shop's clock says 10 April 2026; the reports cover January to March 2026.
class TestServiceReports final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 4, 10), QTime(12, 0))};
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

    void order(qint64 id, const QString& channel, const QString& status, const QVariant& customerId,
        const QString& name, const QString& email, qint64 placedAt, qint64 total)
    {
        exec(QStringLiteral("INSERT INTO orders (id, number, channel, status, customer_id, customer_name, email, "
                            "currency, subtotal_minor, total_minor, placed_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?)"),
            {id, QStringLiteral("#%1").arg(1000 + id), channel, status, customerId, name, email, total, total, placedAt,
                placedAt});
    }

    // Line ids are given so that returns can name them.
    void line(qint64 id, qint64 orderId, qint64 variantId, qint64 quantity)
    {
        const bool tee = variantId == 1;
        exec(
            QStringLiteral("INSERT INTO order_lines (id, order_id, variant_id, sku, title, quantity, unit_price_minor, "
                           "total_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, orderId, variantId, tee ? QStringLiteral("TEE-S") : QStringLiteral("MUG"),
                tee ? QStringLiteral("Tee – S") : QStringLiteral("Mug"), quantity, tee ? 2000 : 1000,
                quantity * (tee ? 2000 : 1000)});
    }

    void parcel(qint64 id, qint64 orderId, const QString& carrier, const QString& service, qint64 shippedAt,
        const QString& state, const QVariant& deliveredAt, const QVariant& expectedOn,
        const QVariant& damagedAt = QVariant())
    {
        exec(QStringLiteral("INSERT INTO shipments (id, order_id, carrier, service, shipped_at, created_at, state, "
                            "delivered_at, expected_on, damaged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, orderId, carrier, service, shippedAt, shippedAt, state, deliveredAt, expectedOn, damagedAt});
    }

    void review(qint64 id, const QVariant& productId, int rating, qint64 writtenAt)
    {
        exec(QStringLiteral("INSERT INTO reviews (id, source, external_id, product_id, rating, written_at, queue, "
                            "created_at, updated_at) VALUES (?, 'website', ?, ?, ?, ?, 0, ?, ?)"),
            {id, QStringLiteral("r%1").arg(id), productId, rating, writtenAt, writtenAt, writtenAt});
    }

    void cause(qint64 reviewId, const QString& cause, const QString& state, int rating, qint64 writtenAt)
    {
        exec(QStringLiteral("INSERT INTO review_causes (review_id, cause, state, rating, written_at) "
                            "VALUES (?, ?, ?, ?, ?)"),
            {reviewId, cause, state, rating, writtenAt});
    }

    ReportTable run(const QString& name, ReportParameters parameters = {})
    {
        parameters.from = QDate(2026, 1, 1);
        parameters.to = QDate(2026, 3, 31);
        auto table = Reports::run(m_database, name, parameters);
        if (!table) {
            qWarning("%s", qPrintable(table.error().toString()));
            return {};
        }
        return *table;
    }

    static qint64 total(const ReportTable& table, QStringView key)
    {
        return table.totals.value(table.columnIndex(key)).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        storage::Database::Options options;
        options.clock = &m_clock;
        m_database = m_shop.open(options);
        QVERIFY(m_database);
        const qint64 created = at(2025, 10, 1);
        exec(QStringLiteral("INSERT INTO products (id, name, created_at, updated_at) VALUES "
                            "(1, 'Tee', ?, ?), (2, 'Mug', ?, ?)"),
            {created, created, created, created});
        exec(QStringLiteral("INSERT INTO variants (id, product_id, sku, title, price_minor, created_at, updated_at) "
                            "VALUES (1, 1, 'TEE-S', 'Tee – S', 2000, ?, ?), (2, 2, 'MUG', 'Mug', 1000, ?, ?)"),
            {created, created, created, created});
        exec(QStringLiteral("INSERT INTO customers (id, email, first_name, last_name, created_at) VALUES "
                            "(1, 'alice@example.com', 'Alice', 'Martin', ?), (2, 'bruno@example.com', 'Bruno', "
                            "'Petit', ?), (3, 'dan@example.com', 'Dan', 'Roux', ?), (4, 'eve@example.com', 'Eve', "
                            "'Blanc', ?)"),
            {created, created, created, created});

        // #1001 Bruno, before the period: three mugs (30.00). His first order.
        order(1, "website", "delivered", 2, "Bruno Petit", "bruno@example.com", at(2025, 11, 10), 3000);
        line(11, 1, 2, 3);
        // #1002 Alice, 5 January: her first order, a tee and two mugs (40.00).
        order(2, "website", "delivered", 1, "Alice Martin", "alice@example.com", at(2026, 1, 5), 4000);
        line(21, 2, 1, 1);
        line(22, 2, 2, 2);
        // #1003 Bruno, 20 January: a tee (20.00); he is returning.
        order(3, "website", "delivered", 2, "Bruno Petit", "bruno@example.com", at(2026, 1, 20), 2000);
        line(31, 3, 1, 1);
        // #1004 Alice at the shop counter, 3 February: a mug (10.00); returning.
        order(4, "counter", "delivered", 1, "Alice Martin", "alice@example.com", at(2026, 2, 3), 1000);
        line(41, 4, 2, 1);
        // #1005 a guest, 10 February, her email in capitals: a tee and a mug (30.00). New.
        order(5, "website", "shipped", QVariant(), "Chloé Dubois", "Chloe@Example.com", at(2026, 2, 10), 3000);
        line(51, 5, 1, 1);
        line(52, 5, 2, 1);
        // #1006 the same guest in lower case, 2 March: a mug (10.00). Returning.
        order(6, "website", "shipped", QVariant(), "Chloé Dubois", "chloe@example.com", at(2026, 3, 2), 1000);
        line(61, 6, 2, 1);
        // #1007 Dan, cancelled: never counts, and Dan is no customer of the period.
        order(7, "website", "cancelled", 3, "Dan Roux", "dan@example.com", at(2026, 1, 15), 10000);
        line(71, 7, 1, 5);
        // #1008 Eve, cancelled in December; #1009 her first real order, 10 March: a tee (20.00). New.
        order(8, "website", "cancelled", 4, "Eve Blanc", "eve@example.com", at(2025, 12, 1), 2000);
        line(81, 8, 1, 1);
        order(9, "website", "delivered", 4, "Eve Blanc", "eve@example.com", at(2026, 3, 10), 2000);
        line(91, 9, 1, 1);
        // #1010 a mug at the counter, 15 March, nobody's: left out of the customers.
        order(10, "counter", "delivered", QVariant(), "", "", at(2026, 3, 15), 1000);
        line(101, 10, 2, 1);

        // Parcels. Colissimo Domicile: on time in 54 h; late (delivered the 26th, expected the 23rd)
        // in 120 h; on its way since 11 February, expected the 13th: late today; returned to the shop
        // (never late). Mondial Relay Point Relais: lost (not late either); delivered damaged in 60 h
        // with no expected day. The cancelled order's parcel and one shipped in 2025 are outside.
        parcel(1, 2, "colissimo", "domicile", at(2026, 1, 6), "delivered", at(2026, 1, 8, 16), "2026-01-08");
        parcel(2, 3, "colissimo", "domicile", at(2026, 1, 21), "delivered", at(2026, 1, 26), "2026-01-23");
        parcel(3, 5, "colissimo", "domicile", at(2026, 2, 11), "in_transit", QVariant(), "2026-02-13");
        parcel(4, 4, "colissimo", "domicile", at(2026, 2, 4), "returned", QVariant(), "2026-02-06");
        parcel(5, 6, "mondial-relay", "point-relais", at(2026, 3, 3), "lost", QVariant(), "2026-03-06");
        parcel(6, 9, "Mondial Relay", "point-relais", at(2026, 3, 11), "delivered", at(2026, 3, 13, 22), QVariant(),
            at(2026, 3, 12));
        parcel(7, 7, "colissimo", "domicile", at(2026, 1, 16), "in_transit", QVariant(), "2026-01-19");
        parcel(8, 1, "colissimo", "domicile", at(2025, 11, 11), "delivered", at(2025, 11, 13), "2025-11-13");

        // Returns. R1 on #1002, opened 15 January: the tee (too small, 20.00) and a mug (arrived damaged,
        // 10.00), 25.00 refunded: 25.00 × 2/3 = 16.666… → 16.66 remainder 2/3, 25.00 × 1/3 = 8.33
        // remainder 1/3; the cent left goes to the tee: 16.67 and 8.33.
        // R2 on #1005, opened 20 February, still open: the tee (too small), nothing refunded yet.
        // R3 on #1003, cancelled: left out. R4 on #1001 (sold in 2025), opened 10 January: a mug
        // (changed their mind), 10.00 refunded.
        exec(QStringLiteral(
                 "INSERT INTO returns (id, number, order_id, status, refund_minor, created_at, received_at, "
                 "updated_at) VALUES (1, 'R1', 2, 'received', 2500, ?, ?, ?), (2, 'R2', 5, 'open', 0, ?, NULL, "
                 "?), (3, 'R3', 3, 'cancelled', 2000, ?, NULL, ?), (4, 'R4', 1, 'closed', 1000, ?, ?, ?)"),
            {at(2026, 1, 15), at(2026, 1, 18), at(2026, 1, 18), at(2026, 2, 20), at(2026, 2, 20), at(2026, 3, 5),
                at(2026, 3, 5), at(2026, 1, 10), at(2026, 1, 12), at(2026, 1, 12)});
        exec(QStringLiteral("INSERT INTO return_lines (return_id, order_line_id, quantity, reason) VALUES "
                            "(1, 21, 1, 'too_small'), (1, 22, 1, 'damaged'), (2, 51, 1, 'too_small'), "
                            "(3, 31, 1, 'too_large'), (4, 11, 1, 'changed_mind')"));

        // Reviews of the period: the tee 5, 2 (sizing confirmed, quality suggested), 3 (sizing
        // suggested, delivery delay rejected), 1 (quality rejected, delivery delay confirmed); the mug
        // 4 and 1 (damaged parcel); the shop itself 2 (delivery delay suggested). A December review
        // of the tee is outside.
        review(1, 1, 5, at(2026, 1, 10));
        review(2, 1, 2, at(2026, 1, 20));
        cause(2, "sizing", "confirmed", 2, at(2026, 1, 20));
        cause(2, "product_quality", "suggested", 2, at(2026, 1, 20));
        review(3, 1, 3, at(2026, 2, 5));
        cause(3, "sizing", "suggested", 3, at(2026, 2, 5));
        cause(3, "delivery_delay", "rejected", 3, at(2026, 2, 5));
        review(4, 1, 1, at(2026, 3, 1));
        cause(4, "product_quality", "rejected", 1, at(2026, 3, 1));
        cause(4, "delivery_delay", "confirmed", 1, at(2026, 3, 1));
        review(5, 2, 4, at(2026, 2, 1));
        review(6, 2, 1, at(2026, 2, 2));
        cause(6, "damaged_parcel", "confirmed", 1, at(2026, 2, 2));
        review(7, QVariant(), 2, at(2026, 3, 5));
        cause(7, "delivery_delay", "suggested", 2, at(2026, 3, 5));
        review(8, 1, 1, at(2025, 12, 20));
        cause(8, "sizing", "confirmed", 1, at(2025, 12, 20));
    }

    void carrierPerformance()
    {
        const ReportTable t = run(QStringLiteral("carrier-performance"));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.text(0, u"carrier"), QStringLiteral("Colissimo"));
        QCOMPARE(t.text(0, u"service"), QStringLiteral("Colissimo Domicile"));
        QCOMPARE(t.number(0, u"parcels"), 4);
        QCOMPARE(t.number(0, u"delivered"), 2);
        QCOMPARE(t.number(0, u"transit_days"), 36); // (54 + 120) h / 2 = 3.625 days → 3.6
        QCOMPARE(t.number(0, u"late"), 5000); // 2 of 4
        QCOMPARE(t.number(0, u"lost"), 0);
        QCOMPARE(t.number(0, u"damaged"), 0);
        QCOMPARE(t.number(0, u"returned"), 2500);
        // "Mondial Relay" (a name) and "mondial-relay" (a key): one carrier, under its display name.
        QCOMPARE(t.text(1, u"carrier"), QStringLiteral("Mondial Relay"));
        QCOMPARE(t.text(1, u"service"), QStringLiteral("Point Relais"));
        QCOMPARE(t.number(1, u"parcels"), 2);
        QCOMPARE(t.number(1, u"delivered"), 1);
        QCOMPARE(t.number(1, u"transit_days"), 25); // 60 h
        QCOMPARE(t.number(1, u"late"), 0); // the lost one is not late; the damaged one has no expected day
        QCOMPARE(t.number(1, u"lost"), 5000);
        QCOMPARE(t.number(1, u"damaged"), 5000);
        QCOMPARE(t.number(1, u"returned"), 0);
        QCOMPARE(total(t, u"parcels"), 6);
        QCOMPARE(total(t, u"delivered"), 3);
        QCOMPARE(total(t, u"transit_days"), 33); // (54 + 120 + 60) h / 3 = 78 h = 3.25 days → 3.3
        QCOMPARE(total(t, u"late"), 3333); // 2 of 6
        QCOMPARE(total(t, u"lost"), 1667);
        QCOMPARE(total(t, u"damaged"), 1667);
        QCOMPARE(total(t, u"returned"), 1667);
        QVERIFY2(t.notes.join(u' ').contains(QStringLiteral("1 parcel(s) have no expected delivery day")),
            qPrintable(t.notes.join(u' ')));
        QCOMPARE(t.chart.kind, ReportChart::Kind::Bar);

        // The website alone: the returned parcel went to the counter order.
        ReportParameters website;
        website.channel = QStringLiteral("website");
        const ReportTable w = run(QStringLiteral("carrier-performance"), website);
        QCOMPARE(w.number(0, u"parcels"), 3);
        QCOMPARE(w.number(0, u"late"), 6667);
        QCOMPARE(w.number(0, u"returned"), 0);
    }

    void returns()
    {
        const ReportTable t = run(QStringLiteral("returns"));
        QCOMPARE(t.rows.size(), 3);
        // Two units back of each product; the mug first by SKU, its reasons by key.
        QCOMPARE(t.text(0, u"sku"), QStringLiteral("MUG"));
        QCOMPARE(t.text(0, u"reason"), QStringLiteral("Changed their mind"));
        QCOMPARE(t.number(0, u"units_returned"), 1);
        QCOMPARE(t.number(0, u"returns"), 1);
        QCOMPARE(t.number(0, u"refunds"), 1000);
        // Mugs sold in the period: 2 (#1002) + 1 (#1004) + 1 (#1005) + 1 (#1006) + 1 (#1010) = 6.
        QCOMPARE(t.number(0, u"units_sold"), 6);
        QCOMPARE(t.number(0, u"return_rate"), 1667);
        QCOMPARE(t.text(1, u"sku"), QStringLiteral("MUG"));
        QCOMPARE(t.text(1, u"reason"), QStringLiteral("Arrived damaged"));
        QCOMPARE(t.number(1, u"refunds"), 833);
        QCOMPARE(t.number(1, u"return_rate"), 1667);
        QCOMPARE(t.text(2, u"sku"), QStringLiteral("TEE-S"));
        QCOMPARE(t.text(2, u"product"), QStringLiteral("Tee – S"));
        QCOMPARE(t.text(2, u"reason"), QStringLiteral("Too small"));
        QCOMPARE(t.number(2, u"units_returned"), 2);
        QCOMPARE(t.number(2, u"returns"), 2);
        QCOMPARE(t.number(2, u"refunds"), 1667);
        // Tees sold: #1002, #1003, #1005, #1009; the cancelled #1007's five are not.
        QCOMPARE(t.number(2, u"units_sold"), 4);
        QCOMPARE(t.number(2, u"return_rate"), 5000);
        QCOMPARE(total(t, u"units_returned"), 4);
        QCOMPARE(total(t, u"returns"), 3); // R1 counts once
        QCOMPARE(total(t, u"refunds"), 3500); // every refund, to the cent

        ReportParameters top;
        top.limit = 1;
        const ReportTable one = run(QStringLiteral("returns"), top);
        QCOMPARE(one.rows.size(), 2); // the mug and both its reasons
        QCOMPARE(total(one, u"refunds"), 3500);
    }

    void reviewsByProduct()
    {
        const ReportTable t = run(QStringLiteral("reviews-by-product"));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.text(0, u"product"), QStringLiteral("Tee"));
        QCOMPARE(t.number(0, u"reviews"), 4);
        QCOMPARE(t.number(0, u"average_rating"), 275); // 11 / 4
        QCOMPARE(t.number(0, u"one_two_stars"), 2);
        QCOMPARE(t.number(0, u"unhappy_share"), 7500); // 2, 3 and 1 stars
        QCOMPARE(t.text(0, u"main_cause"), QStringLiteral("Sizing (2)")); // the rejected ones never count
        QCOMPARE(t.text(1, u"product"), QStringLiteral("Mug"));
        QCOMPARE(t.number(1, u"average_rating"), 250);
        QCOMPARE(t.number(1, u"unhappy_share"), 5000);
        QCOMPARE(t.text(1, u"main_cause"), QStringLiteral("Damaged parcel (1)"));
        QCOMPARE(t.text(2, u"product"), QStringLiteral("The shop itself"));
        QCOMPARE(t.number(2, u"average_rating"), 200);
        QCOMPARE(t.text(2, u"main_cause"), QStringLiteral("Delivery delay (1)"));
        QCOMPARE(total(t, u"reviews"), 7);
        QCOMPARE(total(t, u"average_rating"), 257); // 18 / 7 = 2.571…
        QCOMPARE(total(t, u"one_two_stars"), 4);
        QCOMPARE(total(t, u"unhappy_share"), 7143); // 5 / 7

        ReportParameters top;
        top.limit = 1;
        const ReportTable one = run(QStringLiteral("reviews-by-product"), top);
        QCOMPARE(one.rows.size(), 1);
        QCOMPARE(total(one, u"reviews"), 7);
    }

    void reviewsByCause()
    {
        const ReportTable t = run(QStringLiteral("reviews-by-cause"));
        QCOMPARE(t.rows.size(), 7); // every cause, in the Reviews page's order
        QCOMPARE(t.text(0, u"cause"), QStringLiteral("Delivery delay"));
        QCOMPARE(t.number(0, u"reviews"), 2); // review 4 confirmed, 7 suggested; 3 rejected
        QCOMPARE(t.number(0, u"average_rating"), 150);
        QCOMPARE(t.number(0, u"share"), 2857); // 2 of the 7 reviews of the period
        QCOMPARE(t.text(1, u"cause"), QStringLiteral("Damaged parcel"));
        QCOMPARE(t.number(1, u"reviews"), 1);
        QCOMPARE(t.number(1, u"average_rating"), 100);
        QCOMPARE(t.number(1, u"share"), 1429);
        QCOMPARE(t.text(2, u"cause"), QStringLiteral("Product quality"));
        QCOMPARE(t.number(2, u"reviews"), 1); // review 4's was rejected
        QCOMPARE(t.number(2, u"average_rating"), 200);
        QCOMPARE(t.text(3, u"cause"), QStringLiteral("Sizing"));
        QCOMPARE(t.number(3, u"reviews"), 2); // December's is outside
        QCOMPARE(t.number(3, u"average_rating"), 250);
        QCOMPARE(t.number(4, u"reviews"), 0);
        QVERIFY(t.rows[4][t.columnIndex(u"average_rating")].isNull());
        QCOMPARE(total(t, u"reviews"), 5); // reviews 2, 3, 4, 6 and 7, once each
        QCOMPARE(total(t, u"share"), 7143);
    }

    void customers()
    {
        const ReportTable t = run(QStringLiteral("customers"));
        QCOMPARE(t.rows.size(), 3);
        // January: Alice new (#1002), Bruno back (#1003, first order in November). Sales 60.00, 20.00
        // of them from Bruno.
        QCOMPARE(t.text(0, u"period"), QStringLiteral("2026-01"));
        QCOMPARE(t.number(0, u"customers"), 2);
        QCOMPARE(t.number(0, u"new_customers"), 1);
        QCOMPARE(t.number(0, u"returning_customers"), 1);
        QCOMPARE(t.number(0, u"orders_new"), 1);
        QCOMPARE(t.number(0, u"orders_returning"), 1);
        QCOMPARE(t.number(0, u"returning_sales_share"), 3333);
        // February: Alice back (#1004), the guest new (#1005): 10.00 of 40.00.
        QCOMPARE(t.number(1, u"customers"), 2);
        QCOMPARE(t.number(1, u"new_customers"), 1);
        QCOMPARE(t.number(1, u"returning_sales_share"), 2500);
        // March: the guest back in lower case (#1006), Eve new (her December order was cancelled);
        // the counter sale without a customer is nobody's. 10.00 of 30.00.
        QCOMPARE(t.number(2, u"customers"), 2);
        QCOMPARE(t.number(2, u"new_customers"), 1);
        QCOMPARE(t.number(2, u"returning_customers"), 1);
        QCOMPARE(t.number(2, u"orders_new"), 1);
        QCOMPARE(t.number(2, u"orders_returning"), 1);
        QCOMPARE(t.number(2, u"returning_sales_share"), 3333);
        QCOMPARE(total(t, u"orders_new"), 3);
        QCOMPARE(total(t, u"orders_returning"), 3);
        QCOMPARE(total(t, u"returning_sales_share"), 3077); // 40.00 of 130.00
        QVERIFY2(t.notes.join(u' ').contains(QStringLiteral("1 order(s) without a customer or an email")),
            qPrintable(t.notes.join(u' ')));

        // The counter alone: Alice in February, returning; March's sale is nobody's.
        ReportParameters counter;
        counter.channel = QStringLiteral("counter");
        const ReportTable c = run(QStringLiteral("customers"), counter);
        QCOMPARE(c.number(0, u"customers"), 0);
        QCOMPARE(c.number(1, u"customers"), 1);
        QCOMPARE(c.number(1, u"new_customers"), 0);
        QCOMPARE(c.number(1, u"orders_returning"), 1);
        QCOMPARE(c.number(2, u"customers"), 0);

        // One quarter: Bruno is the only one who had ordered before it.
        ReportParameters quarter;
        quarter.grouping = Grouping::Quarter;
        const ReportTable q = run(QStringLiteral("customers"), quarter);
        QCOMPARE(q.rows.size(), 1);
        QCOMPARE(q.number(0, u"customers"), 4);
        QCOMPARE(q.number(0, u"new_customers"), 3);
        QCOMPARE(q.number(0, u"orders_new"), 5);
        QCOMPARE(q.number(0, u"orders_returning"), 1);
    }

    void topCustomers()
    {
        const ReportTable t = run(QStringLiteral("top-customers"));
        QCOMPARE(t.rows.size(), 4);
        // The guest: 30.00 + 10.00, both ways of writing her email.
        QCOMPARE(t.text(0, u"name"), QStringLiteral("Chloé Dubois"));
        QCOMPARE(t.text(0, u"email"), QStringLiteral("chloe@example.com"));
        QCOMPARE(t.number(0, u"orders"), 2);
        QCOMPARE(t.number(0, u"net_sales"), 4000);
        QCOMPARE(t.rows[0][t.columnIndex(u"first_order")].toDate(), QDate(2026, 2, 10));
        QCOMPARE(t.rows[0][t.columnIndex(u"last_order")].toDate(), QDate(2026, 3, 2));
        // Alice: 40.00 + 10.00 less R1's 25.00 refund.
        QCOMPARE(t.text(1, u"name"), QStringLiteral("Alice Martin"));
        QCOMPARE(t.number(1, u"net_sales"), 2500);
        // Bruno and Eve, 20.00 each (R4's refund was received in the period but R4 is on his 2025 order,
        // which is still his: 20.00 − 10.00). Eve first.
        QCOMPARE(t.text(2, u"name"), QStringLiteral("Eve Blanc"));
        QCOMPARE(t.number(2, u"net_sales"), 2000);
        QCOMPARE(t.rows[2][t.columnIndex(u"first_order")].toDate(), QDate(2026, 3, 10)); // not the cancelled one
        QCOMPARE(t.text(3, u"name"), QStringLiteral("Bruno Petit"));
        QCOMPARE(t.number(3, u"net_sales"), 1000);
        QCOMPARE(t.rows[3][t.columnIndex(u"first_order")].toDate(), QDate(2025, 11, 10));
        QCOMPARE(t.rows[3][t.columnIndex(u"last_order")].toDate(), QDate(2026, 1, 20));
        QCOMPARE(total(t, u"orders"), 6);
        QCOMPARE(total(t, u"net_sales"), 13000 - 2500 - 1000);

        ReportParameters top;
        top.limit = 2;
        const ReportTable two = run(QStringLiteral("top-customers"), top);
        QCOMPARE(two.rows.size(), 2);
        QCOMPARE(total(two, u"net_sales"), 9500);
    }

    void registry()
    {
        for (const char* name : {"carrier-performance", "returns", "reviews-by-product", "reviews-by-cause",
                 "customers", "top-customers"}) {
            const auto info = Reports::find(QString::fromLatin1(name));
            QVERIFY2(info, name);
            QVERIFY(!info->title.isEmpty());
            QVERIFY(!info->description.isEmpty());
        }
    }

    // Timings on a real shop: COMPTOIR_REPORTS_DATABASE=/path/shop.db (a copy: opening migrates it).
    void onShopFromEnvironment()
    {
        const QString path = qEnvironmentVariable("COMPTOIR_REPORTS_DATABASE");
        if (path.isEmpty())
            QSKIP("COMPTOIR_REPORTS_DATABASE is not set");
        auto database = storage::Database::open(path);
        QVERIFY(database);
        const QString last = qEnvironmentVariable("COMPTOIR_REPORTS_LAST_DAY");
        ReportParameters parameters;
        parameters.to = last.isEmpty() ? QDate::currentDate() : QDate::fromString(last, Qt::ISODate);
        parameters.from = parameters.to.addYears(-1).addDays(1);
        parameters.limit = 50;
        const QString only = qEnvironmentVariable("COMPTOIR_REPORTS_ONLY"); // one report's name
        for (const char* name : {"carrier-performance", "returns", "reviews-by-product", "reviews-by-cause",
                 "customers", "top-customers"}) {
            if (!only.isEmpty() && only != QLatin1String(name))
                continue;
            QElapsedTimer timer;
            timer.start();
            auto table = Reports::run(*database, QString::fromLatin1(name), parameters);
            QVERIFY2(table, qPrintable(table ? QString() : table.error().toString()));
            qInfo("%s: %lld ms, %lld rows", name, timer.elapsed(), qint64(table->rows.size()));
            for (int r = 0; r < std::min<qsizetype>(table->rows.size(), 12); ++r) {
                QStringList cells;
                for (int c = 0; c < table->columns.size(); ++c)
                    cells << table->displayText(table->rows[r].value(c), c);
                qInfo("  %s", qPrintable(cells.join(QStringLiteral(" | "))));
            }
            QStringList cells;
            for (int c = 0; c < table->columns.size() && !table->totals.isEmpty(); ++c)
                cells << table->displayText(table->totals.value(c), c);
            qInfo("  = %s", qPrintable(cells.join(QStringLiteral(" | "))));
            for (const QString& note : std::as_const(table->notes))
                qInfo("  note: %s", qPrintable(note));
        }
    }
};

QTEST_MAIN(TestServiceReports)
#include "TestServiceReports.moc"
