#include "reviews/ReviewReplies.h"

#include "settings/ShopSettings.h"
#include "storage/Sql.h"

namespace comptoir::reviews {

using messages::Templates;
using messages::TemplateValues;

QString replyTemplateKey(const Review& review)
{
    if (!review.unhappy())
        return QStringLiteral("review_reply_thanks");
    const QList<Cause> active = review.activeCauses();
    // Confirmed causes first: the merchant's word beats a guess.
    for (const CauseTag& tag : review.causes)
        if (tag.state == CauseState::Confirmed)
            return QStringLiteral("review_reply_") + causeKey(tag.cause);
    if (!active.isEmpty())
        return QStringLiteral("review_reply_") + causeKey(active.first());
    return QStringLiteral("review_reply_sorry");
}

QString replyLanguage(const storage::DatabasePtr& database, const Review& review)
{
    const QStringList languages = Templates::languages();
    if (languages.contains(review.language))
        return review.language;
    if (review.orderId > 0) {
        auto country = storage::scalar(
            database->connection(), QStringLiteral("SELECT ship_country FROM orders WHERE id = ?"), {review.orderId});
        if (country && country->isValid())
            return Templates::languageForCountry(country->toString());
    }
    auto fallback = storage::scalar(database->connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"),
        {QString::fromLatin1(Templates::kDefaultLanguageKey)});
    if (fallback && languages.contains(fallback->toString()))
        return fallback->toString();
    return languages.first();
}

Result<TemplateValues> valuesForReview(
    const storage::DatabasePtr& database, const Review& review, const QString& language)
{
    auto values = review.orderId > 0 ? messages::valuesForOrder(database, review.orderId, 0, language)
                                     : messages::valuesForShop(database, language);
    if (!values)
        return values.error();
    if (values->value(QStringLiteral("customer.first_name")).isEmpty()) {
        const QString author = review.author.trimmed();
        values->insert(QStringLiteral("customer.first_name"), author.section(QLatin1Char(' '), 0, 0));
        values->insert(QStringLiteral("customer.name"), author);
    }
    values->insert(QStringLiteral("review.author"), review.author.trimmed());
    values->insert(QStringLiteral("product.name"), review.productName);
    return values;
}

Result<QString> draftReply(const storage::DatabasePtr& database, const Review& review, const QString& key,
    const QString& language, QStringList* missing)
{
    auto found = Templates(database).find(key, language);
    if (!found)
        return found.error();
    auto values = valuesForReview(database, review, language);
    if (!values)
        return values.error();
    return messages::renderTemplate(found->body, *values, missing);
}

} // namespace comptoir::reviews
