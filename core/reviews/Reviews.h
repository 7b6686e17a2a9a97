#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::storage {
class Transaction;
}

namespace comptoir::reviews {

// Where a review was written.
enum class Source
{
    Website, // the shop's own site (typed in, or Comptoir's file)
    Google,
    Trustpilot,
    JudgeMe,
    WooCommerce,
    Marketplace,
    Other,
};

QString sourceKey(Source source);
bool sourceFromKey(const QString& key, Source& source);
QString sourceLabel(Source source);
QList<Source> sources();

enum class ReviewStatus
{
    New, // not looked at yet
    ToAnswer, // looked at, to answer
    Answered,
    Ignored, // nothing to answer (spam, a bare rating)
};

QString reviewStatusKey(ReviewStatus status);
bool reviewStatusFromKey(const QString& key, ReviewStatus& status);
QString reviewStatusLabel(ReviewStatus status);

// Why a customer was unhappy.
enum class Cause
{
    DeliveryDelay,
    DamagedParcel,
    ProductQuality,
    Sizing,
    NotAsDescribed,
    CustomerService,
    Price,
};

QString causeKey(Cause cause);
bool causeFromKey(const QString& key, Cause& cause);
QString causeLabel(Cause cause);
QList<Cause> causes();

enum class CauseState
{
    Suggested, // from the review's words, not confirmed yet
    Confirmed,
    Rejected, // the merchant said no: never suggested again for this review
};

struct CauseTag
{
    Cause cause = Cause::DeliveryDelay;
    CauseState state = CauseState::Suggested;

    friend bool operator==(const CauseTag&, const CauseTag&) = default;
};

// A review of 3 stars or fewer is an unhappy one: first in the queue, its causes looked for.
constexpr int kUnhappyAtMost = 3;
// The longest reply Comptoir keeps.
constexpr int kReplyLimit = 5000;
// The longest reply the platform takes (Google: 4,096 characters).
int replyLimit(Source source);

// The triage queue a review is in: 0 unhappy and waiting, 1 happy and waiting, 2 answered, 3 ignored.
int queueOf(ReviewStatus status, int rating);

struct Review
{
    qint64 id = 0;
    Source source = Source::Website;
    QString externalId; // the platform's id; empty: Comptoir makes a fingerprint
    qint64 productId = 0; // 0: a review of the shop
    qint64 variantId = 0;
    qint64 orderId = 0;
    qint64 customerId = 0;
    int rating = 5;
    QString title;
    QString body;
    QString author;
    QString authorEmail;
    QString language; // "fr", "en"; empty when unknown
    bool verified = false;
    QDateTime writtenAt; // UTC
    QString reply;
    QDateTime repliedAt;
    QDateTime replyPublishedAt;
    ReviewStatus status = ReviewStatus::New;
    QStringList photos; // file paths or addresses
    QList<CauseTag> causes; // rejected ones included
    int version = 1;

    // Read with the review, never written.
    QString productName;
    QString orderNumber;

    bool unhappy() const { return rating <= kUnhappyAtMost; }
    bool waiting() const { return status == ReviewStatus::New || status == ReviewStatus::ToAnswer; }
    // The causes that count (suggested or confirmed).
    QList<Cause> activeCauses() const;
};

// The shop's reviews: added (typed in or imported, never twice), read, answered, triaged and tagged
// with their causes. Every write in one transaction; the triage queue kept with status and rating.
class ReviewBook final
{
public:
    explicit ReviewBook(storage::DatabasePtr database);

    struct Added
    {
        qint64 id = 0;
        bool added = false; // false: the same review was already there (same source and id)
    };

    // Checks and adds a review. Without an external id, a fingerprint of author, day, rating and
    // text is its id. The author's customer and order are found when the review names neither (the
    // customer by email, the order as that customer's last one of the product before the review).
    // An unhappy review gets its causes suggested from its words. A review already there is left as
    // it is.
    Result<Added> add(const Review& review);
    Result<Added> addWithin(const storage::Transaction& transaction, const Review& review);
    // The problems with a review before it is added ("The rating must be 1 to 5 stars.").
    static Status check(const Review& review);
    static QString fingerprint(const Review& review);

    Result<Review> load(qint64 reviewId) const;
    // The reviews written from an order, newest first.
    Result<QList<Review>> forOrder(qint64 orderId) const;

    // The shop's reply: the review is answered (an empty reply takes it back to answer). The
    // reply is to be published again on its platform.
    Status setReply(qint64 reviewId, const QString& reply);
    Status setStatus(qint64 reviewId, ReviewStatus status);
    // Confirms, suggests or rejects a cause.
    Status setCause(qint64 reviewId, Cause cause, CauseState state);
    Status linkOrder(qint64 reviewId, qint64 orderId);
    // The replies were exported or pushed to their platform.
    Status markPublished(const QList<qint64>& reviewIds);

private:
    // Counts a change; returns the review's rating.
    Result<int> touch(const QSqlDatabase& db, qint64 reviewId);

    storage::DatabasePtr m_database;
};

} // namespace comptoir::reviews
