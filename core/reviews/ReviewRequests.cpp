#include "reviews/ReviewRequests.h"

#include "messages/Inbox.h"
#include "messages/Templates.h"
#include "settings/ShopSettings.h"
#include "storage/KeysetQuery.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir::reviews {

using storage::execute;
using storage::run;
using storage::scalar;
using storage::Transaction;

namespace {

// An order that may be asked: delivered (not cancelled nor returned, no return under way), with an
// address, not reviewed, never asked nor skipped.
const QLatin1String kAskable(
    "o.status = 'delivered' AND o.email <> '' "
    "AND NOT EXISTS (SELECT 1 FROM review_requests q WHERE q.order_id = o.id) "
    "AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.order_id = o.id) "
    "AND NOT EXISTS (SELECT 1 FROM returns t WHERE t.order_id = o.id AND t.status <> 'cancelled')");

Error invalid(const QString& message)
{
    return Error(Error::Code::InvalidInput, message);
}

QString noReviewUrl()
{
    return QCoreApplication::translate("ReviewRequests",
        "The request links to your review page, but its address is not set: give it first (setting %1).")
        .arg(QString::fromLatin1(messages::Templates::kReviewUrlKey));
}

qint64 startOfDay(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

ReviewRequests::ReviewRequests(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<int> ReviewRequests::requestDays() const
{
    auto stored = settings::ShopSettings(m_database).value(QString::fromLatin1(kRequestDaysKey));
    if (!stored)
        return stored.error();
    bool ok = false;
    const int days = stored->trimmed().toInt(&ok);
    return ok && days >= 0 ? days : kDefaultRequestDays;
}

Status ReviewRequests::setRequestDays(int days)
{
    if (days < 0 || days > 365)
        return invalid(QCoreApplication::translate(
            "ReviewRequests", "A review is asked for 0 to 365 days after delivery (0: never), not %1.")
                           .arg(days));
    return settings::ShopSettings(m_database).setValue(QString::fromLatin1(kRequestDaysKey), QString::number(days));
}

Result<QList<DueRequest>> ReviewRequests::due(const QDate& today, int limit, QVariantList& cursor) const
{
    auto days = requestDays();
    if (!days)
        return days.error();
    if (*days == 0)
        return QList<DueRequest> {};
    // Delivered on day D, asked from day D + N, for a month; through the partial index orders_delivered.
    storage::KeysetQuery::Spec spec;
    spec.select = QStringLiteral("o.id, o.number, o.customer_name, o.email, o.ship_country");
    spec.from = QStringLiteral("orders o");
    spec.idColumn = QStringLiteral("o.id");
    spec.sortColumns = {QStringLiteral("o.delivered_at")};
    spec.conditions << QStringLiteral("o.delivered_at >= ?") << QStringLiteral("o.delivered_at < ?") << kAskable;
    spec.conditionValues << startOfDay(today.addDays(-(*days + kRequestWindowDays)))
                         << startOfDay(today.addDays(1 - *days));
    auto rows = storage::KeysetQuery::fetch(m_database->connection(), spec, cursor, limit);
    if (!rows)
        return rows.error();
    QList<DueRequest> list;
    list.reserve(rows->size());
    for (const QVariantList& row : *rows) {
        DueRequest request;
        request.orderId = row[0].toLongLong();
        request.orderNumber = row[1].toString();
        request.customerName = row[2].toString();
        request.email = row[3].toString();
        request.country = row[4].toString();
        request.deliveredAt = QDateTime::fromSecsSinceEpoch(row[5].toLongLong(), QTimeZone::utc());
        list.append(request);
    }
    if (!rows->isEmpty())
        cursor = storage::KeysetQuery::cursorAfter(spec, rows->last());
    return list;
}

Result<qint64> ReviewRequests::draft(qint64 orderId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto order = run(db,
        QStringLiteral(
            "SELECT o.number, o.customer_name, o.email, o.ship_country, o.status, (SELECT state FROM "
            "review_requests WHERE order_id = o.id), EXISTS (SELECT 1 FROM reviews WHERE order_id = o.id), (")
            + kAskable + QStringLiteral(") FROM orders o WHERE o.id = ?"),
        {orderId});
    if (!order)
        return order.error();
    if (!order->next())
        return Error(
            Error::Code::NotFound, QCoreApplication::translate("ReviewRequests", "This order does not exist."));
    const QString number = order->value(0).toString();
    if (!order->value(7).toBool()) {
        if (!order->value(5).isNull())
            return invalid(order->value(5).toString() == QLatin1String("skipped")
                    ? QCoreApplication::translate(
                        "ReviewRequests", "Order %1's customer is not to be asked for a review: it was skipped.")
                          .arg(number)
                    : QCoreApplication::translate(
                        "ReviewRequests", "Order %1's customer was already asked for a review.")
                          .arg(number));
        if (order->value(6).toBool())
            return invalid(
                QCoreApplication::translate("ReviewRequests", "Order %1's customer has already written a review.")
                    .arg(number));
        if (order->value(2).toString().trimmed().isEmpty())
            return invalid(QCoreApplication::translate("ReviewRequests", "Order %1 has no email address.").arg(number));
        if (order->value(4).toString() != QLatin1String("delivered"))
            return invalid(QCoreApplication::translate(
                "ReviewRequests", "Order %1 is not delivered: a review is asked once the customer has it.")
                               .arg(number));
        return invalid(QCoreApplication::translate(
            "ReviewRequests", "Order %1 is being returned: its customer is not asked for a review.")
                           .arg(number));
    }
    const QString name = order->value(1).toString().trimmed();
    const QString email = order->value(2).toString().trimmed();
    const QString language = messages::Templates::languageForCountry(order->value(3).toString());

    auto found = messages::Templates(m_database).find(QString::fromLatin1(kTemplateKey), language);
    if (!found)
        return found.error();
    auto values = messages::valuesForOrder(m_database, orderId, 0, language);
    if (!values)
        return values.error();
    QStringList missing;
    const QString subject = messages::renderTemplate(found->subject, *values, &missing);
    const QString body = messages::renderTemplate(found->body, *values, &missing);
    if (missing.contains(QLatin1String("shop.review_url")))
        return invalid(noReviewUrl());

    // The order's latest conversation, unless a draft waits there already (one draft per thread).
    messages::Inbox inbox(m_database);
    auto threads = inbox.threadsForOrder(orderId);
    if (!threads)
        return threads.error();
    qint64 threadId = 0;
    if (!threads->isEmpty()) {
        auto drafts
            = scalar(db, QStringLiteral("SELECT count(*) FROM messages WHERE thread_id = ? AND state = 'draft'"),
                {threads->first().id});
        if (!drafts)
            return drafts.error();
        if (drafts->toInt() == 0)
            threadId = threads->first().id;
    }
    if (threadId == 0) {
        auto started = inbox.startThreadForOrderWithin(transaction, orderId, subject);
        if (!started)
            return started.error();
        threadId = *started;
    }
    messages::Draft draft;
    draft.threadId = threadId;
    draft.to = name.isEmpty() ? email : QStringLiteral("%1 <%2>").arg(name, email);
    draft.subject = subject;
    draft.body = body;
    draft.templateKey = QString::fromLatin1(kTemplateKey);
    auto draftId = inbox.saveDraftWithin(transaction, draft);
    if (!draftId)
        return draftId.error();
    if (auto recorded = execute(db,
            QStringLiteral("INSERT INTO review_requests (order_id, message_id, state, created_at) "
                           "VALUES (?, ?, 'drafted', ?)"),
            {orderId, *draftId, m_database->clock().nowSecs()});
        !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *draftId;
}

Status ReviewRequests::skip(qint64 orderId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto number = scalar(db, QStringLiteral("SELECT number FROM orders WHERE id = ?"), {orderId});
    if (!number)
        return number.error();
    if (!number->isValid())
        return Error(
            Error::Code::NotFound, QCoreApplication::translate("ReviewRequests", "This order does not exist."));
    auto known = scalar(db, QStringLiteral("SELECT count(*) FROM review_requests WHERE order_id = ?"), {orderId});
    if (!known)
        return known.error();
    if (known->toInt() > 0)
        return invalid(QCoreApplication::translate(
            "ReviewRequests", "Order %1's customer was already asked for a review, or skipped.")
                           .arg(number->toString()));
    if (auto recorded = execute(db,
            QStringLiteral("INSERT INTO review_requests (order_id, message_id, state, created_at) "
                           "VALUES (?, NULL, 'skipped', ?)"),
            {orderId, m_database->clock().nowSecs()});
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<DraftedRequests> ReviewRequests::draftAll(const QDate& today)
{
    DraftedRequests result;
    QVariantList cursor;
    for (;;) {
        auto page = due(today, 200, cursor);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        for (const DueRequest& request : std::as_const(*page)) {
            auto drafted = draft(request.orderId);
            if (drafted) {
                ++result.drafted;
                continue;
            }
            // The shop's own setting, not the order's: no use trying the others.
            if (drafted.error().message == noReviewUrl())
                return drafted.error();
            result.failures << QCoreApplication::translate("ReviewRequests", "Order %1: %2")
                                   .arg(request.orderNumber, drafted.error().message);
        }
    }
    return result;
}

} // namespace comptoir::reviews
