#include "messages/Inbox.h"
#include "messages/ThreadList.h"
#include "orders/OrderBook.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::messages;

// Customer conversations: a mail joins the thread it answers, else the thread of the order it
// names, else the sender's recent thread with the same subject; kept once however often it is
// fetched; read/unread, status, drafts, notes, order assignment; the list paged, filtered, searched.
class TestInbox final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_orderId = 0;
    QString m_orderNumber;

    IncomingMessage mail(const QString& id, const QString& subject, const QString& body = QStringLiteral("Bonjour"),
        const QString& from = QStringLiteral("lea@example.fr"))
    {
        IncomingMessage m;
        m.messageId = id;
        m.fromAddress = from;
        m.fromName = QStringLiteral("Léa Martin");
        m.to = QStringLiteral("bonjour@tasse-bleue.fr");
        m.subject = subject;
        m.body = body;
        m.date = m_clock.now();
        return m;
    }

    Received receive(const IncomingMessage& m)
    {
        auto received = Inbox(m_database).receive(m);
        if (!received) {
            qWarning("%s", qPrintable(received.error().toString()));
            return {};
        }
        return *received;
    }

    qint64 count(const QString& sql) { return storage::scalar(m_database->connection(), sql).value().toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        const qint64 mug = build.variant(QStringLiteral("MUG"), 0, 400);
        QVERIFY(inventory::StockLedger(m_database).record(mug, 1, 10, inventory::MovementReason::Receipt, {}).ok());
        orders::Order order;
        order.status = orders::OrderStatus::Paid;
        order.customerName = QStringLiteral("Léa Martin");
        order.email = QStringLiteral("Lea@Example.fr");
        order.shipTo.name = order.customerName;
        order.shipTo.country = QStringLiteral("FR");
        orders::OrderLine line;
        line.variantId = mug;
        line.quantity = 1;
        line.unitPrice = Money(1250, Currency::euro());
        order.lines << line;
        auto created = orders::OrderBook(m_database).create(order);
        QVERIFY(created);
        m_orderId = *created;
        m_orderNumber = orders::OrderBook(m_database).load(m_orderId)->number;
    }

    void findsTheOrderAMailNames()
    {
        Inbox inbox(m_database);
        const QString digits = m_orderNumber.mid(m_orderNumber.indexOf(QLatin1Char('-')) + 1);
        QCOMPARE(inbox
                     .orderNamedIn(QStringLiteral("Où en est ma commande n° ") + digits + QStringLiteral(" ?"),
                         QStringLiteral("x@y.fr"))
                     .value(),
            m_orderId);
        QCOMPARE(
            inbox.orderNamedIn(QStringLiteral("Order #") + m_orderNumber, QStringLiteral("x@y.fr")).value(), m_orderId);
        // Named without saying it is an order: only when it is the sender's.
        QCOMPARE(inbox.orderNamedIn(QStringLiteral("About ") + m_orderNumber, QStringLiteral("lea@example.fr")).value(),
            m_orderId);
        QCOMPARE(inbox.orderNamedIn(QStringLiteral("About ") + m_orderNumber, QStringLiteral("x@y.fr")).value(), 0);
        QCOMPARE(
            inbox.orderNamedIn(QStringLiteral("J'habite au 35000 Rennes"), QStringLiteral("lea@example.fr")).value(),
            0);
        QCOMPARE(Inbox::baseSubject(QStringLiteral("RE : TR: Fwd: Ma commande")), QStringLiteral("ma commande"));
    }

    void threadsMailsAndKeepsThemOnce()
    {
        // A first mail naming the order: a new thread about it, waiting for an answer.
        const Received first = receive(mail(QStringLiteral("<a1@example.fr>"),
            QStringLiteral("Commande ") + m_orderNumber + QStringLiteral(" pas reçue")));
        QVERIFY(first.isNew && first.newThread);
        Thread thread = Inbox(m_database).thread(first.threadId).value();
        QCOMPARE(thread.orderId, m_orderId);
        QCOMPARE(thread.customerEmail, QStringLiteral("lea@example.fr"));
        QCOMPARE(thread.status, ThreadStatus::Open);
        QCOMPARE(thread.unread, 1);

        // Fetched again (a new UIDVALIDITY): nothing added.
        const Received again = receive(mail(QStringLiteral("a1@example.fr"), QStringLiteral("whatever")));
        QVERIFY(!again.isNew);
        QCOMPARE(again.messageId, first.messageId);

        // A reply by References, with a subject that names nothing: the same thread.
        m_clock.set(m_clock.now().addSecs(3600));
        IncomingMessage reply = mail(QStringLiteral("<a2@example.fr>"), QStringLiteral("Re: autre chose"));
        reply.references = {QStringLiteral("<unknown@x>"), QStringLiteral("<a1@example.fr>")};
        const Received second = receive(reply);
        QVERIFY(second.isNew && !second.newThread);
        QCOMPARE(second.threadId, first.threadId);

        // The same subject from the same sender, without references: the same thread.
        const Received third = receive(mail(QStringLiteral("<a3@example.fr>"), QStringLiteral("RE: autre chose")));
        QCOMPARE(third.threadId, first.threadId);
        thread = Inbox(m_database).thread(first.threadId).value();
        QCOMPARE(thread.messageCount, 3);
        QCOMPARE(thread.unread, 3);
        QCOMPARE(thread.snippet, QStringLiteral("Bonjour"));

        // Another sender, another subject: another thread, with no order.
        const Received other = receive(mail(QStringLiteral("<b1@x.com>"), QStringLiteral("Question"),
            QStringLiteral("Vous livrez en Suisse ?"), QStringLiteral("paul@x.com")));
        QVERIFY(other.newThread);
        QCOMPARE(Inbox(m_database).thread(other.threadId)->orderId, 0);

        // The same IMAP message (mailbox, UIDVALIDITY, UID) without a Message-ID: kept once.
        IncomingMessage imap
            = mail(QString(), QStringLiteral("Sans identifiant"), QStringLiteral("x"), QStringLiteral("zoe@x.com"));
        imap.mailbox = QStringLiteral("INBOX");
        imap.uidValidity = 7;
        imap.uid = 42;
        QVERIFY(receive(imap).isNew);
        QVERIFY(!receive(imap).isNew);

        // No sender at all: refused, nothing written.
        const qint64 before = count("SELECT count(*) FROM messages");
        IncomingMessage anonymous = mail(QStringLiteral("<c@x>"), QStringLiteral("?"), QStringLiteral("?"), QString());
        anonymous.fromName.clear();
        QVERIFY(!Inbox(m_database).receive(anonymous).ok());
        QCOMPARE(count("SELECT count(*) FROM messages"), before);
    }

    void readStatusDraftsAndNotes()
    {
        Inbox inbox(m_database);
        const qint64 threadId = inbox.threadsForOrder(m_orderId).value().first().id;
        QVERIFY(inbox.markRead(threadId).ok());
        QCOMPARE(inbox.thread(threadId)->unread, 0);
        QVERIFY(inbox.markUnread(threadId).ok());
        QCOMPARE(inbox.thread(threadId)->unread, 1);
        QVERIFY(inbox.markRead(threadId).ok());

        Draft draft;
        draft.threadId = threadId;
        draft.to = QStringLiteral("lea@example.fr");
        draft.subject = QStringLiteral("Re: votre commande");
        draft.body = QStringLiteral("Bonjour Léa,");
        draft.attachments << NewAttachment {
            QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"), QByteArray("jpeg")};
        auto draftId = inbox.saveDraft(draft);
        QVERIFY2(draftId, draftId ? "" : qPrintable(draftId.error().toString()));
        // A draft is not a message of the conversation yet.
        QCOMPARE(inbox.thread(threadId)->messageCount, 3);
        QCOMPARE(inbox.counts()->drafts, 1);
        draft.body = QStringLiteral("Bonjour Léa, votre colis arrive.");
        draft.attachments.clear();
        QCOMPARE(inbox.saveDraft(draft, *draftId).value(), *draftId);
        const Message saved = inbox.message(*draftId).value();
        QCOMPARE(saved.state, MessageState::Draft);
        QCOMPARE(saved.body, draft.body);
        QVERIFY(saved.attachments.isEmpty());
        QVERIFY(inbox.deleteDraft(*draftId).ok());
        QVERIFY(!inbox.deleteDraft(*draftId).ok());
        QCOMPARE(inbox.counts()->drafts, 0);

        auto note = inbox.addNote(threadId, QStringLiteral("Appelée le 23/11, rappeler jeudi"));
        QVERIFY(note);
        QCOMPARE(inbox.messages(threadId)->last().direction, Direction::Note);
        QVERIFY(!inbox.addNote(threadId, QStringLiteral("  ")).ok());
        // A draft turned into a note: the draft goes in the same transaction…
        auto toNote = inbox.saveDraft(draft);
        QVERIFY(toNote);
        const int before = inbox.messages(threadId)->size();
        QVERIFY(inbox.addNote(threadId, QStringLiteral("Vu avec le transporteur"), *toNote).ok());
        QCOMPARE(inbox.counts()->drafts, 0);
        QCOMPARE(inbox.messages(threadId)->size(), before); // one draft out, one note in
        QCOMPARE(inbox.messages(threadId)->last().body, QStringLiteral("Vu avec le transporteur"));
        // …and when it cannot go (a note is not a draft), no note is added either.
        QVERIFY(!inbox.addNote(threadId, QStringLiteral("Deux fois"), *note).ok());
        QCOMPARE(inbox.messages(threadId)->size(), before);

        QVERIFY(inbox.setStatus(threadId, ThreadStatus::Closed).ok());
        QCOMPARE(inbox.thread(threadId)->status, ThreadStatus::Closed);
        // The customer writes again: open again.
        m_clock.set(m_clock.now().addSecs(3600));
        IncomingMessage more = mail(QStringLiteral("<a4@example.fr>"), QStringLiteral("Re: autre chose"));
        more.inReplyTo = QStringLiteral("<a3@example.fr>");
        QCOMPARE(receive(more).threadId, threadId);
        QCOMPARE(inbox.thread(threadId)->status, ThreadStatus::Open);
    }

    void assignsOrders()
    {
        Inbox inbox(m_database);
        auto started = inbox.startThread(QStringLiteral("paul@x.com"), QStringLiteral("Paul"), QStringLiteral("Devis"));
        QVERIFY(started);
        QVERIFY(!inbox.startThread(QStringLiteral("paul at x"), QString(), QString()).ok());
        QVERIFY(inbox.assignOrder(*started, m_orderId).ok());
        QCOMPARE(inbox.thread(*started)->orderId, m_orderId);
        QCOMPARE(inbox.threadsForOrder(m_orderId)->size(), 2);
        QVERIFY(inbox.assignOrder(*started, 0).ok());
        QCOMPARE(inbox.threadsForOrder(m_orderId)->size(), 1);
        QVERIFY(!inbox.assignOrder(*started, 999999).ok());
        auto forOrder = inbox.startThreadForOrder(m_orderId);
        QVERIFY(forOrder);
        QCOMPARE(inbox.thread(*forOrder)->customerEmail, QStringLiteral("lea@example.fr"));
    }

    void listsPagesFiltersAndSearches()
    {
        // 120 more threads, a minute apart.
        for (int i = 0; i < 120; ++i) {
            m_clock.set(m_clock.now().addSecs(60));
            receive(mail(QStringLiteral("<bulk%1@x.com>").arg(i), QStringLiteral("Question %1").arg(i),
                i == 57 ? QStringLiteral("Le carton était écrasé") : QStringLiteral("Une question"),
                QStringLiteral("client%1@x.com").arg(i)));
        }
        ThreadList list(m_database);
        const qint64 total = list.count().value();
        QVERIFY(total >= 123);
        QVariantList cursor;
        QList<qint64> seen;
        QDateTime previous;
        while (true) {
            auto page = list.fetch(50, cursor);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            for (const Thread& t : *page) {
                QVERIFY(!seen.contains(t.id));
                if (previous.isValid())
                    QVERIFY(t.lastMessageAt <= previous);
                previous = t.lastMessageAt;
                seen << t.id;
            }
        }
        QCOMPARE(seen.size(), total);

        // Words of a message, accents ignored, as a prefix.
        list.setText(QStringLiteral("ecras"));
        QVariantList none;
        auto found = list.fetch(50, none);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().customerEmail, QStringLiteral("client57@x.com"));
        // The order number finds its threads.
        list.setText(m_orderNumber);
        none.clear();
        QVERIFY(list.fetch(50, none)->size() >= 1);
        QCOMPARE(list.fetch(50, none = {})->first().orderId, m_orderId);

        list.setText({});
        list.setFilter(ThreadList::Filter::Closed);
        QCOMPARE(list.count().value(), 0);
        list.setFilter(ThreadList::Filter::Unread);
        // The 120 questions, Paul's, Zoé's, and Léa's last reply.
        QCOMPARE(list.count().value(), 123);
        list.setFilter(ThreadList::Filter::All);
        list.setOrder(m_orderId);
        QCOMPARE(list.count().value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestInbox)
#include "TestInbox.moc"
