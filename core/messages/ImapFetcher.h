#pragma once

#include "common/Result.h"
#include "messages/MailServer.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace comptoir::messages {

// One mail as the IMAP server keeps it.
struct ImapMail
{
    quint32 uid = 0;
    QByteArray raw;
};

// What a fetch brought: the new mails, oldest first, and where to start next time.
struct ImapBatch
{
    quint32 uidValidity = 0; // the folder's UIDVALIDITY: UIDs only compare under the same value
    quint32 highestUid = 0; // the highest UID fetched (the lastUid given when nothing is new): the next lastUid
    QList<ImapMail> mails;
    bool uidValidityChanged = false; // the folder was renumbered: every mail was fetched again from UID 1
    bool more = false; // the limit was reached: more new mails wait on the server
};

// Reads and stores mail on an IMAP server with libcurl (TLS or STARTTLS, never clear text when one was
// asked). Blocking: callers run it off the UI thread; each call opens one connection, used for all its
// requests. Fetching leaves the mails' read/unread state on the server as it was.
class ImapFetcher final
{
public:
    // The folders that can hold mail ("INBOX", "Sent"…), decoded from IMAP's modified UTF-7.
    static Result<QStringList> folders(
        const MailServer& server, const QString& password, const CancelFlag* cancel = nullptr);

    // The mails of `folder` whose UID is above lastUid, at most `limit`, oldest first. When the folder's
    // UIDVALIDITY is no longer knownUidValidity (0: not known yet), UIDs start again and so does the fetch.
    static Result<ImapBatch> fetchNew(const MailServer& server, const QString& password, const QString& folder,
        quint32 knownUidValidity, quint32 lastUid, int limit, const CancelFlag* cancel = nullptr);

    // Whether `folder` holds a mail with this Message-ID ("<id@domain>"): whether a mail was really sent
    // when the program stopped while sending it (asked of the Sent folder).
    static Result<bool> findByMessageId(const MailServer& server, const QString& password, const QString& folder,
        const QByteArray& messageId, const CancelFlag* cancel = nullptr);

    // Stores a mail in `folder`, marked read (a copy of a sent mail in Sent).
    static Status append(const MailServer& server, const QString& password, const QString& folder,
        const QByteArray& raw, const CancelFlag* cancel = nullptr);

    // IMAP's modified UTF-7 (RFC 3501 §5.1.3), for folder names.
    static QString decodeFolderName(const QByteArray& name);
    static QByteArray encodeFolderName(const QString& name);
};

} // namespace comptoir::messages
