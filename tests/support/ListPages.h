#pragma once

#include "storage/Database.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Reads a keyset list (VariantList, OrderList…) page after page to its end and returns the ids.
template <typename List> QList<qint64> allPages(List& list, int pageSize)
{
    QList<qint64> ids;
    QVariantList cursor;
    for (;;) {
        auto page = list.fetch(pageSize, cursor);
        if (!page)
            qFatal("%s", qPrintable(page.error().toString()));
        for (const auto& row : *page)
            ids << row.id;
        if (page->size() < pageSize)
            return ids;
    }
}

// The ids a plain SQL query returns, in its order: what a list must match.
inline QList<qint64> idsOf(const comptoir::storage::DatabasePtr& database, const QString& sql)
{
    QList<qint64> ids;
    QSqlQuery query(database->connection());
    if (!query.exec(sql))
        qFatal("%s", qPrintable(sql));
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}
