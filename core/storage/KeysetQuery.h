#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace comptoir::storage {

// Builds and runs "the next page" of a sorted, filtered list without OFFSET: rows come after the
// last one already shown, by comparing (sort columns…, id) as a row value, so page 5,000 costs
// the same as page 1 when an index covers the sort columns.
class KeysetQuery final
{
public:
    struct Spec
    {
        QString select; // "v.id, v.sku, …": the first column must be the unique id
        QString from; // "variants v"
        QStringList conditions; // ANDed, with '?' placeholders
        QVariantList conditionValues;
        QStringList sortColumns; // e.g. {"v.title"}; the id column is appended as the tie-breaker
        QString idColumn; // "v.id"
        bool descending = false;
        // The conditions select few rows (e.g. today's orders to prepare): find them through their
        // own index and sort them, rather than walk the sort index past every other row.
        bool selectiveConditions = false;
    };

    // `after` holds the previous page's last (sort values…, id); empty for the first page.
    static Result<QList<QVariantList>> fetch(
        const QSqlDatabase& db, const Spec& spec, const QVariantList& after, int limit);
    static QString sql(const Spec& spec, bool hasCursor, int limit);
    // How many rows the list holds with its conditions (for "1,234 orders").
    static Result<qint64> count(const QSqlDatabase& db, const Spec& spec);
    // The cursor to pass as `after` to continue after `row` (a row returned by fetch()).
    static QVariantList cursorAfter(const Spec& spec, const QVariantList& row)
    {
        QVariantList cursor = row.mid(row.size() - spec.sortColumns.size());
        cursor.append(row.value(0));
        return cursor;
    }
};

} // namespace comptoir::storage
