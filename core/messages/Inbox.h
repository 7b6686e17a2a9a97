#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::storage {
class Transaction;
}

namespace comptoir::messages {

enum class ThreadStatus
{
    Open, // the customer waits for an answer
    Answered, // the shop wrote last
    Closed, // nothing left to do
};

QString threadStatusKey(ThreadStatus status);
bool threadStatusFromKey(const QString& key, ThreadStatus& status);
QString threadStatusLabel(ThreadStatus status);

enum class Direction
{
    In,
    Out,
    Note, // an internal note, never sent
};

enum class MessageState
{
    Received,
    Draft,
    Queued, // in the outbox, waiting to be sent
    Sending, // handed to the mail server; sent once it accepts
    Sent,
    Failed, // the last try failed; retried later unless the error is permanent
    Note,
};

QString messageStateKey(MessageState state);
bool messageStateFromKey(const QString& key, MessageState& state);
QString messageStateLabel(MessageState state);

// A conversation as the Messages page lists it.
struct Thread
{
    qint64 id = 0;
    QString subject;
    QString customerEmail;
    QString customerName;
    qint64 customerId = 0;
    qint64 orderId = 0;
    QString orderNumber;
    ThreadStatus status = ThreadStatus::Open;
    int unread = 0;
    int messageCount = 0;
    QDateTime lastMessageAt; // UTC
    Direction lastDirection = Direction::In;
    QString snippet;
    int version = 1;
};

struct AttachmentInfo
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
};

struct Message
{
    qint64 id = 0;
    qint64 threadId = 0;
    Direction direction = Direction::In;
    MessageState state = MessageState::Received;
    QString messageId; // with angle brackets
    QString inReplyTo;
    QStringList references;
    QString fromAddress;
    QString fromName;
    QString to;
    QString cc;
    QString subject;
    QString body;
    bool hadHtml = false;
    QStringList warnings;
    QDateTime writtenAt; // UTC
    QDateTime readAt;
    QDateTime sentAt;
    QString templateKey;
    qint64 shipmentId = 0;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString user;
    QList<AttachmentInfo> attachments;
};

struct NewAttachment
{
    QString fileName;
    QString mimeType;
    QByteArray data;
};

// A message received: a mail fetched from the shop's mailbox (parsed), or one typed in from another
// channel (a marketplace, a contact form, a phone call).
struct IncomingMessage
{
    QString messageId;
    QString inReplyTo;
    QStringList references;
    QString fromAddress;
    QString fromName;
    QString to;
    QString cc;
    QString subject;
    QString body;
    bool hadHtml = false;
    QStringList warnings;
    QDateTime date; // UTC; invalid: now
    QByteArray raw;
    QString mailbox; // IMAP folder
    quint32 uidValidity = 0;
    quint32 uid = 0; // 0: not from IMAP
    QList<NewAttachment> attachments;
};

// What receiving a message did.
struct Received
{
    qint64 messageId = 0;
    qint64 threadId = 0;
    bool isNew = false; // false: the same mail was already kept (fetched twice)
    bool newThread = false;
};

// A message the shop writes: a draft, then queued for sending.
struct Draft
{
    qint64 threadId = 0;
    QString to; // "Name <address>, …"
    QString cc;
    QString subject;
    QString body;
    QString templateKey;
    qint64 shipmentId = 0; // a notice about this parcel: sending it records that the customer was told
    QList<NewAttachment> attachments;
};

struct InboxCounts
{
    int open = 0; // threads waiting for an answer
    int unread = 0; // threads with unread messages
    int drafts = 0;
    int outbox = 0; // messages queued or being sent
    int failed = 0; // messages the mail server refused or could not take
};

// Customer conversations: threads next to their orders, each message received or written. A mail
// received joins the thread it answers (In-Reply-To, References), else the thread of the order it
// names, else the sender's recent thread with the same subject, else a new thread; the same mail
// received twice is kept once. Every change happens in one transaction.
class Inbox final
{
public:
    explicit Inbox(storage::DatabasePtr database);

    Result<Thread> thread(qint64 threadId) const;
    // Oldest first, with their attachments (names and sizes).
    Result<QList<Message>> messages(qint64 threadId) const;
    Result<Message> message(qint64 messageId) const;
    Result<QByteArray> attachmentData(qint64 attachmentId) const;
    // Newest first.
    Result<QList<Thread>> threadsForOrder(qint64 orderId) const;
    Result<InboxCounts> counts() const;

    Result<Received> receive(const IncomingMessage& message);
    Result<Received> receiveWithin(const storage::Transaction& transaction, const IncomingMessage& message);

    // A new conversation with an order's customer (subject "Order N" unless given). Returns its id.
    Result<qint64> startThreadForOrder(qint64 orderId, const QString& subject = {});
    Result<qint64> startThreadForOrderWithin(
        const storage::Transaction& transaction, qint64 orderId, const QString& subject = {});
    // A new conversation with anyone (an address is needed).
    Result<qint64> startThread(const QString& email, const QString& name, const QString& subject);

    // Saves a draft (a new one when `draftId` is 0). Returns its id.
    Result<qint64> saveDraft(const Draft& draft, qint64 draftId = 0);
    Result<qint64> saveDraftWithin(const storage::Transaction& transaction, const Draft& draft, qint64 draftId = 0);
    Status deleteDraft(qint64 draftId);
    // An internal note on the thread, never sent. When the text was a draft (`replacingDraft`),
    // the draft goes in the same transaction: the text is never in both places, nor in neither.
    Result<qint64> addNote(qint64 threadId, const QString& text, qint64 replacingDraft = 0);

    Status markRead(qint64 threadId);
    Status markUnread(qint64 threadId);
    Status setStatus(qint64 threadId, ThreadStatus status);
    // Attaches the thread to an order (0: to none); the customer follows the order's.
    Status assignOrder(qint64 threadId, qint64 orderId);

    // The order a text names (subject or body of a mail): "#1042", "C-1042", "commande 1042"…
    // Returns 0 when none, or when the order belongs to another address than `fromAddress` and the
    // text does not name it explicitly as an order.
    Result<qint64> orderNamedIn(const QString& text, const QString& fromAddress) const;
    // The subject without its "Re:", "TR :", "Fwd:" prefixes, for matching replies.
    static QString baseSubject(const QString& subject);

    // Recomputes a thread's counts, last message and snippet from its messages (within the
    // caller's transaction).
    static Status refreshThread(const QSqlDatabase& db, qint64 threadId);

private:
    Result<qint64> findThreadFor(const IncomingMessage& message, qint64& orderId) const;
    Status refreshThread(qint64 threadId) { return refreshThread(m_database->connection(), threadId); }
    Status deleteDraftWithin(const storage::Transaction&, qint64 draftId);

    storage::DatabasePtr m_database;
};

} // namespace comptoir::messages
