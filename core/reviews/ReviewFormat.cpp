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

// The named entities review texts use: HTML's markup ones and French letters and punctuation.
char32_t namedEntity(const QString& name)
{
    struct Entity
    {
        const char* name;
        char32_t code;
    };
    static constexpr Entity kEntities[]
        = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xa0}, {"hellip", 0x2026},
            {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201d}, {"ldquo", 0x201c}, {"laquo", 0xab},
            {"raquo", 0xbb}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"euro", 0x20ac}, {"agrave", 0xe0}, {"acirc", 0xe2},
            {"ccedil", 0xe7}, {"egrave", 0xe8}, {"eacute", 0xe9}, {"ecirc", 0xea}, {"euml", 0xeb}, {"icirc", 0xee},
            {"iuml", 0xef}, {"ocirc", 0xf4}, {"ugrave", 0xf9}, {"ucirc", 0xfb}, {"uuml", 0xfc}, {"oelig", 0x153},
            {"Agrave", 0xc0}, {"Ccedil", 0xc7}, {"Egrave", 0xc8}, {"Eacute", 0xc9}, {"Ecirc", 0xca}, {"OElig", 0x152}};
    for (const Entity& entity : kEntities)
        if (name == QLatin1String(entity.name))
            return entity.code;
    return 0;
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
        else
            code = namedEntity(name);
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
