#include "reviews/ReviewExport.h"

#include "io/CellReader.h"
#include "io/CsvWriter.h"
#include "reviews/Reviews.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace comptoir::reviews {

using namespace comptoir::storage;

namespace {

constexpr int kReviewsPerTick = 256;

Error cancelled()
{
    return Error(Error::Code::Cancelled, QCoreApplication::translate("ReviewExport", "Export cancelled."));
}

QString isoDate(const QVariant& seconds)
{
    if (seconds.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), QTimeZone::utc()).toString(Qt::ISODate); // "…Z"
}

// Causes as Comptoir's file writes them: "sizing" confirmed, "sizing?" suggested, "-sizing" rejected.
QString causeCell(const QString& keysAndStates)
{
    QStringList cells;
    for (const QString& pair : keysAndStates.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char(':'), 0, 0);
        const QString state = pair.section(QLatin1Char(':'), 1, 1);
        if (state == QLatin1String("rejected"))
            cells << QLatin1Char('-') + key;
        else if (state == QLatin1String("suggested"))
            cells << key + QLatin1Char('?');
        else
            cells << key;
    }
    return cells.join(QLatin1Char('|'));
}

} // namespace

ReviewExport::ReviewExport(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<ReviewExportSummary> ReviewExport::writeRows(
    QIODevice* device, const ReviewExportOptions& options, JobControl& control, QList<qint64>& replied) const
{
    const QSqlDatabase db = m_database->connection();
    // The source is a key of Comptoir's own list, never the user's text: it is bound all the same.
    const QString where = QStringLiteral(" WHERE (? = '' OR r.source = ?)")
        + (options.unpublishedOnly ? QStringLiteral(" AND r.reply <> '' AND r.reply_published_at IS NULL") : QString());
    const QString source = options.source ? sourceKey(*options.source) : QString();
    auto total = scalar(
        db, QStringLiteral("SELECT count(*) FROM reviews r") + where, {storage::text(source), storage::text(source)});
    if (!total)
        return total.error();
    // The SKU of the variant reviewed, else of the product's first one; photos and causes folded in.
    auto rows = run(db,
        QStringLiteral(
            "SELECT r.id, r.source, r.external_id, coalesce((SELECT sku FROM variants WHERE id = r.variant_id), "
            "(SELECT sku FROM variants WHERE product_id = r.product_id ORDER BY archived, id LIMIT 1), ''), "
            "coalesce((SELECT number FROM orders WHERE id = r.order_id), ''), r.rating, r.title, r.body, r.author, "
            "r.author_email, r.language, r.verified, r.written_at, r.reply, r.replied_at, r.reply_published_at, "
            "r.status, (SELECT group_concat(cause || ':' || state, '|') FROM review_causes WHERE review_id = r.id), "
            "(SELECT group_concat(path, char(31)) FROM (SELECT path FROM review_photos WHERE review_id = r.id "
            "ORDER BY position)), coalesce((SELECT name FROM products WHERE id = r.product_id), '') "
            "FROM reviews r")
            + where + QStringLiteral(" ORDER BY r.written_at, r.id"),
        {storage::text(source), storage::text(source)});
    if (!rows)
        return rows.error();
    io::CsvWriter csv(device, {QLatin1Char(','), options.byteOrderMark, QStringLiteral("\r\n")});
    const bool comptoir = options.format != ReviewFileFormat::JudgeMe;
    if (auto written = csv.writeRecord(comptoir ? comptoirReviewHeader() : judgeMeReviewHeader()); !written)
        return written.error();
    const QString step = QCoreApplication::translate("ReviewExport", "Writing reviews");
    ReviewExportSummary summary;
    QStringList cells;
    while (rows->next()) {
        const auto v = [&](int i) { return rows->value(i); };
        // Comptoir's file guards "'=…" as "''=…" so that it reads back exactly.
        const auto text = [&](int i) { return io::CellReader::guarded(v(i).toString(), comptoir); };
        if (++summary.reviews % kReviewsPerTick == 0 && !control.progress(summary.reviews, total->toLongLong(), step))
            return cancelled();
        const bool hasReply = !v(13).toString().isEmpty();
        const QStringList photos = v(18).toString().split(QChar(0x1f), Qt::SkipEmptyParts);
        if (comptoir) {
            cells = {v(1).toString(), text(2), text(3), text(4), QString::number(v(5).toInt()), text(6), text(7),
                text(8), text(9), v(10).toString(), v(11).toBool() ? QStringLiteral("yes") : QStringLiteral("no"),
                isoDate(v(12)), text(13), isoDate(v(14)), isoDate(v(15)), v(16).toString(), causeCell(v(17).toString()),
                io::CellReader::guarded(photos.join(QLatin1Char('|')), true)};
        } else {
            ReviewStatus status = ReviewStatus::New;
            reviewStatusFromKey(v(16).toString(), status);
            const QString name = v(19).toString();
            cells = {text(6), text(7), QString::number(v(5).toInt()), isoDate(v(12)), v(1).toString(),
                status == ReviewStatus::Ignored ? QStringLiteral("spam") : QStringLiteral("ok"), text(8), text(9),
                QString(), name.isEmpty() ? QString() : handleOf(name), text(13), isoDate(v(14)),
                photos.join(QLatin1Char(',')), QString(), QString()};
        }
        if (auto written = csv.writeRecord(cells); !written)
            return written.error();
        if (hasReply) {
            ++summary.replies;
            replied << v(0).toLongLong();
        }
    }
    if (auto flushed = csv.flush(); !flushed)
        return flushed.error();
    control.progress(total->toLongLong(), total->toLongLong(), step);
    return summary;
}

Status ReviewExport::markPublished(const QList<qint64>& replied, ReviewExportSummary& summary) const
{
    if (replied.isEmpty())
        return {};
    if (auto marked = ReviewBook(m_database).markPublished(replied); !marked)
        return marked;
    summary.markedPublished = replied.size();
    return {};
}

Result<ReviewExportSummary> ReviewExport::write(
    QIODevice* device, const ReviewExportOptions& options, JobControl& control) const
{
    QList<qint64> replied;
    auto summary = writeRows(device, options, control, replied);
    if (!summary || !options.markPublished)
        return summary;
    if (auto marked = markPublished(replied, *summary); !marked)
        return marked.error();
    return summary;
}

Result<ReviewExportSummary> ReviewExport::writeFile(
    const QString& path, const ReviewExportOptions& options, JobControl& control) const
{
    ReviewExportSummary summary;
    QList<qint64> replied;
    const Status written = io::writeWholeFile(path, [&](QIODevice* device) -> Status {
        auto done = writeRows(device, options, control, replied);
        if (!done)
            return done.error();
        summary = *done;
        return {};
    });
    if (!written)
        return written.error();
    // Only a file on the disk counts as published.
    if (options.markPublished)
        if (auto marked = markPublished(replied, summary); !marked)
            return marked.error();
    return summary;
}

} // namespace comptoir::reviews
