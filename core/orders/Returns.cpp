#include "orders/Returns.h"

#include "inventory/StockLedger.h"
#include "orders/OrderBook.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir::orders {

using namespace comptoir::storage;
using inventory::MovementReason;

namespace {

struct ReasonName
{
    ReturnReason reason;
    const char* key;
    const char* label;
};
constexpr ReasonName kReasons[] = {
    {ReturnReason::TooSmall, "too_small", QT_TRANSLATE_NOOP("Returns", "Too small")},
    {ReturnReason::TooLarge, "too_large", QT_TRANSLATE_NOOP("Returns", "Too large")},
    {ReturnReason::Damaged, "damaged", QT_TRANSLATE_NOOP("Returns", "Arrived damaged")},
    {ReturnReason::NotAsDescribed, "not_as_described", QT_TRANSLATE_NOOP("Returns", "Not as described")},
    {ReturnReason::ChangedMind, "changed_mind", QT_TRANSLATE_NOOP("Returns", "Changed their mind")},
    {ReturnReason::WrongItem, "wrong_item", QT_TRANSLATE_NOOP("Returns", "Wrong item sent")},
    {ReturnReason::Other, "other", QT_TRANSLATE_NOOP("Returns", "Other")},
};

struct StatusName
{
    ReturnStatus status;
    const char* key;
    const char* label;
};
constexpr StatusName kStatuses[] = {
    {ReturnStatus::Open, "open", QT_TRANSLATE_NOOP("Returns", "Expected")},
    {ReturnStatus::Received, "received", QT_TRANSLATE_NOOP("Returns", "Received")},
    {ReturnStatus::Closed, "closed", QT_TRANSLATE_NOOP("Returns", "Closed")},
    {ReturnStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Returns", "Cancelled")},
};

Error refused(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

} // namespace

QString returnReasonKey(ReturnReason reason)
{
    for (const auto& r : kReasons)
        if (r.reason == reason)
            return QString::fromLatin1(r.key);
    return {};
}

bool returnReasonFromKey(const QString& key, ReturnReason& reason)
{
    for (const auto& r : kReasons) {
        if (key == QLatin1String(r.key)) {
            reason = r.reason;
            return true;
        }
    }
    return false;
}

QString returnReasonLabel(ReturnReason reason)
{
    for (const auto& r : kReasons)
        if (r.reason == reason)
            return QCoreApplication::translate("Returns", r.label);
    return {};
}

QList<ReturnReason> allReturnReasons()
{
    QList<ReturnReason> list;
    for (const auto& r : kReasons)
        list << r.reason;
    return list;
}

QString returnStatusKey(ReturnStatus status)
{
    for (const auto& s : kStatuses)
        if (s.status == status)
            return QString::fromLatin1(s.key);
    return {};
}

bool returnStatusFromKey(const QString& key, ReturnStatus& status)
{
    for (const auto& s : kStatuses) {
        if (key == QLatin1String(s.key)) {
            status = s.status;
            return true;
        }
    }
    return false;
}

QString returnStatusLabel(ReturnStatus status)
{
    for (const auto& s : kStatuses)
        if (s.status == status)
            return QCoreApplication::translate("Returns", s.label);
    return {};
}

qint64 Return::itemCount() const
{
    qint64 n = 0;
    for (const ReturnLine& line : lines)
        n += line.quantity;
    return n;
}

Returns::Returns(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QHash<qint64, qint64>> Returns::returnable(qint64 orderId) const
{
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT l.id, l.quantity - coalesce((SELECT sum(x.quantity) FROM return_lines x JOIN returns t "
                       "ON t.id = x.return_id WHERE x.order_line_id = l.id AND t.status <> 'cancelled'), 0) "
                       "FROM order_lines l WHERE l.order_id = ?"),
        {orderId});
    if (!query)
        return query.error();
    QHash<qint64, qint64> left;
    while (query->next())
        left.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    return left;
}

Result<qint64> Returns::open(qint64 orderId, const QList<ReturnLine>& lines, const QString& note)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    const QSqlDatabase db = m_database->connection();
    auto order = run(db, QStringLiteral("SELECT number, status, currency FROM orders WHERE id = ?"), {orderId});
    if (!order)
        return order.error();
    if (!order->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Returns", "This order does not exist."));
    const QString number = order->value(0).toString();
    const QString status = order->value(1).toString();
    const QString currency = order->value(2).toString();
    if (status != QLatin1String("shipped") && status != QLatin1String("delivered"))
        return refused(QCoreApplication::translate("Returns",
            "Order %1 has not left the shop: nothing can come back. "
            "Edit or cancel it instead.")
                           .arg(number));
    auto left = returnable(orderId);
    if (!left)
        return left.error();
    qint64 items = 0;
    for (const ReturnLine& line : lines) {
        if (line.quantity <= 0)
            continue;
        if (!left->contains(line.orderLineId))
            return refused(QCoreApplication::translate("Returns", "This line is not in order %1.").arg(number));
        const qint64 can = left->value(line.orderLineId);
        if (line.quantity > can)
            return refused(QCoreApplication::translate("Returns", "Only %1 of %2 can still come back.")
                               .arg(can)
                               .arg(line.sku.isEmpty() ? line.title : line.sku),
                line.sku);
        items += line.quantity;
    }
    if (items == 0)
        return refused(QCoreApplication::translate("Returns", "Say what comes back: at least one item."));
    auto next = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1001 FROM returns"));
    if (!next)
        return next.error();
    const QString returnNumber = QStringLiteral("R-%1").arg(next->toLongLong());
    const qint64 now = m_database->clock().nowSecs();
    auto inserted = run(db,
        QStringLiteral("INSERT INTO returns (number, order_id, status, note, currency, created_at, updated_at) "
                       "VALUES (?, ?, 'open', ?, ?, ?, ?)"),
        {returnNumber, orderId, text(note.trimmed()), currency, now, now});
    if (!inserted)
        return inserted.error();
    const qint64 returnId = inserted->lastInsertId().toLongLong();
    for (const ReturnLine& line : lines) {
        if (line.quantity <= 0)
            continue;
        if (auto saved = execute(db,
                QStringLiteral("INSERT INTO return_lines (return_id, order_line_id, quantity, reason) "
                               "VALUES (?, ?, ?, ?)"),
                {returnId, line.orderLineId, line.quantity, returnReasonKey(line.reason)});
            !saved)
            return saved.error();
    }
    if (auto logged
        = OrderBook(m_database)
              .logEventWithin(transaction, orderId, EventKind::Return,
                  QCoreApplication::translate("Returns", "Return %1 opened: %n item(s)", nullptr, int(items))
                      .arg(returnNumber));
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return returnId;
}

Result<QList<Return>> Returns::query(const QString& where, const QVariantList& values, int limit) const
{
    const QSqlDatabase db = m_database->connection();
    QSqlQuery returns(db);
    returns.prepare(QStringLiteral(
        "SELECT t.id, t.number, t.order_id, o.number, o.customer_name, t.status, t.note, t.refund_minor, "
        "t.currency, t.created_at, t.received_at, t.closed_at FROM returns t JOIN orders o ON o.id = "
        "t.order_id %1 ORDER BY t.id DESC LIMIT %2")
                        .arg(where)
                        .arg(limit));
    for (const QVariant& value : values)
        returns.addBindValue(value);
    if (!returns.exec())
        return sqlError(returns, QCoreApplication::translate("Returns", "Could not read the returns."));
    QList<Return> list;
    while (returns.next()) {
        Return r;
        r.id = returns.value(0).toLongLong();
        r.number = returns.value(1).toString();
        r.orderId = returns.value(2).toLongLong();
        r.orderNumber = returns.value(3).toString();
        r.customer = returns.value(4).toString();
        returnStatusFromKey(returns.value(5).toString(), r.status);
        r.note = returns.value(6).toString();
        r.refund = Money(returns.value(7).toLongLong(), Currency::fromCode(returns.value(8).toString()));
        r.createdAt = timeFrom(returns.value(9));
        r.receivedAt = timeFrom(returns.value(10));
        r.closedAt = timeFrom(returns.value(11));
        list.append(r);
    }
    for (Return& r : list) {
        auto lines = run(db,
            QStringLiteral("SELECT x.id, x.order_line_id, coalesce(l.variant_id, 0), l.sku, l.title, x.quantity, "
                           "x.reason, x.decision, coalesce(x.location_id, 0) FROM return_lines x JOIN order_lines l "
                           "ON l.id = x.order_line_id WHERE x.return_id = ? ORDER BY x.id"),
            {r.id});
        if (!lines)
            return lines.error();
        while (lines->next()) {
            ReturnLine line;
            line.id = lines->value(0).toLongLong();
            line.orderLineId = lines->value(1).toLongLong();
            line.variantId = lines->value(2).toLongLong();
            line.sku = lines->value(3).toString();
            line.title = lines->value(4).toString();
            line.quantity = lines->value(5).toLongLong();
            returnReasonFromKey(lines->value(6).toString(), line.reason);
            if (!lines->value(7).isNull())
                line.decision = lines->value(7).toString() == QLatin1String("restock") ? ReturnDecision::Restock
                                                                                       : ReturnDecision::WriteOff;
            line.locationId = lines->value(8).toLongLong();
            r.lines.append(line);
        }
    }
    return list;
}

Result<Return> Returns::load(qint64 returnId) const
{
    auto found = query(QStringLiteral("WHERE t.id = ?"), {returnId}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Returns", "This return does not exist."));
    return found->first();
}

Result<qint64> Returns::idForNumber(const QString& number) const
{
    QString wanted = number.trimmed().toUpper();
    if (wanted.isEmpty())
        return qint64(0);
    if (!wanted.startsWith(QLatin1String("R-")))
        wanted.prepend(QLatin1String("R-"));
    auto id = scalar(m_database->connection(), QStringLiteral("SELECT id FROM returns WHERE number = ?"), {wanted});
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : qint64(0);
}

Result<QList<Return>> Returns::forOrder(qint64 orderId) const
{
    return query(QStringLiteral("WHERE t.order_id = ?"), {orderId}, 1000);
}

Result<QList<Return>> Returns::list(std::optional<ReturnStatus> status, int limit) const
{
    if (status)
        return query(QStringLiteral("WHERE t.status = ?"), {returnStatusKey(*status)}, limit);
    return query({}, {}, limit);
}

Status Returns::receive(qint64 returnId, const QList<ReturnReceipt>& receipts, const Money& refund)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto current = load(returnId);
    if (!current)
        return current.error();
    if (current->status != ReturnStatus::Open)
        return refused(QCoreApplication::translate("Returns", "Return %1 is %2: it was dealt with already.")
                           .arg(current->number, returnStatusLabel(current->status).toLower()));
    if (refund.isNegative())
        return refused(QCoreApplication::translate("Returns", "A refund cannot be negative."),
            QCoreApplication::translate("Returns", "Refund"));
    const QSqlDatabase db = m_database->connection();
    auto paid = scalar(db, QStringLiteral("SELECT total_minor FROM orders WHERE id = ?"), {current->orderId});
    if (!paid)
        return paid.error();
    if (refund.minorUnits() > paid->toLongLong())
        return refused(QCoreApplication::translate("Returns", "The refund is more than the customer paid for order %1.")
                           .arg(current->orderNumber),
            QCoreApplication::translate("Returns", "Refund"));
    // Parcels come back by post: to the first location (the warehouse) unless told otherwise.
    auto first = scalar(db, QStringLiteral("SELECT min(id) FROM locations"));
    if (!first)
        return first.error();

    QHash<qint64, ReturnReceipt> byLine;
    for (const ReturnReceipt& receipt : receipts)
        byLine.insert(receipt.lineId, receipt);
    inventory::StockLedger ledger(m_database);
    int restocked = 0, writtenOff = 0;
    for (const ReturnLine& line : current->lines) {
        const ReturnReceipt receipt = byLine.value(line.id, ReturnReceipt {line.id, ReturnDecision::Restock, 0});
        const qint64 location = receipt.locationId ? receipt.locationId : first->toLongLong();
        if (line.variantId != 0) {
            auto back = ledger.recordWithin(transaction, line.variantId, location, line.quantity,
                MovementReason::Return, returnReasonLabel(line.reason), current->number);
            if (!back)
                return back.error();
            if (receipt.decision == ReturnDecision::WriteOff) {
                auto lost
                    = ledger.recordWithin(transaction, line.variantId, location, -line.quantity, MovementReason::Damage,
                        QCoreApplication::translate("Returns", "Written off on return: %1")
                            .arg(returnReasonLabel(line.reason)),
                        current->number);
                if (!lost)
                    return lost.error();
            }
        }
        (receipt.decision == ReturnDecision::Restock ? restocked : writtenOff) += int(line.quantity);
        if (auto saved
            = execute(db, QStringLiteral("UPDATE return_lines SET decision = ?, location_id = ? WHERE id = ?"),
                {receipt.decision == ReturnDecision::Restock ? QStringLiteral("restock") : QStringLiteral("write_off"),
                    location, line.id});
            !saved)
            return saved;
    }
    const qint64 now = m_database->clock().nowSecs();
    if (auto saved = execute(db,
            QStringLiteral("UPDATE returns SET status = 'received', refund_minor = ?, received_at = ?, updated_at = ? "
                           "WHERE id = ?"),
            {qint64(refund.minorUnits()), now, now, returnId});
        !saved)
        return saved;
    OrderBook book(m_database);
    QString note = QCoreApplication::translate("Returns", "Return %1 received: %2 back in stock, %3 written off")
                       .arg(current->number)
                       .arg(restocked)
                       .arg(writtenOff);
    if (!refund.isZero())
        note += QCoreApplication::translate("Returns", "; refund %1").arg(refund.format());
    if (auto logged = book.logEventWithin(transaction, current->orderId, EventKind::Return, note); !logged)
        return logged;
    // Everything shipped came back: the order is returned.
    auto left = scalar(db,
        QStringLiteral("SELECT coalesce(sum(l.quantity), 0) - coalesce((SELECT sum(x.quantity) FROM return_lines x "
                       "JOIN returns t ON t.id = x.return_id JOIN order_lines y ON y.id = x.order_line_id WHERE "
                       "y.order_id = ? AND t.status IN ('received', 'closed')), 0) FROM order_lines l "
                       "WHERE l.order_id = ?"),
        {current->orderId, current->orderId});
    if (!left)
        return left.error();
    if (left->toLongLong() <= 0)
        if (auto returned = book.markReturnedWithin(transaction, current->orderId, current->number); !returned)
            return returned;
    return transaction.commit();
}

Status Returns::close(qint64 returnId)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto current = load(returnId);
    if (!current)
        return current.error();
    if (current->status != ReturnStatus::Received)
        return refused(
            QCoreApplication::translate("Returns", "Receive return %1 before closing it.").arg(current->number));
    const qint64 now = m_database->clock().nowSecs();
    if (auto saved = execute(m_database->connection(),
            QStringLiteral("UPDATE returns SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ?"),
            {now, now, returnId});
        !saved)
        return saved;
    return transaction.commit();
}

Status Returns::cancel(qint64 returnId)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto current = load(returnId);
    if (!current)
        return current.error();
    if (current->status != ReturnStatus::Open)
        return refused(QCoreApplication::translate("Returns", "Return %1 was received: it can no longer be cancelled.")
                           .arg(current->number));
    const qint64 now = m_database->clock().nowSecs();
    if (auto saved = execute(m_database->connection(),
            QStringLiteral("UPDATE returns SET status = 'cancelled', closed_at = ?, updated_at = ? WHERE id = ?"),
            {now, now, returnId});
        !saved)
        return saved;
    if (auto logged = OrderBook(m_database)
                          .logEventWithin(transaction, current->orderId, EventKind::Return,
                              QCoreApplication::translate("Returns", "Return %1 cancelled").arg(current->number));
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace comptoir::orders
