#include "orders/OrderList.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir::orders {

using storage::KeysetQuery;

OrderList::OrderList(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

KeysetQuery::Spec OrderList::spec() const
{
    KeysetQuery::Spec spec;
    spec.select = QStringLiteral("o.id, o.number, o.placed_at, o.customer_name, o.status, o.channel, o.item_count, "
                                 "o.total_minor, o.currency, o.ship_country, o.short_items");
    spec.from = QStringLiteral("orders o");
    spec.idColumn = QStringLiteral("o.id");
    spec.descending = m_order == Qt::DescendingOrder;
    switch (m_sort) {
    case Sort::Number:
        break; // numbers are given in order, so the id is the sort key
    case Sort::Date:
        spec.sortColumns = {QStringLiteral("o.placed_at")};
        break;
    case Sort::Customer:
        spec.sortColumns = {QStringLiteral("o.customer_name")};
        break;
    case Sort::Status:
        spec.sortColumns = {QStringLiteral("o.status"), QStringLiteral("o.placed_at")};
        break;
    case Sort::Items:
        spec.sortColumns = {QStringLiteral("o.item_count")};
        break;
    case Sort::Channel:
        spec.sortColumns = {QStringLiteral("o.channel"), QStringLiteral("o.placed_at")};
        break;
    case Sort::Total:
        spec.sortColumns = {QStringLiteral("o.total_minor")};
        break;
    }
    switch (m_statusFilter) {
    case StatusFilter::All:
        break;
    case StatusFilter::ToPrepare:
        spec.conditions << QStringLiteral("o.status IN ('paid', 'preparing')");
        spec.selectiveConditions = true; // a day or two of orders, among millions
        break;
    case StatusFilter::ReadyToShip:
        spec.conditions << QStringLiteral("o.status = 'packed'");
        spec.selectiveConditions = true;
        break;
    case StatusFilter::OnHold:
        spec.conditions << QStringLiteral("o.status = 'on_hold'");
        break;
    case StatusFilter::Problem:
        spec.conditions << QStringLiteral("o.short_items > 0");
        spec.selectiveConditions = true;
        break;
    case StatusFilter::Shipped:
        spec.conditions << QStringLiteral("o.status IN ('shipped', 'delivered')");
        break;
    }
    if (m_channel) {
        spec.conditions << QStringLiteral("o.channel = ?");
        spec.conditionValues << channelKey(*m_channel);
    }
    if (m_from.isValid()) {
        spec.conditions << QStringLiteral("o.placed_at >= ?");
        spec.conditionValues << QDateTime(m_from, QTime(0, 0)).toSecsSinceEpoch();
    }
    if (m_to.isValid()) {
        spec.conditions << QStringLiteral("o.placed_at < ?");
        spec.conditionValues << QDateTime(m_to.addDays(1), QTime(0, 0)).toSecsSinceEpoch();
    }
    if (!m_text.isEmpty()) {
        // Prefix ranges on indexed columns; '\uffff' closes the range after every continuation.
        spec.conditions << QStringLiteral(
            "(o.number >= ? AND o.number < ? OR o.number >= ? AND o.number < ? "
            "OR o.customer_name >= ? AND o.customer_name < ? OR o.email >= ? AND o.email < ? "
            "OR o.id IN (SELECT s.order_id FROM shipments s WHERE s.tracking_number >= ? AND "
            "s.tracking_number < ?))");
        QString text = m_text;
        const QString number = text.startsWith(QLatin1Char('#')) ? text : QLatin1Char('#') + text;
        for (const QString& prefix : {number, text, text, text.toLower(), text.toUpper()})
            spec.conditionValues << prefix << QString(prefix + QChar(0xFFFF));
    }
    return spec;
}

Result<QList<OrderListRow>> OrderList::fetch(int limit, QVariantList& cursor) const
{
    const auto listSpec = spec();
    auto rows = KeysetQuery::fetch(m_database->connection(), listSpec, cursor, limit);
    if (!rows)
        return rows.error();
    QList<OrderListRow> list;
    list.reserve(rows->size());
    for (const QVariantList& row : *rows) {
        OrderListRow item;
        item.id = row[0].toLongLong();
        item.number = row[1].toString();
        item.placedAt = QDateTime::fromSecsSinceEpoch(row[2].toLongLong(), QTimeZone::utc());
        item.customer = row[3].toString();
        statusFromKey(row[4].toString(), item.status);
        channelFromKey(row[5].toString(), item.channel);
        item.itemCount = row[6].toInt();
        item.total = Money(row[7].toLongLong(), Currency::fromCode(row[8].toString()));
        item.shipCountry = row[9].toString();
        item.shortItems = row[10].toLongLong();
        list.append(std::move(item));
    }
    if (!rows->isEmpty())
        cursor = KeysetQuery::cursorAfter(listSpec, rows->last());
    return list;
}

Result<qint64> OrderList::count() const
{
    return KeysetQuery::count(m_database->connection(), spec());
}

} // namespace comptoir::orders
