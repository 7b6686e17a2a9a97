// Sales, margin and VAT: what the orders of a period brought in.

#include "orders/OrderStatus.h"
#include "reports/ReportQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace comptoir::reports::detail {

namespace {

// Refunds of returns received in the period, of the orders the report counts.
QString refundsSql(
    const QueryContext& context, QVariantList& values, const QString& extraSelect = {}, const QString& groupBy = {})
{
    QString sql = QStringLiteral("SELECT %1 sum(r.refund_minor) FROM returns r JOIN orders o ON o.id = r.order_id "
                                 "WHERE r.status <> 'cancelled' AND r.received_at >= ? AND r.received_at < ? "
                                 "AND r.currency = ? AND ")
                      .arg(extraSelect);
    values << startOfDay(context.parameters.from) << startOfDay(context.parameters.to.addDays(1))
           << context.currency.code();
    sql += countedOrders(context, values, false);
    if (!groupBy.isEmpty())
        sql += QStringLiteral(" GROUP BY ") + groupBy;
    return sql;
}

// Sales of one product line (a SKU) or one category, summed over the period.
struct LineSales
{
    QString key;
    QString title;
    qint64 quantity = 0;
    qint64 sales = 0; // taxes included
    qint64 net = 0; // without VAT
    qint64 cost = 0;
    qint64 uncostedUnits = 0;
};

// Keeps the `limit` first rows by `order` (all of them when limit is 0).
template <typename Less> void keepFirst(QList<LineSales>& rows, int limit, Less less)
{
    if (limit > 0 && rows.size() > limit) {
        std::partial_sort(rows.begin(), rows.begin() + limit, rows.end(), less);
        rows.resize(limit);
    } else {
        std::sort(rows.begin(), rows.end(), less);
    }
}

} // namespace

Result<ReportTable> salesByPeriod(const QueryContext& context)
{
    const QList<Bucket> slices = buckets(context.parameters.from, context.parameters.to, context.parameters.grouping);
    QVariantList values;
    const QString sql
        = QStringLiteral("WITH %1 SELECT b.i, count(*), sum(o.item_count), sum(o.subtotal_minor), "
                         "sum(o.discount_minor), sum(o.shipping_minor), sum(o.tax_minor), sum(o.total_minor) "
                         "FROM b JOIN orders o ON o.placed_at >= b.s AND o.placed_at < b.e WHERE %2 GROUP BY b.i")
              .arg(bucketsCte(slices), countedOrders(context, values, false));
    auto q = query(context.db, sql, values);
    if (!q)
        return q.error();
    struct Figures
    {
        qint64 orders = 0, items = 0, gross = 0, discounts = 0, shipping = 0, vat = 0, total = 0, refunds = 0;
    };
    QList<Figures> figures(slices.size());
    while (q->next()) {
        Figures& f = figures[q->value(0).toInt()];
        f.orders = q->value(1).toLongLong();
        f.items = q->value(2).toLongLong();
        f.gross = q->value(3).toLongLong();
        f.discounts = q->value(4).toLongLong();
        f.shipping = q->value(5).toLongLong();
        f.vat = q->value(6).toLongLong();
        f.total = q->value(7).toLongLong();
    }
    if (context.control.isCancelled())
        return cancelled();
    values.clear();
    auto refunds = query(context.db,
        QStringLiteral("WITH %1 ").arg(bucketsCte(slices))
            + refundsSql(context, values,
                QStringLiteral("(SELECT b.i FROM b WHERE r.received_at >= b.s "
                               "AND r.received_at < b.e),"),
                QStringLiteral("1")),
        values);
    if (!refunds)
        return refunds.error();
    while (refunds->next()) {
        if (!refunds->value(0).isNull())
            figures[refunds->value(0).toInt()].refunds = refunds->value(1).toLongLong();
    }

    ReportTable table;
    table.columns = {column("period", QCoreApplication::translate("Reports", "Period"), ColumnKind::Text),
        column("orders", QCoreApplication::translate("Reports", "Orders"), ColumnKind::Count),
        column("items", QCoreApplication::translate("Reports", "Items"), ColumnKind::Count),
        column("gross_sales", QCoreApplication::translate("Reports", "Gross sales"), ColumnKind::Money),
        column("discounts", QCoreApplication::translate("Reports", "Discounts"), ColumnKind::Money),
        column("shipping", QCoreApplication::translate("Reports", "Shipping"), ColumnKind::Money),
        column("refunds", QCoreApplication::translate("Reports", "Refunds"), ColumnKind::Money),
        column("net_sales", QCoreApplication::translate("Reports", "Net sales"), ColumnKind::Money),
        column("vat", QCoreApplication::translate("Reports", "VAT"), ColumnKind::Money),
        column("average_order", QCoreApplication::translate("Reports", "Average order"), ColumnKind::Money)};
    Figures sum;
    for (qsizetype i = 0; i < slices.size(); ++i) {
        const Figures& f = figures[i];
        table.rows << ReportRow {slices[i].label, f.orders, f.items, f.gross, -f.discounts, f.shipping, -f.refunds,
            f.total - f.refunds, f.vat, f.orders ? averageOf(f.total, f.orders, 0) : QVariant()};
        sum.orders += f.orders;
        sum.items += f.items;
        sum.gross += f.gross;
        sum.discounts += f.discounts;
        sum.shipping += f.shipping;
        sum.refunds += f.refunds;
        sum.total += f.total;
        sum.vat += f.vat;
    }
    table.totals = ReportRow {QVariant(), sum.orders, sum.items, sum.gross, -sum.discounts, sum.shipping, -sum.refunds,
        sum.total - sum.refunds, sum.vat, sum.orders ? averageOf(sum.total, sum.orders, 0) : QVariant()};
    table.chart = ReportChart {ReportChart::Kind::Line, 0, {table.columnIndex(u"net_sales")}, 0};
    table.notes << QCoreApplication::translate("Reports",
        "Gross sales are the items sold, taxes included; net sales add shipping and take off "
        "discounts and refunds. Refunds count on the day the return was received.");
    if (const QString note = otherCurrencyNote(context); !note.isEmpty())
        table.notes << note;
    return table;
}

namespace {

// Every line sold in the period, summed by `key` (an SQL expression over l, v and p).
Result<QList<LineSales>> lineSales(const QueryContext& context, const QString& key, const QString& title)
{
    QVariantList values;
    const QString sql
        = QStringLiteral("SELECT %1, %2, sum(l.quantity), sum(l.total_minor), sum(l.total_minor - %3), "
                         "sum(l.quantity * coalesce(v.cost_minor, 0)), "
                         "sum(CASE WHEN coalesce(v.cost_minor, 0) = 0 THEN l.quantity ELSE 0 END) "
                         "FROM orders o JOIN order_lines l ON l.order_id = o.id "
                         "LEFT JOIN variants v ON v.id = l.variant_id LEFT JOIN products p ON p.id = v.product_id "
                         "WHERE %4 GROUP BY 1")
              .arg(key, title, vatInside(QStringLiteral("l.total_minor"), QStringLiteral("l.vat_rate_bp")),
                  countedOrders(context, values));
    auto q = query(context.db, sql, values);
    if (!q)
        return q.error();
    QList<LineSales> rows;
    while (q->next()) {
        if (rows.size() % 4096 == 0 && context.control.isCancelled())
            return cancelled();
        LineSales row;
        row.key = q->value(0).toString();
        row.title = q->value(1).toString();
        row.quantity = q->value(2).toLongLong();
        row.sales = q->value(3).toLongLong();
        row.net = q->value(4).toLongLong();
        row.cost = q->value(5).toLongLong();
        row.uncostedUnits = q->value(6).toLongLong();
        rows << row;
    }
    return rows;
}

LineSales sumOf(const QList<LineSales>& rows)
{
    LineSales sum;
    for (const LineSales& row : rows) {
        sum.quantity += row.quantity;
        sum.sales += row.sales;
        sum.net += row.net;
        sum.cost += row.cost;
        sum.uncostedUnits += row.uncostedUnits;
    }
    return sum;
}

} // namespace

Result<ReportTable> salesByProduct(const QueryContext& context)
{
    auto rows = lineSales(context, QStringLiteral("l.sku"), QStringLiteral("max(l.title)"));
    if (!rows)
        return rows.error();
    const LineSales sum = sumOf(*rows);
    keepFirst(*rows, context.parameters.limit,
        [](const LineSales& a, const LineSales& b) { return a.sales != b.sales ? a.sales > b.sales : a.key < b.key; });
    ReportTable table;
    table.columns = {column("sku", QCoreApplication::translate("Reports", "SKU"), ColumnKind::Text),
        column("product", QCoreApplication::translate("Reports", "Product"), ColumnKind::Text),
        column("quantity", QCoreApplication::translate("Reports", "Quantity"), ColumnKind::Count),
        column("sales", QCoreApplication::translate("Reports", "Sales"), ColumnKind::Money),
        column("sales_without_vat", QCoreApplication::translate("Reports", "Sales without VAT"), ColumnKind::Money),
        column("share", QCoreApplication::translate("Reports", "Share"), ColumnKind::Percent)};
    for (const LineSales& row : std::as_const(*rows))
        table.rows << ReportRow {row.key, row.title, row.quantity, row.sales, row.net, percentOf(row.sales, sum.sales)};
    table.totals = ReportRow {QVariant(), QVariant(), sum.quantity, sum.sales, sum.net, sum.sales ? 10000 : 0};
    table.chart = ReportChart {ReportChart::Kind::Bar, 1, {table.columnIndex(u"sales")}, 15};
    if (context.parameters.limit > 0)
        table.notes << QCoreApplication::translate(
            "Reports", "Only the best sellers are listed; the totals are those of every product.");
    table.notes << QCoreApplication::translate(
        "Reports", "Sales are those of the items, taxes included, before the order's discounts and shipping.");
    return table;
}

Result<ReportTable> salesByCategory(const QueryContext& context)
{
    // -1: lines outside the catalog; 0: products without a category.
    auto rows = lineSales(context,
        QStringLiteral("CASE WHEN l.variant_id IS NULL THEN -1 ELSE coalesce(p.category_id, 0) END"),
        QStringLiteral("''"));
    if (!rows)
        return rows.error();
    QHash<qint64, std::pair<qint64, QString>> categories; // id → parent, name
    auto q = query(context.db, QStringLiteral("SELECT id, parent_id, name FROM categories"));
    if (!q)
        return q.error();
    while (q->next())
        categories.insert(q->value(0).toLongLong(), {q->value(1).toLongLong(), q->value(2).toString()});
    const auto path = [&](qint64 id) {
        if (id == -1)
            return QCoreApplication::translate("Reports", "Not in the catalog");
        if (id == 0)
            return QCoreApplication::translate("Reports", "No category");
        QStringList names;
        for (int depth = 0; id > 0 && categories.contains(id) && depth < 16; ++depth) {
            names.prepend(categories[id].second);
            id = categories[id].first;
        }
        return names.join(QStringLiteral(" › "));
    };
    for (LineSales& row : *rows)
        row.title = path(row.key.toLongLong());
    const LineSales sum = sumOf(*rows);
    keepFirst(*rows, 0, [](const LineSales& a, const LineSales& b) {
        return a.sales != b.sales ? a.sales > b.sales : a.title < b.title;
    });
    ReportTable table;
    table.columns = {column("category", QCoreApplication::translate("Reports", "Category"), ColumnKind::Text),
        column("quantity", QCoreApplication::translate("Reports", "Quantity"), ColumnKind::Count),
        column("sales", QCoreApplication::translate("Reports", "Sales"), ColumnKind::Money),
        column("sales_without_vat", QCoreApplication::translate("Reports", "Sales without VAT"), ColumnKind::Money),
        column("share", QCoreApplication::translate("Reports", "Share"), ColumnKind::Percent)};
    for (const LineSales& row : std::as_const(*rows))
        table.rows << ReportRow {row.title, row.quantity, row.sales, row.net, percentOf(row.sales, sum.sales)};
    table.totals = ReportRow {QVariant(), sum.quantity, sum.sales, sum.net, sum.sales ? 10000 : 0};
    table.chart = ReportChart {ReportChart::Kind::Pie, 0, {table.columnIndex(u"sales")}, 10};
    table.notes << QCoreApplication::translate(
        "Reports", "Sales are those of the items, taxes included, before the order's discounts and shipping.");
    return table;
}

Result<ReportTable> salesByChannel(const QueryContext& context)
{
    QueryContext every = context;
    every.parameters.channel.clear();
    QVariantList values;
    auto q = query(context.db,
        QStringLiteral("SELECT o.channel, count(*), sum(o.item_count), sum(o.total_minor) FROM orders o "
                       "WHERE %1 GROUP BY o.channel")
            .arg(countedOrders(every, values)),
        values);
    if (!q)
        return q.error();
    struct Figures
    {
        qint64 orders = 0, items = 0, total = 0, refunds = 0;
    };
    QHash<QString, Figures> byChannel;
    while (q->next()) {
        Figures& f = byChannel[q->value(0).toString()];
        f.orders = q->value(1).toLongLong();
        f.items = q->value(2).toLongLong();
        f.total = q->value(3).toLongLong();
    }
    values.clear();
    auto refunds
        = query(context.db, refundsSql(every, values, QStringLiteral("o.channel,"), QStringLiteral("1")), values);
    if (!refunds)
        return refunds.error();
    while (refunds->next())
        byChannel[refunds->value(0).toString()].refunds = refunds->value(1).toLongLong();

    ReportTable table;
    table.columns = {column("channel", QCoreApplication::translate("Reports", "Channel"), ColumnKind::Text),
        column("orders", QCoreApplication::translate("Reports", "Orders"), ColumnKind::Count),
        column("items", QCoreApplication::translate("Reports", "Items"), ColumnKind::Count),
        column("net_sales", QCoreApplication::translate("Reports", "Net sales"), ColumnKind::Money),
        column("share", QCoreApplication::translate("Reports", "Share"), ColumnKind::Percent),
        column("average_order", QCoreApplication::translate("Reports", "Average order"), ColumnKind::Money)};
    Figures sum;
    for (const Figures& f : std::as_const(byChannel)) {
        sum.orders += f.orders;
        sum.items += f.items;
        sum.total += f.total;
        sum.refunds += f.refunds;
    }
    const qint64 net = sum.total - sum.refunds;
    for (orders::Channel channel :
        {orders::Channel::Website, orders::Channel::Counter, orders::Channel::Marketplace, orders::Channel::Phone}) {
        const Figures f = byChannel.value(orders::channelKey(channel));
        table.rows << ReportRow {orders::channelLabel(channel), f.orders, f.items, f.total - f.refunds,
            percentOf(f.total - f.refunds, net), f.orders ? averageOf(f.total, f.orders, 0) : QVariant()};
    }
    table.totals = ReportRow {QVariant(), sum.orders, sum.items, net, net ? 10000 : 0,
        sum.orders ? averageOf(sum.total, sum.orders, 0) : QVariant()};
    table.chart = ReportChart {ReportChart::Kind::Pie, 0, {table.columnIndex(u"net_sales")}, 4};
    table.notes << QCoreApplication::translate("Reports",
        "Net sales are the orders' totals (shipping included, discounts taken off) less the refunds "
        "of returns received in the period.");
    return table;
}

Result<ReportTable> grossMargin(const QueryContext& context)
{
    auto rows = lineSales(context, QStringLiteral("l.sku"), QStringLiteral("max(l.title)"));
    if (!rows)
        return rows.error();
    const LineSales sum = sumOf(*rows);
    keepFirst(*rows, context.parameters.limit, [](const LineSales& a, const LineSales& b) {
        const qint64 ma = a.net - a.cost;
        const qint64 mb = b.net - b.cost;
        return ma != mb ? ma > mb : a.key < b.key;
    });
    ReportTable table;
    table.columns = {column("sku", QCoreApplication::translate("Reports", "SKU"), ColumnKind::Text),
        column("product", QCoreApplication::translate("Reports", "Product"), ColumnKind::Text),
        column("quantity", QCoreApplication::translate("Reports", "Quantity"), ColumnKind::Count),
        column("sales_without_vat", QCoreApplication::translate("Reports", "Sales without VAT"), ColumnKind::Money),
        column("cost", QCoreApplication::translate("Reports", "Cost"), ColumnKind::Money),
        column("margin", QCoreApplication::translate("Reports", "Margin"), ColumnKind::Money),
        column("margin_rate", QCoreApplication::translate("Reports", "Margin rate"), ColumnKind::Percent)};
    for (const LineSales& row : std::as_const(*rows))
        table.rows << ReportRow {row.key, row.title, row.quantity, row.net, row.cost, row.net - row.cost,
            percentOf(row.net - row.cost, row.net)};
    table.totals = ReportRow {QVariant(), QVariant(), sum.quantity, sum.net, sum.cost, sum.net - sum.cost,
        percentOf(sum.net - sum.cost, sum.net)};
    table.chart = ReportChart {ReportChart::Kind::Bar, 1, {table.columnIndex(u"margin")}, 15};
    table.notes << QCoreApplication::translate("Reports",
        "Costs are today's cost prices of the products; the order's discounts and shipping are not "
        "in the products' margins.");
    if (sum.uncostedUnits > 0)
        table.notes << QCoreApplication::translate("Reports",
            "%n unit(s) sold have no cost price: their margin is their whole price.", nullptr,
            int(std::min<qint64>(sum.uncostedUnits, 2000000000)));
    if (context.parameters.limit > 0)
        table.notes << QCoreApplication::translate(
            "Reports", "Only the products with the largest margins are listed; the totals are those of every product.");
    return table;
}

Result<ReportTable> vat(const QueryContext& context)
{
    QVariantList values;
    const QString counted = countedOrders(context, values);
    const QString lines = context.parameters.vatPerOrder
        ? QStringLiteral("SELECT country, rate, sum(amount), sum(%1) FROM (SELECT o.ship_country AS country, "
                         "l.vat_rate_bp AS rate, sum(l.total_minor) AS amount FROM orders o JOIN order_lines l "
                         "ON l.order_id = o.id WHERE %2 GROUP BY o.id, l.vat_rate_bp) GROUP BY 1, 2")
              .arg(vatInside(QStringLiteral("amount"), QStringLiteral("rate")), counted)
        : QStringLiteral("SELECT o.ship_country, l.vat_rate_bp, sum(l.total_minor), sum(%1) FROM orders o "
                         "JOIN order_lines l ON l.order_id = o.id WHERE %2 GROUP BY 1, 2")
              .arg(vatInside(QStringLiteral("l.total_minor"), QStringLiteral("l.vat_rate_bp")), counted);
    struct Figures
    {
        qint64 gross = 0, vat = 0;
    };
    QMap<std::pair<QString, int>, Figures> byRate;
    auto q = query(context.db, lines, values);
    if (!q)
        return q.error();
    while (q->next()) {
        Figures& f = byRate[{q->value(0).toString(), q->value(1).toInt()}];
        f.gross += q->value(2).toLongLong();
        f.vat += q->value(3).toLongLong();
    }
    if (context.control.isCancelled())
        return cancelled();
    // Shipping is taxed at the standard rate, as on the orders.
    values.clear();
    auto shipping = query(context.db,
        QStringLiteral("SELECT o.ship_country, sum(o.shipping_minor), sum(%1) FROM orders o "
                       "WHERE %2 AND o.shipping_minor <> 0 GROUP BY 1")
            .arg(vatInside(QStringLiteral("o.shipping_minor"), QStringLiteral("2000")), countedOrders(context, values)),
        values);
    if (!shipping)
        return shipping.error();
    while (shipping->next()) {
        Figures& f = byRate[{shipping->value(0).toString(), 2000}];
        f.gross += shipping->value(1).toLongLong();
        f.vat += shipping->value(2).toLongLong();
    }

    ReportTable table;
    table.columns = {column("country", QCoreApplication::translate("Reports", "Country"), ColumnKind::Text),
        column("rate", QCoreApplication::translate("Reports", "VAT rate"), ColumnKind::Percent),
        column("sales_without_vat", QCoreApplication::translate("Reports", "Sales without VAT"), ColumnKind::Money),
        column("vat", QCoreApplication::translate("Reports", "VAT"), ColumnKind::Money),
        column("sales", QCoreApplication::translate("Reports", "Sales with VAT"), ColumnKind::Money)};
    Figures sum;
    for (auto it = byRate.cbegin(); it != byRate.cend(); ++it) {
        table.rows << ReportRow {it.key().first, qint64(it.key().second), it->gross - it->vat, it->vat, it->gross};
        sum.gross += it->gross;
        sum.vat += it->vat;
    }
    table.totals = ReportRow {QVariant(), QVariant(), sum.gross - sum.vat, sum.vat, sum.gross};
    table.chart = ReportChart {ReportChart::Kind::Bar, 0, {table.columnIndex(u"vat")}, 20};
    table.notes << QCoreApplication::translate("Reports",
        "By delivery country and rate; shipping is taxed at 20 %. Discounts and refunds are not taken "
        "off here: declare them as the orders' credit notes do.");
    if (const QString note = otherCurrencyNote(context); !note.isEmpty())
        table.notes << note;
    return table;
}

} // namespace comptoir::reports::detail
