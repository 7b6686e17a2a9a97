#include "messages/ThreadList.h"
#include "orders/OrderList.h"
#include "purchasing/ReorderPlanner.h"
#include "reports/Dashboard.h"
#include "reviews/ReviewList.h"
#include "reviews/Reviews.h"
#include "shipping/Shipments.h"
#include "storage/Sql.h"
#include "support/ListPages.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QSet>
#include <QTest>

using namespace comptoir;
using namespace comptoir::reports;

// The dashboard's figures on a small shop made by hand: sales by day and week against the same days
// last year (cancelled orders and other currencies left out), by channel, the best sellers, and each
// tile's count equal to the rows the page it opens lists.
class TestDashboard final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::LocalTime).toUTC()};
    storage::DatabasePtr m_database;
    qint64 m_mug = 0; // variants
    qint64 m_bowl = 0;
    qint64 m_mugProduct = 0;
    qint64 m_bowlProduct = 0;
    int m_orders = 0;

    // An order placed at noon (local time) of `day`, with one line.
    qint64 order(const QDate& day, const char* channel, const char* status, qint64 variant, int quantity, qint64 total,
        const char* currency = "EUR", QTime at = QTime(12, 0))
    {
        const qint64 placed = QDateTime(day, at).toSecsSinceEpoch();
        auto id = storage::scalar(m_database->connection(),
            QStringLiteral("INSERT INTO orders (number, channel, status, placed_at, total_minor, subtotal_minor, "
                           "currency, item_count, updated_at, held_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {QStringLiteral("#%1").arg(++m_orders), QString::fromLatin1(channel), QString::fromLatin1(status), placed,
                total, total, QString::fromLatin1(currency), quantity, placed,
                qstrcmp(status, "on_hold") == 0 ? QVariant(QStringLiteral("paid")) : QVariant()});
        if (!id) {
            qWarning("%s", qPrintable(id.error().toString()));
            return 0;
        }
        auto line = storage::execute(m_database->connection(),
            QStringLiteral("INSERT INTO order_lines (order_id, variant_id, sku, title, quantity, unit_price_minor, "
                           "total_minor) VALUES (?, ?, 'SKU', 'Line', ?, ?, ?)"),
            {*id, variant, quantity, total / quantity, total});
        if (!line)
            qWarning("%s", qPrintable(line.error().toString()));
        return id->toLongLong();
    }

    qint64 productOf(qint64 variant)
    {
        return storage::scalar(
            m_database->connection(), QStringLiteral("SELECT product_id FROM variants WHERE id = ?"), {variant})
            .value()
            .toLongLong();
    }

    static qint64 secs(const QDateTime& at) { return at.toSecsSinceEpoch(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400);
        m_bowl = build.variant(QStringLiteral("BOWL"), 0, 600);
        m_mugProduct = productOf(m_mug);
        m_bowlProduct = productOf(m_bowl);
        m_clock.set(QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::LocalTime).toUTC());

        // The period 1–3 December 2026.
        order(QDate(2026, 12, 1), "website", "paid", m_mug, 2, 10000);
        order(QDate(2026, 12, 1), "counter", "delivered", m_bowl, 1, 5000);
        order(QDate(2026, 12, 2), "marketplace", "shipped", m_mug, 1, 3000);
        order(QDate(2026, 12, 2), "website", "cancelled", m_bowl, 10, 99900); // never counts
        order(QDate(2026, 12, 3), "website", "preparing", m_bowl, 1, 2000, "USD"); // another currency
        // Outside it: the day before, and a year earlier.
        order(QDate(2026, 11, 30), "website", "on_hold", m_mug, 1, 8888);
        order(QDate(2025, 12, 1), "website", "delivered", m_mug, 1, 4000);
        order(QDate(2025, 12, 2), "counter", "delivered", m_bowl, 1, 1000);
        order(QDate(2025, 12, 2), "phone", "cancelled", m_bowl, 1, 7000);
        order(QDate(2025, 11, 30), "website", "delivered", m_mug, 1, 7777);
        order(QDate(2026, 11, 20), "phone", "on_hold", m_mug, 1, 500);
        // A year before today (3 December, 8 a.m.): before and after the same time of day.
        order(QDate(2025, 12, 3), "website", "delivered", m_bowl, 1, 600, "EUR", QTime(7, 30));
        order(QDate(2025, 12, 3), "website", "delivered", m_bowl, 1, 900, "EUR", QTime(18, 0));
    }

    void salesByDayAgainstLastYear()
    {
        const auto sales = Dashboard(m_database).sales(QDate(2026, 12, 1), QDate(2026, 12, 3), Grouping::Day);
        QVERIFY2(sales, sales ? "" : qPrintable(sales.error().toString()));
        QCOMPARE(sales->currency, Currency::euro());
        QCOMPARE(sales->points.size(), 3);
        const QList<qint64> revenue {15000, 3000, 0};
        const QList<qint64> orders {2, 1, 0};
        // Today so far against the same day a year ago until 8 a.m.: the evening order is left out.
        const QList<qint64> lastYearRevenue {4000, 1000, 600};
        const QList<qint64> lastYearOrders {1, 1, 1};
        for (int i = 0; i < 3; ++i) {
            const SalesPoint& point = sales->points[i];
            QCOMPARE(point.bucket.first, QDate(2026, 12, 1 + i));
            QCOMPARE(point.lastYearFirst, QDate(2025, 12, 1 + i));
            QCOMPARE(point.lastYearLast, QDate(2025, 12, 1 + i));
            QCOMPARE(point.revenue, revenue[i]);
            QCOMPARE(point.orders, orders[i]);
            QCOMPARE(point.lastYearRevenue, lastYearRevenue[i]);
            QCOMPARE(point.lastYearOrders, lastYearOrders[i]);
        }
        QCOMPARE(sales->revenue, 18000);
        QCOMPARE(sales->orders, 3);
        QCOMPARE(sales->lastYearRevenue, 5600);
        QCOMPARE(sales->lastYearOrders, 3);
        QCOMPARE(sales->otherCurrencyOrders, 1);
        // A period over by today compares whole days.
        const auto past = Dashboard(m_database).sales(QDate(2026, 12, 1), QDate(2026, 12, 2), Grouping::Day);
        QVERIFY(past);
        QCOMPARE(past->lastYearRevenue, 5000);

        QCOMPARE(sales->channels.size(), 4);
        const auto channel = [&](orders::Channel c) { return sales->channels[int(c)]; };
        QCOMPARE(channel(orders::Channel::Website).revenue, 10000);
        QCOMPARE(channel(orders::Channel::Website).orders, 1);
        QCOMPARE(channel(orders::Channel::Website).lastYearRevenue, 4600);
        QCOMPARE(channel(orders::Channel::Counter).revenue, 5000);
        QCOMPARE(channel(orders::Channel::Counter).lastYearRevenue, 1000);
        QCOMPARE(channel(orders::Channel::Marketplace).revenue, 3000);
        QCOMPARE(channel(orders::Channel::Phone).revenue, 0);
        QCOMPARE(channel(orders::Channel::Phone).lastYearRevenue, 0); // the cancelled phone order
    }

    void salesByWeekCutToThePeriod()
    {
        // Monday 23 November to Sunday 6 December 2026: ISO weeks 48 and 49.
        const auto sales = Dashboard(m_database).sales(QDate(2026, 11, 23), QDate(2026, 12, 6), Grouping::Week);
        QVERIFY(sales);
        QCOMPARE(sales->points.size(), 2);
        QCOMPARE(sales->points[0].bucket.label, QStringLiteral("2026-W48"));
        QCOMPARE(sales->points[0].revenue, 0);
        QCOMPARE(sales->points[0].orders, 0); // the on-hold order of 20 November is before the period
        QCOMPARE(sales->points[1].revenue, 8888 + 15000 + 3000);
        QCOMPARE(sales->points[1].orders, 4);
        // Last year: the same dates, 23 November – 6 December 2025.
        QCOMPARE(sales->points[1].lastYearFirst, QDate(2025, 11, 30));
        QCOMPARE(sales->points[1].lastYearLast, QDate(2025, 12, 6));
        QCOMPARE(sales->points[1].lastYearRevenue, 7777 + 4000 + 1000 + 600); // 3 December 2025 until 8 a.m.
        QCOMPARE(sales->lastYearOrders, 4);

        // A month report starting mid-month: one bucket per month, cut at the ends.
        const auto months = Dashboard(m_database).sales(QDate(2026, 11, 15), QDate(2026, 12, 31), Grouping::Month);
        QVERIFY(months);
        QCOMPARE(months->points.size(), 2);
        QCOMPARE(months->points[0].bucket.first, QDate(2026, 11, 15));
        QCOMPARE(months->points[0].revenue, 8888 + 500);
        QCOMPARE(months->points[1].revenue, 18000);
    }

    void emptyPeriod()
    {
        const auto sales = Dashboard(m_database).sales(QDate(2026, 12, 3), QDate(2026, 12, 1), Grouping::Day);
        QVERIFY(sales);
        QVERIFY(sales->points.isEmpty());
        QCOMPARE(sales->revenue, 0);
        QCOMPARE(sales->channels.size(), 4);
        const auto products = Dashboard(m_database).topProducts(QDate(2026, 12, 3), QDate(2026, 12, 1));
        QVERIFY(products && products->isEmpty());
    }

    void leapDayHasNoTwin()
    {
        QCOMPARE(Dashboard::sameDayLastYear(QDate(2024, 2, 29)), QDate(2023, 3, 1));
        QCOMPARE(Dashboard::sameDayLastYear(QDate(2024, 2, 28)), QDate(2023, 2, 28));
        QCOMPARE(Dashboard::sameDayLastYear(QDate(2025, 3, 1)), QDate(2024, 3, 1));
        // 2024-02-28…03-01 by day: 28 Feb 2023, nothing for the 29th, 1 March 2023.
        const auto sales = Dashboard(m_database).sales(QDate(2024, 2, 28), QDate(2024, 3, 1), Grouping::Day);
        QVERIFY(sales);
        QCOMPARE(sales->points.size(), 3);
        QCOMPARE(sales->points[0].lastYearFirst, QDate(2023, 2, 28));
        QCOMPARE(sales->points[0].lastYearLast, QDate(2023, 2, 28));
        QVERIFY(sales->points[1].lastYearLast < sales->points[1].lastYearFirst);
        QCOMPARE(sales->points[2].lastYearFirst, QDate(2023, 3, 1));
        // 2025-02-28 (not a leap year): its twin span takes 28 and 29 February 2024.
        const auto after = Dashboard(m_database).sales(QDate(2025, 2, 28), QDate(2025, 3, 1), Grouping::Day);
        QVERIFY(after);
        QCOMPARE(after->points[0].lastYearFirst, QDate(2024, 2, 28));
        QCOMPARE(after->points[0].lastYearLast, QDate(2024, 2, 29));
    }

    void bestSellers()
    {
        const auto products = Dashboard(m_database).topProducts(QDate(2026, 12, 1), QDate(2026, 12, 3));
        QVERIFY(products);
        QCOMPARE(products->size(), 2);
        QCOMPARE(products->at(0).productId, m_mugProduct);
        QCOMPARE(products->at(0).name, QStringLiteral("Produit MUG"));
        QCOMPARE(products->at(0).units, 3);
        QCOMPARE(products->at(0).revenue, 13000);
        QCOMPARE(products->at(1).productId, m_bowlProduct); // the cancelled ten bowls left out
        QCOMPARE(products->at(1).units, 1);
        QCOMPARE(products->at(1).revenue, 5000);
        const auto first = Dashboard(m_database).topProducts(QDate(2026, 12, 1), QDate(2026, 12, 3), 1);
        QVERIFY(first);
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->at(0).productId, m_mugProduct);
    }

    void workCountsWhatThePagesList()
    {
        const QDateTime now = m_clock.now();
        const QDate today = now.toLocalTime().date();
        // Parcels: one lost, one damaged, one delivered and one on its way since this morning.
        const qint64 shipped = order(QDate(2026, 11, 25), "website", "shipped", m_mug, 1, 1500);
        const auto parcel = [&](const char* state, qint64 shippedAt, const QVariant& damagedAt,
                                const QVariant& deliveredAt) {
            QVERIFY(storage::execute(m_database->connection(),
                QStringLiteral("INSERT INTO shipments (order_id, carrier, tracking_number, shipped_at, created_at, "
                               "state, damaged_at, delivered_at) VALUES (?, 'colissimo', '', ?, ?, ?, ?, ?)"),
                {shipped, shippedAt, shippedAt, QString::fromLatin1(state), damagedAt, deliveredAt})
                        .ok());
        };
        parcel("lost", secs(now.addDays(-5)), {}, {});
        parcel("in_transit", secs(now.addDays(-3)), secs(now.addDays(-1)), {});
        parcel("delivered", secs(now.addDays(-4)), {}, secs(now.addDays(-2)));
        parcel("in_transit", secs(now), {}, {});
        // Conversations: two waiting (one unread), one answered.
        const auto thread = [&](const char* status, int unread, qint64 at) {
            QVERIFY(storage::execute(m_database->connection(),
                QStringLiteral("INSERT INTO threads (subject, status, unread, last_message_at, created_at) "
                               "VALUES ('Question', ?, ?, ?, ?)"),
                {QString::fromLatin1(status), unread, at, at})
                        .ok());
        };
        thread("open", 1, secs(now.addDays(-2)));
        thread("open", 0, secs(now.addSecs(-3600)));
        thread("answered", 0, secs(now.addDays(-9)));
        // Reviews: an unhappy and a happy one waiting, one answered.
        const auto review = [&](int rating, const char* id) {
            reviews::Review r;
            r.source = reviews::Source::JudgeMe;
            r.externalId = QString::fromLatin1(id);
            r.rating = rating;
            r.title = QStringLiteral("Avis");
            r.body = QStringLiteral("Texte");
            r.author = QStringLiteral("Léa");
            r.writtenAt = now.addDays(-1);
            r.productId = m_mugProduct;
            auto added = reviews::ReviewBook(m_database).add(r);
            if (!added)
                qWarning("%s", qPrintable(added.error().toString()));
            return added ? added->id : 0;
        };
        review(2, "a");
        review(5, "b");
        const qint64 answered = review(1, "c");
        QVERIFY(storage::execute(m_database->connection(),
            QStringLiteral("UPDATE reviews SET status = 'answered', queue = 2 WHERE id = ?"), {answered})
                    .ok());
        // Stock: the mug received then sold out two days ago; the bowl never stocked.
        m_clock.set(now.addDays(-10));
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, 4, inventory::MovementReason::Receipt, {}).ok());
        m_clock.set(now.addDays(-2));
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, -4, inventory::MovementReason::Sale, {}).ok());
        m_clock.set(now);

        const auto work = Dashboard(m_database).work(today);
        QVERIFY2(work, work ? "" : qPrintable(work.error().toString()));

        // Orders: paid (1 Dec) and preparing (3 Dec) to prepare; two on hold, the oldest on 20 November.
        QCOMPARE(work->toPrepare, 2);
        QCOMPARE(work->oldestToPrepare, QDateTime(QDate(2026, 12, 1), QTime(12, 0)).toUTC());
        QCOMPARE(work->onHold, 2);
        QCOMPARE(work->oldestOnHold, QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toUTC());
        orders::OrderList toPrepare(m_database);
        toPrepare.setStatusFilter(orders::OrderList::StatusFilter::ToPrepare);
        QCOMPARE(allPages(toPrepare, 1).size(), work->toPrepare);
        orders::OrderList onHold(m_database);
        onHold.setStatusFilter(orders::OrderList::StatusFilter::OnHold);
        QCOMPARE(allPages(onHold, 1).size(), work->onHold);

        QCOMPARE(work->parcels, 2);
        QCOMPARE(work->parcelProblems.value(shipping::Problem::Lost), 1);
        QCOMPARE(work->parcelProblems.value(shipping::Problem::Damaged), 1);
        QCOMPARE(shipping::Shipments(m_database).needingAttention(today).value().size(), work->parcels);

        QCOMPARE(work->messagesToAnswer, 2);
        QCOMPARE(work->unreadMessages, 1);
        QCOMPARE(work->oldestMessage, QDateTime::fromSecsSinceEpoch(secs(now.addDays(-2)), Qt::UTC));
        messages::ThreadList threads(m_database);
        threads.setFilter(messages::ThreadList::Filter::ToAnswer);
        QVariantList cursor;
        QCOMPARE(threads.fetch(100, cursor).value().size(), work->messagesToAnswer);

        QCOMPARE(work->reviewsToAnswer, 2);
        QCOMPARE(work->unhappyReviews, 1);
        reviews::ReviewList queue(m_database);
        queue.setFilter(reviews::ReviewList::Filter::Queue);
        QCOMPARE(allPages(queue, 1).size(), work->reviewsToAnswer);

        QCOMPARE(work->stockOuts, 2);
        QCOMPARE(work->recentStockOuts, 1);

        auto reorder = Dashboard(m_database).reorder();
        QVERIFY(reorder);
        auto settings = purchasing::ReorderSettings::load(m_database);
        QVERIFY(settings);
        const auto planned = purchasing::ReorderPlanner(m_database, *settings).toReorder().value();
        QCOMPARE(reorder->variants, planned.size());
        QSet<qint64> suppliers;
        for (const auto& variant : planned)
            suppliers.insert(variant.supplierId);
        QCOMPARE(reorder->suppliers, suppliers.size());
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "TestDashboard.moc"
