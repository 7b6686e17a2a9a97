#include "inventory/StockLedger.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace comptoir::inventory {

using namespace comptoir::storage;

namespace {

struct ReasonName
{
    MovementReason reason;
    const char* key;
    const char* label;
};

constexpr ReasonName kReasons[] = {
    {MovementReason::Receipt, "receipt", QT_TRANSLATE_NOOP("StockLedger", "Receipt")},
    {MovementReason::Sale, "sale", QT_TRANSLATE_NOOP("StockLedger", "Sale")},
    {MovementReason::Return, "return", QT_TRANSLATE_NOOP("StockLedger", "Customer return")},
    {MovementReason::Adjustment, "adjustment", QT_TRANSLATE_NOOP("StockLedger", "Adjustment")},
    {MovementReason::Count, "count", QT_TRANSLATE_NOOP("StockLedger", "Stock count")},
    {MovementReason::Transfer, "transfer", QT_TRANSLATE_NOOP("StockLedger", "Transfer")},
    {MovementReason::Damage, "damage", QT_TRANSLATE_NOOP("StockLedger", "Damaged or lost")},
};

Error invalid(const QString& message, const QString& where)
{
    return Error(Error::Code::InvalidInput, message, where);
}

} // namespace

QString reasonKey(MovementReason reason)
{
    for (const auto& r : kReasons)
        if (r.reason == reason)
            return QString::fromLatin1(r.key);
    return {};
}

bool reasonFromKey(const QString& key, MovementReason& reason)
{
    for (const auto& r : kReasons) {
        if (key == QLatin1String(r.key)) {
            reason = r.reason;
            return true;
        }
    }
    return false;
}

QString reasonLabel(MovementReason reason)
{
    for (const auto& r : kReasons)
        if (r.reason == reason)
            return QCoreApplication::translate("StockLedger", r.label);
    return {};
}

QList<MovementReason> allReasons()
{
    QList<MovementReason> list;
    for (const auto& r : kReasons)
        list << r.reason;
    return list;
}

StockLedger::StockLedger(DatabasePtr database)
    : m_database(std::move(database))
{ }

QString StockLedger::currentUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME" /* Windows */}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // Services and cron jobs may run without those variables: ask the system.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return {};
}

Result<QList<Location>> StockLedger::locations() const
{
    auto query = run(m_database->connection(), QStringLiteral("SELECT id, name FROM locations ORDER BY id"));
    if (!query)
        return query.error();
    QList<Location> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toString()});
    return list;
}

Result<QList<StockLevel>> StockLedger::levels(qint64 variantId) const
{
    // Every location appears, with zero where the variant has never been.
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT l.id, l.name, coalesce(s.on_hand, 0), coalesce(s.reserved, 0) FROM locations l "
                       "LEFT JOIN stock_levels s ON s.location_id = l.id AND s.variant_id = ? ORDER BY l.id"),
        {variantId});
    if (!query)
        return query.error();
    QList<StockLevel> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toLongLong(),
            query->value(3).toLongLong()});
    return list;
}

Result<QList<Movement>> StockLedger::history(qint64 variantId, int limit, qint64 beforeId) const
{
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT m.id, m.location_id, l.name, m.quantity, m.reason, m.note, m.reference, "
                       "m.user_name, m.created_at FROM stock_movements m JOIN locations l ON l.id = m.location_id "
                       "WHERE m.variant_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?"),
        {variantId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit});
    if (!query)
        return query.error();
    QList<Movement> list;
    while (query->next()) {
        Movement m;
        m.id = query->value(0).toLongLong();
        m.variantId = variantId;
        m.locationId = query->value(1).toLongLong();
        m.location = query->value(2).toString();
        m.quantity = query->value(3).toLongLong();
        reasonFromKey(query->value(4).toString(), m.reason);
        m.note = query->value(5).toString();
        m.reference = query->value(6).toString();
        m.user = query->value(7).toString();
        m.at = QDateTime::fromSecsSinceEpoch(query->value(8).toLongLong(), QTimeZone::utc());
        list.append(m);
    }
    return list;
}

Result<qint64> StockLedger::apply(qint64 variantId, qint64 locationId, qint64 quantity, MovementReason reason,
    const QString& note, const QString& reference, const QDateTime& at)
{
    const QSqlDatabase db = m_database->connection();
    const QString quantityField = QCoreApplication::translate("StockLedger", "Quantity");
    if (quantity == 0)
        return invalid(QCoreApplication::translate("StockLedger", "The quantity cannot be zero."), quantityField);
    if ((reason == MovementReason::Adjustment || reason == MovementReason::Damage) && note.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("StockLedger",
                           "Say why the stock changes: a note is required for corrections and "
                           "write-offs."),
            QCoreApplication::translate("StockLedger", "Note"));

    auto sku = scalar(db, QStringLiteral("SELECT sku FROM variants WHERE id = ?"), {variantId});
    if (!sku)
        return sku.error();
    if (!sku->isValid())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("StockLedger", "This product variant does not exist."),
            QStringLiteral("variant %1").arg(variantId));
    auto location = scalar(db, QStringLiteral("SELECT name FROM locations WHERE id = ?"), {locationId});
    if (!location)
        return location.error();
    if (!location->isValid())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("StockLedger", "This stock location does not exist."),
            QStringLiteral("location %1").arg(locationId));

    // Read the level inside the transaction: another window or seat may have just changed it.
    auto level
        = run(db, QStringLiteral("SELECT on_hand, reserved FROM stock_levels WHERE variant_id = ? AND location_id = ?"),
            {variantId, locationId});
    if (!level)
        return level.error();
    const bool exists = level->next();
    const qint64 onHand = exists ? level->value(0).toLongLong() : 0;
    const qint64 reserved = exists ? level->value(1).toLongLong() : 0;
    const qint64 after = onHand + quantity;
    if (after < 0)
        return invalid(QCoreApplication::translate("StockLedger", "Only %1 of %2 in stock at %3: cannot remove %4.")
                           .arg(onHand)
                           .arg(sku->toString(), location->toString())
                           .arg(-quantity),
            quantityField);
    // A count records what is really there, even if orders then lack stock: they must be told.
    if (after < reserved && quantity < 0 && reason != MovementReason::Count)
        return invalid(QCoreApplication::translate(
                           "StockLedger", "%1 of %2 at %3 are reserved for orders: at most %4 can be removed.")
                           .arg(reserved)
                           .arg(sku->toString(), location->toString())
                           .arg(std::max<qint64>(0, onHand - reserved)),
            quantityField);

    const qint64 now = m_database->clock().nowSecs();
    const qint64 happened = at.isValid() ? std::min(now, at.toSecsSinceEpoch()) : now;
    auto inserted = run(db,
        QStringLiteral("INSERT INTO stock_movements (variant_id, location_id, quantity, reason, note, reference, "
                       "user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {variantId, locationId, quantity, reasonKey(reason), text(note.trimmed()), text(reference), text(currentUser()),
            happened});
    if (!inserted)
        return inserted.error();
    const qint64 movementId = inserted->lastInsertId().toLongLong();
    if (auto saved = execute(db,
            m_database->dialect().upsert(QStringLiteral("stock_levels"),
                {QStringLiteral("variant_id"), QStringLiteral("location_id"), QStringLiteral("on_hand")},
                {QStringLiteral("variant_id"), QStringLiteral("location_id")}),
            {variantId, locationId, after});
        !saved)
        return saved.error();
    if (auto total
        = execute(db, QStringLiteral("UPDATE variants SET on_hand = on_hand + ?, updated_at = ? WHERE id = ?"),
            {quantity, now, variantId});
        !total)
        return total.error();
    return movementId;
}

Result<qint64> StockLedger::record(qint64 variantId, qint64 locationId, qint64 quantity, MovementReason reason,
    const QString& note, const QString& reference)
{
    if (reason == MovementReason::Transfer)
        return invalid(QCoreApplication::translate("StockLedger", "Use a transfer to move stock between locations."),
            QCoreApplication::translate("StockLedger", "Reason"));
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto movement = apply(variantId, locationId, quantity, reason, note, reference);
    if (!movement)
        return movement;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return movement;
}

Result<qint64> StockLedger::recordWithin(const Transaction& transaction, qint64 variantId, qint64 locationId,
    qint64 quantity, MovementReason reason, const QString& note, const QString& reference, const QDateTime& at)
{
    if (!transaction.isActive())
        return transaction.error();
    return apply(variantId, locationId, quantity, reason, note, reference, at);
}

Status StockLedger::reserveWithin(const Transaction& transaction, qint64 variantId, qint64 locationId, qint64 quantity)
{
    if (!transaction.isActive())
        return transaction.error();
    if (quantity == 0)
        return {};
    const QSqlDatabase db = m_database->connection();
    auto level = run(db,
        QStringLiteral("SELECT l.on_hand, l.reserved, v.sku, n.name FROM stock_levels l JOIN variants v ON v.id = "
                       "l.variant_id JOIN locations n ON n.id = l.location_id WHERE l.variant_id = ? AND "
                       "l.location_id = ?"),
        {variantId, locationId});
    if (!level)
        return level.error();
    const bool exists = level->next();
    const qint64 onHand = exists ? level->value(0).toLongLong() : 0;
    const qint64 reserved = exists ? level->value(1).toLongLong() : 0;
    if (quantity > 0 && onHand - reserved < quantity)
        return invalid(QCoreApplication::translate("StockLedger", "Only %1 of %2 available at %3: cannot reserve %4.")
                           .arg(std::max<qint64>(0, onHand - reserved))
                           .arg(exists ? level->value(2).toString() : QString::number(variantId),
                               exists ? level->value(3).toString() : QString::number(locationId))
                           .arg(quantity),
            QCoreApplication::translate("StockLedger", "Quantity"));
    if (quantity < 0 && reserved < -quantity)
        return Error(Error::Code::Generic,
            QCoreApplication::translate("StockLedger", "The stock reservations are inconsistent."),
            QStringLiteral("variant %1 location %2").arg(variantId).arg(locationId),
            QStringLiteral("release %1 of %2 reserved").arg(-quantity).arg(reserved));
    if (auto saved = execute(db,
            QStringLiteral("UPDATE stock_levels SET reserved = reserved + ? WHERE variant_id = ? AND location_id = ?"),
            {quantity, variantId, locationId});
        !saved)
        return saved;
    return execute(
        db, QStringLiteral("UPDATE variants SET reserved = reserved + ? WHERE id = ?"), {quantity, variantId});
}

Result<qint64> StockLedger::count(qint64 variantId, qint64 locationId, qint64 counted, const QString& note)
{
    if (counted < 0)
        return invalid(QCoreApplication::translate("StockLedger", "A counted quantity cannot be negative."),
            QCoreApplication::translate("StockLedger", "Quantity"));
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto current = scalar(m_database->connection(),
        QStringLiteral("SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = ?"),
        {variantId, locationId});
    if (!current)
        return current.error();
    const qint64 difference = counted - (current->isValid() ? current->toLongLong() : 0);
    if (difference == 0)
        return qint64(0);
    auto movement = apply(variantId, locationId, difference, MovementReason::Count, note, {});
    if (!movement)
        return movement.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return difference;
}

Status StockLedger::transfer(
    qint64 variantId, qint64 fromLocation, qint64 toLocation, qint64 quantity, const QString& note)
{
    if (fromLocation == toLocation)
        return invalid(QCoreApplication::translate("StockLedger", "Choose two different locations."),
            QCoreApplication::translate("StockLedger", "To"));
    if (quantity <= 0)
        return invalid(QCoreApplication::translate("StockLedger", "Transfer a positive quantity."),
            QCoreApplication::translate("StockLedger", "Quantity"));
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    if (auto out = apply(variantId, fromLocation, -quantity, MovementReason::Transfer, note, {}); !out)
        return out.error();
    if (auto in = apply(variantId, toLocation, quantity, MovementReason::Transfer, note, {}); !in)
        return in.error();
    return transaction.commit();
}

} // namespace comptoir::inventory
