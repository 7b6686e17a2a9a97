#include "inventory/StockCounts.h"

#include "inventory/StockLedger.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace comptoir::inventory {

using namespace comptoir::storage;

StockCounts::StockCounts(DatabasePtr database, qint64 locationId)
    : m_database(std::move(database))
    , m_locationId(locationId)
{ }

StockCounts::~StockCounts()
{
    end();
}

Status StockCounts::begin()
{
    const QSqlDatabase db = m_database->connection();
    if (auto created = execute(db,
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS stock_counts (variant_id INTEGER PRIMARY KEY, "
                           "counted INTEGER NOT NULL, before INTEGER NOT NULL DEFAULT 0, "
                           "reserved INTEGER NOT NULL DEFAULT 0)"));
        !created)
        return created;
    m_begun = true;
    return execute(db, QStringLiteral("DELETE FROM temp.stock_counts"));
}

void StockCounts::end()
{
    if (!m_begun)
        return;
    m_begun = false;
    execute(m_database->connection(), QStringLiteral("DROP TABLE IF EXISTS temp.stock_counts")).ok();
}

Status StockCounts::addFromQuery(const QString& select, const QVariantList& values)
{
    QSqlQuery query(m_database->connection());
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO temp.stock_counts (variant_id, counted) ") + select))
        return sqlError(query, QCoreApplication::translate("StockCounts", "The stock counts could not be read."));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("StockCounts", "The stock counts could not be read."));
    return {};
}

Status StockCounts::add(qint64 variantId, qint64 counted)
{
    return execute(m_database->connection(),
        QStringLiteral("INSERT OR REPLACE INTO temp.stock_counts (variant_id, counted) VALUES (?, ?)"),
        {variantId, counted});
}

Result<StockCounts::Outcome> StockCounts::apply(const QString& note, const QString& reference)
{
    const QSqlDatabase db = m_database->connection();
    const QString quantityField = QCoreApplication::translate("StockLedger", "Quantity");

    auto location = scalar(db, QStringLiteral("SELECT name FROM locations WHERE id = ?"), {m_locationId});
    if (!location)
        return location.error();
    if (!location->isValid())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("StockLedger", "This stock location does not exist."),
            QStringLiteral("location %1").arg(m_locationId));
    auto missing = scalar(db,
        QStringLiteral("SELECT c.variant_id FROM temp.stock_counts c LEFT JOIN variants v ON v.id = c.variant_id "
                       "WHERE v.id IS NULL LIMIT 1"));
    if (!missing)
        return missing.error();
    if (missing->isValid())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("StockLedger", "This product variant does not exist."),
            QStringLiteral("variant %1").arg(missing->toLongLong()));

    // What each variant has there now, read inside the caller's transaction.
    if (auto read = execute(db,
            QStringLiteral("UPDATE temp.stock_counts SET before = l.on_hand, reserved = l.reserved "
                           "FROM main.stock_levels AS l WHERE l.variant_id = stock_counts.variant_id "
                           "AND l.location_id = ?"),
            {m_locationId});
        !read)
        return read.error();

    // The same rules as StockLedger::count(), for every line at once.
    auto refused = run(db,
        QStringLiteral(
            "SELECT v.sku, c.counted, c.reserved FROM temp.stock_counts c JOIN variants v "
            "ON v.id = c.variant_id WHERE c.counted < 0 OR (c.counted < c.reserved AND c.counted < c.before) "
            "ORDER BY c.variant_id LIMIT 1"));
    if (!refused)
        return refused.error();
    if (refused->next()) {
        if (refused->value(1).toLongLong() < 0)
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("StockLedger", "A counted quantity cannot be negative."), quantityField,
                refused->value(0).toString());
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "StockCounts", "%1 of %2 at %3 are reserved for orders: the count cannot be below that.")
                .arg(refused->value(2).toLongLong())
                .arg(refused->value(0).toString(), location->toString()),
            quantityField);
    }

    const qint64 now = m_database->clock().nowSecs();
    auto movements = run(db,
        QStringLiteral("INSERT INTO stock_movements (variant_id, location_id, quantity, reason, note, reference, "
                       "user_name, created_at) SELECT variant_id, ?, counted - before, 'count', ?, ?, ?, ? "
                       "FROM temp.stock_counts WHERE counted <> before ORDER BY variant_id"),
        {m_locationId, text(note.trimmed()), text(reference), text(StockLedger::currentUser()), now});
    if (!movements)
        return movements.error();
    Outcome outcome;
    outcome.movements = movements->numRowsAffected();
    if (auto levels = execute(db,
            QStringLiteral("INSERT INTO stock_levels (variant_id, location_id, on_hand) SELECT variant_id, ?, counted "
                           "FROM temp.stock_counts WHERE counted <> before ORDER BY variant_id "
                           "ON CONFLICT (variant_id, location_id) DO UPDATE SET on_hand = excluded.on_hand"),
            {m_locationId});
        !levels)
        return levels.error();
    // The time of the change goes on the variant too: the stock-out triggers date their periods with it.
    if (auto totals = execute(db,
            QStringLiteral("UPDATE variants SET on_hand = on_hand + (c.counted - c.before), updated_at = ? "
                           "FROM temp.stock_counts AS c WHERE variants.id = c.variant_id AND c.counted <> c.before"),
            {now});
        !totals)
        return totals.error();
    auto total = scalar(db, QStringLiteral("SELECT count(*) FROM temp.stock_counts"));
    if (!total)
        return total.error();
    outcome.unchanged = total->toLongLong() - outcome.movements;
    return outcome;
}

} // namespace comptoir::inventory
