#include "health/ShopCheck.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace comptoir::health {

using namespace comptoir::storage;

namespace {

struct Rule
{
    const char* name;
    const char* sql; // returns (where, found, expected) for each row that breaks the rule
    const char* what; // translated template: %1 found, %2 expected
};

// Each query lists the rows that break one invariant.
const Rule kRules[] = {
    {"stock-ledger",
        "SELECT 'stock_levels variant ' || l.variant_id || ' location ' || l.location_id, l.on_hand, "
        "coalesce((SELECT sum(m.quantity) FROM stock_movements m WHERE m.variant_id = l.variant_id "
        "AND m.location_id = l.location_id), 0) AS ledger FROM stock_levels l WHERE l.on_hand <> ledger",
        QT_TRANSLATE_NOOP("ShopCheck", "on-hand stock is %1 but the stock ledger adds up to %2")},
    {"stock-ledger",
        "SELECT 'stock_movements variant ' || m.variant_id || ' location ' || m.location_id, sum(m.quantity), 0 "
        "FROM stock_movements m LEFT JOIN stock_levels l ON l.variant_id = m.variant_id AND l.location_id = "
        "m.location_id "
        "WHERE l.variant_id IS NULL GROUP BY m.variant_id, m.location_id",
        QT_TRANSLATE_NOOP("ShopCheck", "the stock ledger adds up to %1 but there is no stock level row (expected %2)")},
    {"stock-total",
        "SELECT 'variants ' || v.id || ' (' || v.sku || ')', v.on_hand, "
        "coalesce((SELECT sum(l.on_hand) FROM stock_levels l WHERE l.variant_id = v.id), 0) AS levels "
        "FROM variants v WHERE v.on_hand <> levels",
        QT_TRANSLATE_NOOP("ShopCheck", "total on-hand stock is %1 but its locations add up to %2")},
    {"stock-reserved",
        "SELECT 'variants ' || v.id || ' (' || v.sku || ')', v.reserved, "
        "coalesce((SELECT sum(l.reserved) FROM stock_levels l WHERE l.variant_id = v.id), 0) AS levels "
        "FROM variants v WHERE v.reserved <> levels",
        QT_TRANSLATE_NOOP("ShopCheck", "reserved stock is %1 but its locations add up to %2")},
    {"stock-reservations",
        "SELECT 'stock_levels variant ' || l.variant_id || ' location ' || l.location_id, l.reserved, "
        "coalesce((SELECT sum(r.quantity) FROM order_reservations r WHERE r.variant_id = l.variant_id "
        "AND r.location_id = l.location_id), 0) AS held FROM stock_levels l WHERE l.reserved <> held",
        QT_TRANSLATE_NOOP("ShopCheck", "reserved stock is %1 but open orders hold %2")},
    {"stock-reservations",
        "SELECT 'order_reservations variant ' || r.variant_id || ' location ' || r.location_id, sum(r.quantity), 0 "
        "FROM order_reservations r LEFT JOIN stock_levels l ON l.variant_id = r.variant_id AND l.location_id = "
        "r.location_id WHERE l.variant_id IS NULL GROUP BY r.variant_id, r.location_id",
        QT_TRANSLATE_NOOP("ShopCheck", "open orders hold %1 but there is no stock level row (expected %2)")},
    {"order-reservations",
        "SELECT DISTINCT 'orders ' || o.id || ' (' || o.number || ')', o.status, 'paid' FROM order_reservations r "
        "JOIN order_lines l ON l.id = r.order_line_id JOIN orders o ON o.id = l.order_id "
        "WHERE NOT (o.status IN ('paid', 'preparing', 'packed') OR (o.status = 'on_hold' AND o.held_from IN "
        "('paid', 'preparing', 'packed')))",
        QT_TRANSLATE_NOOP("ShopCheck", "the order is %1 but still holds stock (only %2 orders may)")},
    {"order-reservations",
        "SELECT 'order_lines ' || r.order_line_id, sum(r.quantity), l.quantity FROM order_reservations r "
        "JOIN order_lines l ON l.id = r.order_line_id GROUP BY r.order_line_id HAVING sum(r.quantity) > l.quantity "
        "OR l.variant_id IS NOT r.variant_id",
        QT_TRANSLATE_NOOP("ShopCheck", "the line holds %1 in stock but orders only %2 of its product")},
    {"supplier-name",
        "SELECT 'variants ' || v.id || ' (' || v.sku || ')', v.supplier_name, coalesce(s.name, '') "
        "FROM variants v LEFT JOIN suppliers s ON s.id = v.supplier_id WHERE v.supplier_name IS NOT coalesce(s.name, "
        "'')",
        QT_TRANSLATE_NOOP("ShopCheck", "the variant lists its supplier as “%1” but the supplier is named “%2”")},
    {"order-lines",
        "SELECT 'orders ' || o.id || ' (' || o.number || ')', o.subtotal_minor, "
        "coalesce((SELECT sum(l.total_minor) FROM order_lines l WHERE l.order_id = o.id), 0) AS lines "
        "FROM orders o WHERE o.subtotal_minor <> lines",
        QT_TRANSLATE_NOOP("ShopCheck", "the subtotal is %1 (minor units) but the lines add up to %2")},
    {"order-items",
        "SELECT 'orders ' || o.id || ' (' || o.number || ')', o.item_count, "
        "coalesce((SELECT sum(l.quantity) FROM order_lines l WHERE l.order_id = o.id), 0) AS items "
        "FROM orders o WHERE o.item_count <> items",
        QT_TRANSLATE_NOOP("ShopCheck", "the item count is %1 but the lines add up to %2")},
    {"order-total",
        "SELECT 'orders ' || o.id || ' (' || o.number || ')', o.total_minor, "
        "o.subtotal_minor + o.shipping_minor - o.discount_minor FROM orders o "
        "WHERE o.total_minor <> o.subtotal_minor + o.shipping_minor - o.discount_minor",
        QT_TRANSLATE_NOOP("ShopCheck", "the total is %1 (minor units) but subtotal + shipping − discount is %2")},
    {"order-line-amount",
        "SELECT 'order_lines ' || l.id || ' (order ' || l.order_id || ')', l.total_minor, l.quantity * "
        "l.unit_price_minor "
        "FROM order_lines l WHERE l.total_minor <> l.quantity * l.unit_price_minor",
        QT_TRANSLATE_NOOP("ShopCheck", "the line total is %1 but quantity × unit price is %2")},
};

} // namespace

ShopCheck::ShopCheck(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QList<ShopCheck::Problem>> ShopCheck::run(int limit, JobControl& control) const
{
    const QSqlDatabase db = m_database->connection();
    QList<Problem> problems;
    const int steps = 2 + int(std::size(kRules));
    int step = 0;

    control.progress(step++, steps, QCoreApplication::translate("ShopCheck", "Checking the file structure"));
    {
        auto query = storage::run(db, QStringLiteral("PRAGMA integrity_check(%1)").arg(limit));
        if (!query)
            return query.error();
        while (query->next()) {
            const QString line = query->value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append({QStringLiteral("integrity"), QStringLiteral("file"), line});
        }
    }
    if (!control.progress(step++, steps, QCoreApplication::translate("ShopCheck", "Checking links between records")))
        return Error(Error::Code::Cancelled, QCoreApplication::translate("ShopCheck", "Check cancelled."));
    {
        auto query = storage::run(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!query)
            return query.error();
        int n = 0;
        while (query->next() && n++ < limit)
            problems.append({QStringLiteral("foreign-key"),
                QStringLiteral("%1 %2").arg(query->value(0).toString(), query->value(1).toString()),
                QCoreApplication::translate("ShopCheck", "refers to a missing row of %1")
                    .arg(query->value(2).toString())});
    }
    for (const Rule& rule : kRules) {
        if (!control.progress(step++, steps,
                QCoreApplication::translate("ShopCheck", "Checking %1").arg(QString::fromLatin1(rule.name))))
            return Error(Error::Code::Cancelled, QCoreApplication::translate("ShopCheck", "Check cancelled."));
        auto query = storage::run(db, QString::fromLatin1(rule.sql) + QStringLiteral(" LIMIT %1").arg(limit));
        if (!query)
            return query.error();
        while (query->next()) {
            problems.append({QString::fromLatin1(rule.name), query->value(0).toString(),
                QCoreApplication::translate("ShopCheck", rule.what)
                    .arg(query->value(1).toString(), query->value(2).toString())});
        }
    }
    control.progress(steps, steps);
    return problems;
}

} // namespace comptoir::health
