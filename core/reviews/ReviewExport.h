#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "reviews/ReviewFormat.h"
#include "reviews/Reviews.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace comptoir::reviews {

struct ReviewExportOptions
{
    // Comptoir (every field, read back by ReviewImport) or Judge.me (its columns, replies included).
    ReviewFileFormat format = ReviewFileFormat::Comptoir;
    // Only the replies to publish: reviews answered whose reply was not exported or pushed yet.
    bool unpublishedOnly = false;
    // Once the file is written, the replies in it count as published (ReviewBook::markPublished).
    bool markPublished = false;
    bool byteOrderMark = false; // a UTF-8 BOM, for Excel
    // Only the reviews written on this platform; none: all of them.
    std::optional<Source> source;
};

struct ReviewExportSummary
{
    qint64 reviews = 0;
    qint64 replies = 0; // reviews written with a reply
    qint64 markedPublished = 0;
};

// Writes the shop's reviews with their replies as CSV, oldest first: in Comptoir's format (every
// field, which ReviewImport reads back into another shop) or in Judge.me's, for all reviews or only
// the replies still to publish on their platform — which can then be marked published.
class ReviewExport final
{
public:
    explicit ReviewExport(storage::DatabasePtr database);

    // Writes to an open device. With markPublished, the replies written are marked once every
    // byte was accepted by the device.
    Result<ReviewExportSummary> write(
        QIODevice* device, const ReviewExportOptions& options, JobControl& control = JobControl::none()) const;
    // Writes a file that appears only when complete; the replies are marked published only then.
    Result<ReviewExportSummary> writeFile(
        const QString& path, const ReviewExportOptions& options, JobControl& control = JobControl::none()) const;

private:
    Result<ReviewExportSummary> writeRows(
        QIODevice* device, const ReviewExportOptions& options, JobControl& control, QList<qint64>& replied) const;
    Status markPublished(const QList<qint64>& replied, ReviewExportSummary& summary) const;

    storage::DatabasePtr m_database;
};

} // namespace comptoir::reviews
