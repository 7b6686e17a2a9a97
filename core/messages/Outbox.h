#pragma once

#include "common/Result.h"
#include "messages/Inbox.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <functional>

namespace comptoir::messages {

// The messages the shop writes, from the moment it presses Send until the mail server accepts them.
// A message is queued with its Message-ID fixed, its MIME built once and kept, then handed to the
// server; it is marked sent only after the server accepted it. A try that fails is retried later
// (1, 5, 15, 60 minutes, then hourly), with its error shown; a message the app was sending when it
// stopped is checked (is it in the Sent folder?) before being sent again, so nothing is lost and
// nothing is sent twice.
class Outbox final
{
public:
    explicit Outbox(storage::DatabasePtr database);

    // Queues a draft for sending: its recipients are checked, it gets its Message-ID (on the shop's
    // domain), In-Reply-To and References (the conversation's last mail received). Returns the
    // message's Message-ID.
    Result<QString> queue(qint64 draftId);
    // Takes a queued (or failed) message back to a draft, to edit it.
    Status unqueue(qint64 messageId);
    // Tries a failed message again now.
    Status retryNow(qint64 messageId);

    // The messages due for a try at `now`, oldest first.
    Result<QList<Message>> due(const QDateTime& now, int limit = 20) const;
    // Marks a message as being sent (one more attempt) and returns it with its MIME bytes, if any;
    // refused when it is not queued or failed any more (another seat took it).
    Result<Message> claim(qint64 messageId);
    Result<QByteArray> raw(qint64 messageId) const;
    // Keeps the MIME bytes built for a message, so every try sends the same ones.
    Status storeRaw(qint64 messageId, const QByteArray& raw);
    // The server accepted it: sent, the conversation answered, a notice's parcel marked "customer told".
    Status markSent(qint64 messageId);
    // The try failed: retried later, or never when `permanent` (a refused address) until retried by hand.
    Status markFailed(qint64 messageId, const QString& error, bool permanent = false);
    // Messages left "sending" by an app that stopped (crash, power cut). Each is handed to
    // `alreadySent` (which looks for its Message-ID in the Sent folder): sent if found, else queued
    // again. Returns how many were found.
    Result<int> recoverInterrupted(const std::function<Result<bool>(const Message&)>& alreadySent);

    // The delay before try number `attempt` (1-based) after a failure.
    static qint64 retryDelaySecs(int attempt);
    // Splits "Name <a@b>, c@d" into addresses; refuses what is not one, naming it.
    static Result<QStringList> addresses(const QString& list);

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::messages
