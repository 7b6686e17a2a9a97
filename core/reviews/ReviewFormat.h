#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::reviews {

// The review files Comptoir reads and writes.
enum class ReviewFileFormat
{
    Comptoir, // Comptoir's own: every field, what the export writes and the import reads back
    JudgeMe, // Judge.me's import/export CSV
    Trustpilot, // Trustpilot's service reviews export
    WooCommerce, // WooCommerce product reviews, the REST fields as columns
};

// "comptoir", "judgeme", "trustpilot", "woocommerce": for the command line, not translated.
QString reviewFileFormatKey(ReviewFileFormat format);
bool reviewFileFormatFromKey(const QString& key, ReviewFileFormat& format);
// "Comptoir", "Judge.me"…: names of products, not translated.
QString reviewFileFormatLabel(ReviewFileFormat format);

// The columns of Comptoir's own review file, in the order the export writes them.
enum class ReviewColumn
{
    Source,
    ExternalId,
    ProductSku,
    OrderNumber,
    Rating,
    Title,
    Body,
    Author,
    AuthorEmail,
    Language,
    Verified,
    WrittenAt,
    Reply,
    RepliedAt,
    ReplyPublishedAt,
    Status,
    Causes, // cause keys separated by '|': "sizing" confirmed, "sizing?" suggested, "-sizing" rejected
    Photos, // paths or addresses separated by '|'
    Count
};

// "source", "external_id"…: a file format, never translated.
QString comptoirReviewHeader(ReviewColumn column);
QStringList comptoirReviewHeader();
// Judge.me's columns, in its order.
QStringList judgeMeReviewHeader();

// The format a header line is from, told by the columns only that format has; false when none.
bool detectReviewFileFormat(const QStringList& header, ReviewFileFormat& format);

// A slug as Shopify and Judge.me make product handles: "Mug émaillé 30 cl" → "mug-emaille-30-cl".
QString handleOf(const QString& name);
// The text of a review written in HTML (WooCommerce): tags dropped, paragraphs and line breaks kept
// as new lines, entities decoded.
QString plainTextFromHtml(const QString& html);

} // namespace comptoir::reviews
