#include "reports/Dashboard.h"

#include "messages/ThreadList.h"
#include "orders/OrderList.h"
#include "purchasing/ReorderPlanner.h"
#include "reviews/ReviewList.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir::reports {

using orders::OrderList;
using storage::scalar;

namespace {

constexpr int kRecentStockOutDays = 7;

QString readError()
{
    return QCoreApplication::translate("Dashboard", "Could not read the dashboard's figures.");
}

QDateTime utcTime(const QVariant& seconds)
{
    return seconds.isNull() || !seconds.isValid()
        ? QDateTime()
        : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), QTimeZone::utc());
}

// The number of orders of a status chip and the oldest of them, as the Orders page lists them.
Result<std::pair<qint64, QDateTime>> ordersWaiting(const storage::DatabasePtr& database, OrderList::StatusFilter filter)
{
    OrderList list(database);
    list.setStatusFilter(filter);
    auto count = list.count();
    if (!count)
        return count.error();
    if (*count == 0)
        return std::pair<qint64, QDateTime>(0, QDateTime());
    list.setSort(OrderList::Sort::Date, Qt::AscendingOrder);
    QVariantList cursor;
    auto oldest = list.fetch(1, cursor);
    if (!oldest)
        return oldest.error();
    return std::pair<qint64, QDateTime>(*count, oldest->isEmpty() ? QDateTime() : oldest->first().placedAt);
}

} // namespace

Dashboard::Dashboard(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

QDate Dashboard::sameDayLastYear(const QDate& day)
{
    if (day.month() == 2 && day.day() == 29)
        return QDate(day.year() - 1, 3, 1);
    return day.addYears(-1);
}

Result<DashboardWork> Dashboard::work(const QDate& today) const
{
    DashboardWork work;
    auto toPrepare = ordersWaiting(m_database, OrderList::StatusFilter::ToPrepare);
    if (!toPrepare)
        return toPrepare.error();
    work.toPrepare = toPrepare->first;
    work.oldestToPrepare = toPrepare->second;
    auto onHold = ordersWaiting(m_database, OrderList::StatusFilter::OnHold);
    if (!onHold)
        return onHold.error();
    work.onHold = onHold->first;
    work.oldestOnHold = onHold->second;

    auto parcels = shipping::Shipments(m_database).needingAttention(today);
    if (!parcels)
        return parcels.error();
    work.parcels = parcels->size();
    for (const shipping::Parcel& parcel : std::as_const(*parcels))
        ++work.parcelProblems[parcel.problem];

    messages::ThreadList threads(m_database);
    threads.setFilter(messages::ThreadList::Filter::ToAnswer);
    auto toAnswer = threads.count();
    if (!toAnswer)
        return toAnswer.error();
    work.messagesToAnswer = *toAnswer;
    threads.setFilter(messages::ThreadList::Filter::Unread);
    auto unread = threads.count();
    if (!unread)
        return unread.error();
    work.unreadMessages = *unread;
    const QSqlDatabase db = m_database->connection();
    // The conversations "To answer" lists (status 'open'), the one waiting longest.
    auto oldestMessage = scalar(db, QStringLiteral("SELECT min(last_message_at) FROM threads WHERE status = 'open'"));
    if (!oldestMessage)
        return oldestMessage.error();
    work.oldestMessage = utcTime(*oldestMessage);

    reviews::ReviewList queue(m_database);
    queue.setFilter(reviews::ReviewList::Filter::Queue);
    auto reviewsToAnswer = queue.count();
    if (!reviewsToAnswer)
        return reviewsToAnswer.error();
    work.reviewsToAnswer = *reviewsToAnswer;
    // Queue 0: unhappy and waiting, the head of the triage queue.
    auto unhappy = scalar(db, QStringLiteral("SELECT count(*) FROM reviews WHERE queue = 0"));
    if (!unhappy)
        return unhappy.error();
    work.unhappyReviews = unhappy->toLongLong();

    auto stockOuts = scalar(db, QStringLiteral("SELECT count(*) FROM variants WHERE on_hand <= 0"));
    if (!stockOuts)
        return stockOuts.error();
    work.stockOuts = stockOuts->toLongLong();
    auto recent
        = scalar(db, QStringLiteral("SELECT count(*) FROM stock_outs WHERE ended_at IS NULL AND started_at >= ?"),
            {startOfDay(today.addDays(-kRecentStockOutDays + 1))});
    if (!recent)
        return recent.error();
    work.recentStockOuts = recent->toLongLong();
    return work;
}

Result<DashboardReorder> Dashboard::reorder(JobControl& control) const
{
    auto settings = purchasing::ReorderSettings::load(m_database);
    if (!settings)
        return settings.error();
    auto variants = purchasing::ReorderPlanner(m_database, *settings).toReorder(control);
    if (!variants)
        return variants.error();
    DashboardReorder reorder;
    reorder.variants = variants->size();
    QSet<qint64> suppliers;
    for (const purchasing::VariantDemand& variant : std::as_const(*variants))
        suppliers.insert(variant.supplierId);
    reorder.suppliers = suppliers.size();
    return reorder;
}

Result<DashboardSales> Dashboard::sales(const QDate& from, const QDate& to, Grouping grouping) const
{
    DashboardSales sales;
    sales.from = from;
    sales.to = to;
    sales.grouping = grouping;
    sales.currency = settings::ShopSettings(m_database).currency();
    for (orders::Channel channel :
        {orders::Channel::Website, orders::Channel::Counter, orders::Channel::Marketplace, orders::Channel::Phone}) {
        ChannelSales line;
        line.channel = channel;
        sales.channels << line;
    }
    const QList<Bucket> periodBuckets = buckets(from, to, grouping);
    if (periodBuckets.isEmpty())
        return sales;

    // The same days a year earlier, bucket by bucket, so that both lines share the chart's axis; each
    // span ends where the next one starts, so the year-earlier buckets cover their days exactly once.
    // A period reaching today holds today's sales so far: a year earlier stops at the same time of
    // day, or every morning would look like a fall.
    const QDateTime now = m_database->clock().now().toLocalTime();
    const bool soFar = to >= now.date();
    const qint64 lastYearNow = QDateTime(sameDayLastYear(now.date()), now.time()).toSecsSinceEpoch();
    QList<Bucket> all = periodBuckets;
    for (qsizetype i = 0; i < periodBuckets.size(); ++i) {
        SalesPoint point;
        point.bucket = periodBuckets[i];
        point.lastYearFirst = sameDayLastYear(periodBuckets[i].first);
        const QDate nextFirst = i + 1 < periodBuckets.size() ? periodBuckets[i + 1].first : to.addDays(1);
        point.lastYearLast = sameDayLastYear(nextFirst).addDays(-1);
        Bucket lastYear;
        lastYear.first = point.lastYearFirst;
        lastYear.last = point.lastYearLast;
        lastYear.start = startOfDay(point.lastYearFirst);
        lastYear.end = startOfDay(point.lastYearLast.addDays(1));
        if (soFar)
            lastYear.end = std::max(lastYear.start, std::min(lastYear.end, lastYearNow));
        all << lastYear;
        sales.points << point;
    }

    // One pass over each bucket's own range of the placed_at index; the currency is grouped on
    // rather than filtered, to say how many orders were left out without reading them again.
    const qsizetype n = periodBuckets.size();
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("WITH ") + bucketsCte(all)
        + QStringLiteral(" SELECT b.i, o.channel, o.currency = ?, count(*), sum(o.total_minor) FROM b JOIN orders o "
                         "ON o.placed_at >= b.s AND o.placed_at < b.e WHERE o.status <> 'cancelled' "
                         "GROUP BY b.i, o.channel, o.currency = ?"));
    query.addBindValue(sales.currency.code());
    query.addBindValue(sales.currency.code());
    if (!query.exec())
        return storage::sqlError(query, readError());
    while (query.next()) {
        const qsizetype i = query.value(0).toLongLong();
        if (i < 0 || i >= 2 * n)
            continue;
        const bool current = i < n;
        const qint64 orderCount = query.value(3).toLongLong();
        if (!query.value(2).toBool()) {
            if (current)
                sales.otherCurrencyOrders += orderCount;
            continue;
        }
        const qint64 revenue = query.value(4).toLongLong();
        SalesPoint& point = sales.points[current ? i : i - n];
        orders::Channel channel = orders::Channel::Website;
        const bool known = orders::channelFromKey(query.value(1).toString(), channel);
        if (current) {
            point.orders += orderCount;
            point.revenue += revenue;
            sales.orders += orderCount;
            sales.revenue += revenue;
        } else {
            point.lastYearOrders += orderCount;
            point.lastYearRevenue += revenue;
            sales.lastYearOrders += orderCount;
            sales.lastYearRevenue += revenue;
        }
        if (known) {
            ChannelSales& line = sales.channels[int(channel)];
            if (current) {
                line.orders += orderCount;
                line.revenue += revenue;
            } else {
                line.lastYearRevenue += revenue;
            }
        }
    }
    if (query.lastError().isValid())
        return storage::sqlError(query, readError());
    return sales;
}

Result<QList<ProductSales>> Dashboard::topProducts(const QDate& from, const QDate& to, int count) const
{
    QList<ProductSales> products;
    if (!from.isValid() || !to.isValid() || to < from || count <= 0)
        return products;
    const Currency currency = settings::ShopSettings(m_database).currency();
    // Summed by variant first (one index search per order, then its lines), then the few thousand
    // variants folded into their products. Lines whose variant was deleted keep their own title.
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT coalesce(v.product_id, 0), coalesce(p.name, t.title), sum(t.units), sum(t.revenue) AS revenue "
        "FROM (SELECT l.variant_id AS variant_id, min(l.title) AS title, sum(l.quantity) AS units, "
        "sum(l.total_minor) AS revenue FROM orders o JOIN order_lines l ON l.order_id = o.id "
        "WHERE o.placed_at >= ? AND o.placed_at < ? AND o.status <> 'cancelled' AND o.currency = ? "
        "GROUP BY l.variant_id, CASE WHEN l.variant_id IS NULL THEN l.title END) t "
        "LEFT JOIN variants v ON v.id = t.variant_id LEFT JOIN products p ON p.id = v.product_id "
        "GROUP BY coalesce(v.product_id, 0), CASE WHEN v.product_id IS NULL THEN t.title END "
        "ORDER BY revenue DESC, 1 LIMIT ?"));
    query.addBindValue(startOfDay(from));
    query.addBindValue(startOfDay(to.addDays(1)));
    query.addBindValue(currency.code());
    query.addBindValue(count);
    if (!query.exec())
        return storage::sqlError(query, readError());
    while (query.next()) {
        ProductSales product;
        product.productId = query.value(0).toLongLong();
        product.name = query.value(1).toString();
        product.units = query.value(2).toLongLong();
        product.revenue = query.value(3).toLongLong();
        products << product;
    }
    if (query.lastError().isValid())
        return storage::sqlError(query, readError());
    return products;
}

} // namespace comptoir::reports
