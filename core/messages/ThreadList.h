#pragma once

#include "common/Result.h"
#include "messages/Inbox.h"
#include "storage/Database.h"
#include "storage/KeysetQuery.h"

#include <QList>
#include <QVariantList>

namespace comptoir::messages {

// The conversations of the Messages page, newest first, filtered and searched, read page by page
// (keyset paging on the last message's time).
class ThreadList final
{
public:
    enum class Filter
    {
        All,
        ToAnswer, // the customer waits
        Unread,
        Answered,
        Closed,
        Outbox, // with a draft, or a message waiting to be sent or refused by the server
    };

    explicit ThreadList(storage::DatabasePtr database);

    void setFilter(Filter filter) { m_filter = filter; }
    Filter filter() const { return m_filter; }
    // Words found in the messages (subject, text, sender), or the start of the customer's name or
    // address, or an order number.
    void setText(const QString& text) { m_text = text.trimmed(); }
    // Only the conversations about this order (0: all).
    void setOrder(qint64 orderId) { m_orderId = orderId; }

    Result<QList<Thread>> fetch(int limit, QVariantList& cursor) const;
    Result<qint64> count() const;

    // An FTS5 query matching every word of `text` as a prefix; empty when there is no word.
    static QString ftsQuery(const QString& text);

private:
    storage::KeysetQuery::Spec spec() const;

    storage::DatabasePtr m_database;
    Filter m_filter = Filter::All;
    QString m_text;
    qint64 m_orderId = 0;
};

} // namespace comptoir::messages
