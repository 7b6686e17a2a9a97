#include "reviews/ReviewFormat.h"

#include "io/ColumnNames.h"

#include <QRegularExpression>

#include <iterator>

namespace comptoir::reviews {

namespace {

struct FormatName
{
    ReviewFileFormat format;
    const char* key;
    const char* label;
};

constexpr FormatName kFormats[] = {
    {ReviewFileFormat::Comptoir, "comptoir", "Comptoir"},
    {ReviewFileFormat::JudgeMe, "judgeme", "Judge.me"},
    {ReviewFileFormat::Trustpilot, "trustpilot", "Trustpilot"},
    {ReviewFileFormat::WooCommerce, "woocommerce", "WooCommerce"},
};

constexpr const char* kComptoirColumns[] = {"source", "external_id", "product_sku", "order_number", "rating", "title",
    "body", "author", "author_email", "language", "verified", "written_at", "reply", "replied_at", "reply_published_at",
    "status", "causes", "photos"};
static_assert(std::size(kComptoirColumns) == std::size_t(ReviewColumn::Count));

constexpr const char* kJudgeMeColumns[]
    = {"title", "body", "rating", "review_date", "source", "curated", "reviewer_name", "reviewer_email", "product_id",
        "product_handle", "reply", "reply_date", "picture_urls", "ip_address", "location"};

bool has(const QStringList& header, QStringView names)
{
    return io::findColumn(header, names) >= 0;
}

} // namespace

QString reviewFileFormatKey(ReviewFileFormat format)
{
    for (const auto& name : kFormats)
        if (name.format == format)
            return QString::fromLatin1(name.key);
    return {};
}

bool reviewFileFormatFromKey(const QString& key, ReviewFileFormat& format)
{
    for (const auto& name : kFormats) {
        if (key.trimmed().compare(QLatin1String(name.key), Qt::CaseInsensitive) == 0) {
            format = name.format;
            return true;
        }
    }
    return false;
}

QString reviewFileFormatLabel(ReviewFileFormat format)
{
    for (const auto& name : kFormats)
        if (name.format == format)
            return QString::fromLatin1(name.label);
    return {};
}

QString comptoirReviewHeader(ReviewColumn column)
{
    return QString::fromLatin1(kComptoirColumns[int(column)]);
}

QStringList comptoirReviewHeader()
{
    QStringList header;
    for (const char* name : kComptoirColumns)
        header << QString::fromLatin1(name);
    return header;
}

QStringList judgeMeReviewHeader()
{
    QStringList header;
    for (const char* name : kJudgeMeColumns)
        header << QString::fromLatin1(name);
    return header;
}

bool detectReviewFileFormat(const QStringList& header, ReviewFileFormat& format)
{
    // Names compare folded: "Review Stars", "review_stars" and "REVIEW STARS" are one column.
    if (has(header, u"external id") && has(header, u"written at") && has(header, u"rating"))
        format = ReviewFileFormat::Comptoir;
    else if (has(header, u"review stars") || (has(header, u"review id") && has(header, u"review content")))
        format = ReviewFileFormat::Trustpilot;
    else if (has(header, u"review date") && has(header, u"rating")
        && (has(header, u"curated") || has(header, u"reviewer name")))
        format = ReviewFileFormat::JudgeMe;
    else if (has(header, u"date created|date created gmt") && has(header, u"reviewer") && has(header, u"review")
        && has(header, u"rating"))
        format = ReviewFileFormat::WooCommerce;
    else
        return false;
    return true;
}

QString handleOf(const QString& name)
{
    const QString decomposed = name.trimmed().toLower().normalized(QString::NormalizationForm_D);
    QString handle;
    handle.reserve(decomposed.size());
    bool dash = false;
    for (const QChar c : std::as_const(decomposed)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (dash && !handle.isEmpty())
                handle += QLatin1Char('-');
            dash = false;
            handle += c;
        } else {
            dash = true;
        }
    }
    return handle;
}

QString plainTextFromHtml(const QString& html)
{
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br\\s*/?|/p|/div|/li)\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entities(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n[\\s]*"));
    QString text = html;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(breaks, QStringLiteral("\n"));
    text.replace(tags, QString());
    QString decoded;
    decoded.reserve(text.size());
    qsizetype from = 0;
    for (auto it = entities.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        decoded += QStringView(text).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const QString name = match.captured(1);
        char32_t code = 0;
        if (name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive))
            code = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(QLatin1Char('#')))
            code = name.mid(1).toUInt();
        else if (name == QLatin1String("amp"))
            code = '&';
        else if (name == QLatin1String("lt"))
            code = '<';
        else if (name == QLatin1String("gt"))
            code = '>';
        else if (name == QLatin1String("quot"))
            code = '"';
        else if (name == QLatin1String("apos"))
            code = '\'';
        else if (name == QLatin1String("nbsp"))
            code = 0xa0;
        else if (name == QLatin1String("hellip"))
            code = 0x2026;
        else if (name == QLatin1String("rsquo"))
            code = 0x2019;
        if (code > 0 && code < 0x110000)
            decoded += QString::fromUcs4(&code, 1);
        else
            decoded += match.captured(0);
    }
    decoded += QStringView(text).mid(from);
    decoded.replace(blankLines, QStringLiteral("\n\n"));
    return decoded.trimmed();
}

} // namespace comptoir::reviews
