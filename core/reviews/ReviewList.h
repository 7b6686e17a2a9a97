#pragma once

#include "common/Result.h"
#include "reviews/Reviews.h"
#include "storage/Database.h"
#include "storage/KeysetQuery.h"

#include <QList>
#include <QVariantList>

namespace comptoir::reviews {

// A review as the Reviews page lists it (no photos; its active causes' keys).
struct ReviewRow
{
    qint64 id = 0;
    Source source = Source::Website;
    int rating = 5;
    QString title;
    QString snippet; // the start of the text
    QString author;
    QDateTime writtenAt;
    ReviewStatus status = ReviewStatus::New;
    bool replied = false;
    bool verified = false;
    qint64 productId = 0;
    QString productName;
    qint64 orderId = 0;
    QString orderNumber;
    QList<Cause> causes;
};

// The reviews of the Reviews page, read page by page (keyset paging). The triage queue lists the
// waiting ones, unhappy first, oldest first in each; the other lists are newest first.
class ReviewList final
{
public:
    enum class Filter
    {
        Queue, // waiting for an answer or a decision: unhappy first, then by age
        Unhappy, // 3 stars or fewer, whatever their state
        Answered,
        Ignored,
        All,
    };

    explicit ReviewList(storage::DatabasePtr database);

    void setFilter(Filter filter) { m_filter = filter; }
    Filter filter() const { return m_filter; }
    // Words of the title, text or author, or an order number.
    void setText(const QString& text) { m_text = text.trimmed(); }
    void setProduct(qint64 productId) { m_productId = productId; }
    // Only reviews with this cause (suggested or confirmed).
    void setCause(std::optional<Cause> cause) { m_cause = cause; }

    Result<QList<ReviewRow>> fetch(int limit, QVariantList& cursor) const;
    Result<qint64> count() const;

private:
    storage::KeysetQuery::Spec spec() const;

    storage::DatabasePtr m_database;
    Filter m_filter = Filter::Queue;
    QString m_text;
    qint64 m_productId = 0;
    std::optional<Cause> m_cause;
};

} // namespace comptoir::reviews
