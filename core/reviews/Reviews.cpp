#include "reviews/Reviews.h"

#include "common/EnumNames.h"
#include "reviews/CauseTagger.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir::reviews {

using storage::execute;
using storage::run;
using storage::scalar;
using storage::Transaction;

namespace {

const EnumName<Source> kSources[] = {
    {Source::Website, "website", QT_TRANSLATE_NOOP("Reviews", "Website")},
    {Source::Google, "google", QT_TRANSLATE_NOOP("Reviews", "Google")},
    {Source::Trustpilot, "trustpilot", QT_TRANSLATE_NOOP("Reviews", "Trustpilot")},
    {Source::JudgeMe, "judgeme", QT_TRANSLATE_NOOP("Reviews", "Judge.me")},
    {Source::WooCommerce, "woocommerce", QT_TRANSLATE_NOOP("Reviews", "WooCommerce")},
    {Source::Marketplace, "marketplace", QT_TRANSLATE_NOOP("Reviews", "Marketplace")},
    {Source::Other, "other", QT_TRANSLATE_NOOP("Reviews", "Other")},
};

const EnumName<ReviewStatus> kStatuses[] = {
    {ReviewStatus::New, "new", QT_TRANSLATE_NOOP("Reviews", "New")},
    {ReviewStatus::ToAnswer, "to_answer", QT_TRANSLATE_NOOP("Reviews", "To answer")},
    {ReviewStatus::Answered, "answered", QT_TRANSLATE_NOOP("Reviews", "Answered")},
    {ReviewStatus::Ignored, "ignored", QT_TRANSLATE_NOOP("Reviews", "Ignored")},
};

const EnumName<Cause> kCauses[] = {
    {Cause::DeliveryDelay, "delivery_delay", QT_TRANSLATE_NOOP("Reviews", "Delivery delay")},
    {Cause::DamagedParcel, "damaged_parcel", QT_TRANSLATE_NOOP("Reviews", "Damaged parcel")},
    {Cause::ProductQuality, "product_quality", QT_TRANSLATE_NOOP("Reviews", "Product quality")},
    {Cause::Sizing, "sizing", QT_TRANSLATE_NOOP("Reviews", "Sizing")},
    {Cause::NotAsDescribed, "not_as_described", QT_TRANSLATE_NOOP("Reviews", "Not as described")},
    {Cause::CustomerService, "customer_service", QT_TRANSLATE_NOOP("Reviews", "Customer service")},
    {Cause::Price, "price", QT_TRANSLATE_NOOP("Reviews", "Price")},
};

const EnumName<CauseState> kCauseStates[] = {
    {CauseState::Suggested, "suggested", ""},
    {CauseState::Confirmed, "confirmed", ""},
    {CauseState::Rejected, "rejected", ""},
};

Error invalid(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

const QLatin1String kReviewColumns(
    "r.id, r.source, r.external_id, r.product_id, r.variant_id, r.order_id, r.customer_id, r.rating, r.title, "
    "r.body, r.author, r.author_email, r.language, r.verified, r.written_at, r.reply, r.replied_at, "
    "r.reply_published_at, r.status, r.version, (SELECT name FROM products WHERE id = r.product_id), "
    "(SELECT number FROM orders WHERE id = r.order_id) FROM reviews r ");

Review reviewFrom(const QSqlQuery& q)
{
    Review r;
    r.id = q.value(0).toLongLong();
    sourceFromKey(q.value(1).toString(), r.source);
    r.externalId = q.value(2).toString();
    r.productId = q.value(3).toLongLong();
    r.variantId = q.value(4).toLongLong();
    r.orderId = q.value(5).toLongLong();
    r.customerId = q.value(6).toLongLong();
    r.rating = q.value(7).toInt();
    r.title = q.value(8).toString();
    r.body = q.value(9).toString();
    r.author = q.value(10).toString();
    r.authorEmail = q.value(11).toString();
    r.language = q.value(12).toString();
    r.verified = q.value(13).toBool();
    r.writtenAt = timeFrom(q.value(14));
    r.reply = q.value(15).toString();
    r.repliedAt = timeFrom(q.value(16));
    r.replyPublishedAt = timeFrom(q.value(17));
    reviewStatusFromKey(q.value(18).toString(), r.status);
    r.version = q.value(19).toInt();
    r.productName = q.value(20).toString();
    r.orderNumber = q.value(21).toString();
    return r;
}

Error notFound()
{
    return Error(Error::Code::NotFound, QCoreApplication::translate("Reviews", "This review does not exist."));
}

} // namespace

QString sourceKey(Source source)
{
    return enumKey(kSources, source);
}

bool sourceFromKey(const QString& key, Source& source)
{
    return enumFromKey(kSources, key, source);
}

QString sourceLabel(Source source)
{
    return enumLabel(kSources, source, "Reviews");
}

QList<Source> sources()
{
    return enumValues(kSources);
}

QString reviewStatusKey(ReviewStatus status)
{
    return enumKey(kStatuses, status);
}

bool reviewStatusFromKey(const QString& key, ReviewStatus& status)
{
    return enumFromKey(kStatuses, key, status);
}

QString reviewStatusLabel(ReviewStatus status)
{
    return enumLabel(kStatuses, status, "Reviews");
}

QString causeKey(Cause cause)
{
    return enumKey(kCauses, cause);
}

bool causeFromKey(const QString& key, Cause& cause)
{
    return enumFromKey(kCauses, key, cause);
}

QString causeLabel(Cause cause)
{
    return enumLabel(kCauses, cause, "Reviews");
}

QList<Cause> causes()
{
    return enumValues(kCauses);
}

int replyLimit(Source source)
{
    return source == Source::Google ? 4096 : kReplyLimit;
}

int queueOf(ReviewStatus status, int rating)
{
    switch (status) {
    case ReviewStatus::New:
    case ReviewStatus::ToAnswer:
        return rating <= kUnhappyAtMost ? 0 : 1;
    case ReviewStatus::Answered:
        return 2;
    case ReviewStatus::Ignored:
        return 3;
    }
    return 3;
}

QList<Cause> Review::activeCauses() const
{
    QList<Cause> list;
    for (const CauseTag& tag : causes)
        if (tag.state != CauseState::Rejected)
            list.append(tag.cause);
    return list;
}

ReviewBook::ReviewBook(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

Status ReviewBook::check(const Review& review)
{
    if (review.rating < 1 || review.rating > 5)
        return invalid(
            QCoreApplication::translate("Reviews", "The rating must be 1 to 5 stars, not %1.").arg(review.rating),
            QCoreApplication::translate("Reviews", "Rating"));
    if (!review.writtenAt.isValid())
        return invalid(QCoreApplication::translate("Reviews", "The review needs the day it was written."),
            QCoreApplication::translate("Reviews", "Date"));
    if (review.title.trimmed().isEmpty() && review.body.trimmed().isEmpty() && review.author.trimmed().isEmpty())
        return invalid(QCoreApplication::translate(
            "Reviews", "The review has no title, no text and no author: there is nothing to keep."));
    if (review.reply.size() > kReplyLimit)
        return invalid(QCoreApplication::translate("Reviews", "The reply is %1 characters long; %2 at most.")
                           .arg(review.reply.size())
                           .arg(kReplyLimit),
            QCoreApplication::translate("Reviews", "Reply"));
    return {};
}

QString ReviewBook::fingerprint(const Review& review)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(review.author.trimmed().toLower().toUtf8());
    hash.addData("\x1f");
    hash.addData(review.writtenAt.toUTC().date().toString(Qt::ISODate).toUtf8());
    hash.addData("\x1f");
    hash.addData(QByteArray::number(review.rating));
    hash.addData("\x1f");
    hash.addData(foldedWords(review.title + QLatin1Char('\n') + review.body).toUtf8());
    return QStringLiteral("fp:") + QString::fromLatin1(hash.result().toHex().left(24));
}

Result<ReviewBook::Added> ReviewBook::add(const Review& review)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto added = addWithin(transaction, review);
    if (!added)
        return added;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<ReviewBook::Added> ReviewBook::addWithin(const Transaction&, const Review& review)
{
    if (auto checked = check(review); !checked)
        return checked.error();
    const QSqlDatabase db = m_database->connection();
    const QString externalId
        = review.externalId.trimmed().isEmpty() ? fingerprint(review) : review.externalId.trimmed();
    const QString source = sourceKey(review.source);
    auto known = scalar(
        db, QStringLiteral("SELECT id FROM reviews WHERE source = ? AND external_id = ?"), {source, externalId});
    if (!known)
        return known.error();
    if (known->isValid())
        return Added {known->toLongLong(), false};

    const QString email = review.authorEmail.trimmed().toLower();
    const qint64 writtenAt = review.writtenAt.toSecsSinceEpoch();
    qint64 orderId = review.orderId;
    qint64 customerId = review.customerId;
    // The order the review comes from: the author's last one (of the product) before the review.
    if (orderId == 0 && !email.isEmpty()) {
        auto order = run(db,
            QStringLiteral("SELECT o.id, o.customer_id FROM orders o WHERE o.email IN (?, ?) AND o.placed_at <= ? "
                           "AND (? = 0 OR EXISTS (SELECT 1 FROM order_lines l JOIN variants v ON v.id = l.variant_id "
                           "WHERE l.order_id = o.id AND v.product_id = ?)) ORDER BY o.placed_at DESC LIMIT 1"),
            {email, review.authorEmail.trimmed(), writtenAt, review.productId, review.productId});
        if (!order)
            return order.error();
        if (order->next()) {
            orderId = order->value(0).toLongLong();
            if (customerId == 0)
                customerId = order->value(1).toLongLong();
        }
    } else if (orderId > 0 && customerId == 0) {
        auto customer = scalar(db, QStringLiteral("SELECT customer_id FROM orders WHERE id = ?"), {orderId});
        if (!customer)
            return customer.error();
        if (!customer->isValid())
            return invalid(QCoreApplication::translate("Reviews", "Order %1 does not exist.").arg(orderId));
        customerId = customer->toLongLong();
    }
    if (customerId == 0 && !email.isEmpty()) {
        auto customer
            = scalar(db, QStringLiteral("SELECT id FROM customers WHERE email IN (?, ?) ORDER BY id DESC LIMIT 1"),
                {email, review.authorEmail.trimmed()});
        if (!customer)
            return customer.error();
        customerId = customer->toLongLong();
    }

    ReviewStatus status = review.status;
    if (status == ReviewStatus::New && !review.reply.trimmed().isEmpty())
        status = ReviewStatus::Answered;
    QDateTime repliedAt = review.repliedAt;
    if (!review.reply.trimmed().isEmpty() && !repliedAt.isValid())
        repliedAt = review.writtenAt;
    const qint64 now = m_database->clock().nowSecs();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO reviews (source, external_id, product_id, variant_id, order_id, customer_id, rating, title, "
        "body, author, author_email, language, verified, written_at, reply, replied_at, reply_published_at, status, "
        "queue, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
        {QVariant(source), QVariant(externalId), idOrNull(review.productId), idOrNull(review.variantId),
            idOrNull(orderId), idOrNull(customerId), QVariant(review.rating), storage::text(review.title.trimmed()),
            storage::text(review.body.trimmed()), storage::text(review.author.trimmed()), storage::text(email),
            storage::text(review.language.trimmed().toLower()), QVariant(review.verified ? 1 : 0), QVariant(writtenAt),
            storage::text(review.reply.trimmed()),
            timeOrNull(review.reply.trimmed().isEmpty() ? QDateTime() : repliedAt), timeOrNull(review.replyPublishedAt),
            QVariant(reviewStatusKey(status)), QVariant(queueOf(status, review.rating)), QVariant(now), QVariant(now)})
        insert.addBindValue(value);
    if (!insert.exec())
        return storage::sqlError(insert, QCoreApplication::translate("Reviews", "Could not save the review."));
    const qint64 id = insert.lastInsertId().toLongLong();

    for (int i = 0; i < review.photos.size(); ++i) {
        if (review.photos.at(i).trimmed().isEmpty())
            continue;
        if (auto photo
            = execute(db, QStringLiteral("INSERT INTO review_photos (review_id, position, path) VALUES (?, ?, ?)"),
                {id, i, review.photos.at(i).trimmed()});
            !photo)
            return photo.error();
    }
    // The causes given, else those the words of an unhappy review point to.
    QList<CauseTag> tags = review.causes;
    if (tags.isEmpty() && review.unhappy()) {
        for (Cause cause : suggestCauses(review.title + QLatin1Char('\n') + review.body))
            tags.append({cause, CauseState::Suggested});
    }
    for (const CauseTag& tag : tags) {
        if (auto tagged = execute(db,
                QStringLiteral("INSERT OR REPLACE INTO review_causes (review_id, cause, state, rating, written_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {id, causeKey(tag.cause), enumKey(kCauseStates, tag.state), review.rating, writtenAt});
            !tagged)
            return tagged.error();
    }
    return Added {id, true};
}

Result<Review> ReviewBook::load(qint64 reviewId) const
{
    const QSqlDatabase db = m_database->connection();
    auto q = run(db, QStringLiteral("SELECT ") + kReviewColumns + QStringLiteral("WHERE r.id = ?"), {reviewId});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound();
    Review review = reviewFrom(*q);
    auto photos
        = run(db, QStringLiteral("SELECT path FROM review_photos WHERE review_id = ? ORDER BY position"), {reviewId});
    if (!photos)
        return photos.error();
    while (photos->next())
        review.photos.append(photos->value(0).toString());
    auto tags = run(db, QStringLiteral("SELECT cause, state FROM review_causes WHERE review_id = ?"), {reviewId});
    if (!tags)
        return tags.error();
    while (tags->next()) {
        CauseTag tag;
        if (causeFromKey(tags->value(0).toString(), tag.cause)
            && enumFromKey(kCauseStates, tags->value(1).toString(), tag.state))
            review.causes.append(tag);
    }
    // In the order of the causes' list, whatever the order they were added in.
    std::sort(review.causes.begin(), review.causes.end(),
        [](const CauseTag& a, const CauseTag& b) { return int(a.cause) < int(b.cause); });
    return review;
}

Result<QList<Review>> ReviewBook::forOrder(qint64 orderId) const
{
    auto q = run(m_database->connection(),
        QStringLiteral("SELECT ") + kReviewColumns + QStringLiteral("WHERE r.order_id = ? ORDER BY r.written_at DESC"),
        {orderId});
    if (!q)
        return q.error();
    QList<Review> list;
    while (q->next())
        list.append(reviewFrom(*q));
    return list;
}

Result<int> ReviewBook::touch(const QSqlDatabase& db, qint64 reviewId)
{
    auto rating = scalar(db, QStringLiteral("SELECT rating FROM reviews WHERE id = ?"), {reviewId});
    if (!rating)
        return rating.error();
    if (!rating->isValid())
        return notFound();
    if (auto updated
        = execute(db, QStringLiteral("UPDATE reviews SET updated_at = ?, version = version + 1 WHERE id = ?"),
            {m_database->clock().nowSecs(), reviewId});
        !updated)
        return updated.error();
    return rating->toInt();
}

Status ReviewBook::setReply(qint64 reviewId, const QString& reply)
{
    const QString text = reply.trimmed();
    if (text.size() > kReplyLimit)
        return invalid(QCoreApplication::translate("Reviews", "The reply is %1 characters long; %2 at most.")
                           .arg(text.size())
                           .arg(kReplyLimit),
            QCoreApplication::translate("Reviews", "Reply"));
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto rating = touch(db, reviewId);
    if (!rating)
        return rating.error();
    const ReviewStatus status = text.isEmpty() ? ReviewStatus::ToAnswer : ReviewStatus::Answered;
    if (auto updated = execute(db,
            QStringLiteral("UPDATE reviews SET reply = ?, replied_at = ?, reply_published_at = NULL, status = ?, "
                           "queue = ? WHERE id = ?"),
            {storage::text(text),
                text.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(m_database->clock().nowSecs()),
                reviewStatusKey(status), queueOf(status, *rating), reviewId});
        !updated)
        return updated;
    return transaction.commit();
}

Status ReviewBook::setStatus(qint64 reviewId, ReviewStatus status)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto rating = touch(db, reviewId);
    if (!rating)
        return rating.error();
    if (auto updated = execute(db, QStringLiteral("UPDATE reviews SET status = ?, queue = ? WHERE id = ?"),
            {reviewStatusKey(status), queueOf(status, *rating), reviewId});
        !updated)
        return updated;
    return transaction.commit();
}

Status ReviewBook::setCause(qint64 reviewId, Cause cause, CauseState state)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto checked = touch(db, reviewId); !checked)
        return checked.error();
    if (auto tagged = execute(db,
            QStringLiteral("INSERT INTO review_causes (review_id, cause, state, rating, written_at) "
                           "SELECT id, ?, ?, rating, written_at FROM reviews WHERE id = ? "
                           "ON CONFLICT (review_id, cause) DO UPDATE SET state = excluded.state"),
            {causeKey(cause), enumKey(kCauseStates, state), reviewId});
        !tagged)
        return tagged;
    return transaction.commit();
}

Status ReviewBook::linkOrder(qint64 reviewId, qint64 orderId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (orderId > 0) {
        auto exists = scalar(db, QStringLiteral("SELECT count(*) FROM orders WHERE id = ?"), {orderId});
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            return invalid(QCoreApplication::translate("Reviews", "This order does not exist."));
    }
    if (auto checked = touch(db, reviewId); !checked)
        return checked.error();
    if (auto updated = execute(db,
            QStringLiteral("UPDATE reviews SET order_id = ?, customer_id = coalesce((SELECT customer_id FROM orders "
                           "WHERE id = ?), customer_id) WHERE id = ?"),
            {idOrNull(orderId), idOrNull(orderId), reviewId});
        !updated)
        return updated;
    return transaction.commit();
}

Status ReviewBook::markPublished(const QList<qint64>& reviewIds)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 now = m_database->clock().nowSecs();
    for (qint64 id : reviewIds) {
        if (auto updated = execute(db,
                QStringLiteral("UPDATE reviews SET reply_published_at = ? WHERE id = ? AND reply <> ''"), {now, id});
            !updated)
            return updated;
    }
    return transaction.commit();
}

} // namespace comptoir::reviews
