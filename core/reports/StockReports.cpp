// Stock: what the shelves are worth, and what moved in and out.

#include "inventory/StockLedger.h"
#include "reports/ReportQueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace comptoir::reports::detail {

namespace {

// Category paths ("Clothes › Shirts") by id.
Result<QHash<qint64, QString>> categoryPaths(const QSqlDatabase& db)
{
    QHash<qint64, std::pair<qint64, QString>> categories;
    auto q = query(db, QStringLiteral("SELECT id, parent_id, name FROM categories"));
    if (!q)
        return q.error();
    while (q->next())
        categories.insert(q->value(0).toLongLong(), {q->value(1).toLongLong(), q->value(2).toString()});
    QHash<qint64, QString> paths;
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        QStringList names;
        qint64 id = it.key();
        for (int depth = 0; id > 0 && categories.contains(id) && depth < 16; ++depth) {
            names.prepend(categories[id].second);
            id = categories[id].first;
        }
        paths.insert(it.key(), names.join(QStringLiteral(" › ")));
    }
    return paths;
}

} // namespace

Result<ReportTable> stockValuation(const QueryContext& context)
{
    // The stock at the end of the last day: today's levels less what moved since.
    const qint64 end = startOfDay(context.parameters.to.addDays(1));
    const bool past = end <= QDateTime::currentSecsSinceEpoch();
    QVariantList values;
    QString levels
        = QStringLiteral("SELECT sl.variant_id, sl.location_id, sl.on_hand AS quantity FROM stock_levels sl");
    if (past) {
        levels
            = QStringLiteral("SELECT sl.variant_id, sl.location_id, sl.on_hand - coalesce(m.moved, 0) AS quantity "
                             "FROM stock_levels sl LEFT JOIN (SELECT variant_id, location_id, sum(quantity) AS moved "
                             "FROM stock_movements WHERE reason IN ('receipt', 'sale', 'return', 'adjustment', "
                             "'count', 'transfer', 'damage') AND created_at >= ? GROUP BY 1, 2) m "
                             "ON m.variant_id = sl.variant_id AND m.location_id = sl.location_id");
        values << end;
    }
    QString where = QStringLiteral("s.quantity <> 0");
    if (context.parameters.locationId > 0) {
        where += QStringLiteral(" AND s.location_id = ?");
        values << context.parameters.locationId;
    }
    const QString sql
        = QStringLiteral("SELECT s.location_id, coalesce(p.category_id, 0), "
                         "sum(CASE WHEN s.quantity > 0 THEN 1 ELSE 0 END), "
                         "sum(max(s.quantity, 0)), sum(max(s.quantity, 0) * v.cost_minor), "
                         "sum(max(s.quantity, 0) * v.price_minor), "
                         "sum(CASE WHEN s.quantity > 0 AND v.cost_minor = 0 THEN 1 ELSE 0 END), "
                         "sum(CASE WHEN s.quantity < 0 THEN 1 ELSE 0 END) "
                         "FROM (%1) s JOIN variants v ON v.id = s.variant_id JOIN products p ON p.id = v.product_id "
                         "WHERE %2 GROUP BY 1, 2")
              .arg(levels, where);
    auto q = query(context.db, sql, values);
    if (!q)
        return q.error();
    auto paths = categoryPaths(context.db);
    if (!paths)
        return paths.error();
    QHash<qint64, QString> locations;
    auto names = query(context.db, QStringLiteral("SELECT id, name FROM locations"));
    if (!names)
        return names.error();
    while (names->next())
        locations.insert(names->value(0).toLongLong(), names->value(1).toString());

    struct Row
    {
        QString location, category;
        qint64 variants = 0, units = 0, cost = 0, retail = 0;
    };
    QList<Row> rows;
    qint64 uncosted = 0;
    qint64 negative = 0;
    while (q->next()) {
        const qint64 category = q->value(1).toLongLong();
        uncosted += q->value(6).toLongLong();
        negative += q->value(7).toLongLong();
        if (q->value(3).toLongLong() == 0)
            continue;
        rows << Row {locations.value(q->value(0).toLongLong()),
            category == 0 ? QCoreApplication::translate("Reports", "No category") : paths->value(category),
            q->value(2).toLongLong(), q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong()};
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.location != b.location ? a.location < b.location : a.cost > b.cost;
    });
    Row sum;
    for (const Row& row : rows) {
        sum.variants += row.variants;
        sum.units += row.units;
        sum.cost += row.cost;
        sum.retail += row.retail;
    }
    ReportTable table;
    table.columns = {column("location", QCoreApplication::translate("Reports", "Location"), ColumnKind::Text),
        column("category", QCoreApplication::translate("Reports", "Category"), ColumnKind::Text),
        column("variants", QCoreApplication::translate("Reports", "Variants in stock"), ColumnKind::Count),
        column("units", QCoreApplication::translate("Reports", "Units"), ColumnKind::Count),
        column("value_at_cost", QCoreApplication::translate("Reports", "Value at cost"), ColumnKind::Money),
        column("retail_value", QCoreApplication::translate("Reports", "Retail value"), ColumnKind::Money),
        column("share", QCoreApplication::translate("Reports", "Share of value"), ColumnKind::Percent)};
    for (const Row& row : std::as_const(rows))
        table.rows << ReportRow {
            row.location, row.category, row.variants, row.units, row.cost, row.retail, percentOf(row.cost, sum.cost)};
    table.totals
        = ReportRow {QVariant(), QVariant(), sum.variants, sum.units, sum.cost, sum.retail, sum.cost ? 10000 : 0};
    table.chart = ReportChart {ReportChart::Kind::Bar, 1, {table.columnIndex(u"value_at_cost")}, 15};
    table.subtitle = QCoreApplication::translate("Reports", "Stock at the end of %1")
                         .arg(QLocale().toString(context.parameters.to, QLocale::ShortFormat));
    table.notes << QCoreApplication::translate("Reports",
        "Valued at today's cost prices; the retail value is at "
        "today's selling prices, taxes included.");
    if (uncosted > 0)
        table.notes << QCoreApplication::translate("Reports",
            "%n variant(s) in stock have no cost price and count for "
            "nothing in the value at cost.",
            nullptr, int(std::min<qint64>(uncosted, 2000000000)));
    if (negative > 0)
        table.notes << QCoreApplication::translate("Reports",
            "%n stock level(s) below zero are left out: count them "
            "to put the ledger right.",
            nullptr, int(std::min<qint64>(negative, 2000000000)));
    return table;
}

Result<ReportTable> stockMovements(const QueryContext& context)
{
    QVariantList values {startOfDay(context.parameters.from), startOfDay(context.parameters.to.addDays(1))};
    QString sql
        = QStringLiteral("SELECT m.reason, count(*), sum(CASE WHEN m.quantity > 0 THEN m.quantity ELSE 0 END), "
                         "sum(CASE WHEN m.quantity < 0 THEN -m.quantity ELSE 0 END), sum(m.quantity * v.cost_minor) "
                         "FROM stock_movements m JOIN variants v ON v.id = m.variant_id "
                         "WHERE m.reason IN ('receipt', 'sale', 'return', 'adjustment', 'count', 'transfer', 'damage') "
                         "AND m.created_at >= ? AND m.created_at < ?");
    if (context.parameters.locationId > 0) {
        sql += QStringLiteral(" AND m.location_id = ?");
        values << context.parameters.locationId;
    }
    sql += QStringLiteral(" GROUP BY m.reason");
    auto q = query(context.db, sql, values);
    if (!q)
        return q.error();
    struct Figures
    {
        qint64 count = 0, in = 0, out = 0, value = 0;
    };
    QHash<QString, Figures> byReason;
    while (q->next())
        byReason.insert(q->value(0).toString(),
            Figures {q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong(),
                q->value(4).toLongLong()});
    ReportTable table;
    table.columns = {column("reason", QCoreApplication::translate("Reports", "Reason"), ColumnKind::Text),
        column("movements", QCoreApplication::translate("Reports", "Movements"), ColumnKind::Count),
        column("units_in", QCoreApplication::translate("Reports", "Units in"), ColumnKind::Count),
        column("units_out", QCoreApplication::translate("Reports", "Units out"), ColumnKind::Count),
        column("net_units", QCoreApplication::translate("Reports", "Net units"), ColumnKind::Count),
        column("value_at_cost", QCoreApplication::translate("Reports", "Net value at cost"), ColumnKind::Money)};
    Figures sum;
    for (inventory::MovementReason reason : inventory::allReasons()) {
        const Figures f = byReason.value(inventory::reasonKey(reason));
        table.rows << ReportRow {inventory::reasonLabel(reason), f.count, f.in, f.out, f.in - f.out, f.value};
        sum.count += f.count;
        sum.in += f.in;
        sum.out += f.out;
        sum.value += f.value;
    }
    table.totals = ReportRow {QVariant(), sum.count, sum.in, sum.out, sum.in - sum.out, sum.value};
    table.chart = ReportChart {
        ReportChart::Kind::Bar, 0, {table.columnIndex(u"units_in"), table.columnIndex(u"units_out")}, 10};
    table.notes << QCoreApplication::translate("Reports",
        "Valued at today's cost prices. A transfer moves units "
        "out of one location and into another.");
    return table;
}

} // namespace comptoir::reports::detail
