// After the sale: parcels and their carriers, returns, reviews, and the customers who come back.

#include "orders/Returns.h"
#include "reports/ReportQueries.h"
#include "reviews/Reviews.h"
#include "shipping/Carriers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace comptoir::reports::detail {

namespace {

// A share, left empty when there is nothing to share out.
QVariant shareOf(qint64 part, qint64 whole)
{
    return whole == 0 ? QVariant() : QVariant(percentOf(part, whole));
}

// An average in the column's decimals, left empty without anything to average.
QVariant averageCell(qint64 sum, qint64 count, int decimals)
{
    return count == 0 ? QVariant() : QVariant(averageOf(sum, count, decimals));
}

} // namespace

// ---- Carriers -------------------------------------------------------------------------------------

Result<ReportTable> carrierPerformance(const QueryContext& context)
{
    // Late as the Shipments page says it (shipping::problemOf): past the expected day while on its way,
    // judged today; a parcel delivered is late when delivered after that day. Lost and returned
    // parcels have their own columns.
    QVariantList values {context.today.toString(Qt::ISODate), startOfDay(context.parameters.from),
        startOfDay(context.parameters.to.addDays(1))};
    QString sql
        = QStringLiteral("SELECT s.carrier, s.service, count(*), sum(s.delivered_at IS NOT NULL), "
                         "sum(CASE WHEN s.delivered_at IS NOT NULL THEN max(s.delivered_at - s.shipped_at, 0) "
                         "ELSE 0 END), "
                         "sum(coalesce(s.expected_on, '') <> ''), "
                         "sum(coalesce(s.expected_on, '') <> '' AND CASE WHEN s.delivered_at IS NOT NULL "
                         "THEN date(s.delivered_at, 'unixepoch', 'localtime') > s.expected_on "
                         "ELSE s.state NOT IN ('lost', 'returned') AND s.expected_on < ? END), "
                         "sum(s.state = 'lost'), sum(s.damaged_at IS NOT NULL OR s.state = 'damaged'), "
                         "sum(s.state = 'returned') "
                         "FROM shipments s %1 WHERE s.shipped_at >= ? AND s.shipped_at < ? AND %2 GROUP BY 1, 2");
    // The parcels' own rows lead (there is no index on shipped_at: a year is read in one pass); the
    // orders are looked up by key only to filter a channel. Cancelled orders never count; the
    // currency does not matter for a parcel.
    if (context.parameters.channel.isEmpty()) {
        sql = sql.arg(
            QString(), QStringLiteral("s.order_id NOT IN (SELECT id FROM orders WHERE status = 'cancelled')"));
    } else {
        sql = sql.arg(QStringLiteral("CROSS JOIN orders o ON o.id = s.order_id"),
            QStringLiteral("o.status <> 'cancelled' AND o.channel = ?"));
        values << context.parameters.channel;
    }
    auto q = query(context.db, sql, values);
    if (!q)
        return q.error();

    auto carriers = shipping::Carriers(context.database).list();
    if (!carriers)
        return carriers.error();
    const auto carrierOf = [&](const QString& keyOrName) -> const shipping::Carrier* {
        for (const shipping::Carrier& carrier : std::as_const(*carriers)) {
            if (carrier.key == keyOrName || carrier.name.compare(keyOrName, Qt::CaseInsensitive) == 0)
                return &carrier;
        }
        return nullptr;
    };
    struct Row
    {
        QString carrier, service;
        qint64 parcels = 0, delivered = 0, transitSeconds = 0, expected = 0, late = 0, lost = 0, damaged = 0,
               returned = 0;
    };
    QMap<std::pair<QString, QString>, Row> rows; // by names: two keys of one carrier end up together
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString serviceKey = q->value(1).toString();
        Row found;
        if (const shipping::Carrier* carrier = carrierOf(key)) {
            found.carrier = carrier->name;
            const shipping::CarrierService* service = carrier->service(serviceKey);
            found.service = service ? service->name : serviceKey;
        } else {
            found.carrier = key.isEmpty() ? QCoreApplication::translate("Reports", "No carrier") : key;
            found.service = serviceKey;
        }
        Row& row = rows[{found.carrier, found.service}];
        row.carrier = found.carrier;
        row.service = found.service;
        row.parcels += q->value(2).toLongLong();
        row.delivered += q->value(3).toLongLong();
        row.transitSeconds += q->value(4).toLongLong();
        row.expected += q->value(5).toLongLong();
        row.late += q->value(6).toLongLong();
        row.lost += q->value(7).toLongLong();
        row.damaged += q->value(8).toLongLong();
        row.returned += q->value(9).toLongLong();
    }
    QList<Row> sorted(rows.cbegin(), rows.cend());
    std::sort(sorted.begin(), sorted.end(), [](const Row& a, const Row& b) {
        if (a.parcels != b.parcels)
            return a.parcels > b.parcels;
        return a.carrier != b.carrier ? a.carrier < b.carrier : a.service < b.service;
    });

    ReportTable table;
    table.columns = {column("carrier", QCoreApplication::translate("Reports", "Carrier"), ColumnKind::Text),
        column("service", QCoreApplication::translate("Reports", "Service"), ColumnKind::Text),
        column("parcels", QCoreApplication::translate("Reports", "Parcels"), ColumnKind::Count),
        column("delivered", QCoreApplication::translate("Reports", "Delivered"), ColumnKind::Count),
        column(
            "transit_days", QCoreApplication::translate("Reports", "Average transit (days)"), ColumnKind::Decimal, 1),
        column("late", QCoreApplication::translate("Reports", "Late"), ColumnKind::Percent),
        column("lost", QCoreApplication::translate("Reports", "Lost"), ColumnKind::Percent),
        column("damaged", QCoreApplication::translate("Reports", "Damaged"), ColumnKind::Percent),
        column("returned", QCoreApplication::translate("Reports", "Returned"), ColumnKind::Percent)};
    const auto transit = [](const Row& row) {
        return row.delivered == 0
            ? QVariant()
            : QVariant(qint64(roundedDivision(row.transitSeconds * 10, row.delivered * 86400, Rounding::HalfUp)));
    };
    const auto cells = [&](const Row& row) {
        return ReportRow {row.parcels, row.delivered, transit(row), shareOf(row.late, row.parcels),
            shareOf(row.lost, row.parcels), shareOf(row.damaged, row.parcels), shareOf(row.returned, row.parcels)};
    };
    Row sum;
    qint64 unexpected = 0;
    for (const Row& row : std::as_const(sorted)) {
        table.rows << (ReportRow {row.carrier, row.service} + cells(row));
        sum.parcels += row.parcels;
        sum.delivered += row.delivered;
        sum.transitSeconds += row.transitSeconds;
        sum.expected += row.expected;
        sum.late += row.late;
        sum.lost += row.lost;
        sum.damaged += row.damaged;
        sum.returned += row.returned;
        unexpected += row.parcels - row.expected;
    }
    table.totals = ReportRow {QVariant(), QVariant()} + cells(sum);
    table.chart = ReportChart {ReportChart::Kind::Bar, 0, {table.columnIndex(u"late"), table.columnIndex(u"lost")}, 15};
    table.notes << QCoreApplication::translate("Reports",
        "Parcels count on the day they were shipped. Transit is the time from shipping to delivery in calendar "
        "days (24 hours each, weekends and holidays included), over the parcels delivered.");
    table.notes << QCoreApplication::translate("Reports",
        "Late: delivered after the expected day, or still on its way (neither lost nor returned) with the "
        "expected day past, as the Shipments page says. Late, lost, damaged and returned are shares of every "
        "parcel.");
    if (unexpected > 0)
        table.notes << QCoreApplication::translate("Reports",
            "%n parcel(s) have no expected delivery day (no transit time for their carrier or service, or not "
            "computed yet) and are never counted late.",
            nullptr, countArgument(unexpected));
    return table;
}

// ---- Returns --------------------------------------------------------------------------------------

Result<ReportTable> returnsByProduct(const QueryContext& context)
{
    // Every line of the returns opened in the period, the return's refund shared out below.
    QVariantList values {
        startOfDay(context.parameters.from), startOfDay(context.parameters.to.addDays(1)), context.currency.code()};
    const QString sql
        = QStringLiteral("SELECT r.id, r.refund_minor, rl.quantity, rl.reason, rl.quantity * l.unit_price_minor, "
                         "l.variant_id, l.sku, l.title FROM returns r "
                         "JOIN return_lines rl ON rl.return_id = r.id JOIN order_lines l ON l.id = rl.order_line_id "
                         "JOIN orders o ON o.id = r.order_id "
                         "WHERE r.status IN ('open', 'received', 'closed') AND r.created_at >= ? AND r.created_at < ? "
                         "AND r.currency = ? AND %1 ORDER BY r.id, rl.id")
              .arg(countedOrders(context, values, false));
    auto q = query(context.db, sql, values);
    if (!q)
        return q.error();
    struct Line
    {
        qint64 returnId = 0, refund = 0, quantity = 0, value = 0, variantId = 0;
        QString reason, sku, title;
        qint64 refundShare = 0;
    };
    QList<Line> lines;
    while (q->next()) {
        if (lines.size() % 4096 == 0 && context.control.isCancelled())
            return cancelled();
        Line line;
        line.returnId = q->value(0).toLongLong();
        line.refund = q->value(1).toLongLong();
        line.quantity = q->value(2).toLongLong();
        line.reason = q->value(3).toString();
        line.value = q->value(4).toLongLong();
        line.variantId = q->value(5).toLongLong();
        line.sku = q->value(6).toString();
        line.title = q->value(7).toString();
        lines << line;
    }
    // A return's refund shared among its lines in proportion to the price of the units returned (by
    // units when they have no price), the cents left over going to the largest remainders, so that the
    // lines add up to the refund exactly.
    for (qsizetype first = 0; first < lines.size();) {
        qsizetype end = first;
        qint64 weights = 0;
        while (end < lines.size() && lines[end].returnId == lines[first].returnId)
            weights += std::max<qint64>(lines[end++].value, 0);
        const bool byUnits = weights == 0;
        if (byUnits) {
            for (qsizetype i = first; i < end; ++i)
                weights += lines[i].quantity;
        }
        const qint64 refund = lines[first].refund;
        qint64 given = 0;
        QList<std::pair<qint64, qsizetype>> remainders;
        for (qsizetype i = first; i < end; ++i) {
            const qint64 weight = byUnits ? lines[i].quantity : std::max<qint64>(lines[i].value, 0);
            lines[i].refundShare = weights > 0 ? refund * weight / weights : 0;
            given += lines[i].refundShare;
            remainders << std::pair {weights > 0 ? refund * weight % weights : 0, i};
        }
        std::stable_sort(
            remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (qsizetype k = 0; given < refund && k < remainders.size(); ++k, ++given)
            lines[remainders[k].second].refundShare += 1;
        first = end;
    }

    // Rows by product (the variant, or the SKU of a line outside the catalog) and reason.
    struct Row
    {
        QString productKey, sku, title, reason;
        qint64 variantId = 0, units = 0, refunds = 0;
        QSet<qint64> returns;
    };
    QHash<QString, Row> rows;
    QSet<qint64> allReturns;
    for (const Line& line : std::as_const(lines)) {
        const QString productKey
            = line.variantId > 0 ? QStringLiteral("v%1").arg(line.variantId) : QStringLiteral("s") + line.sku;
        Row& row = rows[productKey + QLatin1Char('|') + line.reason];
        row.productKey = productKey;
        row.variantId = line.variantId;
        row.sku = line.sku;
        row.title = line.title;
        row.reason = line.reason;
        row.units += line.quantity;
        row.refunds += line.refundShare;
        row.returns.insert(line.returnId);
        allReturns.insert(line.returnId);
    }
    if (context.control.isCancelled())
        return cancelled();

    const auto reasonLabel = [](const QString& key) {
        orders::ReturnReason reason;
        return orders::returnReasonFromKey(key, reason) ? orders::returnReasonLabel(reason) : key;
    };
    // Products with the most units back first, and within a product its most frequent reasons.
    QHash<QString, qint64> unitsOfProduct;
    for (const Row& row : std::as_const(rows))
        unitsOfProduct[row.productKey] += row.units;
    QList<Row> sorted(rows.cbegin(), rows.cend());
    std::sort(sorted.begin(), sorted.end(), [&](const Row& a, const Row& b) {
        const qint64 ua = unitsOfProduct.value(a.productKey);
        const qint64 ub = unitsOfProduct.value(b.productKey);
        if (ua != ub)
            return ua > ub;
        if (a.productKey != b.productKey)
            return a.sku != b.sku ? a.sku < b.sku : a.productKey < b.productKey;
        return a.units != b.units ? a.units > b.units : a.reason < b.reason;
    });
    if (context.parameters.limit > 0) {
        // The first `limit` products, with all their reasons.
        QSet<QString> kept;
        QList<Row> first;
        for (const Row& row : std::as_const(sorted)) {
            if (!kept.contains(row.productKey)) {
                if (kept.size() >= context.parameters.limit)
                    continue;
                kept.insert(row.productKey);
            }
            first << row;
        }
        sorted = first;
    }
    QSet<qint64> variants;
    QSet<QString> freeSkus;
    for (const Row& row : std::as_const(sorted)) {
        if (row.variantId > 0)
            variants.insert(row.variantId);
        else
            freeSkus.insert(row.sku);
    }
    // Units sold in the period of the products listed: the variants' own lines through their index.
    QHash<QString, qint64> sold;
    const auto readSold = [&](const QString& condition, const QJsonArray& keys, const QString& prefix) -> Status {
        QVariantList soldValues {QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))};
        auto s = query(context.db,
            QStringLiteral("SELECT %1, sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                           "WHERE %2 IN (SELECT value FROM json_each(?)) AND %3 GROUP BY 1")
                .arg(prefix == QLatin1String("v") ? QStringLiteral("l.variant_id") : QStringLiteral("l.sku"), condition,
                    countedOrders(context, soldValues)),
            soldValues);
        if (!s)
            return s.error();
        while (s->next())
            sold.insert(prefix + s->value(0).toString(), s->value(1).toLongLong());
        return {};
    };
    if (!variants.isEmpty()) {
        QJsonArray keys;
        for (qint64 id : std::as_const(variants))
            keys.append(id);
        if (auto read = readSold(QStringLiteral("l.variant_id"), keys, QStringLiteral("v")); !read)
            return read.error();
    }
    if (!freeSkus.isEmpty()) {
        // Rare: lines outside the catalog have no index but their order's.
        QJsonArray keys;
        for (const QString& sku : std::as_const(freeSkus))
            keys.append(sku);
        if (auto read = readSold(QStringLiteral("l.variant_id IS NULL AND l.sku"), keys, QStringLiteral("s")); !read)
            return read.error();
    }

    ReportTable table;
    table.columns = {column("sku", QCoreApplication::translate("Reports", "SKU"), ColumnKind::Text),
        column("product", QCoreApplication::translate("Reports", "Product"), ColumnKind::Text),
        column("reason", QCoreApplication::translate("Reports", "Reason"), ColumnKind::Text),
        column("units_returned", QCoreApplication::translate("Reports", "Units returned"), ColumnKind::Count),
        column("returns", QCoreApplication::translate("Reports", "Returns"), ColumnKind::Count),
        column("refunds", QCoreApplication::translate("Reports", "Refunds"), ColumnKind::Money),
        column("units_sold", QCoreApplication::translate("Reports", "Units sold"), ColumnKind::Count),
        column("return_rate", QCoreApplication::translate("Reports", "Return rate"), ColumnKind::Percent)};
    qint64 units = 0;
    qint64 refunds = 0;
    for (const Row& row : std::as_const(rows)) {
        units += row.units;
        refunds += row.refunds;
    }
    for (const Row& row : std::as_const(sorted)) {
        const auto soldUnits = sold.constFind(row.productKey);
        const qint64 soldCount = soldUnits == sold.cend() ? 0 : *soldUnits;
        table.rows << ReportRow {row.sku, row.title, reasonLabel(row.reason), row.units, qint64(row.returns.size()),
            row.refunds, soldCount, shareOf(row.units, soldCount)};
    }
    table.totals = ReportRow {
        QVariant(), QVariant(), QVariant(), units, qint64(allReturns.size()), refunds, QVariant(), QVariant()};
    table.chart = ReportChart {ReportChart::Kind::Bar, 1, {table.columnIndex(u"units_returned")}, 15};
    table.notes << QCoreApplication::translate("Reports",
        "Returns count on the day they were opened; cancelled returns are left out. A return's refund is shared "
        "among its lines in proportion to the price of the units returned.");
    table.notes << QCoreApplication::translate("Reports",
        "The return rate is the units returned for the reason over the units of the product sold in the period: "
        "a unit sold before the period and returned in it can take it above 100 %.");
    if (context.parameters.limit > 0)
        table.notes << QCoreApplication::translate(
            "Reports", "Only the products returned most are listed; the totals are those of every product.");
    return table;
}

// ---- Reviews --------------------------------------------------------------------------------------

namespace {

QString causeText(const QString& key)
{
    reviews::Cause cause;
    return reviews::causeFromKey(key, cause) ? reviews::causeLabel(cause) : key;
}

} // namespace

Result<ReportTable> reviewsByProduct(const QueryContext& context)
{
    const QVariantList period {startOfDay(context.parameters.from), startOfDay(context.parameters.to.addDays(1))};
    auto q = query(context.db,
        QStringLiteral("SELECT coalesce(r.product_id, 0), count(*), sum(r.rating), sum(r.rating <= 2), "
                       "sum(r.rating <= %1) FROM reviews r WHERE r.written_at >= ? AND r.written_at < ? GROUP BY 1")
            .arg(reviews::kUnhappyAtMost),
        period);
    if (!q)
        return q.error();
    struct Row
    {
        qint64 productId = 0, reviews = 0, ratings = 0, lowStars = 0, unhappy = 0;
        QString name, causeKey;
        qint64 causeCount = 0;
    };
    QHash<qint64, Row> rows;
    while (q->next()) {
        Row& row = rows[q->value(0).toLongLong()];
        row.productId = q->value(0).toLongLong();
        row.reviews = q->value(1).toLongLong();
        row.ratings = q->value(2).toLongLong();
        row.lowStars = q->value(3).toLongLong();
        row.unhappy = q->value(4).toLongLong();
    }
    if (context.control.isCancelled())
        return cancelled();
    // The causes that count, as on the Reviews page: suggested or confirmed, never rejected. Ties go
    // to the first cause by key, as there.
    auto c = query(context.db,
        QStringLiteral("SELECT coalesce(r.product_id, 0), c.cause, count(*) FROM review_causes c "
                       "JOIN reviews r ON r.id = c.review_id WHERE c.state <> 'rejected' AND c.written_at >= ? "
                       "AND c.written_at < ? GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2"),
        period);
    if (!c)
        return c.error();
    while (c->next()) {
        auto row = rows.find(c->value(0).toLongLong());
        if (row != rows.end() && row->causeKey.isEmpty()) {
            row->causeKey = c->value(1).toString();
            row->causeCount = c->value(2).toLongLong();
        }
    }
    Row sum;
    for (const Row& row : std::as_const(rows)) {
        sum.reviews += row.reviews;
        sum.ratings += row.ratings;
        sum.lowStars += row.lowStars;
        sum.unhappy += row.unhappy;
    }
    QList<Row> sorted(rows.cbegin(), rows.cend());
    const auto less = [](const Row& a, const Row& b) {
        if (a.reviews != b.reviews)
            return a.reviews > b.reviews;
        return a.productId < b.productId;
    };
    const int limit = context.parameters.limit;
    if (limit > 0 && sorted.size() > limit) {
        std::partial_sort(sorted.begin(), sorted.begin() + limit, sorted.end(), less);
        sorted.resize(limit);
    } else {
        std::sort(sorted.begin(), sorted.end(), less);
    }
    // Names of the products listed only.
    QJsonArray ids;
    for (const Row& row : std::as_const(sorted))
        ids.append(row.productId);
    auto names = query(context.db,
        QStringLiteral("SELECT id, name FROM products WHERE id IN (SELECT value FROM json_each(?))"),
        {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    if (!names)
        return names.error();
    QHash<qint64, QString> nameOf;
    while (names->next())
        nameOf.insert(names->value(0).toLongLong(), names->value(1).toString());

    ReportTable table;
    table.columns = {column("product", QCoreApplication::translate("Reports", "Product"), ColumnKind::Text),
        column("reviews", QCoreApplication::translate("Reports", "Reviews"), ColumnKind::Count),
        column("average_rating", QCoreApplication::translate("Reports", "Average rating"), ColumnKind::Decimal, 2),
        column("one_two_stars", QCoreApplication::translate("Reports", "1–2 stars"), ColumnKind::Count),
        column(
            "unhappy_share", QCoreApplication::translate("Reports", "Unhappy (3 stars or fewer)"), ColumnKind::Percent),
        column("main_cause", QCoreApplication::translate("Reports", "Main cause"), ColumnKind::Text)};
    for (const Row& row : std::as_const(sorted)) {
        const QString name = row.productId == 0 ? QCoreApplication::translate("Reports", "The shop itself")
                                                : nameOf.value(row.productId);
        const QString cause = row.causeKey.isEmpty()
            ? QString()
            : QStringLiteral("%1 (%2)").arg(causeText(row.causeKey), QLocale().toString(row.causeCount));
        table.rows << ReportRow {name, row.reviews, averageCell(row.ratings, row.reviews, 2), row.lowStars,
            shareOf(row.unhappy, row.reviews), cause};
    }
    table.totals = ReportRow {QVariant(), sum.reviews, averageCell(sum.ratings, sum.reviews, 2), sum.lowStars,
        shareOf(sum.unhappy, sum.reviews), QVariant()};
    table.chart = ReportChart {ReportChart::Kind::Bar, 0, {table.columnIndex(u"reviews")}, 15};
    table.notes << QCoreApplication::translate("Reports",
        "Reviews count on the day they were written. Unhappy reviews have 3 stars or fewer, as on the Reviews "
        "page; the main cause is the one most often suggested or confirmed (never a rejected one).");
    if (limit > 0)
        table.notes << QCoreApplication::translate(
            "Reports", "Only the products with the most reviews are listed; the totals are those of every review.");
    return table;
}

Result<ReportTable> reviewsByCause(const QueryContext& context)
{
    const QVariantList period {startOfDay(context.parameters.from), startOfDay(context.parameters.to.addDays(1))};
    auto total = query(context.db,
        QStringLiteral("SELECT count(*), (SELECT count(DISTINCT review_id) FROM review_causes WHERE state <> "
                       "'rejected' AND written_at >= ? AND written_at < ?) FROM reviews WHERE written_at >= ? "
                       "AND written_at < ?"),
        period + period);
    if (!total)
        return total.error();
    const qint64 reviewCount = total->next() ? total->value(0).toLongLong() : 0;
    const qint64 withCause = total->value(1).toLongLong();
    // The causes' own index, as the Reviews page's trends read it.
    auto q = query(context.db,
        QStringLiteral("SELECT cause, count(*), sum(rating) FROM review_causes WHERE state <> 'rejected' "
                       "AND written_at >= ? AND written_at < ? GROUP BY cause"),
        period);
    if (!q)
        return q.error();
    QHash<QString, std::pair<qint64, qint64>> byCause;
    while (q->next())
        byCause.insert(q->value(0).toString(), {q->value(1).toLongLong(), q->value(2).toLongLong()});
    ReportTable table;
    table.columns = {column("cause", QCoreApplication::translate("Reports", "Cause"), ColumnKind::Text),
        column("reviews", QCoreApplication::translate("Reports", "Reviews"), ColumnKind::Count),
        column("average_rating", QCoreApplication::translate("Reports", "Average rating"), ColumnKind::Decimal, 2),
        column("share", QCoreApplication::translate("Reports", "Share of all reviews"), ColumnKind::Percent)};
    for (reviews::Cause cause : reviews::causes()) {
        const auto figures = byCause.value(reviews::causeKey(cause));
        table.rows << ReportRow {reviews::causeLabel(cause), figures.first,
            averageCell(figures.second, figures.first, 2), shareOf(figures.first, reviewCount)};
    }
    table.totals = ReportRow {QVariant(), withCause, QVariant(), shareOf(withCause, reviewCount)};
    table.chart = ReportChart {ReportChart::Kind::Bar, 0, {table.columnIndex(u"reviews")}, 10};
    table.notes << QCoreApplication::translate("Reports",
        "Causes suggested from the reviews' words or confirmed by you count; rejected ones never do. A review "
        "can have several causes: the total counts each review once.");
    table.notes << QCoreApplication::translate(
        "Reports", "%n review(s) were written in the period.", nullptr, countArgument(reviewCount));
    return table;
}

// ---- Customers ------------------------------------------------------------------------------------

namespace {

// Who placed an order: its customer's id (an integer), or for a guest 'e' and the email in lower case
// (text). Orders with neither are nobody's.
QString customerKey(const QString& alias)
{
    return QStringLiteral("coalesce(%1.customer_id, 'e' || lower(%1.email))").arg(alias);
}

// The first order ever (not cancelled, any channel or currency) of the customer `key` of `alias`, or of
// the guest under the two ways of writing the email in `alias`.e1 and e2 (the first and last in
// alphabetical order). Through the orders' customer and email indexes, one customer at a time.
QString firstOrder(const QString& alias)
{
    return QStringLiteral("CASE WHEN typeof(%1.k) = 'integer' THEN (SELECT min(x.placed_at) FROM orders x "
                          "WHERE x.customer_id = %1.k AND x.status <> 'cancelled') "
                          "ELSE (SELECT min(x.placed_at) FROM orders x WHERE x.email IN (%1.e1, %1.e2) "
                          "AND x.customer_id IS NULL AND x.status <> 'cancelled') END")
        .arg(alias);
}

QString anonymousNote(const QueryContext& context)
{
    QVariantList values;
    auto q = query(context.db,
        QStringLiteral("SELECT count(*) FROM orders o WHERE %1 AND o.customer_id IS NULL AND o.email = ''")
            .arg(countedOrders(context, values)),
        values);
    if (!q || !q->next() || q->value(0).toLongLong() == 0)
        return {};
    const int count = countArgument(q->value(0).toLongLong()); // outside translate(): lupdate loops on "->" there
    return QCoreApplication::translate("Reports",
        "%n order(s) without a customer or an email (sales at the counter, for instance) are left out.", nullptr, count);
}

const char* const kWhoNote = QT_TRANSLATE_NOOP("Reports",
    "A customer is a customer record of the shop, or, for orders without one, an email address whatever "
    "its case.");

} // namespace

Result<ReportTable> customers(const QueryContext& context)
{
    const QList<Bucket> slices = buckets(context.parameters.from, context.parameters.to, context.parameters.grouping);
    QVariantList values;
    // p: each customer's orders in each slice; f: each customer's first order ever.
    const QString sql = QStringLiteral(
        "WITH %1, p AS MATERIALIZED (SELECT %2 AS k, b.i AS i, count(*) AS n, sum(o.total_minor) AS t, "
        "min(o.email) AS e1, max(o.email) AS e2 FROM b JOIN orders o ON o.placed_at >= b.s AND o.placed_at < b.e "
        "WHERE %3 AND (o.customer_id IS NOT NULL OR o.email <> '') GROUP BY 1, 2), "
        "f AS MATERIALIZED (SELECT c.k AS k, %4 AS first FROM (SELECT k, min(e1) AS e1, max(e2) AS e2 FROM p "
        "GROUP BY k) c) "
        "SELECT p.i, count(*), sum(f.first >= b.s), sum(p.n), sum(CASE WHEN f.first >= b.s THEN p.n ELSE 0 END), "
        "sum(p.t), sum(CASE WHEN f.first < b.s THEN p.t ELSE 0 END) "
        "FROM p JOIN f ON f.k = p.k JOIN b ON b.i = p.i GROUP BY p.i")
                            .arg(bucketsCte(slices), customerKey(QStringLiteral("o")),
                                countedOrders(context, values, false), firstOrder(QStringLiteral("c")));
    auto q = query(context.db, sql, values);
    if (!q)
        return q.error();
    struct Figures
    {
        qint64 customers = 0, newCustomers = 0, orders = 0, newOrders = 0, sales = 0, returningSales = 0;
    };
    QList<Figures> figures(slices.size());
    while (q->next()) {
        Figures& f = figures[q->value(0).toInt()];
        f.customers = q->value(1).toLongLong();
        f.newCustomers = q->value(2).toLongLong();
        f.orders = q->value(3).toLongLong();
        f.newOrders = q->value(4).toLongLong();
        f.sales = q->value(5).toLongLong();
        f.returningSales = q->value(6).toLongLong();
    }
    if (context.control.isCancelled())
        return cancelled();

    ReportTable table;
    table.columns = {column("period", QCoreApplication::translate("Reports", "Period"), ColumnKind::Text),
        column("customers", QCoreApplication::translate("Reports", "Customers"), ColumnKind::Count),
        column("new_customers", QCoreApplication::translate("Reports", "New customers"), ColumnKind::Count),
        column("returning_customers", QCoreApplication::translate("Reports", "Returning customers"), ColumnKind::Count),
        column("orders_new", QCoreApplication::translate("Reports", "Orders from new"), ColumnKind::Count),
        column("orders_returning", QCoreApplication::translate("Reports", "Orders from returning"), ColumnKind::Count),
        column("returning_sales_share", QCoreApplication::translate("Reports", "Sales from returning"),
            ColumnKind::Percent)};
    Figures sum;
    for (qsizetype i = 0; i < slices.size(); ++i) {
        const Figures& f = figures[i];
        table.rows << ReportRow {slices[i].label, f.customers, f.newCustomers, f.customers - f.newCustomers,
            f.newOrders, f.orders - f.newOrders, shareOf(f.returningSales, f.sales)};
        sum.orders += f.orders;
        sum.newOrders += f.newOrders;
        sum.sales += f.sales;
        sum.returningSales += f.returningSales;
    }
    // A customer of two buckets is one customer of the period; left empty rather than summed twice.
    table.totals = ReportRow {QVariant(), QVariant(), QVariant(), QVariant(), sum.newOrders, sum.orders - sum.newOrders,
        shareOf(sum.returningSales, sum.sales)};
    table.chart = ReportChart {ReportChart::Kind::Line, 0,
        {table.columnIndex(u"new_customers"), table.columnIndex(u"returning_customers")}, 0};
    table.notes << QCoreApplication::translate("Reports",
        "New customers placed their first order ever (cancelled ones aside, in any channel) in the period's "
        "slice; the others had ordered before. Sales are the orders' totals, shipping included and discounts "
        "taken off.");
    table.notes << QCoreApplication::translate("Reports", kWhoNote);
    if (const QString note = anonymousNote(context); !note.isEmpty())
        table.notes << note;
    if (const QString note = otherCurrencyNote(context); !note.isEmpty())
        table.notes << note;
    return table;
}

Result<ReportTable> topCustomers(const QueryContext& context)
{
    // Each customer's orders of the period less the refunds of returns received in it (on orders of any
    // day); the best first, with the totals of every customer alongside.
    QVariantList values {
        startOfDay(context.parameters.from), startOfDay(context.parameters.to.addDays(1)), context.currency.code()};
    const QString refunds = countedOrders(context, values, false);
    const QString counted = countedOrders(context, values);
    const int limit = context.parameters.limit;
    values << (limit > 0 ? limit : -1);
    auto q = query(context.db,
        QStringLiteral("WITH r AS (SELECT %1 AS k, sum(r.refund_minor) AS refund FROM returns r "
                       "JOIN orders o ON o.id = r.order_id WHERE r.status <> 'cancelled' AND r.received_at >= ? "
                       "AND r.received_at < ? AND r.currency = ? AND %2 GROUP BY 1), "
                       "c AS (SELECT %1 AS k, count(*) AS n, sum(o.total_minor) AS t, min(o.email) AS e1, "
                       "max(o.email) AS e2 FROM orders o WHERE %3 AND (o.customer_id IS NOT NULL OR o.email <> '') "
                       "GROUP BY 1) "
                       "SELECT c.k, c.n, c.t - coalesce(r.refund, 0) AS net, c.e1, c.e2, sum(c.n) OVER (), "
                       "sum(c.t - coalesce(r.refund, 0)) OVER () FROM c LEFT JOIN r ON r.k = c.k "
                       "ORDER BY net DESC, c.k LIMIT ?")
            .arg(customerKey(QStringLiteral("o")), refunds, counted),
        values);
    if (!q)
        return q.error();
    struct Row
    {
        QVariant key;
        QString e1, e2;
        qint64 orders = 0, net = 0;
        QString name, contact;
        QDate first, last;
    };
    QList<Row> sorted;
    qint64 sumOrders = 0;
    qint64 sumNet = 0;
    while (q->next()) {
        Row row;
        row.key = q->value(0);
        row.orders = q->value(1).toLongLong();
        row.net = q->value(2).toLongLong();
        row.e1 = q->value(3).toString();
        row.e2 = q->value(4).toString();
        sumOrders = q->value(5).toLongLong();
        sumNet = q->value(6).toLongLong();
        sorted << row;
    }
    // Names, emails and first and last orders of the customers listed only.
    for (Row& row : sorted) {
        if (context.control.isCancelled())
            return cancelled();
        QVariantList who;
        QString whoSql;
        if (row.key.typeId() != QMetaType::QString) {
            whoSql = QStringLiteral("SELECT trim(c.first_name || ' ' || c.last_name), c.email, "
                                    "(SELECT min(x.placed_at) FROM orders x WHERE x.customer_id = c.id AND x.status <> "
                                    "'cancelled'), (SELECT max(x.placed_at) FROM orders x WHERE x.customer_id = c.id "
                                    "AND x.status <> 'cancelled'), (SELECT x.customer_name FROM orders x WHERE "
                                    "x.customer_id = c.id ORDER BY x.placed_at DESC LIMIT 1) "
                                    "FROM customers c WHERE c.id = ?");
            who << row.key;
        } else {
            // The guest's orders under the ways of writing the email seen in the period, through the
            // email index.
            whoSql = QStringLiteral("SELECT (SELECT x.customer_name FROM orders x WHERE x.email IN (?, ?) "
                                    "ORDER BY x.placed_at DESC LIMIT 1), ?, min(x.placed_at), max(x.placed_at), NULL "
                                    "FROM orders x WHERE x.email IN (?, ?) AND x.customer_id IS NULL AND "
                                    "x.status <> 'cancelled'");
            who << row.e1 << row.e2 << row.key.toString().mid(1) << row.e1 << row.e2;
        }
        auto w = query(context.db, whoSql, who);
        if (!w)
            return w.error();
        if (w->next()) {
            row.name = w->value(0).toString();
            if (row.name.isEmpty())
                row.name = w->value(4).toString();
            row.contact = w->value(1).toString();
            if (!w->value(2).isNull())
                row.first = QDateTime::fromSecsSinceEpoch(w->value(2).toLongLong()).date();
            if (!w->value(3).isNull())
                row.last = QDateTime::fromSecsSinceEpoch(w->value(3).toLongLong()).date();
        }
    }

    ReportTable table;
    table.columns = {column("name", QCoreApplication::translate("Reports", "Name"), ColumnKind::Text),
        column("email", QCoreApplication::translate("Reports", "Email"), ColumnKind::Text),
        column("orders", QCoreApplication::translate("Reports", "Orders"), ColumnKind::Count),
        column("net_sales", QCoreApplication::translate("Reports", "Net sales"), ColumnKind::Money),
        column("first_order", QCoreApplication::translate("Reports", "First order"), ColumnKind::Date),
        column("last_order", QCoreApplication::translate("Reports", "Last order"), ColumnKind::Date)};
    for (const Row& row : std::as_const(sorted))
        table.rows << ReportRow {row.name, row.contact, row.orders, row.net,
            row.first.isValid() ? QVariant(row.first) : QVariant(),
            row.last.isValid() ? QVariant(row.last) : QVariant()};
    table.totals = ReportRow {QVariant(), QVariant(), sumOrders, sumNet, QVariant(), QVariant()};
    table.chart = ReportChart {ReportChart::Kind::Bar, 0, {table.columnIndex(u"net_sales")}, 15};
    table.notes << QCoreApplication::translate("Reports",
        "Net sales are the totals of the customer's orders of the period less the refunds of returns received in "
        "it. The first and last orders are the customer's first and latest ever, cancelled ones aside.");
    table.notes << QCoreApplication::translate("Reports", kWhoNote);
    if (limit > 0)
        table.notes << QCoreApplication::translate(
            "Reports", "Only the best customers are listed; the totals are those of every customer.");
    if (const QString note = anonymousNote(context); !note.isEmpty())
        table.notes << note;
    return table;
}

} // namespace comptoir::reports::detail
