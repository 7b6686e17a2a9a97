#pragma once

#include "common/Result.h"
#include "messages/Templates.h"
#include "reviews/Reviews.h"
#include "storage/Database.h"

namespace comptoir::reviews {

// The reply template that fits a review: thanks for a happy one; for an unhappy one, the apology
// for its first cause (suggested or confirmed), else the general apology.
QString replyTemplateKey(const Review& review);

// The language to answer in: the review's, else its order's country's, else the shop's default.
QString replyLanguage(const storage::DatabasePtr& database, const Review& review);

// The placeholder values for a reply: the shop's, its order's when known, the author's first name
// (from the order's customer, else the first word the review is signed with), the product's name.
Result<messages::TemplateValues> valuesForReview(
    const storage::DatabasePtr& database, const Review& review, const QString& language);

// A reply template filled for a review (placeholders without a value left empty, listed in `missing`).
Result<QString> draftReply(const storage::DatabasePtr& database, const Review& review, const QString& key,
    const QString& language, QStringList* missing = nullptr);

} // namespace comptoir::reviews
