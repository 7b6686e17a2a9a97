#pragma once

#include "common/Result.h"
#include "messages/MailServer.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QString>

namespace comptoir::messages {

// The shop's mail account: where mail is sent (SMTP) and fetched (IMAP). Kept in the shop's settings;
// the passwords are not (they live in the keychain, see settings::Secrets).
struct MailAccount
{
    MailServer smtp;
    MailServer imap;
    QString inbox = QStringLiteral("INBOX"); // the folder customers' mails arrive in
    QString sent; // where a copy of each mail sent is kept; empty: none (the server keeps its own)

    bool canSend() const { return !smtp.host.trimmed().isEmpty(); }
    bool canFetch() const { return !imap.host.trimmed().isEmpty() && !imap.user.isEmpty(); }

    static Result<MailAccount> load(const storage::DatabasePtr& database);
    Status save(const storage::DatabasePtr& database) const;
};

struct SendReport
{
    int sent = 0;
    int failed = 0;
    int copyFailures = 0; // sent, but the copy in the Sent folder could not be stored
    QString lastError;
};

struct FetchReport
{
    int fetched = 0; // mails read from the server
    int added = 0; // new messages (the others were already kept)
    int newThreads = 0;
    bool more = false; // more mails wait on the server
};

// Moves mail between the shop and its mail servers: sends the outbox's due messages (building each
// one's MIME once, from its stored fields, and keeping it for later tries), and fetches the new mails of
// the inbox folder by UID into the conversations. Blocking: run it off the UI thread, with its own
// database connection. Every step is recorded as it happens, so stopping anywhere loses nothing.
class MailSync final
{
public:
    MailSync(storage::DatabasePtr database, MailAccount account, QString smtpPassword, QString imapPassword);

    // Sends what the outbox holds that is due now.
    Result<SendReport> sendDue(const CancelFlag* cancel = nullptr);
    // Fetches up to `limit` new mails of the inbox folder.
    Result<FetchReport> fetchNew(int limit = 200, const CancelFlag* cancel = nullptr);
    // Messages left "sending" by a stop: sent when the Sent folder holds them, else queued again; when
    // the Sent folder cannot be asked, set aside with a message for the merchant. Returns how many.
    Result<int> recoverInterrupted(const CancelFlag* cancel = nullptr);

private:
    storage::DatabasePtr m_database;
    MailAccount m_account;
    QString m_smtpPassword;
    QString m_imapPassword;
};

} // namespace comptoir::messages
