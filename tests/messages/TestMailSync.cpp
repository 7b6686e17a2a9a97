#include "messages/ImapFetcher.h"
#include "messages/Inbox.h"
#include "messages/MailSync.h"
#include "messages/MimeReader.h"
#include "messages/Outbox.h"
#include "messages/SmtpSender.h"
#include "orders/OrderBook.h"
#include "settings/ShopSettings.h"
#include "support/MailServers.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::messages;

// The whole way of a conversation through real servers on loopback (aiosmtpd, Dovecot): a customer's
// mail fetched into the thread of the order it names, the answer sent from the outbox with its
// thread headers and a copy in Sent, the customer's reply joining the same thread; the outbox
// surviving a server that is down, then up, without sending twice; a send interrupted by a stop
// checked in the Sent folder before anything is sent again.
class TestMailSync final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MailServers> m_servers;
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_orderId = 0;
    QString m_orderNumber;
    const QString m_password = QString::fromUtf8(MailServers::kPassword);

    MailAccount account() const
    {
        MailAccount a;
        a.smtp = m_servers->smtpStartTls();
        a.imap = m_servers->imapTls();
        a.sent = QStringLiteral("Sent");
        return a;
    }

    MailSync sync() const { return MailSync(m_database, account(), m_password, m_password); }

    static QByteArray customerMail(
        const QByteArray& id, const QByteArray& subject, const QByteArray& body, const QByteArray& inReplyTo = {})
    {
        QByteArray raw = "From: =?UTF-8?Q?L=C3=A9a_Martin?= <lea@example.fr>\r\n"
                         "To: bonjour@tasse-bleue.fr\r\n"
                         "Subject: "
            + subject + "\r\nMessage-ID: " + id + "\r\nDate: Mon, 23 Nov 2026 09:00:00 +0100\r\n";
        if (!inReplyTo.isEmpty())
            raw += "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n";
        raw += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
        return raw;
    }

    qint64 queueAnswer(qint64 threadId, const QString& body)
    {
        Draft draft;
        draft.threadId = threadId;
        draft.to = QStringLiteral("Léa Martin <lea@example.fr>");
        draft.subject = QStringLiteral("Re: votre commande");
        draft.body = body;
        auto id = Inbox(m_database).saveDraft(draft);
        if (!id || !Outbox(m_database).queue(*id)) {
            qWarning("could not queue");
            return 0;
        }
        return *id;
    }

    int mailsHolding(const QByteArray& text) const
    {
        int n = 0;
        for (const QByteArray& mail : m_servers->receivedMails())
            n += mail.contains(text) ? 1 : 0;
        return n;
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

        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        settings::ShopIdentity identity;
        identity.name = QStringLiteral("La Tasse Bleue");
        identity.email = QStringLiteral("bonjour@tasse-bleue.fr");
        QVERIFY(settings::ShopSettings(m_database).setIdentity(identity).ok());
        ShopBuilder build(m_database, m_clock);
        const qint64 mug = build.variant(QStringLiteral("MUG"), 0, 400);
        QVERIFY(inventory::StockLedger(m_database).record(mug, 1, 10, inventory::MovementReason::Receipt, {}).ok());
        orders::Order order;
        order.status = orders::OrderStatus::Paid;
        order.customerName = QStringLiteral("Léa Martin");
        order.email = QStringLiteral("lea@example.fr");
        order.shipTo.country = QStringLiteral("FR");
        orders::OrderLine line;
        line.variantId = mug;
        line.quantity = 1;
        line.unitPrice = Money(1250, Currency::euro());
        order.lines << line;
        m_orderId = orders::OrderBook(m_database).create(order).value();
        m_orderNumber = orders::OrderBook(m_database).load(m_orderId)->number;

        // The account is kept in the shop, without its passwords.
        QVERIFY(account().save(m_database).ok());
        auto loaded = MailAccount::load(m_database);
        QVERIFY(loaded);
        QCOMPARE(loaded->smtp.host, account().smtp.host);
        QCOMPARE(loaded->imap.port, account().imap.port);
        QCOMPARE(loaded->sent, QStringLiteral("Sent"));
    }

    void cleanupTestCase() { m_servers.reset(); }

    void conversationGoesRoundTheServers()
    {
        // Nothing yet (the first login also makes the mailbox's folders).
        auto empty = sync().fetchNew();
        QVERIFY2(empty, empty ? "" : qPrintable(empty.error().toString()));
        QCOMPARE(empty->fetched, 0);
        QVERIFY(m_servers->deliverUnread(customerMail(
            "<lea-q1@example.fr>", "Ma commande " + m_orderNumber.toUtf8(), "Bonjour, toujours rien reçu.")));
        auto fetched = sync().fetchNew();
        QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().toString()));
        QCOMPARE(fetched->added, 1);
        QCOMPARE(fetched->newThreads, 1);
        const QList<Thread> threads = Inbox(m_database).threadsForOrder(m_orderId).value();
        QCOMPARE(threads.size(), 1);
        const qint64 threadId = threads.first().id;
        QCOMPARE(threads.first().customerName, QStringLiteral("Léa Martin"));
        QCOMPARE(Inbox(m_database).messages(threadId)->first().body.trimmed(),
            QStringLiteral("Bonjour, toujours rien reçu."));

        // Fetching again brings nothing new.
        QCOMPARE(sync().fetchNew()->fetched, 0);

        const qint64 answer = queueAnswer(threadId, QStringLiteral("Bonjour Léa, il part ce matin."));
        auto sent = sync().sendDue();
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().toString()));
        QCOMPARE(sent->sent, 1);
        QCOMPARE(sent->copyFailures, 0);
        const Message message = Inbox(m_database).message(answer).value();
        QCOMPARE(message.state, MessageState::Sent);
        QCOMPARE(mailsHolding(message.messageId.toUtf8()), 1);
        const auto onServer = MimeReader::parse(m_servers->receivedMails().last());
        QVERIFY(onServer);
        QCOMPARE(onServer->inReplyTo, QByteArray("<lea-q1@example.fr>"));
        QCOMPARE(onServer->text.trimmed(), QStringLiteral("Bonjour Léa, il part ce matin."));
        // A copy in Sent.
        QVERIFY(ImapFetcher::findByMessageId(
            m_servers->imapTls(), m_password, QStringLiteral("Sent"), message.messageId.toUtf8())
                    .value());

        // The customer answers, with another subject: the same thread, by its headers.
        QVERIFY(m_servers->deliverUnread(
            customerMail("<lea-q2@example.fr>", "Autre question", "Merci !", message.messageId.toUtf8())));
        auto again = sync().fetchNew();
        QVERIFY(again);
        QCOMPARE(again->added, 1);
        QCOMPARE(again->newThreads, 0);
        QCOMPARE(Inbox(m_database).messages(threadId)->size(), 3);
        QCOMPARE(Inbox(m_database).thread(threadId)->status, ThreadStatus::Open);
    }

    void outboxSurvivesAServerDownThenUp()
    {
        const qint64 threadId = Inbox(m_database).threadsForOrder(m_orderId)->first().id;
        const qint64 id = queueAnswer(threadId, QStringLiteral("Votre colis est livré."));
        MailAccount down = account();
        m_servers->stopPlainSmtp();
        down.smtp = m_servers->smtpPlain(); // nobody listens there any more
        auto failed = MailSync(m_database, down, m_password, m_password).sendDue();
        QVERIFY(failed);
        QCOMPARE(failed->failed, 1);
        Message message = Inbox(m_database).message(id).value();
        QCOMPARE(message.state, MessageState::Failed);
        QVERIFY(!message.lastError.isEmpty());
        QVERIFY(message.nextAttemptAt.isValid()); // tried again later
        // Not due yet: nothing sent.
        QCOMPARE(sync().sendDue()->sent, 0);
        m_clock.set(m_clock.now().addSecs(61));
        auto sent = sync().sendDue();
        QVERIFY(sent);
        QCOMPARE(sent->sent, 1);
        QCOMPARE(mailsHolding(message.messageId.toUtf8()), 1);
        QCOMPARE(sync().sendDue()->sent, 0); // never twice
    }

    void interruptedSendIsCheckedBeforeSendingAgain()
    {
        const qint64 threadId = Inbox(m_database).threadsForOrder(m_orderId)->first().id;
        Outbox outbox(m_database);
        // One left the shop before the stop (its copy reached Sent), one did not.
        const qint64 gone = queueAnswer(threadId, QStringLiteral("Parti avant l'arrêt"));
        const qint64 stuck = queueAnswer(threadId, QStringLiteral("Resté en route"));
        QVERIFY(outbox.claim(gone).ok());
        QVERIFY(outbox.claim(stuck).ok());
        const Message left = Inbox(m_database).message(gone).value();
        const QByteArray raw = "From: bonjour@tasse-bleue.fr\r\nTo: lea@example.fr\r\nSubject: x\r\nMessage-ID: "
            + left.messageId.toUtf8() + "\r\n\r\nParti\r\n";
        QVERIFY(ImapFetcher::append(m_servers->imapTls(), m_password, QStringLiteral("Sent"), raw).ok());

        auto recovered = sync().recoverInterrupted();
        QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().toString()));
        QCOMPARE(*recovered, 2);
        QCOMPARE(Inbox(m_database).message(gone)->state, MessageState::Sent);
        QCOMPARE(Inbox(m_database).message(stuck)->state, MessageState::Queued);
        auto sent = sync().sendDue();
        QVERIFY(sent);
        QCOMPARE(sent->sent, 1);
        QCOMPARE(mailsHolding(left.messageId.toUtf8()), 0); // the one already gone is not sent again
        QCOMPARE(mailsHolding(Inbox(m_database).message(stuck)->messageId.toUtf8()), 1);
    }
};

QTEST_GUILESS_MAIN(TestMailSync)
#include "TestMailSync.moc"
