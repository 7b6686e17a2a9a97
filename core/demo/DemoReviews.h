#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>

#include <cstdint>

namespace comptoir::demo {

struct DemoReviewsSummary
{
    qint64 reviews = 0;
    qint64 unhappy = 0; // 3 stars or fewer
};

// The demo shop's reviews, written in one transaction after its orders, parcels and messages: about
// one delivered order in eleven gets a review some days after delivery, mostly five stars; the
// one- and two-star ones come from the parcels that arrived damaged, never arrived or came back, and
// a few from sizing, quality or a product unlike its photo (the returned orders' reasons). French
// from French-speaking countries, English from the others; Judge.me and the website for products,
// Google and Trustpilot for the shop; the older ones answered or set aside, the recent ones waiting.
// Deterministic for a seed.
Result<DemoReviewsSummary> writeDemoReviews(const QSqlDatabase& db, std::uint64_t seed, const QDate& until);

} // namespace comptoir::demo
