#include "orders/PickList.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace comptoir::orders {

using namespace comptoir::storage;

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Natural order: runs of digits compare as numbers, other characters one by one ignoring case.
int compareNatural(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isAsciiDigit(a[i]) && isAsciiDigit(b[j])) {
            while (i < a.size() - 1 && a[i] == u'0' && isAsciiDigit(a[i + 1]))
                ++i;
            while (j < b.size() - 1 && b[j] == u'0' && isAsciiDigit(b[j + 1]))
                ++j;
            qsizetype endA = i, endB = j;
            while (endA < a.size() && isAsciiDigit(a[endA]))
                ++endA;
            while (endB < b.size() && isAsciiDigit(b[endB]))
                ++endB;
            if (endA - i != endB - j)
                return endA - i < endB - j ? -1 : 1;
            for (; i < endA; ++i, ++j)
                if (a[i] != b[j])
                    return a[i] < b[j] ? -1 : 1;
            continue;
        }
        const QChar x = a[i].toCaseFolded();
        const QChar y = b[j].toCaseFolded();
        if (x != y)
            return x < y ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b); // "A-02" and "a-2" are equal as read: any fixed order will do
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString idList(const QList<qint64>& ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return list.join(QLatin1Char(','));
}

Result<QSqlQuery> runWith(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, QCoreApplication::translate("PickList", "The pick list could not be read."));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("PickList", "The pick list could not be read."));
    return query;
}

QVariantList statusKeys(const QList<OrderStatus>& statuses)
{
    QVariantList keys;
    for (OrderStatus status : statuses)
        keys << statusKey(status);
    return keys;
}

} // namespace

bool PickList::binLessThan(const QString& left, const QString& right)
{
    const QString a = left.trimmed();
    const QString b = right.trimmed();
    if (a.isEmpty() || b.isEmpty())
        return !a.isEmpty() && b.isEmpty();
    return compareNatural(a, b) < 0;
}

qint64 PickList::itemCount() const
{
    qint64 count = 0;
    for (const auto* list : {&m_rows, &m_customItems})
        for (const PickRow& row : *list)
            count += row.quantity;
    return count;
}

Result<PickList> PickList::forOrders(const DatabasePtr& database, const QList<qint64>& orderIds)
{
    if (orderIds.isEmpty())
        return PickList();
    // Ids are numbers, never user text: inlined, so a batch of any size is one statement.
    return read(database, QStringLiteral("o.id IN (%1)").arg(idList(orderIds)), {});
}

Result<PickList> PickList::forStatuses(const DatabasePtr& database, const QList<OrderStatus>& statuses)
{
    if (statuses.isEmpty())
        return PickList();
    return read(database, QStringLiteral("o.status IN (%1)").arg(placeholders(statuses.size())), statusKeys(statuses));
}

Result<QList<qint64>> PickList::ordersInStatuses(const DatabasePtr& database, const QList<OrderStatus>& statuses)
{
    QList<qint64> ids;
    if (statuses.isEmpty())
        return ids;
    auto query = runWith(database->connection(),
        QStringLiteral("SELECT id FROM orders WHERE status IN (%1) ORDER BY placed_at, id")
            .arg(placeholders(statuses.size())),
        statusKeys(statuses));
    if (!query)
        return query.error();
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

Result<PickList> PickList::read(const DatabasePtr& database, const QString& condition, const QVariantList& values)
{
    const QSqlDatabase db = database->connection();
    // One row per variant (or custom title) and order: the orders' shares come out of the grouping.
    auto query = runWith(db,
        QStringLiteral("SELECT coalesce(l.variant_id, 0), coalesce(v.bin_location, ''), coalesce(v.sku, min(l.sku)), "
                       "coalesce(v.title, l.title), coalesce(v.barcode, ''), coalesce(v.on_hand, 0), o.id, o.number, "
                       "sum(l.quantity) "
                       "FROM orders o JOIN order_lines l ON l.order_id = o.id "
                       "LEFT JOIN variants v ON v.id = l.variant_id "
                       "WHERE %1 "
                       "GROUP BY o.id, l.variant_id, CASE WHEN l.variant_id IS NULL THEN l.title END "
                       "ORDER BY o.placed_at, o.id")
            .arg(condition),
        values);
    if (!query)
        return query.error();

    PickList list;
    QHash<qint64, qsizetype> rowOf; // variant id → index in m_rows
    QHash<QString, qsizetype> customOf; // title → index in m_customItems
    QHash<qint64, qsizetype> orderOf; // order id → index in m_orders
    while (query->next()) {
        const qint64 variantId = query->value(0).toLongLong();
        const QString title = query->value(3).toString();
        const qint64 quantity = query->value(8).toLongLong();
        PickOrder share {query->value(6).toLongLong(), query->value(7).toString(), quantity};

        QList<PickRow>& rows = variantId != 0 ? list.m_rows : list.m_customItems;
        const qsizetype index = variantId != 0 ? rowOf.value(variantId, -1) : customOf.value(title, -1);
        if (index < 0) {
            PickRow row;
            row.variantId = variantId;
            row.bin = query->value(1).toString().trimmed();
            row.sku = query->value(2).toString();
            row.title = title;
            row.barcode = query->value(4).toString();
            row.onHand = query->value(5).toLongLong();
            if (variantId != 0)
                rowOf.insert(variantId, rows.size());
            else
                customOf.insert(title, rows.size());
            rows << row;
        }
        PickRow& row = rows[index < 0 ? rows.size() - 1 : index];
        row.quantity += quantity;
        row.orders << share;

        if (auto order = orderOf.constFind(share.orderId); order != orderOf.cend()) {
            list.m_orders[*order].quantity += quantity;
        } else {
            orderOf.insert(share.orderId, list.m_orders.size());
            list.m_orders << share;
        }
    }

    if (!list.m_rows.isEmpty()) {
        QList<qint64> variantIds;
        variantIds.reserve(list.m_rows.size());
        for (const PickRow& row : std::as_const(list.m_rows))
            variantIds << row.variantId;
        auto stock = runWith(db,
            QStringLiteral("SELECT s.variant_id, loc.name, s.on_hand FROM stock_levels s "
                           "JOIN locations loc ON loc.id = s.location_id "
                           "WHERE s.variant_id IN (%1) AND s.on_hand <> 0 ORDER BY loc.id")
                .arg(idList(variantIds)),
            {});
        if (!stock)
            return stock.error();
        while (stock->next())
            list.m_rows[rowOf.value(stock->value(0).toLongLong())].stock
                << PickStock {stock->value(1).toString(), stock->value(2).toLongLong()};
    }

    std::sort(list.m_rows.begin(), list.m_rows.end(), [](const PickRow& a, const PickRow& b) {
        if (a.bin != b.bin)
            return binLessThan(a.bin, b.bin);
        if (const int sku = compareNatural(a.sku, b.sku); sku != 0)
            return sku < 0;
        return a.variantId < b.variantId;
    });
    std::sort(list.m_customItems.begin(), list.m_customItems.end(), [](const PickRow& a, const PickRow& b) {
        if (const int title = QString::localeAwareCompare(a.title, b.title); title != 0)
            return title < 0;
        return a.title < b.title;
    });
    return list;
}

} // namespace comptoir::orders
