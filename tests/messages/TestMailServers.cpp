#include "messages/ImapFetcher.h"
#include "messages/MimeReader.h"
#include "messages/MimeWriter.h"
#include "messages/SmtpSender.h"
#include "support/MailServers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace comptoir;
using namespace comptoir::messages;

// Sending and fetching against real servers on loopback, started by the fixture: aiosmtpd for SMTP
// (STARTTLS and authentication, TLS, a server without STARTTLS) and Dovecot for IMAP. Without them the
// suite is skipped on a developer's machine and fails in CI (where CI is set).
class TestMailServers final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MailServers> m_servers;
    const QString m_password = QString::fromUtf8(MailServers::kPassword);

    static QString why(const Error& error) { return error.toString(); }

    static OutgoingMail customerMail(const QString& subject)
    {
        OutgoingMail mail;
        mail.from = {"Atelier Claire", "boutique@atelier-claire.fr"};
        mail.to = {{"Hélène Marchal", "helene@example.fr"}};
        mail.subject = subject;
        mail.text = "Bonjour Hélène,\n\nVotre commande est partie.\n";
        return mail;
    }

    static QByteArray rawMail(const QString& subject, QByteArray* messageId = nullptr)
    {
        OutgoingMail mail = customerMail(subject);
        mail.messageId = newMessageId(mail.from);
        if (messageId)
            *messageId = mail.messageId;
        const Result<QByteArray> raw = MimeWriter::build(mail);
        return raw.ok() ? *raw : QByteArray();
    }

    static QStringList subjectsOf(const ImapBatch& batch)
    {
        QStringList subjects;
        for (const ImapMail& mail : batch.mails) {
            const Result<ParsedMail> parsed = MimeReader::parse(mail.raw);
            subjects << (parsed.ok() ? parsed->subject : QStringLiteral("(unreadable)"));
        }
        return subjects;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList missing = MailServers::missingPrograms();
        if (!missing.isEmpty()) {
            const QByteArray message = "mail servers missing: " + missing.join(", ").toUtf8();
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(message.constData());
            QSKIP(message.constData());
        }
        m_servers = std::make_unique<MailServers>();
        QString reason;
        QVERIFY2(m_servers->start(&reason), qPrintable(reason));
    }

    void cleanupTestCase() { m_servers.reset(); }

    void sendsWithStartTlsAndAuthentication()
    {
        OutgoingMail mail = customerMail("Votre commande n° 1042 est partie");
        mail.cc = {{"", "compta@atelier-claire.fr"}};
        const Result<QByteArray> raw = MimeWriter::build(mail);
        QVERIFY(raw.ok());
        const Status sent = SmtpSender::send(m_servers->smtpStartTls(), m_password, "boutique@atelier-claire.fr",
            {"helene@example.fr", "compta@atelier-claire.fr"}, *raw);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : why(sent.error())));

        const QList<QByteArray> received = m_servers->receivedMails();
        QCOMPARE(received.size(), 1);
        QCOMPARE(m_servers->envelope(1),
            (QStringList {"boutique@atelier-claire.fr", "helene@example.fr", "compta@atelier-claire.fr"}));
        const Result<ParsedMail> parsed = MimeReader::parse(received.first());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->subject, mail.subject);
        QCOMPARE(parsed->text.trimmed(), mail.text.trimmed());
    }

    void sendsWithImplicitTls()
    {
        const qsizetype before = m_servers->receivedMails().size();
        const Status sent = SmtpSender::send(
            m_servers->smtpTls(), m_password, "boutique@atelier-claire.fr", {"helene@example.fr"}, rawMail("TLS"));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : why(sent.error())));
        QCOMPARE(m_servers->receivedMails().size(), before + 1);
    }

    void wrongPasswordIsRefused()
    {
        const qsizetype before = m_servers->receivedMails().size();
        const Status sent = SmtpSender::send(m_servers->smtpStartTls(), "wrong", "boutique@atelier-claire.fr",
            {"helene@example.fr"}, rawMail("wrong password"));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, Error::Code::InvalidInput);
        QVERIFY2(sent.error().message.contains("refused the user name or password of “shop”"),
            qPrintable(why(sent.error())));
        QVERIFY(sent.error().message.contains(m_servers->smtpStartTls().displayName()));
        QCOMPARE(m_servers->receivedMails().size(), before);
    }

    void startTlsNotOfferedIsNotSentInClear()
    {
        const qsizetype before = m_servers->receivedMails().size();
        MailServer server = m_servers->smtpPlain();
        server.security = MailServer::Security::StartTls;
        server.user = QString::fromUtf8(MailServers::kUser);
        const Status sent = SmtpSender::send(
            server, m_password, "boutique@atelier-claire.fr", {"helene@example.fr"}, rawMail("must not leave"));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.error().message.contains("does not offer STARTTLS"), qPrintable(why(sent.error())));
        QCOMPARE(m_servers->receivedMails().size(), before);
    }

    void tlsOnAPlainPortFails()
    {
        MailServer server = m_servers->smtpPlain();
        server.security = MailServer::Security::Tls;
        const Status sent = SmtpSender::send(
            server, m_password, "boutique@atelier-claire.fr", {"helene@example.fr"}, rawMail("TLS on plain"));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.error().message.contains("(TLS)") || sent.error().message.contains("cut"),
            qPrintable(why(sent.error())));
    }

    void untrustedCertificateIsRefused()
    {
        const qsizetype before = m_servers->receivedMails().size();
        MailServer server = m_servers->smtpStartTls();
        server.caFile.clear(); // the system's authorities do not know the test certificate
        const Status sent = SmtpSender::send(
            server, m_password, "boutique@atelier-claire.fr", {"helene@example.fr"}, rawMail("untrusted"));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.error().message.contains("certificate"), qPrintable(why(sent.error())));
        QCOMPARE(m_servers->receivedMails().size(), before);
    }

    void refusedRecipientIsNamed()
    {
        const qsizetype before = m_servers->receivedMails().size();
        const Status sent = SmtpSender::send(m_servers->smtpStartTls(), m_password, "boutique@atelier-claire.fr",
            {"helene@example.fr", "refused@example.fr"}, rawMail("refused recipient"));
        QVERIFY(!sent.ok());
        QVERIFY2(
            sent.error().message.contains("refused the recipient <refused@example.fr>"), qPrintable(why(sent.error())));
        QCOMPARE(m_servers->receivedMails().size(), before);
    }

    void sendingCanBeCancelled()
    {
        CancelFlag cancel {true};
        const Status sent = SmtpSender::send(m_servers->smtpStartTls(), m_password, "boutique@atelier-claire.fr",
            {"helene@example.fr"}, rawMail("cancelled"), &cancel);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, Error::Code::Cancelled);
    }

    void listsFolders()
    {
        for (const MailServer& server : {m_servers->imapStartTls(), m_servers->imapTls()}) {
            const Result<QStringList> folders = ImapFetcher::folders(server, m_password);
            QVERIFY2(folders.ok(), qPrintable(folders.ok() ? QString() : why(folders.error())));
            QVERIFY(folders->contains("INBOX"));
            QVERIFY(folders->contains("Sent"));
            QVERIFY2(folders->contains(QString::fromUtf8(MailServers::kClaimsFolder)), qPrintable(folders->join(", ")));
        }
    }

    void imapWrongPasswordIsRefused()
    {
        const Result<QStringList> folders = ImapFetcher::folders(m_servers->imapStartTls(), "wrong");
        QVERIFY(!folders.ok());
        QVERIFY2(
            folders.error().message.contains("refused the user name or password"), qPrintable(why(folders.error())));
    }

    void fetchesNewMailsByUid()
    {
        const MailServer imap = m_servers->imapStartTls();
        for (const char* subject : {"premier", "deuxième", "troisième"})
            QVERIFY(ImapFetcher::append(imap, m_password, "INBOX", rawMail(subject)).ok());
        const Result<ImapBatch> first = ImapFetcher::fetchNew(imap, m_password, "INBOX", 0, 0, 100);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : why(first.error())));
        QVERIFY(first->uidValidity != 0);
        QCOMPARE(subjectsOf(*first), (QStringList {"premier", "deuxième", "troisième"}));
        QVERIFY(!first->uidValidityChanged);
        QVERIFY(!first->more);

        for (const char* subject : {"quatrième", "cinquième"})
            QVERIFY(ImapFetcher::append(imap, m_password, "INBOX", rawMail(subject)).ok());
        const Result<ImapBatch> second
            = ImapFetcher::fetchNew(imap, m_password, "INBOX", first->uidValidity, first->highestUid, 100);
        QVERIFY(second.ok());
        QCOMPARE(subjectsOf(*second), (QStringList {"quatrième", "cinquième"}));
        QVERIFY(second->highestUid > first->highestUid);

        // "n:*" matches the last mail even when its UID is below n: nothing new is nothing.
        const Result<ImapBatch> none
            = ImapFetcher::fetchNew(imap, m_password, "INBOX", second->uidValidity, second->highestUid, 100);
        QVERIFY(none.ok());
        QVERIFY(none->mails.isEmpty());
        QCOMPARE(none->highestUid, second->highestUid);

        const Result<ImapBatch> limited = ImapFetcher::fetchNew(imap, m_password, "INBOX", first->uidValidity, 0, 2);
        QVERIFY(limited.ok());
        QCOMPARE(subjectsOf(*limited), (QStringList {"premier", "deuxième"}));
        QVERIFY(limited->more);

        const Result<ImapBatch> renumbered = ImapFetcher::fetchNew(
            m_servers->imapTls(), m_password, "INBOX", first->uidValidity + 1, second->highestUid, 100);
        QVERIFY(renumbered.ok());
        QVERIFY(renumbered->uidValidityChanged);
        QCOMPARE(renumbered->mails.size(), 5);
    }

    void fetchingLeavesUnreadMailsUnread()
    {
        const MailServer imap = m_servers->imapStartTls();
        const Result<ImapBatch> before = ImapFetcher::fetchNew(imap, m_password, "INBOX", 0, 0, 0);
        QVERIFY(before.ok());
        QVERIFY(m_servers->deliverUnread(rawMail("pas encore lu")));
        const Result<ImapBatch> batch
            = ImapFetcher::fetchNew(imap, m_password, "INBOX", before->uidValidity, before->highestUid, 10);
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : why(batch.error())));
        QCOMPARE(subjectsOf(*batch), QStringList {"pas encore lu"});
        const QStringList flags = m_servers->inboxFlagsOf("Subject: pas encore lu");
        QCOMPARE(flags.size(), 1);
        QVERIFY2(!flags.first().contains('S'), qPrintable(flags.first()));
    }

    void fetchesTheChosenFolder()
    {
        const MailServer imap = m_servers->imapTls();
        const QString claims = QString::fromUtf8(MailServers::kClaimsFolder);
        QVERIFY(ImapFetcher::append(imap, m_password, claims, rawMail("colis abîmé")).ok());
        const Result<ImapBatch> batch = ImapFetcher::fetchNew(imap, m_password, claims, 0, 0, 100);
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : why(batch.error())));
        QCOMPARE(subjectsOf(*batch), (QStringList {"colis abîmé"}));

        const Result<ImapBatch> missing = ImapFetcher::fetchNew(imap, m_password, "Nulle part", 0, 0, 100);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY2(missing.error().message.contains("“Nulle part”"), qPrintable(why(missing.error())));
    }

    void findsASentMailByMessageId()
    {
        const MailServer imap = m_servers->imapStartTls();
        QByteArray messageId;
        const QByteArray raw = rawMail("copie envoyée", &messageId);
        Result<bool> found = ImapFetcher::findByMessageId(imap, m_password, "Sent", messageId);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : why(found.error())));
        QVERIFY(!*found);
        QVERIFY(ImapFetcher::append(imap, m_password, "Sent", raw).ok());
        found = ImapFetcher::findByMessageId(imap, m_password, "Sent", messageId);
        QVERIFY(found.ok());
        QVERIFY(*found);
        QVERIFY(!*ImapFetcher::findByMessageId(imap, m_password, "Sent", "<other@atelier-claire.fr>"));
    }

    void brokenMailIsFetchedAndReadWithAWarning()
    {
        const MailServer imap = m_servers->imapStartTls();
        QFile file(QStringLiteral(COMPTOIR_TEST_DATA "/mail/broken-mime.eml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray broken = file.readAll();
        const Result<ImapBatch> before = ImapFetcher::fetchNew(imap, m_password, "INBOX", 0, 0, 0);
        QVERIFY(before.ok());
        QVERIFY(ImapFetcher::append(imap, m_password, "INBOX", broken).ok());
        const Result<ImapBatch> batch
            = ImapFetcher::fetchNew(imap, m_password, "INBOX", before->uidValidity, before->highestUid, 10);
        QVERIFY(batch.ok());
        QCOMPARE(batch->mails.size(), 1);
        QCOMPARE(batch->mails.first().raw, broken);
        const Result<ParsedMail> parsed = MimeReader::parse(batch->mails.first().raw);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->text.contains("Voici la facture demandée."));
        QVERIFY(!parsed->warnings.isEmpty());
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts connections (the kernel does) and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        MailServer server = m_servers->smtpStartTls();
        server.port = silent.serverPort();
        server.timeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        const Status sent = SmtpSender::send(
            server, m_password, "boutique@atelier-claire.fr", {"helene@example.fr"}, rawMail("silence"));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.error().message.contains("did not answer within 1 second"), qPrintable(why(sent.error())));
        QVERIFY(timer.elapsed() < 4000);
    }

    void stoppedServerIsAConnectionError()
    {
        m_servers->stopPlainSmtp();
        QElapsedTimer timer;
        timer.start();
        const Status sent = SmtpSender::send(m_servers->smtpPlain(), QString(), "boutique@atelier-claire.fr",
            {"helene@example.fr"}, rawMail("nobody there"));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.error().message.contains("cannot be reached"), qPrintable(why(sent.error())));
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestMailServers)
#include "TestMailServers.moc"
