#pragma once

#include "messages/MailServer.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Real mail servers on loopback for the mail tests, in a temporary directory with a throwaway
// self-signed certificate: aiosmtpd (tests/support/smtp_server.py) with STARTTLS, with TLS and
// without TLS, and Dovecot for IMAP (STARTTLS and TLS ports). Everything is stopped on destruction.
class MailServers final
{
public:
    static constexpr auto kUser = "shop";
    static constexpr auto kPassword = "s3cret-pässword";
    static constexpr auto kClaimsFolder = "Réclamations";

    MailServers();
    ~MailServers();

    // The programs the servers need that this machine lacks (dovecot, python3 with aiosmtpd, openssl).
    static QStringList missingPrograms();

    // Starts every server; false with the reason when one could not start.
    bool start(QString* why);

    comptoir::messages::MailServer smtpStartTls() const;
    comptoir::messages::MailServer smtpTls() const;
    comptoir::messages::MailServer smtpPlain() const; // offers no STARTTLS
    comptoir::messages::MailServer imapStartTls() const;
    comptoir::messages::MailServer imapTls() const;
    QString caFile() const;

    // The mails the SMTP servers accepted, in order, and the envelope ("from" then recipients) of the n-th (1-based).
    QList<QByteArray> receivedMails() const;
    QStringList envelope(int n) const;

    // Puts a mail straight into the INBOX's maildir, unread (as a delivery agent would).
    bool deliverUnread(const QByteArray& raw);
    // The maildir flags ("S" for read) of the INBOX mails holding `text`.
    QStringList inboxFlagsOf(const QByteArray& text) const;

    // Stops the SMTP server without TLS, to send to a server that is gone.
    void stopPlainSmtp();

    QString dovecotLog() const;

private:
    struct Smtp
    {
        std::unique_ptr<QProcess> process;
        int port = 0;
    };

    bool makeCertificate(QString* why);
    bool startSmtp(Smtp& smtp, const QString& mode, QString* why);
    bool startDovecot(QString* why);
    static void stop(QProcess* process);
    QString maildir() const;

    QTemporaryDir m_dir;
    Smtp m_smtpStartTls;
    Smtp m_smtpTls;
    Smtp m_smtpPlain;
    std::unique_ptr<QProcess> m_dovecot;
    int m_imapPort = 0;
    int m_imapsPort = 0;
};
