#include "orders/Packing.h"

#include "orders/OrderBook.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace comptoir::orders {

using namespace comptoir::storage;

namespace {

Error refused(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

} // namespace

Packing::Packing(DatabasePtr database)
    : m_database(std::move(database))
{ }

Status Packing::checkPackable(qint64 orderId, QString& number) const
{
    auto query
        = run(m_database->connection(), QStringLiteral("SELECT number, status FROM orders WHERE id = ?"), {orderId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Packing", "This order does not exist."));
    number = query->value(0).toString();
    OrderStatus status = OrderStatus::New;
    statusFromKey(query->value(1).toString(), status);
    switch (status) {
    case OrderStatus::Paid:
    case OrderStatus::Preparing:
    case OrderStatus::Packed:
        return {};
    case OrderStatus::New:
        return refused(QCoreApplication::translate("Packing", "Order %1 is not paid yet: do not pack it.").arg(number));
    case OrderStatus::OnHold:
        return refused(QCoreApplication::translate("Packing", "Order %1 is on hold: do not pack it.").arg(number));
    default:
        return refused(QCoreApplication::translate("Packing", "Order %1 is %2: there is nothing to pack.")
                           .arg(number, statusLabel(status).toLower()));
    }
}

Result<PackResult> Packing::apply(qint64 orderId, qint64 lineId, int delta)
{
    const QSqlDatabase db = m_database->connection();
    auto line = run(db,
        QStringLiteral("SELECT sku, title, quantity, packed_quantity FROM order_lines WHERE id = ? AND order_id = ?"),
        {lineId, orderId});
    if (!line)
        return line.error();
    if (!line->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Packing", "This line is not in the order."));
    PackResult result;
    result.lineId = lineId;
    result.sku = line->value(0).toString();
    result.title = line->value(1).toString();
    result.quantity = line->value(2).toLongLong();
    result.packed = line->value(3).toLongLong() + delta;
    if (result.packed > result.quantity)
        return refused(
            QCoreApplication::translate("Packing", "One too many: the order has %1 × %2, all packed already.")
                .arg(result.quantity)
                .arg(result.sku.isEmpty() ? result.title : result.sku),
            result.sku);
    if (result.packed < 0)
        return refused(QCoreApplication::translate("Packing", "No %1 packed yet.").arg(result.sku), result.sku);
    if (auto saved = execute(
            db, QStringLiteral("UPDATE order_lines SET packed_quantity = ? WHERE id = ?"), {result.packed, lineId});
        !saved)
        return saved.error();
    auto left = itemsLeft(orderId);
    if (!left)
        return left.error();
    result.itemsLeft = *left;
    result.outcome = *left == 0 ? PackResult::Outcome::OrderComplete : PackResult::Outcome::Counted;
    return result;
}

Result<PackResult> Packing::scan(qint64 orderId, const QString& code)
{
    const QString wanted = code.trimmed();
    if (wanted.isEmpty())
        return refused(QCoreApplication::translate("Packing", "Scan an item."));
    QString number;
    Result<PackResult> result = PackResult();
    {
        Transaction transaction(m_database->connection());
        if (!transaction.isActive())
            return transaction.error();
        if (auto packable = checkPackable(orderId, number); !packable)
            return packable.error();
        const QSqlDatabase db = m_database->connection();
        // The line this code is: by barcode, else SKU in any case; the first one not yet complete.
        auto lines = run(db,
            QStringLiteral("SELECT l.id, l.quantity - l.packed_quantity FROM order_lines l LEFT JOIN variants v ON "
                           "v.id = l.variant_id WHERE l.order_id = ? AND ((v.barcode = ? AND v.barcode <> '') OR "
                           "upper(l.sku) = upper(?) OR upper(v.sku) = upper(?)) ORDER BY l.quantity - "
                           "l.packed_quantity = 0, l.id"),
            {orderId, wanted, wanted, wanted});
        if (!lines)
            return lines.error();
        if (!lines->next()) {
            auto known = run(db,
                QStringLiteral(
                    "SELECT sku FROM variants WHERE (barcode = ? AND barcode <> '') OR upper(sku) = upper(?) LIMIT 1"),
                {wanted, wanted});
            if (!known)
                return known.error();
            if (known->next())
                return refused(QCoreApplication::translate("Packing", "Wrong item: %1 is not in order %2.")
                                   .arg(known->value(0).toString(), number),
                    wanted);
            auto order = OrderBook(m_database).idForNumber(wanted);
            if (order && *order != 0 && *order != orderId)
                return refused(
                    QCoreApplication::translate("Packing", "That is the slip of order %1: finish order %2 first.")
                        .arg(wanted, number),
                    wanted);
            return refused(
                QCoreApplication::translate("Packing", "Unknown code “%1”: no product has this barcode or SKU.")
                    .arg(wanted),
                wanted);
        }
        result = apply(orderId, lines->value(0).toLongLong(), +1);
        if (!result)
            return result;
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    // The first item in the box starts the order's preparation.
    auto status = scalar(m_database->connection(), QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId});
    if (status && status->toString() == QLatin1String("paid"))
        if (auto started = OrderBook(m_database).changeStatus(orderId, OrderStatus::Preparing); !started)
            return started.error();
    return result;
}

Result<PackResult> Packing::count(qint64 orderId, qint64 lineId, int delta)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    QString number;
    if (auto packable = checkPackable(orderId, number); !packable)
        return packable.error();
    auto result = apply(orderId, lineId, delta);
    if (!result)
        return result;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<qint64> Packing::itemsLeft(qint64 orderId) const
{
    auto left = scalar(m_database->connection(),
        QStringLiteral("SELECT coalesce(sum(quantity - packed_quantity), 0) FROM order_lines WHERE order_id = ?"),
        {orderId});
    if (!left)
        return left.error();
    return left->toLongLong();
}

Status Packing::finish(qint64 orderId, const QString& overrideReason)
{
    QString number;
    if (auto packable = checkPackable(orderId, number); !packable)
        return packable;
    auto left = itemsLeft(orderId);
    if (!left)
        return left.error();
    auto packed = scalar(m_database->connection(),
        QStringLiteral("SELECT coalesce(sum(packed_quantity), 0) FROM order_lines WHERE order_id = ?"), {orderId});
    if (!packed)
        return packed.error();
    QString note;
    if (*left > 0) {
        if (overrideReason.trimmed().isEmpty())
            return refused(QCoreApplication::translate("Packing",
                "Order %1 is not complete: %n item(s) still to pack. Give a reason to pack it anyway.", nullptr,
                int(*left))
                               .arg(number));
        note = QCoreApplication::translate("Packing", "Packed with %n item(s) missing: %1", nullptr, int(*left))
                   .arg(overrideReason.trimmed());
    } else {
        note = QCoreApplication::translate("Packing", "%n item(s) scanned", nullptr, int(packed->toLongLong()));
    }
    auto status = scalar(m_database->connection(), QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId});
    if (!status)
        return status.error();
    if (status->toString() == QLatin1String("packed"))
        return {};
    return OrderBook(m_database).changeStatus(orderId, OrderStatus::Packed, note);
}

Status Packing::reset(qint64 orderId)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    QString number;
    if (auto packable = checkPackable(orderId, number); !packable)
        return packable;
    if (auto cleared = execute(m_database->connection(),
            QStringLiteral("UPDATE order_lines SET packed_quantity = 0 WHERE order_id = ?"), {orderId});
        !cleared)
        return cleared;
    return transaction.commit();
}

} // namespace comptoir::orders
