#include "catalog/VariantList.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace comptoir::catalog {

using storage::KeysetQuery;

VariantList::VariantList(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

KeysetQuery::Spec VariantList::spec() const
{
    KeysetQuery::Spec spec;
    spec.select = QStringLiteral("v.id, v.sku, v.title, v.price_minor, v.currency, v.on_hand, v.reserved, "
                                 "v.supplier_name, v.barcode, v.bin_location, v.product_id");
    spec.from = QStringLiteral("variants v");
    spec.idColumn = QStringLiteral("v.id");
    spec.descending = m_order == Qt::DescendingOrder;
    switch (m_sort) {
    case Sort::Sku:
        spec.sortColumns = {QStringLiteral("v.sku")};
        break;
    case Sort::Title:
        spec.sortColumns = {QStringLiteral("v.title")};
        break;
    case Sort::Price:
        spec.sortColumns = {QStringLiteral("v.price_minor")};
        break;
    case Sort::Stock:
        spec.sortColumns = {QStringLiteral("v.on_hand")};
        break;
    case Sort::Supplier:
        spec.sortColumns = {QStringLiteral("v.supplier_name")};
        break;
    }
    const QString match = m_database->dialect().fullTextQuery(m_filter);
    if (!match.isEmpty() && m_broadMatch) {
        // Walk the search index in its own order and stop after a page: instant for any prefix.
        spec.from = m_database->dialect().variantSearchFrom();
        spec.conditions << m_database->dialect().variantSearchMatch();
        spec.conditionValues << match;
        spec.sortColumns.clear();
        spec.idColumn = m_database->dialect().variantSearchOrderColumn();
        spec.descending = false;
    } else if (!match.isEmpty()) {
        // Few matches: gather them through the index and sort them.
        spec.conditions << m_database->dialect().variantSearchCondition(QStringLiteral("v.id"));
        spec.conditionValues << match;
        spec.selectiveConditions = true;
    }
    return spec;
}

Result<QList<VariantListRow>> VariantList::fetch(int limit, QVariantList& cursor)
{
    if (cursor.isEmpty()) {
        m_broadMatch = false;
        const QString match = m_database->dialect().fullTextQuery(m_filter);
        if (!match.isEmpty()) {
            auto matches = storage::scalar(
                m_database->connection(), m_database->dialect().variantSearchCountCapped(m_sortableMatches), {match});
            if (!matches)
                return matches.error();
            m_broadMatch = matches->toLongLong() >= m_sortableMatches;
        }
    }
    const auto listSpec = spec();
    auto rows = KeysetQuery::fetch(m_database->connection(), listSpec, cursor, limit);
    if (!rows)
        return rows.error();
    QList<VariantListRow> list;
    list.reserve(rows->size());
    for (const QVariantList& row : *rows) {
        VariantListRow item;
        item.id = row[0].toLongLong();
        item.sku = row[1].toString();
        item.title = row[2].toString();
        item.price = Money(row[3].toLongLong(), Currency::fromCode(row[4].toString()));
        item.onHand = row[5].toLongLong();
        item.reserved = row[6].toLongLong();
        item.supplier = row[7].toString();
        item.barcode = row[8].toString();
        item.binLocation = row[9].toString();
        item.productId = row[10].toLongLong();
        list.append(std::move(item));
    }
    if (!rows->isEmpty())
        cursor = KeysetQuery::cursorAfter(listSpec, rows->last());
    return list;
}

Result<qint64> VariantList::count() const
{
    return KeysetQuery::count(m_database->connection(), spec());
}

} // namespace comptoir::catalog
