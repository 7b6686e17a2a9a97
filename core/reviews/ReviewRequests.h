#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace comptoir::reviews {

// A delivered order whose customer can be asked for a review.
struct DueRequest
{
    qint64 orderId = 0;
    QString orderNumber;
    QString customerName;
    QString email;
    QString country;
    QDateTime deliveredAt; // UTC
};

// What drafting every due request did.
struct DraftedRequests
{
    int drafted = 0;
    QStringList failures; // "Order #1042: why", one per order not drafted
};

// Asking customers for a review some days after delivery: the orders due (delivered `requestDays()`
// days ago or more, with an address, not reviewed yet, never asked, neither cancelled nor returned),
// a draft of the `review_request` template in the order's conversation, reviewed and sent from the
// Messages page through the outbox, or the order skipped. An order is asked once, ever.
class ReviewRequests final
{
public:
    // Days after delivery before asking (a business setting; 0: never ask).
    static constexpr auto kRequestDaysKey = "reviews.request_days";
    static constexpr int kDefaultRequestDays = 7;
    // An order delivered longer ago than the delay plus this many days is no longer asked.
    static constexpr int kRequestWindowDays = 30;
    static constexpr auto kTemplateKey = "review_request";

    explicit ReviewRequests(storage::DatabasePtr database);

    Result<int> requestDays() const;
    Status setRequestDays(int days);

    // The orders due on `today` (UTC), delivered first first, `limit` at a time: `cursor` holds where
    // the previous page ended (empty for the first page) and is moved past the page returned.
    Result<QList<DueRequest>> due(const QDate& today, int limit, QVariantList& cursor) const;
    // Writes the request as a draft in the order's latest conversation (a new one when it has none or
    // its latest holds a draft already) and records the request, in one transaction. Refuses an order
    // that is not due, whatever the day; and when the template links to the review page
    // ({{shop.review_url}}) but the shop has not given its address. Returns the draft's id.
    Result<qint64> draft(qint64 orderId);
    // The merchant chose not to ask this order's customer.
    Status skip(qint64 orderId);
    // Drafts every request due on `today`; an order that cannot be drafted is reported and left due.
    // Fails at once when the review page's address is needed and not set.
    Result<DraftedRequests> draftAll(const QDate& today);

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::reviews
