#include "reviews/ReviewList.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace comptoir::reviews {

using storage::KeysetQuery;

namespace {

// Every word of `text` as a prefix, for FTS5.
QString ftsQuery(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"'(),;:!?*^+.-]+"));
    QStringList terms;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

} // namespace

ReviewList::ReviewList(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

KeysetQuery::Spec ReviewList::spec() const
{
    KeysetQuery::Spec spec;
    spec.select = QStringLiteral(
        "r.id, r.source, r.rating, r.title, substr(r.body, 1, 300), r.author, r.status, r.reply <> '', r.verified, "
        "r.product_id, (SELECT name FROM products WHERE id = r.product_id), r.order_id, "
        "(SELECT number FROM orders WHERE id = r.order_id), "
        "(SELECT group_concat(cause) FROM review_causes WHERE review_id = r.id AND state <> 'rejected')");
    spec.from = QStringLiteral("reviews r");
    spec.idColumn = QStringLiteral("r.id");
    switch (m_filter) {
    case Filter::Queue:
        spec.conditions << QStringLiteral("r.queue < 2");
        spec.sortColumns = {QStringLiteral("r.queue"), QStringLiteral("r.written_at")};
        break;
    case Filter::Unhappy:
        spec.conditions << QStringLiteral("r.rating <= 3");
        spec.sortColumns = {QStringLiteral("r.written_at")};
        spec.descending = true;
        break;
    case Filter::Answered:
        spec.conditions << QStringLiteral("r.queue = 2");
        spec.sortColumns = {QStringLiteral("r.queue"), QStringLiteral("r.written_at")};
        spec.descending = true;
        break;
    case Filter::Ignored:
        spec.conditions << QStringLiteral("r.queue = 3");
        spec.sortColumns = {QStringLiteral("r.queue"), QStringLiteral("r.written_at")};
        spec.descending = true;
        break;
    case Filter::All:
        spec.sortColumns = {QStringLiteral("r.written_at")};
        spec.descending = true;
        break;
    }
    if (m_productId > 0) {
        spec.conditions << QStringLiteral("r.product_id = ?");
        spec.conditionValues << m_productId;
        spec.selectiveConditions = true;
    }
    if (m_cause) {
        spec.conditions << QStringLiteral(
            "r.id IN (SELECT review_id FROM review_causes WHERE cause = ? AND state <> 'rejected')");
        spec.conditionValues << causeKey(*m_cause);
        spec.selectiveConditions = true;
    }
    if (!m_text.isEmpty()) {
        const QString number = m_text.startsWith(QLatin1Char('#')) ? m_text.mid(1) : m_text;
        QStringList alternatives = {QStringLiteral("r.order_id IN (SELECT id FROM orders WHERE number IN (?, ?))")};
        spec.conditionValues << number << QString(QLatin1Char('#') + number);
        if (const QString fts = ftsQuery(m_text); !fts.isEmpty()) {
            alternatives << QStringLiteral("r.id IN (SELECT rowid FROM reviews_fts WHERE reviews_fts MATCH ?)");
            spec.conditionValues << fts;
        }
        spec.conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        spec.selectiveConditions = true;
    }
    return spec;
}

Result<QList<ReviewRow>> ReviewList::fetch(int limit, QVariantList& cursor) const
{
    const auto listSpec = spec();
    auto rows = KeysetQuery::fetch(m_database->connection(), listSpec, cursor, limit);
    if (!rows)
        return rows.error();
    QList<ReviewRow> list;
    list.reserve(rows->size());
    for (const QVariantList& row : *rows) {
        ReviewRow r;
        r.id = row[0].toLongLong();
        sourceFromKey(row[1].toString(), r.source);
        r.rating = row[2].toInt();
        r.title = row[3].toString();
        r.snippet = row[4].toString();
        r.author = row[5].toString();
        reviewStatusFromKey(row[6].toString(), r.status);
        r.replied = row[7].toBool();
        r.verified = row[8].toBool();
        r.productId = row[9].toLongLong();
        r.productName = row[10].toString();
        r.orderId = row[11].toLongLong();
        r.orderNumber = row[12].toString();
        for (const QString& key : row[13].toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Cause cause;
            if (causeFromKey(key, cause))
                r.causes.append(cause);
        }
        std::sort(r.causes.begin(), r.causes.end());
        // The sort columns come last: written_at is the last of them in every list.
        r.writtenAt = QDateTime::fromSecsSinceEpoch(row.last().toLongLong(), QTimeZone::utc());
        list.append(std::move(r));
    }
    if (!rows->isEmpty())
        cursor = KeysetQuery::cursorAfter(listSpec, rows->last());
    return list;
}

Result<qint64> ReviewList::count() const
{
    return KeysetQuery::count(m_database->connection(), spec());
}

} // namespace comptoir::reviews
