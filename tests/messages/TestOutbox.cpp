#include "messages/Inbox.h"
#include "messages/Outbox.h"
#include "orders/OrderBook.h"
#include "settings/ShopSettings.h"
#include "shipping/Shipments.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::messages;

// The outbox: a message queued keeps its Message-ID and its bytes from try to try, is sent only once
// the server accepted it, is retried later after a failure, and a message left "sending" by an app
// that stopped is checked before it is sent again.
class TestOutbox final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_threadId = 0;
    qint64 m_parcelId = 0;

    qint64 draft(const QString& to = QStringLiteral("Léa Martin <lea@example.fr>"), qint64 shipmentId = 0)
    {
        Draft d;
        d.threadId = m_threadId;
        d.to = to;
        d.subject = QStringLiteral("Re: ma commande");
        d.body = QStringLiteral("Bonjour Léa, votre colis arrive demain.");
        d.shipmentId = shipmentId;
        auto id = Inbox(m_database).saveDraft(d);
        if (!id)
            qWarning("%s", qPrintable(id.error().toString()));
        return id ? *id : 0;
    }

    MessageState state(qint64 id) { return Inbox(m_database).message(id).value().state; }

private Q_SLOTS:
    void initTestCase()
    {
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
        const qint64 orderId = orders::OrderBook(m_database).create(order).value();
        orders::Shipment parcel;
        parcel.carrier = QStringLiteral("colissimo");
        parcel.trackingNumber = QStringLiteral("6A12345678901");
        parcel.shippedAt = m_clock.now().addDays(-3);
        QVERIFY(shipping::Shipments(m_database).ship(orderId, parcel).ok());
        m_parcelId = shipping::Shipments(m_database).forOrder(orderId).value().first().id;

        IncomingMessage question;
        question.messageId = QStringLiteral("<q1@example.fr>");
        question.references = {QStringLiteral("<q0@example.fr>")};
        question.fromAddress = QStringLiteral("lea@example.fr");
        question.subject = QStringLiteral("Ma commande");
        question.body = QStringLiteral("Où est mon colis ?");
        question.date = m_clock.now().addSecs(-600);
        m_threadId = Inbox(m_database).receive(question).value().threadId;
    }

    void checksRecipients()
    {
        QCOMPARE(Outbox::addresses(QStringLiteral("\"Martin, Léa\" <lea@example.fr>; paul@x.com")).value(),
            QStringList({QStringLiteral("lea@example.fr"), QStringLiteral("paul@x.com")}));
        const auto wrong = Outbox::addresses(QStringLiteral("lea@example.fr, paul at x"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QStringLiteral("paul at x")));
        const qint64 id = draft(QStringLiteral("lea@example"));
        const auto refused = Outbox(m_database).queue(id);
        QVERIFY(!refused.ok());
        QCOMPARE(state(id), MessageState::Draft);
        QVERIFY(Inbox(m_database).deleteDraft(id).ok());
    }

    void queuesSendsAndTellsTheCustomer()
    {
        Outbox outbox(m_database);
        const qint64 id = draft(QStringLiteral("Léa Martin <lea@example.fr>"), m_parcelId);
        auto messageId = outbox.queue(id);
        QVERIFY2(messageId, messageId ? "" : qPrintable(messageId.error().toString()));
        QVERIFY(messageId->endsWith(QStringLiteral("@tasse-bleue.fr>")));
        const Message queued = Inbox(m_database).message(id).value();
        QCOMPARE(queued.state, MessageState::Queued);
        QCOMPARE(queued.inReplyTo, QStringLiteral("<q1@example.fr>"));
        QCOMPARE(
            queued.references, QStringList({QStringLiteral("<q0@example.fr>"), QStringLiteral("<q1@example.fr>")}));
        QCOMPARE(Inbox(m_database).thread(m_threadId)->status, ThreadStatus::Answered);
        QVERIFY(!outbox.queue(id).ok()); // once

        auto due = outbox.due(m_clock.now());
        QVERIFY(due);
        QCOMPARE(due->size(), 1);
        auto claimed = outbox.claim(id);
        QVERIFY(claimed);
        QCOMPARE(claimed->attempts, 1);
        QVERIFY(!outbox.claim(id).ok()); // another seat cannot take it too
        QVERIFY(outbox.storeRaw(id, QByteArray("Message-ID: ") + messageId->toUtf8() + "\r\n\r\nBonjour").ok());

        // The server refused: retried in a minute, with the same bytes and Message-ID.
        QVERIFY(outbox.markFailed(id, QStringLiteral("Connection refused")).ok());
        QCOMPARE(state(id), MessageState::Failed);
        QCOMPARE(outbox.due(m_clock.now())->size(), 0);
        m_clock.set(m_clock.now().addSecs(61));
        QCOMPARE(outbox.due(m_clock.now())->size(), 1);
        QVERIFY(outbox.claim(id).ok());
        QVERIFY(outbox.raw(id)->contains(messageId->toUtf8()));
        QVERIFY(outbox.markSent(id).ok());
        QCOMPARE(state(id), MessageState::Sent);
        QCOMPARE(Inbox(m_database).message(id)->messageId, *messageId);
        QVERIFY(shipping::Shipments(m_database).load(m_parcelId)->customerToldAt.isValid());
        QCOMPARE(outbox.due(m_clock.now().addDays(1))->size(), 0);
        QCOMPARE(Outbox::retryDelaySecs(2), 300);
        QCOMPARE(Outbox::retryDelaySecs(9), 3600);
    }

    void permanentFailuresWaitForTheMerchant()
    {
        Outbox outbox(m_database);
        const qint64 id = draft();
        QVERIFY(outbox.queue(id).ok());
        QVERIFY(outbox.claim(id).ok());
        QVERIFY(outbox.markFailed(id, QStringLiteral("550 no such user"), true).ok());
        QCOMPARE(outbox.due(m_clock.now().addDays(30))->size(), 0);
        QCOMPARE(Inbox(m_database).counts()->failed, 1);
        // Edited and queued again: a new Message-ID.
        const QString before = Inbox(m_database).message(id)->messageId;
        QVERIFY(outbox.unqueue(id).ok());
        QCOMPARE(state(id), MessageState::Draft);
        const QString after = outbox.queue(id).value();
        QVERIFY(after != before);
        QVERIFY(outbox.claim(id).ok());
        QVERIFY(outbox.markSent(id).ok());
    }

    void recoversMessagesLeftSending()
    {
        Outbox outbox(m_database);
        const qint64 sent = draft();
        const qint64 notSent = draft();
        const qint64 unknown = draft();
        for (const qint64 id : {sent, notSent, unknown}) {
            QVERIFY(outbox.queue(id).ok());
            QVERIFY(outbox.claim(id).ok());
        }
        // The app stops here. At the next start:
        const QString sentId = Inbox(m_database).message(sent)->messageId;
        const QString unknownId = Inbox(m_database).message(unknown)->messageId;
        auto recovered = outbox.recoverInterrupted([&](const Message& m) -> Result<bool> {
            if (m.messageId == unknownId)
                return Error(Error::Code::Generic, QStringLiteral("IMAP server unreachable"));
            return m.messageId == sentId;
        });
        QVERIFY(recovered);
        QCOMPARE(*recovered, 3);
        QCOMPARE(state(sent), MessageState::Sent);
        QCOMPARE(state(notSent), MessageState::Queued);
        QCOMPARE(state(unknown), MessageState::Failed);
        QVERIFY(Inbox(m_database).message(unknown)->lastError.contains(QStringLiteral("IMAP server unreachable")));
        QCOMPARE(outbox.due(m_clock.now())->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
