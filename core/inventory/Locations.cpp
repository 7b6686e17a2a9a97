#include "inventory/Locations.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace comptoir::inventory {

using namespace comptoir::storage;

namespace {

// The counter of a new shop: the migration creates "Entrepôt" (1) and "Boutique" (2).
constexpr qint64 kDefaultCounterLocation = 2;

Error refused(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

QString nameField()
{
    return QCoreApplication::translate("Locations", "Location name");
}

// The location's name, or why there is none.
Result<QString> nameOf(const QSqlDatabase& db, qint64 id)
{
    auto name = scalar(db, QStringLiteral("SELECT name FROM locations WHERE id = ?"), {id});
    if (!name)
        return name.error();
    if (!name->isValid())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("Locations", "This stock location does not exist."),
            QStringLiteral("location %1").arg(id));
    return name->toString();
}

// Trimmed, not empty, and no other location with the same name in any case ("boutique" clashes
// with "Boutique"): SQLite's own comparison only folds ASCII, so the names are compared here.
Result<QString> checkedName(const QSqlDatabase& db, const QString& typed, qint64 exceptId)
{
    const QString name = typed.trimmed();
    if (name.isEmpty())
        return refused(QCoreApplication::translate("Locations", "Give the location a name."), nameField());
    auto others = run(db, QStringLiteral("SELECT name FROM locations WHERE id <> ?"), {exceptId});
    if (!others)
        return others.error();
    const QString wanted = name.normalized(QString::NormalizationForm_C);
    while (others->next()) {
        const QString other = others->value(0).toString();
        if (other.normalized(QString::NormalizationForm_C).compare(wanted, Qt::CaseInsensitive) == 0)
            return refused(
                QCoreApplication::translate("Locations", "Another location is already called “%1”.").arg(other),
                nameField());
    }
    return name;
}

Result<qint64> count(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    auto value = scalar(db, sql, values);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<qint64> counterLocationIn(const QSqlDatabase& db)
{
    auto chosen = scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
        {QString::fromLatin1(Locations::kCounterLocationKey)});
    if (!chosen)
        return chosen.error();
    bool ok = false;
    const qint64 chosenId = chosen->toString().toLongLong(&ok);
    if (ok) {
        auto exists = scalar(db, QStringLiteral("SELECT id FROM locations WHERE id = ?"), {chosenId});
        if (!exists)
            return exists.error();
        if (exists->isValid())
            return chosenId;
    }
    // Nothing chosen yet, or the choice no longer exists.
    auto fallback = scalar(db,
        QStringLiteral("SELECT coalesce((SELECT id FROM locations WHERE id = ?), (SELECT min(id) FROM locations))"),
        {kDefaultCounterLocation});
    if (!fallback)
        return fallback.error();
    if (fallback->isNull())
        return Error(
            Error::Code::NotFound, QCoreApplication::translate("Locations", "The shop has no stock location yet."));
    return fallback->toLongLong();
}

} // namespace

Locations::Locations(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QList<StockLocation>> Locations::list() const
{
    // stock_levels has no index by location: EXISTS stops at the first row with stock, which a
    // location in use has among its first rows.
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT l.id, l.name, l.sells_online, EXISTS (SELECT 1 FROM stock_levels s "
                       "WHERE s.location_id = l.id AND (s.on_hand <> 0 OR s.reserved <> 0)) "
                       "FROM locations l ORDER BY l.id"));
    if (!query)
        return query.error();
    QList<StockLocation> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toBool(),
            query->value(3).toBool()});
    return list;
}

Result<qint64> Locations::add(const QString& name, bool sellsOnline)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto checked = checkedName(db, name, 0);
    if (!checked)
        return checked.error();
    auto inserted = run(db, QStringLiteral("INSERT INTO locations (name, sells_online, created_at) VALUES (?, ?, ?)"),
        {*checked, sellsOnline ? 1 : 0, m_database->clock().nowSecs()});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status Locations::rename(qint64 id, const QString& name)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto current = nameOf(db, id);
    if (!current)
        return current.error();
    auto checked = checkedName(db, name, id);
    if (!checked)
        return checked.error();
    if (*checked == *current)
        return {};
    if (auto renamed = execute(db, QStringLiteral("UPDATE locations SET name = ? WHERE id = ?"), {*checked, id});
        !renamed)
        return renamed;
    return transaction.commit();
}

Status Locations::setSellsOnline(qint64 id, bool sellsOnline)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto name = nameOf(db, id);
    if (!name)
        return name.error();
    if (!sellsOnline) {
        auto othersOnline
            = count(db, QStringLiteral("SELECT count(*) FROM locations WHERE sells_online <> 0 AND id <> ?"), {id});
        if (!othersOnline)
            return othersOnline.error();
        if (*othersOnline == 0)
            return refused(QCoreApplication::translate("Locations",
                "“%1” is the only location sold online: your website needs the stock of at least one "
                "location. Tick “Sold online” for another location first.")
                               .arg(*name));
    }
    if (auto saved
        = execute(db, QStringLiteral("UPDATE locations SET sells_online = ? WHERE id = ?"), {sellsOnline ? 1 : 0, id});
        !saved)
        return saved;
    return transaction.commit();
}

Status Locations::remove(qint64 id)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto name = nameOf(db, id);
    if (!name)
        return name.error();

    auto others = count(db, QStringLiteral("SELECT count(*) FROM locations WHERE id <> ?"), {id});
    if (!others)
        return others.error();
    if (*others == 0)
        return refused(QCoreApplication::translate(
            "Locations", "“%1” cannot be removed: it is the shop’s only stock location, and a shop needs one.")
                           .arg(*name));
    auto counter = counterLocationIn(db);
    if (!counter)
        return counter.error();
    if (*counter == id)
        return refused(QCoreApplication::translate("Locations",
            "“%1” cannot be removed: counter sales take stock from it. Choose another location for "
            "counter sales first.")
                           .arg(*name));
    auto othersOnline
        = count(db, QStringLiteral("SELECT count(*) FROM locations WHERE sells_online <> 0 AND id <> ?"), {id});
    if (!othersOnline)
        return othersOnline.error();
    if (*othersOnline == 0)
        return refused(QCoreApplication::translate("Locations",
            "“%1” cannot be removed: it is the only location sold online. Tick “Sold online” for "
            "another location first.")
                           .arg(*name));

    // What was stored there stays in the history with its location: such a location is renamed,
    // never removed. (Neither table has an index by location; this scan happens on removal only.)
    auto stock = count(db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM stock_levels WHERE location_id = ? "
                       "AND (on_hand <> 0 OR reserved <> 0))"),
        {id});
    if (!stock)
        return stock.error();
    if (*stock)
        return refused(QCoreApplication::translate("Locations",
            "“%1” cannot be removed: it holds stock. Its stock history stays with it; rename it if you "
            "use it for something else.")
                           .arg(*name));
    auto movements
        = count(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM stock_movements WHERE location_id = ?)"), {id});
    if (!movements)
        return movements.error();
    if (*movements)
        return refused(QCoreApplication::translate("Locations",
            "“%1” cannot be removed: the stock history has movements there, which keep their "
            "location. Rename it if you use it for something else.")
                           .arg(*name));
    auto orders = count(db, QStringLiteral("SELECT count(*) FROM purchase_orders WHERE location_id = ?"), {id});
    if (!orders)
        return orders.error();
    if (*orders > 0)
        return refused(QCoreApplication::translate("Locations",
            "“%1” cannot be removed: purchase orders are delivered there. Rename it if you use it for "
            "something else.")
                           .arg(*name));
    auto takes = count(db, QStringLiteral("SELECT count(*) FROM stock_takes WHERE location_id = ?"), {id});
    if (!takes)
        return takes.error();
    if (*takes > 0)
        return refused(QCoreApplication::translate("Locations",
            "“%1” cannot be removed: stock takes counted it. Rename it if you use it for something "
            "else.")
                           .arg(*name));

    // Empty stock levels (a variant that was there and left) go with it.
    if (auto levels = execute(db, QStringLiteral("DELETE FROM stock_levels WHERE location_id = ?"), {id}); !levels)
        return levels;
    if (auto removed = execute(db, QStringLiteral("DELETE FROM locations WHERE id = ?"), {id}); !removed)
        return removed;
    return transaction.commit();
}

Result<qint64> Locations::counterLocation() const
{
    return counterLocationIn(m_database->connection());
}

Status Locations::setCounterLocation(qint64 id)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto name = nameOf(db, id); !name)
        return name.error();
    if (auto saved = execute(db,
            m_database->dialect().upsert(
                QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("key")}),
            {QString::fromLatin1(kCounterLocationKey), QString::number(id)});
        !saved)
        return saved;
    return transaction.commit();
}

} // namespace comptoir::inventory
