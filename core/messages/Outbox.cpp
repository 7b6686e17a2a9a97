#include "messages/Outbox.h"

#include "messages/Inbox.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace comptoir::messages {

using storage::execute;
using storage::run;
using storage::scalar;
using storage::Transaction;

namespace {

Error invalid(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

// The domain of the shop's address, for its Message-IDs.
QString domainOf(const QString& address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? address.mid(at + 1).trimmed().toLower() : QString();
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9.-]+$"));
    return shape.match(domain).hasMatch() ? domain : QStringLiteral("comptoir.invalid");
}

} // namespace

Outbox::Outbox(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

qint64 Outbox::retryDelaySecs(int attempt)
{
    static constexpr qint64 kDelays[] = {60, 5 * 60, 15 * 60, 60 * 60};
    if (attempt <= 0)
        return 0;
    return attempt <= 4 ? kDelays[attempt - 1] : 60 * 60;
}

Result<QStringList> Outbox::addresses(const QString& list)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+$"));
    static const QRegularExpression bracketed(QStringLiteral("<([^<>]*)>\\s*$"));
    QStringList found;
    // Commas inside quoted names ("Martin, Léa" <lea@x.fr>) do not separate addresses.
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : list) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    for (const QString& part : parts) {
        const QString text = part.trimmed();
        if (text.isEmpty())
            continue;
        const auto match = bracketed.match(text);
        const QString candidate = (match.hasMatch() ? match.captured(1) : text).trimmed();
        if (!address.match(candidate).hasMatch())
            return invalid(QCoreApplication::translate("Outbox", "“%1” is not an email address.").arg(text));
        found << candidate;
    }
    return found;
}

Result<QString> Outbox::queue(qint64 draftId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto draft = run(db,
        QStringLiteral(
            "SELECT thread_id, to_addresses, cc_addresses, from_address, body, state FROM messages WHERE id = ?"),
        {draftId});
    if (!draft)
        return draft.error();
    if (!draft->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Outbox", "This message does not exist."));
    if (draft->value(5).toString() != QLatin1String("draft"))
        return invalid(QCoreApplication::translate("Outbox", "This message was already sent or queued."));
    const qint64 threadId = draft->value(0).toLongLong();
    auto to = addresses(draft->value(1).toString());
    if (!to)
        return Error(to.error().code, to.error().message, QCoreApplication::translate("Outbox", "To"));
    if (to->isEmpty())
        return invalid(QCoreApplication::translate("Outbox", "The message has no recipient."),
            QCoreApplication::translate("Outbox", "To"));
    if (auto cc = addresses(draft->value(2).toString()); !cc)
        return Error(cc.error().code, cc.error().message, QCoreApplication::translate("Outbox", "Cc"));
    if (draft->value(4).toString().trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Outbox", "The message is empty."));
    QString from = draft->value(3).toString();
    if (from.isEmpty()) {
        auto shop = scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'shop.email'"));
        if (!shop)
            return shop.error();
        from = shop->toString();
    }
    if (from.trimmed().isEmpty())
        return invalid(QCoreApplication::translate(
            "Outbox", "The shop has no email address to send from: enter it in Settings ▸ Shop."));

    // The conversation: the last mail received is the one answered.
    QString inReplyTo;
    QStringList references;
    auto chain = run(db,
        QStringLiteral("SELECT message_id, refs FROM messages WHERE thread_id = ? AND message_id <> '' "
                       "AND state IN ('received', 'sent', 'queued', 'sending', 'failed') AND id <> ? "
                       "ORDER BY (direction = 'in') DESC, written_at DESC, id DESC LIMIT 1"),
        {threadId, draftId});
    if (!chain)
        return chain.error();
    if (chain->next()) {
        inReplyTo = chain->value(0).toString();
        references = chain->value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        references.append(inReplyTo);
        // A long conversation keeps its first message and the last ones.
        while (references.size() > 20)
            references.removeAt(1);
    }
    const QString messageId
        = QStringLiteral("<%1@%2>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces), domainOf(from));
    const qint64 now = m_database->clock().nowSecs();
    if (auto queued = execute(db,
            QStringLiteral("UPDATE messages SET state = 'queued', message_id = ?, in_reply_to = ?, refs = ?, "
                           "from_address = ?, written_at = ?, next_attempt_at = ?, attempts = 0, last_error = '', "
                           "raw = NULL WHERE id = ?"),
            {messageId, storage::text(inReplyTo), storage::text(references.join(QLatin1Char(' '))), from, now, now,
                draftId});
        !queued)
        return queued.error();
    // The shop answered: the conversation waits for the customer now.
    if (auto answered = execute(db,
            QStringLiteral("UPDATE threads SET status = CASE WHEN status = 'closed' THEN status ELSE 'answered' END "
                           "WHERE id = ?"),
            {threadId});
        !answered)
        return answered.error();
    if (auto refreshed = Inbox::refreshThread(db, threadId); !refreshed)
        return refreshed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return messageId;
}

Status Outbox::unqueue(qint64 messageId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto updated = run(db,
        QStringLiteral("UPDATE messages SET state = 'draft', message_id = '', raw = NULL, next_attempt_at = NULL "
                       "WHERE id = ? AND state IN ('queued', 'failed')"),
        {messageId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return invalid(QCoreApplication::translate(
            "Outbox", "This message is being sent or was sent already: it can no longer be edited."));
    return transaction.commit();
}

Status Outbox::retryNow(qint64 messageId)
{
    auto updated = run(m_database->connection(),
        QStringLiteral("UPDATE messages SET state = 'queued', next_attempt_at = ? WHERE id = ? AND state IN ('queued', "
                       "'failed')"),
        {m_database->clock().nowSecs(), messageId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return invalid(QCoreApplication::translate("Outbox", "This message is not waiting to be sent."));
    return {};
}

Result<QList<Message>> Outbox::due(const QDateTime& now, int limit) const
{
    auto ids = run(m_database->connection(),
        QStringLiteral("SELECT id FROM messages WHERE state IN ('queued', 'failed') AND next_attempt_at <= ? "
                       "ORDER BY next_attempt_at, id LIMIT ?"),
        {now.toSecsSinceEpoch(), limit});
    if (!ids)
        return ids.error();
    QList<Message> list;
    Inbox inbox(m_database);
    while (ids->next()) {
        auto message = inbox.message(ids->value(0).toLongLong());
        if (!message)
            return message.error();
        list.append(*message);
    }
    return list;
}

Result<Message> Outbox::claim(qint64 messageId)
{
    const QSqlDatabase db = m_database->connection();
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        auto claimed = run(db,
            QStringLiteral("UPDATE messages SET state = 'sending', attempts = attempts + 1 WHERE id = ? "
                           "AND state IN ('queued', 'failed')"),
            {messageId});
        if (!claimed)
            return claimed.error();
        if (claimed->numRowsAffected() == 0)
            return invalid(QCoreApplication::translate("Outbox", "This message is not waiting to be sent any more."));
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return Inbox(m_database).message(messageId);
}

Result<QByteArray> Outbox::raw(qint64 messageId) const
{
    auto raw = scalar(m_database->connection(), QStringLiteral("SELECT raw FROM messages WHERE id = ?"), {messageId});
    if (!raw)
        return raw.error();
    return raw->isValid() && !raw->isNull() ? raw->toByteArray() : QByteArray();
}

Status Outbox::storeRaw(qint64 messageId, const QByteArray& raw)
{
    return execute(
        m_database->connection(), QStringLiteral("UPDATE messages SET raw = ? WHERE id = ?"), {raw, messageId});
}

Status Outbox::markSent(qint64 messageId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 now = m_database->clock().nowSecs();
    auto updated = run(db,
        QStringLiteral("UPDATE messages SET state = 'sent', sent_at = ?, next_attempt_at = NULL, last_error = '' "
                       "WHERE id = ? AND state <> 'sent'"),
        {now, messageId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return transaction.commit(); // already recorded
    // A notice about a parcel: the customer was told.
    if (auto told = execute(db,
            QStringLiteral("UPDATE shipments SET customer_told_at = ?, version = version + 1 WHERE id = "
                           "(SELECT shipment_id FROM messages WHERE id = ?)"),
            {now, messageId});
        !told)
        return told;
    return transaction.commit();
}

Status Outbox::markFailed(qint64 messageId, const QString& error, bool permanent)
{
    const QSqlDatabase db = m_database->connection();
    auto attempts = scalar(db, QStringLiteral("SELECT attempts FROM messages WHERE id = ?"), {messageId});
    if (!attempts)
        return attempts.error();
    const qint64 next = m_database->clock().nowSecs() + retryDelaySecs(attempts->toInt());
    return execute(db,
        QStringLiteral("UPDATE messages SET state = 'failed', last_error = ?, next_attempt_at = ? WHERE id = ? "
                       "AND state IN ('sending', 'queued', 'failed')"),
        {storage::text(error), permanent ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(next), messageId});
}

Result<int> Outbox::recoverInterrupted(const std::function<Result<bool>(const Message&)>& alreadySent)
{
    auto ids
        = run(m_database->connection(), QStringLiteral("SELECT id FROM messages WHERE state = 'sending' ORDER BY id"));
    if (!ids)
        return ids.error();
    QList<qint64> interrupted;
    while (ids->next())
        interrupted << ids->value(0).toLongLong();
    Inbox inbox(m_database);
    for (const qint64 id : interrupted) {
        auto message = inbox.message(id);
        if (!message)
            return message.error();
        auto sent = alreadySent(*message);
        if (!sent) {
            // Cannot tell: not sent again blindly; the merchant sees why and retries by hand.
            if (auto failed = markFailed(id,
                    QCoreApplication::translate("Outbox",
                        "Comptoir stopped while sending this message and could not check whether it left (%1): "
                        "look in your Sent folder, then send it again or delete it.")
                        .arg(sent.error().message),
                    true);
                !failed)
                return failed.error();
            continue;
        }
        if (*sent) {
            if (auto marked = markSent(id); !marked)
                return marked.error();
        } else if (auto requeued = execute(m_database->connection(),
                       QStringLiteral("UPDATE messages SET state = 'queued', next_attempt_at = ? WHERE id = ? AND "
                                      "state = 'sending'"),
                       {m_database->clock().nowSecs(), id});
                   !requeued) {
            return requeued.error();
        }
    }
    return int(interrupted.size());
}

} // namespace comptoir::messages
