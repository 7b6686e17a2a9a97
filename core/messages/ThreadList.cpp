#include "messages/ThreadList.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace comptoir::messages {

using storage::KeysetQuery;

ThreadList::ThreadList(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

QString ThreadList::ftsQuery(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"'(),;:!?*^+]+"));
    QStringList terms;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

KeysetQuery::Spec ThreadList::spec() const
{
    KeysetQuery::Spec spec;
    spec.select = QStringLiteral("t.id, t.subject, t.customer_email, t.customer_name, t.customer_id, t.order_id, "
                                 "(SELECT number FROM orders WHERE id = t.order_id), t.status, t.unread, "
                                 "t.message_count, t.last_message_at, t.last_direction, t.snippet, t.version");
    spec.from = QStringLiteral("threads t");
    spec.idColumn = QStringLiteral("t.id");
    spec.sortColumns = {QStringLiteral("t.last_message_at")};
    spec.descending = true;
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::ToAnswer:
        spec.conditions << QStringLiteral("t.status = 'open'");
        break;
    case Filter::Unread:
        spec.conditions << QStringLiteral("t.unread > 0");
        spec.selectiveConditions = true;
        break;
    case Filter::Answered:
        spec.conditions << QStringLiteral("t.status = 'answered'");
        break;
    case Filter::Closed:
        spec.conditions << QStringLiteral("t.status = 'closed'");
        break;
    case Filter::Outbox:
        spec.conditions << QStringLiteral(
            "t.id IN (SELECT thread_id FROM messages WHERE state IN ('draft', 'queued', 'sending', 'failed'))");
        spec.selectiveConditions = true;
        break;
    }
    if (m_orderId > 0) {
        spec.conditions << QStringLiteral("t.order_id = ?");
        spec.conditionValues << m_orderId;
        spec.selectiveConditions = true;
    }
    if (!m_text.isEmpty()) {
        QStringList alternatives = {QStringLiteral("t.customer_email >= ? AND t.customer_email < ?"),
            QStringLiteral("t.order_id IN (SELECT id FROM orders WHERE number IN (?, ?))")};
        const QString lower = m_text.toLower();
        spec.conditionValues << lower << QString(lower + QChar(0xFFFF));
        const QString number = m_text.startsWith(QLatin1Char('#')) ? m_text.mid(1) : m_text;
        spec.conditionValues << number << QString(QLatin1Char('#') + number);
        if (const QString fts = ftsQuery(m_text); !fts.isEmpty()) {
            alternatives << QStringLiteral("t.id IN (SELECT m.thread_id FROM messages m WHERE m.id IN "
                                           "(SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?))");
            spec.conditionValues << fts;
            alternatives << QStringLiteral("t.customer_name LIKE ?");
            spec.conditionValues << QString(QLatin1Char('%') + m_text + QLatin1Char('%'));
        }
        spec.conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        spec.selectiveConditions = true;
    }
    return spec;
}

Result<QList<Thread>> ThreadList::fetch(int limit, QVariantList& cursor) const
{
    const auto listSpec = spec();
    auto rows = KeysetQuery::fetch(m_database->connection(), listSpec, cursor, limit);
    if (!rows)
        return rows.error();
    QList<Thread> list;
    list.reserve(rows->size());
    for (const QVariantList& row : *rows) {
        Thread t;
        t.id = row[0].toLongLong();
        t.subject = row[1].toString();
        t.customerEmail = row[2].toString();
        t.customerName = row[3].toString();
        t.customerId = row[4].toLongLong();
        t.orderId = row[5].toLongLong();
        t.orderNumber = row[6].toString();
        threadStatusFromKey(row[7].toString(), t.status);
        t.unread = row[8].toInt();
        t.messageCount = row[9].toInt();
        t.lastMessageAt = QDateTime::fromSecsSinceEpoch(row[10].toLongLong(), QTimeZone::utc());
        t.lastDirection = row[11].toString() == QLatin1String("out") ? Direction::Out : Direction::In;
        t.snippet = row[12].toString();
        t.version = row[13].toInt();
        list.append(std::move(t));
    }
    if (!rows->isEmpty())
        cursor = KeysetQuery::cursorAfter(listSpec, rows->last());
    return list;
}

Result<qint64> ThreadList::count() const
{
    return KeysetQuery::count(m_database->connection(), spec());
}

} // namespace comptoir::messages
