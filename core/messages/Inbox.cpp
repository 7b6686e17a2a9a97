#include "messages/Inbox.h"

#include "common/EnumNames.h"
#include "inventory/StockLedger.h"
#include "messages/Outbox.h"
#include "orders/OrderBook.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir::messages {

using storage::execute;
using storage::run;
using storage::scalar;
using storage::Transaction;

namespace {

constexpr EnumName<ThreadStatus> kThreadStatuses[] = {
    {ThreadStatus::Open, "open", QT_TRANSLATE_NOOP("Inbox", "To answer")},
    {ThreadStatus::Answered, "answered", QT_TRANSLATE_NOOP("Inbox", "Answered")},
    {ThreadStatus::Closed, "closed", QT_TRANSLATE_NOOP("Inbox", "Closed")},
};

constexpr EnumName<Direction> kDirections[] = {
    {Direction::In, "in", ""},
    {Direction::Out, "out", ""},
    {Direction::Note, "note", ""},
};

constexpr EnumName<MessageState> kStates[] = {
    {MessageState::Received, "received", QT_TRANSLATE_NOOP("Inbox", "Received")},
    {MessageState::Draft, "draft", QT_TRANSLATE_NOOP("Inbox", "Draft")},
    {MessageState::Queued, "queued", QT_TRANSLATE_NOOP("Inbox", "Waiting to be sent")},
    {MessageState::Sending, "sending", QT_TRANSLATE_NOOP("Inbox", "Sending")},
    {MessageState::Sent, "sent", QT_TRANSLATE_NOOP("Inbox", "Sent")},
    {MessageState::Failed, "failed", QT_TRANSLATE_NOOP("Inbox", "Not sent")},
    {MessageState::Note, "note", QT_TRANSLATE_NOOP("Inbox", "Note")},
};

// Replies older than this start a new thread even with the same subject.
constexpr qint64 kSameSubjectWindowSecs = 60 * 24 * 3600;

Direction directionFrom(const QString& key)
{
    Direction direction = Direction::In;
    enumFromKey(kDirections, key, direction);
    return direction;
}

Error invalid(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString normalizedMessageId(QString id)
{
    id = id.trimmed();
    if (id.isEmpty())
        return id;
    if (!id.startsWith(QLatin1Char('<')))
        id.prepend(QLatin1Char('<'));
    if (!id.endsWith(QLatin1Char('>')))
        id.append(QLatin1Char('>'));
    return id;
}

const QString kThreadColumns = QStringLiteral(
    "t.id, t.subject, t.customer_email, t.customer_name, t.customer_id, t.order_id, o.number, t.status, t.unread, "
    "t.message_count, t.last_message_at, t.last_direction, t.snippet, t.version FROM threads t "
    "LEFT JOIN orders o ON o.id = t.order_id ");

Thread threadFrom(const QSqlQuery& q)
{
    Thread t;
    t.id = q.value(0).toLongLong();
    t.subject = q.value(1).toString();
    t.customerEmail = q.value(2).toString();
    t.customerName = q.value(3).toString();
    t.customerId = q.value(4).toLongLong();
    t.orderId = q.value(5).toLongLong();
    t.orderNumber = q.value(6).toString();
    threadStatusFromKey(q.value(7).toString(), t.status);
    t.unread = q.value(8).toInt();
    t.messageCount = q.value(9).toInt();
    t.lastMessageAt = timeFrom(q.value(10));
    t.lastDirection = directionFrom(q.value(11).toString());
    t.snippet = q.value(12).toString();
    t.version = q.value(13).toInt();
    return t;
}

const QString kMessageColumns = QStringLiteral(
    "id, thread_id, direction, state, message_id, in_reply_to, refs, from_address, from_name, to_addresses, "
    "cc_addresses, subject, body, had_html, warnings, written_at, read_at, sent_at, template_key, shipment_id, "
    "attempts, next_attempt_at, last_error, user_name FROM messages ");

Message messageFrom(const QSqlQuery& q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.threadId = q.value(1).toLongLong();
    m.direction = directionFrom(q.value(2).toString());
    messageStateFromKey(q.value(3).toString(), m.state);
    m.messageId = q.value(4).toString();
    m.inReplyTo = q.value(5).toString();
    m.references = q.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m.fromAddress = q.value(7).toString();
    m.fromName = q.value(8).toString();
    m.to = q.value(9).toString();
    m.cc = q.value(10).toString();
    m.subject = q.value(11).toString();
    m.body = q.value(12).toString();
    m.hadHtml = q.value(13).toBool();
    m.warnings = q.value(14).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m.writtenAt = timeFrom(q.value(15));
    m.readAt = timeFrom(q.value(16));
    m.sentAt = timeFrom(q.value(17));
    m.templateKey = q.value(18).toString();
    m.shipmentId = q.value(19).toLongLong();
    m.attempts = q.value(20).toInt();
    m.nextAttemptAt = timeFrom(q.value(21));
    m.lastError = q.value(22).toString();
    m.user = q.value(23).toString();
    return m;
}

Status insertAttachments(const QSqlDatabase& db, qint64 messageId, const QList<NewAttachment>& attachments)
{
    for (const NewAttachment& a : attachments) {
        if (auto inserted = execute(db,
                QStringLiteral("INSERT INTO message_attachments (message_id, file_name, mime_type, size, data) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {messageId,
                    storage::text(a.fileName.trimmed().isEmpty() ? QCoreApplication::translate("Inbox", "attachment")
                                                                 : a.fileName.trimmed()),
                    storage::text(a.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : a.mimeType),
                    qint64(a.data.size()), a.data.isNull() ? QByteArray("") : a.data});
            !inserted)
            return inserted;
    }
    return {};
}

Result<Thread> loadThread(const QSqlDatabase& db, qint64 threadId)
{
    auto q = run(db, QStringLiteral("SELECT ") + kThreadColumns + QStringLiteral("WHERE t.id = ?"), {threadId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Inbox", "This conversation does not exist."),
            QStringLiteral("thread %1").arg(threadId));
    return threadFrom(*q);
}

} // namespace

QString threadStatusKey(ThreadStatus status)
{
    return enumKey(kThreadStatuses, status);
}

bool threadStatusFromKey(const QString& key, ThreadStatus& status)
{
    return enumFromKey(kThreadStatuses, key, status);
}

QString threadStatusLabel(ThreadStatus status)
{
    return enumLabel(kThreadStatuses, status, "Inbox");
}

QString messageStateKey(MessageState state)
{
    return enumKey(kStates, state);
}

bool messageStateFromKey(const QString& key, MessageState& state)
{
    return enumFromKey(kStates, key, state);
}

QString messageStateLabel(MessageState state)
{
    return enumLabel(kStates, state, "Inbox");
}

Inbox::Inbox(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<Thread> Inbox::thread(qint64 threadId) const
{
    return loadThread(m_database->connection(), threadId);
}

Result<QList<Message>> Inbox::messages(qint64 threadId) const
{
    const QSqlDatabase db = m_database->connection();
    auto q = run(db,
        QStringLiteral("SELECT ") + kMessageColumns + QStringLiteral("WHERE thread_id = ? ORDER BY written_at, id"),
        {threadId});
    if (!q)
        return q.error();
    QList<Message> list;
    QHash<qint64, int> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), int(list.size()));
        list.append(messageFrom(*q));
    }
    auto attachments = run(db,
        QStringLiteral("SELECT a.id, a.message_id, a.file_name, a.mime_type, a.size FROM message_attachments a "
                       "JOIN messages m ON m.id = a.message_id WHERE m.thread_id = ? ORDER BY a.id"),
        {threadId});
    if (!attachments)
        return attachments.error();
    while (attachments->next()) {
        const int at = index.value(attachments->value(1).toLongLong(), -1);
        if (at >= 0)
            list[at].attachments.append({attachments->value(0).toLongLong(), attachments->value(2).toString(),
                attachments->value(3).toString(), attachments->value(4).toLongLong()});
    }
    return list;
}

Result<Message> Inbox::message(qint64 messageId) const
{
    const QSqlDatabase db = m_database->connection();
    auto q = run(db, QStringLiteral("SELECT ") + kMessageColumns + QStringLiteral("WHERE id = ?"), {messageId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Inbox", "This message does not exist."),
            QStringLiteral("message %1").arg(messageId));
    Message m = messageFrom(*q);
    auto attachments = run(db,
        QStringLiteral(
            "SELECT id, file_name, mime_type, size FROM message_attachments WHERE message_id = ? ORDER BY id"),
        {messageId});
    if (!attachments)
        return attachments.error();
    while (attachments->next())
        m.attachments.append({attachments->value(0).toLongLong(), attachments->value(1).toString(),
            attachments->value(2).toString(), attachments->value(3).toLongLong()});
    return m;
}

Result<QByteArray> Inbox::attachmentData(qint64 attachmentId) const
{
    auto data = scalar(
        m_database->connection(), QStringLiteral("SELECT data FROM message_attachments WHERE id = ?"), {attachmentId});
    if (!data)
        return data.error();
    if (!data->isValid())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Inbox", "This attachment does not exist."));
    return data->toByteArray();
}

Result<QList<Thread>> Inbox::threadsForOrder(qint64 orderId) const
{
    auto q = run(m_database->connection(),
        QStringLiteral("SELECT ") + kThreadColumns
            + QStringLiteral("WHERE t.order_id = ? ORDER BY t.last_message_at DESC, t.id DESC"),
        {orderId});
    if (!q)
        return q.error();
    QList<Thread> list;
    while (q->next())
        list.append(threadFrom(*q));
    return list;
}

Result<InboxCounts> Inbox::counts() const
{
    auto q = run(m_database->connection(),
        QStringLiteral("SELECT (SELECT count(*) FROM threads WHERE status = 'open'), "
                       "(SELECT count(*) FROM threads WHERE unread > 0), "
                       "(SELECT count(*) FROM messages WHERE state = 'draft'), "
                       "(SELECT count(*) FROM messages WHERE state IN ('queued', 'sending')), "
                       "(SELECT count(*) FROM messages WHERE state = 'failed')"));
    if (!q)
        return q.error();
    InboxCounts counts;
    if (q->next()) {
        counts.open = q->value(0).toInt();
        counts.unread = q->value(1).toInt();
        counts.drafts = q->value(2).toInt();
        counts.outbox = q->value(3).toInt();
        counts.failed = q->value(4).toInt();
    }
    return counts;
}

QString Inbox::baseSubject(const QString& subject)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(?:(?:re|tr|fwd?|aw|wg|rép|réf)\\s*(?:\\[\\d+\\])?\\s*:\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    QString base = subject;
    base.remove(prefix);
    return base.simplified().toLower();
}

Result<qint64> Inbox::orderNamedIn(const QString& text, const QString& fromAddress) const
{
    // "commande n° 1042", "order #C-1042", "#1042": named as an order; "C-1042" alone: only when the
    // order is the sender's (a postcode or a phone number must not pick someone else's order).
    static const QRegularExpression explicitNumber(
        QStringLiteral("(?:(?:commande|order|cde|cmd)\\s*(?:n°|no\\.?|num(?:éro|ero)?\\.?|number|#|:)?\\s*#?|#)"
                       "([A-Za-z]{0,4}-?\\d{3,12})\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression prefixedNumber(QStringLiteral("\\b([A-Za-z]{1,4}-\\d{3,12})\\b"));
    orders::OrderBook book(m_database);
    const QSqlDatabase db = m_database->connection();
    auto emailOf = [&](qint64 orderId) -> QString {
        auto email = scalar(db, QStringLiteral("SELECT email FROM orders WHERE id = ?"), {orderId});
        return email && email->isValid() ? email->toString() : QString();
    };
    QStringList tried;
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
    for (auto it = explicitNumber.globalMatch(text); it.hasNext();) {
        const QString number = it.next().captured(1);
        if (tried.contains(number))
            continue;
        tried.append(number);
        auto id = book.idForNumber(number);
        if (!id)
            return id.error();
        // "commande 1042" for Comptoir's own "C-1042".
        if (*id == 0 && digitsOnly.match(number).hasMatch())
            id = book.idForNumber(QStringLiteral("C-") + number);
        if (!id)
            return id.error();
        if (*id > 0)
            return *id;
    }
    for (auto it = prefixedNumber.globalMatch(text); it.hasNext();) {
        const QString number = it.next().captured(1);
        if (tried.contains(number))
            continue;
        tried.append(number);
        auto id = book.idForNumber(number);
        if (!id)
            return id.error();
        if (*id > 0 && emailOf(*id).compare(fromAddress.trimmed(), Qt::CaseInsensitive) == 0)
            return *id;
    }
    return qint64(0);
}

Result<qint64> Inbox::findThreadFor(const IncomingMessage& message, qint64& orderId) const
{
    const QSqlDatabase db = m_database->connection();
    orderId = 0;
    // The order it names, in its subject first.
    auto named = orderNamedIn(message.subject, message.fromAddress);
    if (!named)
        return named.error();
    if (*named == 0) {
        named = orderNamedIn(message.body.left(4000), message.fromAddress);
        if (!named)
            return named.error();
    }
    orderId = *named;

    // A reply to a message we have.
    QStringList ids = message.references;
    if (!message.inReplyTo.isEmpty())
        ids.append(message.inReplyTo);
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const QString id = normalizedMessageId(*it);
        if (id.isEmpty())
            continue;
        auto thread = scalar(db, QStringLiteral("SELECT thread_id FROM messages WHERE message_id = ?"), {id});
        if (!thread)
            return thread.error();
        if (thread->isValid())
            return thread->toLongLong();
    }
    // The conversation about the order it names.
    if (orderId > 0) {
        auto thread = scalar(db,
            QStringLiteral("SELECT id FROM threads WHERE order_id = ? ORDER BY last_message_at DESC, id DESC LIMIT 1"),
            {orderId});
        if (!thread)
            return thread.error();
        if (thread->isValid())
            return thread->toLongLong();
    }
    // The sender's recent conversation with the same subject.
    const QString base = baseSubject(message.subject);
    if (!base.isEmpty() && !message.fromAddress.isEmpty()) {
        const qint64 since = (message.date.isValid() ? message.date : m_database->clock().now()).toSecsSinceEpoch()
            - kSameSubjectWindowSecs;
        auto q = run(db,
            QStringLiteral("SELECT t.id, t.subject, (SELECT m.subject FROM messages m WHERE m.thread_id = t.id "
                           "AND m.direction <> 'note' ORDER BY m.written_at DESC, m.id DESC LIMIT 1) FROM threads t "
                           "WHERE t.customer_email = ? AND t.last_message_at >= ? "
                           "ORDER BY t.last_message_at DESC, t.id DESC LIMIT 50"),
            {message.fromAddress.trimmed().toLower(), since});
        if (!q)
            return q.error();
        // The conversation's subject, or its last message's.
        while (q->next())
            if (baseSubject(q->value(1).toString()) == base || baseSubject(q->value(2).toString()) == base)
                return q->value(0).toLongLong();
    }
    return qint64(0);
}

Status Inbox::refreshThread(const QSqlDatabase& db, qint64 threadId)
{
    return execute(db,
        QStringLiteral(
            "UPDATE threads SET "
            "message_count = (SELECT count(*) FROM messages WHERE thread_id = threads.id AND state <> 'draft'), "
            "unread = (SELECT count(*) FROM messages WHERE thread_id = threads.id AND direction = 'in' "
            "AND read_at IS NULL), "
            "last_message_at = coalesce((SELECT max(written_at) FROM messages WHERE thread_id = threads.id "
            "AND state <> 'draft'), created_at), "
            "last_direction = coalesce((SELECT direction FROM messages WHERE thread_id = threads.id "
            "AND direction <> 'note' AND state <> 'draft' ORDER BY written_at DESC, id DESC LIMIT 1), last_direction), "
            "snippet = coalesce((SELECT substr(body, 1, 400) FROM messages WHERE thread_id = threads.id "
            "AND state <> 'draft' ORDER BY written_at DESC, id DESC LIMIT 1), ''), "
            "version = version + 1 WHERE id = ?"),
        {threadId});
}

Result<Received> Inbox::receive(const IncomingMessage& message)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto received = receiveWithin(transaction, message);
    if (!received)
        return received;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return received;
}

Result<Received> Inbox::receiveWithin(const Transaction&, const IncomingMessage& message)
{
    const QSqlDatabase db = m_database->connection();
    const QString messageId = normalizedMessageId(message.messageId);
    Received result;
    if (!messageId.isEmpty()) {
        auto known = run(db, QStringLiteral("SELECT id, thread_id FROM messages WHERE message_id = ?"), {messageId});
        if (!known)
            return known.error();
        if (known->next()) {
            result.messageId = known->value(0).toLongLong();
            result.threadId = known->value(1).toLongLong();
            return result;
        }
    }
    if (message.uid > 0) {
        auto known = run(db,
            QStringLiteral("SELECT id, thread_id FROM messages WHERE mailbox = ? AND uid_validity = ? AND uid = ?"),
            {storage::text(message.mailbox), qint64(message.uidValidity), qint64(message.uid)});
        if (!known)
            return known.error();
        if (known->next()) {
            result.messageId = known->value(0).toLongLong();
            result.threadId = known->value(1).toLongLong();
            return result;
        }
    }
    const QString email = message.fromAddress.trimmed().toLower();
    if (email.isEmpty() && message.fromName.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Inbox", "A message needs its sender: an address or a name."));

    const qint64 now = m_database->clock().nowSecs();
    // A date in the future (a sender's clock wrong) counts as now.
    qint64 writtenAt = message.date.isValid() ? message.date.toSecsSinceEpoch() : now;
    if (writtenAt > now + 3600)
        writtenAt = now;

    qint64 orderId = 0;
    auto threadId = findThreadFor(message, orderId);
    if (!threadId)
        return threadId.error();
    result.threadId = *threadId;
    if (result.threadId == 0) {
        qint64 customerId = 0;
        if (!email.isEmpty()) {
            auto customer
                = scalar(db, QStringLiteral("SELECT id FROM customers WHERE email IN (?, ?) ORDER BY id DESC LIMIT 1"),
                    {email, message.fromAddress.trimmed()});
            if (!customer)
                return customer.error();
            customerId = customer->isValid() ? customer->toLongLong() : 0;
        }
        QString subject = message.subject.trimmed();
        if (subject.isEmpty())
            subject = QCoreApplication::translate("Inbox", "(no subject)");
        auto inserted = run(db,
            QStringLiteral(
                "INSERT INTO threads (subject, customer_email, customer_name, customer_id, order_id, status, "
                "last_message_at, created_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?)"),
            {subject, storage::text(email), storage::text(message.fromName.trimmed()), idValue(customerId),
                idValue(orderId), writtenAt, now});
        if (!inserted)
            return inserted.error();
        result.threadId = inserted->lastInsertId().toLongLong();
        result.newThread = true;
    } else if (orderId > 0) {
        if (auto linked
            = execute(db, QStringLiteral("UPDATE threads SET order_id = ? WHERE id = ? AND order_id IS NULL"),
                {orderId, result.threadId});
            !linked)
            return linked.error();
    }

    auto inserted = run(db,
        QStringLiteral(
            "INSERT INTO messages (thread_id, direction, state, message_id, in_reply_to, refs, from_address, "
            "from_name, to_addresses, cc_addresses, subject, body, had_html, warnings, raw, written_at, "
            "mailbox, uid_validity, uid, created_at) "
            "VALUES (?, 'in', 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {result.threadId, storage::text(messageId), storage::text(normalizedMessageId(message.inReplyTo)),
            storage::text(message.references.join(QLatin1Char(' '))), storage::text(email),
            storage::text(message.fromName.trimmed()), storage::text(message.to), storage::text(message.cc),
            storage::text(message.subject.trimmed()), storage::text(message.body), message.hadHtml,
            storage::text(message.warnings.join(QLatin1Char('\n'))),
            message.raw.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(message.raw), writtenAt,
            storage::text(message.mailbox), message.uid > 0 ? QVariant(qint64(message.uidValidity)) : QVariant(),
            message.uid > 0 ? QVariant(qint64(message.uid)) : QVariant(), now});
    if (!inserted)
        return inserted.error();
    result.messageId = inserted->lastInsertId().toLongLong();
    result.isNew = true;
    if (auto attached = insertAttachments(db, result.messageId, message.attachments); !attached)
        return attached.error();
    // A customer writing again reopens the conversation.
    if (auto reopened
        = execute(db, QStringLiteral("UPDATE threads SET status = 'open' WHERE id = ?"), {result.threadId});
        !reopened)
        return reopened.error();
    if (auto refreshed = refreshThread(result.threadId); !refreshed)
        return refreshed.error();
    return result;
}

Result<qint64> Inbox::startThreadForOrder(qint64 orderId, const QString& subject)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto id = startThreadForOrderWithin(transaction, orderId, subject);
    if (!id)
        return id;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> Inbox::startThreadForOrderWithin(const Transaction&, qint64 orderId, const QString& subject)
{
    auto order = orders::OrderBook(m_database).load(orderId);
    if (!order)
        return order.error();
    if (order->email.trimmed().isEmpty())
        return invalid(QCoreApplication::translate(
            "Inbox", "Order %1 has no email address: add the customer's address to the order first.")
                           .arg(order->number));
    const QString title = subject.trimmed().isEmpty()
        ? QCoreApplication::translate("Inbox", "Your order %1").arg(order->number)
        : subject.trimmed();
    const qint64 now = m_database->clock().nowSecs();
    auto inserted = run(m_database->connection(),
        QStringLiteral("INSERT INTO threads (subject, customer_email, customer_name, customer_id, order_id, status, "
                       "last_message_at, last_direction, created_at) VALUES (?, ?, ?, ?, ?, 'answered', ?, 'out', ?)"),
        {title, order->email.trimmed().toLower(), storage::text(order->customerName.trimmed()),
            idValue(order->customerId), orderId, now, now});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

Result<qint64> Inbox::startThread(const QString& email, const QString& name, const QString& subject)
{
    // One address, checked as the outbox checks recipients.
    auto addresses = Outbox::addresses(email);
    if (!addresses || addresses->size() != 1)
        return invalid(QCoreApplication::translate("Inbox", "“%1” is not an email address.").arg(email.trimmed()),
            QCoreApplication::translate("Inbox", "To"));
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    const QSqlDatabase db = m_database->connection();
    const QString lower = email.trimmed().toLower();
    auto customer
        = scalar(db, QStringLiteral("SELECT id FROM customers WHERE email IN (?, ?) ORDER BY id DESC LIMIT 1"),
            {lower, email.trimmed()});
    if (!customer)
        return customer.error();
    const qint64 now = m_database->clock().nowSecs();
    auto inserted = run(db,
        QStringLiteral("INSERT INTO threads (subject, customer_email, customer_name, customer_id, status, "
                       "last_message_at, last_direction, created_at) VALUES (?, ?, ?, ?, 'answered', ?, 'out', ?)"),
        {storage::text(subject.trimmed()), lower, storage::text(name.trimmed()),
            customer->isValid() ? *customer : QVariant(QMetaType(QMetaType::LongLong)), now, now});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> Inbox::saveDraft(const Draft& draft, qint64 draftId)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto id = saveDraftWithin(transaction, draft, draftId);
    if (!id)
        return id;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> Inbox::saveDraftWithin(const Transaction&, const Draft& draft, qint64 draftId)
{
    const QSqlDatabase db = m_database->connection();
    auto thread = loadThread(db, draft.threadId);
    if (!thread)
        return thread.error();
    const qint64 now = m_database->clock().nowSecs();
    if (draftId > 0) {
        auto updated = run(db,
            QStringLiteral("UPDATE messages SET to_addresses = ?, cc_addresses = ?, subject = ?, body = ?, "
                           "template_key = ?, shipment_id = ?, written_at = ? WHERE id = ? AND thread_id = ? "
                           "AND state = 'draft'"),
            {storage::text(draft.to), storage::text(draft.cc), storage::text(draft.subject), storage::text(draft.body),
                storage::text(draft.templateKey), idValue(draft.shipmentId), now, draftId, draft.threadId});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0)
            return invalid(QCoreApplication::translate(
                "Inbox", "This draft is no longer a draft: it was sent or deleted, perhaps from another window."));
        if (auto removed
            = execute(db, QStringLiteral("DELETE FROM message_attachments WHERE message_id = ?"), {draftId});
            !removed)
            return removed.error();
    } else {
        auto shop = scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'shop.email'"));
        auto shopName = scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'shop.name'"));
        if (!shop)
            return shop.error();
        if (!shopName)
            return shopName.error();
        auto inserted = run(db,
            QStringLiteral("INSERT INTO messages (thread_id, direction, state, from_address, from_name, to_addresses, "
                           "cc_addresses, subject, body, template_key, shipment_id, written_at, user_name, created_at) "
                           "VALUES (?, 'out', 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {draft.threadId, storage::text(shop->toString()), storage::text(shopName->toString()),
                storage::text(draft.to), storage::text(draft.cc), storage::text(draft.subject),
                storage::text(draft.body), storage::text(draft.templateKey), idValue(draft.shipmentId), now,
                inventory::StockLedger::currentUser(), now});
        if (!inserted)
            return inserted.error();
        draftId = inserted->lastInsertId().toLongLong();
    }
    if (auto attached = insertAttachments(db, draftId, draft.attachments); !attached)
        return attached.error();
    return draftId;
}

Status Inbox::deleteDraft(qint64 draftId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto deleted = deleteDraftWithin(transaction, draftId); !deleted)
        return deleted;
    return transaction.commit();
}

Status Inbox::deleteDraftWithin(const Transaction&, qint64 draftId)
{
    const QSqlDatabase db = m_database->connection();
    if (auto removed = execute(db,
            QStringLiteral("DELETE FROM message_attachments WHERE message_id = ? AND "
                           "message_id IN (SELECT id FROM messages WHERE state = 'draft')"),
            {draftId});
        !removed)
        return removed;
    auto deleted = run(db, QStringLiteral("DELETE FROM messages WHERE id = ? AND state = 'draft'"), {draftId});
    if (!deleted)
        return deleted.error();
    if (deleted->numRowsAffected() == 0)
        return invalid(QCoreApplication::translate("Inbox", "Only a draft can be deleted; this message is not one."));
    return {};
}

Result<qint64> Inbox::addNote(qint64 threadId, const QString& text, qint64 replacingDraft)
{
    if (text.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Inbox", "The note is empty."));
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto thread = loadThread(db, threadId); !thread)
        return thread.error();
    const qint64 now = m_database->clock().nowSecs();
    auto inserted = run(db,
        QStringLiteral("INSERT INTO messages (thread_id, direction, state, body, written_at, user_name, created_at) "
                       "VALUES (?, 'note', 'note', ?, ?, ?, ?)"),
        {threadId, text.trimmed(), now, inventory::StockLedger::currentUser(), now});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (replacingDraft > 0) {
        if (auto deleted = deleteDraftWithin(transaction, replacingDraft); !deleted)
            return deleted.error();
    }
    if (auto refreshed = refreshThread(threadId); !refreshed)
        return refreshed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status Inbox::markRead(qint64 threadId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto marked = execute(db,
            QStringLiteral(
                "UPDATE messages SET read_at = ? WHERE thread_id = ? AND direction = 'in' AND read_at IS NULL"),
            {m_database->clock().nowSecs(), threadId});
        !marked)
        return marked;
    if (auto updated
        = execute(db, QStringLiteral("UPDATE threads SET unread = 0 WHERE id = ? AND unread <> 0"), {threadId});
        !updated)
        return updated;
    return transaction.commit();
}

Status Inbox::markUnread(qint64 threadId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    // The newest message received becomes unread again.
    if (auto marked = execute(db,
            QStringLiteral("UPDATE messages SET read_at = NULL WHERE id = (SELECT id FROM messages WHERE thread_id = ? "
                           "AND direction = 'in' ORDER BY written_at DESC, id DESC LIMIT 1)"),
            {threadId});
        !marked)
        return marked;
    if (auto refreshed = refreshThread(threadId); !refreshed)
        return refreshed;
    return transaction.commit();
}

Status Inbox::setStatus(qint64 threadId, ThreadStatus status)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto updated = run(db, QStringLiteral("UPDATE threads SET status = ?, version = version + 1 WHERE id = ?"),
        {threadStatusKey(status), threadId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error(Error::Code::NotFound, QCoreApplication::translate("Inbox", "This conversation does not exist."));
    return transaction.commit();
}

Status Inbox::assignOrder(qint64 threadId, qint64 orderId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto thread = loadThread(db, threadId); !thread)
        return thread.error();
    if (orderId > 0) {
        auto customer = run(db, QStringLiteral("SELECT customer_id FROM orders WHERE id = ?"), {orderId});
        if (!customer)
            return customer.error();
        if (!customer->next())
            return Error(Error::Code::NotFound, QCoreApplication::translate("Inbox", "This order does not exist."));
        if (auto updated = execute(db,
                QStringLiteral("UPDATE threads SET order_id = ?, customer_id = coalesce(?, customer_id), "
                               "version = version + 1 WHERE id = ?"),
                {orderId, customer->value(0), threadId});
            !updated)
            return updated;
    } else if (auto updated
               = execute(db, QStringLiteral("UPDATE threads SET order_id = NULL, version = version + 1 WHERE id = ?"),
                   {threadId});
               !updated) {
        return updated;
    }
    return transaction.commit();
}

} // namespace comptoir::messages
