#pragma once

#include "common/Job.h"
#include "common/Money.h"
#include "common/Result.h"
#include "storage/Database.h"
#include "storage/KeysetQuery.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir::inventory {

// What a stock take counts: one location, and optionally one category or a range of bins.
struct StockTakeScope
{
    qint64 locationId = 0;
    qint64 categoryId = 0; // 0: every category
    QString binFrom; // both empty: every bin
    QString binTo;
};

enum class StockTakeStatus
{
    Counting, // started, counts being entered; can be left and resumed
    Applied,
    Cancelled,
};

struct StockTakeSummary
{
    qint64 id = 0;
    qint64 locationId = 0;
    QString location;
    QString scope; // as the user chose it, e.g. "Category: Mugs"
    StockTakeStatus status = StockTakeStatus::Counting;
    QString note;
    QDateTime createdAt;
    QDateTime closedAt;
    qint64 lines = 0;
    qint64 counted = 0;
    qint64 linesWithVariance = 0; // counted lines that differ from the stock now
    qint64 unitsOver = 0; // found more than recorded
    qint64 unitsShort = 0; // found fewer
    Money varianceValue; // at cost, signed
};

struct StockTakeLine
{
    qint64 variantId = 0;
    QString sku;
    QString title;
    QString barcode;
    QString bin;
    qint64 expected = 0; // on hand when the count started
    qint64 current = 0; // on hand now (sales may have happened while counting)
    std::optional<qint64> counted;
    Money cost;

    qint64 variance() const { return counted ? *counted - current : 0; }
    Money varianceValue() const { return cost * variance(); }
};

// Stock takes: count a location (or part of it), see the variances and their value, and apply
// them as count movements in one transaction.
class StockTakes final
{
public:
    enum class Filter
    {
        All,
        NotCounted,
        Variances,
    };

    explicit StockTakes(storage::DatabasePtr database);

    // Lists every active variant in the scope with what the location holds now; returns the id.
    Result<qint64> start(
        const StockTakeScope& scope, const QString& note = {}, JobControl& control = JobControl::none());
    Result<QList<StockTakeSummary>> list(bool openOnly) const;
    Result<StockTakeSummary> summary(qint64 id) const;

    // The lines, by bin then SKU, a page at a time (see storage::KeysetQuery).
    storage::KeysetQuery::Spec linesSpec(qint64 id, Filter filter) const;
    static StockTakeLine lineFrom(const QVariantList& row, const Currency& currency);
    Result<StockTakeLine> line(qint64 id, qint64 variantId) const;

    // Sets what was counted (std::nullopt: not counted after all).
    Status setCounted(qint64 id, qint64 variantId, std::optional<qint64> counted);
    // A scanned barcode or typed SKU adds `quantity` to its line's count; a variant outside the
    // scope that turns up on the shelf is added to the take. Returns the line as it now is.
    Result<StockTakeLine> addScan(qint64 id, const QString& code, qint64 quantity = 1);

    // Writes one count movement per counted line whose count differs from the stock now (and,
    // when asked, counts lines never counted as zero), in one transaction; then the take is closed.
    // Returns how many movements were written.
    Result<qint64> apply(qint64 id, bool uncountedAreZero, JobControl& control = JobControl::none());
    Status cancel(qint64 id);

private:
    // The location of a take still counting; an error for a closed or unknown one.
    Result<qint64> openTake(const QSqlDatabase& db, qint64 id) const;

    storage::DatabasePtr m_database;
};

} // namespace comptoir::inventory
