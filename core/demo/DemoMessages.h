#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>

#include <cstdint>

namespace comptoir::demo {

struct DemoMessagesSummary
{
    qint64 threads = 0;
    qint64 messages = 0;
};

// The demo shop's customer conversations, written in one transaction after its orders and parcels:
// questions about recent orders (where is it, a wrong address, an invoice, a broken item with its
// photo, thanks) and before buying, most answered, some waiting, a few closed; and, for parcels with
// a problem, the notice the shop sent about it. Deterministic for a seed.
Result<DemoMessagesSummary> writeDemoMessages(const QSqlDatabase& db, std::uint64_t seed, const QDate& until);

} // namespace comptoir::demo
