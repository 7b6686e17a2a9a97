#include "inventory/StockTakes.h"

#include "inventory/StockLedger.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace comptoir::inventory {

using namespace comptoir::storage;

namespace {

QString takeNumber(qint64 id)
{
    return QStringLiteral("ST-%1").arg(id, 6, 10, QLatin1Char('0'));
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

Error invalid(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

Error cancelled()
{
    return Error(Error::Code::Cancelled, QCoreApplication::translate("StockTakes", "Cancelled: nothing was changed."));
}

// The stock now at the take's location, next to each line.
constexpr auto kLinesFrom = "stock_take_lines l JOIN stock_takes t ON t.id = l.stock_take_id "
                            "JOIN variants v ON v.id = l.variant_id "
                            "LEFT JOIN stock_levels s ON s.variant_id = l.variant_id AND s.location_id = t.location_id";

} // namespace

StockTakes::StockTakes(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<qint64> StockTakes::start(const StockTakeScope& scope, const QString& note, JobControl& control)
{
    const auto db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto location = scalar(db, QStringLiteral("SELECT name FROM locations WHERE id = ?"), {scope.locationId});
    if (!location)
        return location.error();
    if (!location->isValid())
        return invalid(QCoreApplication::translate("StockTakes", "Choose the location to count."),
            QCoreApplication::translate("StockTakes", "Location"));

    QStringList conditions {QStringLiteral("(v.archived = 0 OR coalesce(s.on_hand, 0) <> 0)")};
    QVariantList values {scope.locationId};
    QStringList described;
    if (scope.categoryId != 0) {
        auto category = scalar(db, QStringLiteral("SELECT name FROM categories WHERE id = ?"), {scope.categoryId});
        if (!category)
            return category.error();
        if (!category->isValid())
            return invalid(QCoreApplication::translate("StockTakes", "This category does not exist."),
                QCoreApplication::translate("StockTakes", "Category"));
        conditions << QStringLiteral("p.category_id = ?");
        values << scope.categoryId;
        described << QCoreApplication::translate("StockTakes", "category %1").arg(category->toString());
    }
    const QString binFrom = scope.binFrom.trimmed();
    const QString binTo = scope.binTo.trimmed();
    if (!binFrom.isEmpty() && !binTo.isEmpty() && QString::compare(binFrom, binTo, Qt::CaseInsensitive) > 0)
        return invalid(QCoreApplication::translate("StockTakes", "The first bin comes after the last one."),
            QCoreApplication::translate("StockTakes", "Bins"));
    if (!binFrom.isEmpty()) {
        conditions << QStringLiteral("v.bin_location >= ? COLLATE NOCASE");
        values << binFrom;
    }
    if (!binTo.isEmpty()) {
        conditions << QStringLiteral("v.bin_location <= ? COLLATE NOCASE");
        values << binTo;
    }
    if (!binFrom.isEmpty() || !binTo.isEmpty())
        described << QCoreApplication::translate("StockTakes", "bins %1 to %2")
                         .arg(binFrom.isEmpty() ? QStringLiteral("…") : binFrom,
                             binTo.isEmpty() ? QStringLiteral("…") : binTo);
    const QString scopeText = described.isEmpty() ? QCoreApplication::translate("StockTakes", "Everything")
                                                  : described.join(QStringLiteral(", "));

    const qint64 now = m_database->clock().nowSecs();
    auto inserted = run(db,
        QStringLiteral("INSERT INTO stock_takes (location_id, scope, status, note, created_at, updated_at) "
                       "VALUES (?, ?, 'counting', ?, ?, ?)"),
        {scope.locationId, scopeText, text(note.trimmed()), now, now});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (!control.progress(0, 1, QCoreApplication::translate("StockTakes", "Listing what to count")))
        return cancelled();

    QSqlQuery lines(db);
    lines.prepare(QStringLiteral("INSERT INTO stock_take_lines (stock_take_id, variant_id, expected) "
                                 "SELECT %1, v.id, coalesce(s.on_hand, 0) FROM variants v "
                                 "JOIN products p ON p.id = v.product_id "
                                 "LEFT JOIN stock_levels s ON s.variant_id = v.id AND s.location_id = ? WHERE ")
                      .arg(id)
        + conditions.join(QStringLiteral(" AND ")));
    for (const auto& value : values)
        lines.addBindValue(value);
    if (!lines.exec())
        return sqlError(lines, QCoreApplication::translate("StockTakes", "Could not start the stock take."));
    if (!control.progress(1, 1, {}))
        return cancelled();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<StockTakeSummary>> StockTakes::list(bool openOnly) const
{
    auto ids = run(m_database->connection(),
        QStringLiteral("SELECT id FROM stock_takes %1 ORDER BY created_at DESC, id DESC LIMIT 200")
            .arg(openOnly ? QStringLiteral("WHERE status = 'counting'") : QString()));
    if (!ids)
        return ids.error();
    QList<qint64> found;
    while (ids->next())
        found << ids->value(0).toLongLong();
    QList<StockTakeSummary> takes;
    for (qint64 id : found) {
        auto take = summary(id);
        if (!take)
            return take.error();
        takes << *take;
    }
    return takes;
}

Result<StockTakeSummary> StockTakes::summary(qint64 id) const
{
    const auto db = m_database->connection();
    auto query = run(db,
        QStringLiteral("SELECT t.location_id, l.name, t.scope, t.status, t.note, t.created_at, t.closed_at "
                       "FROM stock_takes t JOIN locations l ON l.id = t.location_id WHERE t.id = ?"),
        {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("StockTakes", "This stock take does not exist."), takeNumber(id));
    StockTakeSummary take;
    take.id = id;
    take.locationId = query->value(0).toLongLong();
    take.location = query->value(1).toString();
    take.scope = query->value(2).toString();
    const QString status = query->value(3).toString();
    take.status = status == QLatin1String("applied") ? StockTakeStatus::Applied
        : status == QLatin1String("cancelled")       ? StockTakeStatus::Cancelled
                                                     : StockTakeStatus::Counting;
    take.note = query->value(4).toString();
    take.createdAt = timeFrom(query->value(5));
    take.closedAt = timeFrom(query->value(6));

    // Applied takes compare with the stock as it was when counted: their variances are history.
    const QString current = take.status == StockTakeStatus::Counting ? QStringLiteral("coalesce(s.on_hand, 0)")
                                                                     : QStringLiteral("l.expected");
    auto totals = run(db,
        QStringLiteral("SELECT count(*), count(l.counted), "
                       "coalesce(sum(l.counted IS NOT NULL AND l.counted <> %1), 0), "
                       "coalesce(sum(CASE WHEN l.counted > %1 THEN l.counted - %1 ELSE 0 END), 0), "
                       "coalesce(sum(CASE WHEN l.counted < %1 THEN %1 - l.counted ELSE 0 END), 0), "
                       "coalesce(sum(CASE WHEN l.counted IS NOT NULL THEN (l.counted - %1) * v.cost_minor END), 0) "
                       "FROM %2 WHERE l.stock_take_id = ?")
            .arg(current, QLatin1String(kLinesFrom)),
        {id});
    if (!totals)
        return totals.error();
    if (totals->next()) {
        take.lines = totals->value(0).toLongLong();
        take.counted = totals->value(1).toLongLong();
        take.linesWithVariance = totals->value(2).toLongLong();
        take.unitsOver = totals->value(3).toLongLong();
        take.unitsShort = totals->value(4).toLongLong();
        take.varianceValue = Money(totals->value(5).toLongLong(), settings::ShopSettings(m_database).currency());
    }
    return take;
}

KeysetQuery::Spec StockTakes::linesSpec(qint64 id, Filter filter) const
{
    KeysetQuery::Spec spec;
    spec.select = QStringLiteral("l.variant_id, v.sku, v.title, v.barcode, v.bin_location, l.expected, "
                                 "coalesce(s.on_hand, 0), l.counted, v.cost_minor, v.bin_location, v.sku");
    spec.from = QLatin1String(kLinesFrom);
    spec.idColumn = QStringLiteral("l.variant_id");
    spec.sortColumns = {QStringLiteral("v.bin_location"), QStringLiteral("v.sku")};
    spec.conditions << QStringLiteral("l.stock_take_id = ?");
    spec.conditionValues << id;
    if (filter == Filter::NotCounted)
        spec.conditions << QStringLiteral("l.counted IS NULL");
    else if (filter == Filter::Variances)
        spec.conditions << QStringLiteral("l.counted IS NOT NULL AND l.counted <> coalesce(s.on_hand, 0)");
    spec.selectiveConditions = true;
    return spec;
}

StockTakeLine StockTakes::lineFrom(const QVariantList& row, const Currency& currency)
{
    StockTakeLine line;
    line.variantId = row.value(0).toLongLong();
    line.sku = row.value(1).toString();
    line.title = row.value(2).toString();
    line.barcode = row.value(3).toString();
    line.bin = row.value(4).toString();
    line.expected = row.value(5).toLongLong();
    line.current = row.value(6).toLongLong();
    if (!row.value(7).isNull())
        line.counted = row.value(7).toLongLong();
    line.cost = Money(row.value(8).toLongLong(), currency);
    return line;
}

Result<StockTakeLine> StockTakes::line(qint64 id, qint64 variantId) const
{
    KeysetQuery::Spec spec = linesSpec(id, Filter::All);
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT %1 FROM %2 WHERE l.stock_take_id = ? AND l.variant_id = ?").arg(spec.select, spec.from),
        {id, variantId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("StockTakes", "This product is not part of the stock take."));
    QVariantList row;
    for (int i = 0; i < 11; ++i)
        row << query->value(i);
    return lineFrom(row, settings::ShopSettings(m_database).currency());
}

Result<qint64> StockTakes::openTake(const QSqlDatabase& db, qint64 id) const
{
    // One row, not the take's totals: every scan asks this.
    auto query = run(db, QStringLiteral("SELECT location_id, status FROM stock_takes WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("StockTakes", "This stock take does not exist."), takeNumber(id));
    if (query->value(1).toString() != QLatin1String("counting"))
        return invalid(QCoreApplication::translate("StockTakes", "%1 is closed: start a new stock take to count again.")
                           .arg(takeNumber(id)));
    return query->value(0).toLongLong();
}

Status StockTakes::setCounted(qint64 id, qint64 variantId, std::optional<qint64> counted)
{
    if (counted && *counted < 0)
        return invalid(QCoreApplication::translate("StockTakes", "A counted quantity cannot be negative."),
            QCoreApplication::translate("StockTakes", "Counted"));
    const auto db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto take = openTake(db, id); !take)
        return take.error();
    const qint64 now = m_database->clock().nowSecs();
    auto updated = run(db,
        QStringLiteral(
            "UPDATE stock_take_lines SET counted = ?, counted_at = ? WHERE stock_take_id = ? AND variant_id = ?"),
        {counted ? QVariant(*counted) : QVariant(QMetaType::fromType<qint64>()),
            counted ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()), id, variantId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("StockTakes", "This product is not part of the stock take."));
    if (auto touched = execute(db, QStringLiteral("UPDATE stock_takes SET updated_at = ? WHERE id = ?"), {now, id});
        !touched)
        return touched;
    return transaction.commit();
}

Result<StockTakeLine> StockTakes::addScan(qint64 id, const QString& code, qint64 quantity)
{
    const QString wanted = code.trimmed();
    if (wanted.isEmpty() || quantity <= 0)
        return invalid(QCoreApplication::translate("StockTakes", "Scan a barcode or type a SKU."));
    const auto db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto location = openTake(db, id);
    if (!location)
        return location.error();
    // A line of this take first (two variants may share a barcode), then any variant.
    auto variant = scalar(db,
        QStringLiteral("SELECT v.id FROM variants v LEFT JOIN stock_take_lines l ON l.variant_id = v.id "
                       "AND l.stock_take_id = ? WHERE v.barcode = ? OR v.sku = ? "
                       "ORDER BY l.variant_id IS NULL, v.barcode = ? DESC, v.id LIMIT 1"),
        {id, wanted, wanted, wanted});
    if (!variant)
        return variant.error();
    if (!variant->isValid())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("StockTakes", "No product has the barcode or SKU “%1”.").arg(wanted), wanted);
    const qint64 variantId = variant->toLongLong();
    const qint64 now = m_database->clock().nowSecs();
    if (auto added = execute(db,
            QStringLiteral("INSERT INTO stock_take_lines (stock_take_id, variant_id, expected) "
                           "SELECT ?, ?, coalesce((SELECT on_hand FROM stock_levels WHERE variant_id = ? AND "
                           "location_id = ?), 0) ON CONFLICT (stock_take_id, variant_id) DO NOTHING"),
            {id, variantId, variantId, *location});
        !added)
        return added.error();
    if (auto counted = execute(db,
            QStringLiteral("UPDATE stock_take_lines SET counted = coalesce(counted, 0) + ?, counted_at = ? "
                           "WHERE stock_take_id = ? AND variant_id = ?"),
            {quantity, now, id, variantId});
        !counted)
        return counted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return line(id, variantId);
}

Result<qint64> StockTakes::apply(qint64 id, bool uncountedAreZero, JobControl& control)
{
    const auto db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto location = openTake(db, id);
    if (!location)
        return location.error();
    if (!uncountedAreZero) {
        auto counted = scalar(db,
            QStringLiteral("SELECT count(*) FROM stock_take_lines WHERE stock_take_id = ? AND counted IS NOT NULL"),
            {id});
        if (!counted)
            return counted.error();
        if (counted->toLongLong() == 0)
            return invalid(QCoreApplication::translate("StockTakes", "Nothing was counted yet."));
    }

    auto differences = run(db,
        QStringLiteral("SELECT l.variant_id, coalesce(l.counted, 0) - coalesce(s.on_hand, 0) FROM %1 "
                       "WHERE l.stock_take_id = ? AND %2 AND coalesce(l.counted, 0) <> coalesce(s.on_hand, 0) "
                       "ORDER BY l.variant_id")
            .arg(QLatin1String(kLinesFrom),
                uncountedAreZero ? QStringLiteral("1 = 1") : QStringLiteral("l.counted IS NOT NULL")),
        {id});
    if (!differences)
        return differences.error();
    QList<std::pair<qint64, qint64>> changes;
    while (differences->next())
        changes.append({differences->value(0).toLongLong(), differences->value(1).toLongLong()});
    differences->finish();

    // Keep the stock as it was just before the counts, so the applied take's variances stay readable.
    if (auto kept = execute(db,
            QStringLiteral("UPDATE stock_take_lines SET expected = coalesce((SELECT on_hand FROM stock_levels s "
                           "WHERE s.variant_id = stock_take_lines.variant_id AND s.location_id = ?), 0) "
                           "WHERE stock_take_id = ?"),
            {*location, id});
        !kept)
        return kept.error();

    StockLedger ledger(m_database);
    const QString number = takeNumber(id);
    const QString note = QCoreApplication::translate("StockTakes", "Stock take %1").arg(number);
    const QString step = QCoreApplication::translate("StockTakes", "Applying the counts");
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i % 256 == 0 && !control.progress(i, changes.size(), step))
            return cancelled();
        auto movement = ledger.recordWithin(
            transaction, changes[i].first, *location, changes[i].second, MovementReason::Count, note, number);
        if (!movement)
            return movement.error();
    }
    if (!control.progress(changes.size(), changes.size(), step))
        return cancelled();
    const qint64 now = m_database->clock().nowSecs();
    if (auto closed = execute(db,
            QStringLiteral("UPDATE stock_takes SET status = 'applied', closed_at = ?, updated_at = ? WHERE id = ?"),
            {now, now, id});
        !closed)
        return closed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return qint64(changes.size());
}

Status StockTakes::cancel(qint64 id)
{
    const auto db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto take = openTake(db, id); !take)
        return take.error();
    const qint64 now = m_database->clock().nowSecs();
    if (auto closed = execute(db,
            QStringLiteral("UPDATE stock_takes SET status = 'cancelled', closed_at = ?, updated_at = ? WHERE id = ?"),
            {now, now, id});
        !closed)
        return closed;
    return transaction.commit();
}

} // namespace comptoir::inventory
