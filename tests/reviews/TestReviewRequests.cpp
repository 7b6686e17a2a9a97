#include "messages/Inbox.h"
#include "messages/Templates.h"
#include "orders/OrderBook.h"
#include "orders/Returns.h"
#include "reviews/ReviewRequests.h"
#include "reviews/Reviews.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::reviews;

// Review requests: due some days after delivery (the setting, 0 for never), for a month; never twice,
// never once the customer reviewed, never for a cancelled or returned order; the draft written in the
// order's conversation from the template in the customer's language, recorded in the same
// transaction; skipped orders left alone.
class TestReviewRequests final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_mug = 0;
    int m_serial = 0;

    qint64 count(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            qWarning("%s", qPrintable(query.lastError().text()));
        return query.value(0).toLongLong();
    }

    // An order placed, shipped and delivered on `day` at 10:00 UTC.
    qint64 deliveredOrder(const QDate& day, const QString& country = QStringLiteral("FR"),
        const QString& email = QStringLiteral("lea@example.fr"))
    {
        m_clock.set(QDateTime(day, QTime(10, 0), Qt::UTC));
        orders::Order order;
        order.status = orders::OrderStatus::Paid;
        order.number = QStringLiteral("#%1").arg(1000 + ++m_serial);
        order.customerName
            = country == QLatin1String("FR") ? QStringLiteral("Léa Martin") : QStringLiteral("Amy Jones");
        order.email = email;
        order.shipTo.name = order.customerName;
        order.shipTo.address1 = QStringLiteral("1 rue des Lilas");
        order.shipTo.postcode = QStringLiteral("69003");
        order.shipTo.city = QStringLiteral("Lyon");
        order.shipTo.country = country;
        orders::OrderLine line;
        line.variantId = m_mug;
        line.quantity = 1;
        line.unitPrice = Money(1250, Currency::euro());
        order.lines << line;
        orders::OrderBook book(m_database);
        auto created = book.create(order);
        if (!created) {
            qWarning("%s", qPrintable(created.error().toString()));
            return 0;
        }
        if (auto shipped = book.ship(*created); !shipped)
            qWarning("%s", qPrintable(shipped.error().toString()));
        if (auto delivered = book.changeStatus(*created, orders::OrderStatus::Delivered); !delivered)
            qWarning("%s", qPrintable(delivered.error().toString()));
        return *created;
    }

    QList<qint64> dueOn(const QDate& today, int pageSize = 2)
    {
        QList<qint64> ids;
        QVariantList cursor;
        for (;;) {
            auto page = ReviewRequests(m_database).due(today, pageSize, cursor);
            if (!page) {
                qWarning("%s", qPrintable(page.error().toString()));
                break;
            }
            if (page->isEmpty())
                break;
            for (const DueRequest& request : *page)
                ids.append(request.orderId);
        }
        return ids;
    }

    void clearRequests()
    {
        QVERIFY(storage::execute(m_database->connection(), QStringLiteral("DELETE FROM review_requests")).ok());
        QVERIFY(storage::execute(m_database->connection(), QStringLiteral("DELETE FROM reviews")).ok());
        QVERIFY(storage::execute(m_database->connection(), QStringLiteral("DELETE FROM messages")).ok());
        QVERIFY(storage::execute(m_database->connection(), QStringLiteral("DELETE FROM threads")).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400);
        QVERIFY(inventory::StockLedger(m_database).record(m_mug, 1, 500, inventory::MovementReason::Receipt, {}).ok());
        settings::ShopIdentity identity;
        identity.name = QStringLiteral("Comptoir de Léa");
        identity.email = QStringLiteral("bonjour@comptoir-de-lea.fr");
        QVERIFY(settings::ShopSettings(m_database).setIdentity(identity).ok());
        QVERIFY(settings::ShopSettings(m_database)
                    .setValue(QString::fromLatin1(messages::Templates::kReviewUrlKey),
                        QStringLiteral("https://g.page/r/comptoir-de-lea/review"))
                    .ok());
    }

    void init() { clearRequests(); }

    void defaultIsSevenDays()
    {
        QCOMPARE(ReviewRequests(m_database).requestDays().value(), 7);
        QVERIFY(!ReviewRequests(m_database).setRequestDays(-1));
        QVERIFY(ReviewRequests(m_database).setRequestDays(7).ok());
    }

    void dueAfterTheDaysForAMonth()
    {
        const QDate delivered(2026, 10, 5);
        const qint64 order = deliveredOrder(delivered);
        QVERIFY(order > 0);
        QCOMPARE(orders::OrderBook(m_database).load(order).value().status, orders::OrderStatus::Delivered);
        QVERIFY(!dueOn(delivered.addDays(6)).contains(order));
        QVERIFY(dueOn(delivered.addDays(7)).contains(order));
        QVERIFY(dueOn(delivered.addDays(7 + ReviewRequests::kRequestWindowDays)).contains(order));
        QVERIFY(!dueOn(delivered.addDays(8 + ReviewRequests::kRequestWindowDays)).contains(order));

        // Another delay: plain days, weekends included.
        QVERIFY(ReviewRequests(m_database).setRequestDays(3).ok());
        QVERIFY(!dueOn(delivered.addDays(2)).contains(order));
        QVERIFY(dueOn(delivered.addDays(3)).contains(order));
        // 0: never asked.
        QVERIFY(ReviewRequests(m_database).setRequestDays(0).ok());
        QVERIFY(dueOn(delivered.addDays(10)).isEmpty());
        QCOMPARE(ReviewRequests(m_database).draftAll(delivered.addDays(10)).value().drafted, 0);
        QVERIFY(ReviewRequests(m_database).setRequestDays(7).ok());
    }

    void pagesListEachOrderOnce()
    {
        const QDate day(2026, 10, 8);
        QList<qint64> orders;
        for (int i = 0; i < 5; ++i)
            orders << deliveredOrder(day.addDays(i % 2));
        const QList<qint64> due = dueOn(day.addDays(9), 2);
        for (qint64 id : orders)
            QCOMPARE(due.count(id), 1);
    }

    void notWhenReviewedCancelledReturnedOrWithoutAddress()
    {
        const QDate day(2026, 10, 12);
        const qint64 reviewed = deliveredOrder(day);
        const qint64 returned = deliveredOrder(day);
        const qint64 noAddress = deliveredOrder(day, QStringLiteral("FR"), QStringLiteral(""));
        const qint64 plain = deliveredOrder(day);
        for (qint64 id : {reviewed, returned, noAddress, plain})
            QVERIFY(id > 0);
        Review review;
        review.orderId = reviewed;
        review.rating = 5;
        review.body = QStringLiteral("Parfait");
        review.writtenAt = QDateTime(day.addDays(2), QTime(9, 0), Qt::UTC);
        QVERIFY(ReviewBook(m_database).add(review));
        const qint64 lineId = count(QStringLiteral("SELECT id FROM order_lines WHERE order_id = ?"), {returned});
        orders::ReturnLine line;
        line.orderLineId = lineId;
        line.quantity = 1;
        line.reason = orders::ReturnReason::TooSmall;
        auto opened = orders::Returns(m_database).open(returned, {line});
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));

        const QList<qint64> due = dueOn(day.addDays(8));
        QVERIFY(due.contains(plain));
        QVERIFY(!due.contains(reviewed));
        QVERIFY(!due.contains(returned));
        QVERIFY(!due.contains(noAddress));
        ReviewRequests requests(m_database);
        QVERIFY(!requests.draft(reviewed));
        QVERIFY(!requests.draft(returned));
        QVERIFY(!requests.draft(noAddress));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM review_requests")), 0);
    }

    void draftLandsInTheConversation()
    {
        const QDate day(2026, 10, 14);
        const qint64 order = deliveredOrder(day);
        m_clock.set(QDateTime(day.addDays(7), QTime(9, 0), Qt::UTC));
        ReviewRequests requests(m_database);
        auto draftId = requests.draft(order);
        QVERIFY2(draftId, draftId ? "" : qPrintable(draftId.error().toString()));

        messages::Inbox inbox(m_database);
        auto threads = inbox.threadsForOrder(order).value();
        QCOMPARE(threads.size(), 1);
        auto message = inbox.message(*draftId).value();
        QCOMPARE(message.threadId, threads.first().id);
        QCOMPARE(message.state, messages::MessageState::Draft);
        QCOMPARE(message.templateKey, QStringLiteral("review_request"));
        QCOMPARE(message.to, QStringLiteral("Léa Martin <lea@example.fr>"));
        QVERIFY2(message.subject.contains(QStringLiteral("#10")), qPrintable(message.subject));
        QVERIFY(message.body.startsWith(QStringLiteral("Bonjour Léa,")));
        QVERIFY(message.body.contains(QStringLiteral("https://g.page/r/comptoir-de-lea/review")));
        QVERIFY(message.body.contains(QStringLiteral("Comptoir de Léa")));
        QVERIFY(!message.body.contains(QStringLiteral("{{")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM review_requests WHERE order_id = ? AND message_id = ? AND "
                                      "state = 'drafted'"),
                     {order, *draftId}),
            1);

        // Never twice: no longer due, and a second draft is refused.
        QVERIFY(!dueOn(day.addDays(8)).contains(order));
        QVERIFY(!requests.draft(order));
        QVERIFY(!requests.skip(order));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE state = 'draft'")), 1);
    }

    void englishForForeignCustomersInTheirThread()
    {
        const QDate day(2026, 10, 14);
        const qint64 order = deliveredOrder(day, QStringLiteral("GB"), QStringLiteral("amy@example.co.uk"));
        // The customer wrote before: the request joins that conversation.
        auto thread = messages::Inbox(m_database).startThreadForOrder(order, QStringLiteral("Question"));
        QVERIFY(thread);
        auto draftId = ReviewRequests(m_database).draft(order);
        QVERIFY(draftId);
        auto message = messages::Inbox(m_database).message(*draftId).value();
        QCOMPARE(message.threadId, *thread);
        QVERIFY(message.body.startsWith(QStringLiteral("Hello Amy,")));
        QCOMPARE(messages::Inbox(m_database).threadsForOrder(order).value().size(), 1);
    }

    void aThreadWithADraftGetsANewOne()
    {
        const QDate day(2026, 10, 14);
        const qint64 order = deliveredOrder(day);
        messages::Inbox inbox(m_database);
        const qint64 thread = inbox.startThreadForOrder(order).value();
        messages::Draft mine;
        mine.threadId = thread;
        mine.body = QStringLiteral("Bonjour, je vous écris au sujet…");
        QVERIFY(inbox.saveDraft(mine));
        auto draftId = ReviewRequests(m_database).draft(order);
        QVERIFY(draftId);
        QVERIFY(inbox.message(*draftId).value().threadId != thread);
        QCOMPARE(inbox.threadsForOrder(order).value().size(), 2);
    }

    void noAddressOfTheReviewPageNoDraft()
    {
        const QDate day(2026, 10, 14);
        const qint64 order = deliveredOrder(day);
        settings::ShopSettings shop(m_database);
        const QString key = QString::fromLatin1(messages::Templates::kReviewUrlKey);
        const QString url = shop.value(key).value();
        QVERIFY(shop.setValue(key, QString()).ok());
        auto refused = ReviewRequests(m_database).draft(order);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(key));
        auto all = ReviewRequests(m_database).draftAll(day.addDays(7));
        QVERIFY(!all);
        QVERIFY(all.error().message.contains(key));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM threads")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM review_requests")), 0);
        QVERIFY(shop.setValue(key, url).ok());
    }

    void skippedIsNeverDue()
    {
        const QDate day(2026, 10, 16);
        const qint64 order = deliveredOrder(day);
        ReviewRequests requests(m_database);
        QVERIFY(requests.skip(order).ok());
        QVERIFY(!dueOn(day.addDays(7)).contains(order));
        QVERIFY(!requests.draft(order));
        QVERIFY(!requests.skip(order));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM review_requests WHERE state = 'skipped'")), 1);
    }

    void draftAllDraftsTheDueOnes()
    {
        const QDate day(2026, 10, 20);
        const qint64 a = deliveredOrder(day);
        const qint64 b = deliveredOrder(day, QStringLiteral("DE"), QStringLiteral("jonas@example.de"));
        const qint64 recent = deliveredOrder(day.addDays(3));
        QVERIFY(a > 0 && b > 0 && recent > 0);
        const QDate today = day.addDays(7);
        const qint64 alreadyDue = dueOn(today).size();
        auto drafted = ReviewRequests(m_database).draftAll(today);
        QVERIFY(drafted);
        QVERIFY(drafted->failures.isEmpty());
        QCOMPARE(drafted->drafted, alreadyDue);
        QVERIFY(dueOn(today).isEmpty());
        for (qint64 order : {a, b})
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM review_requests WHERE order_id = ?"), {order}), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM review_requests WHERE order_id = ?"), {recent}), 0);
        QVERIFY(dueOn(day.addDays(10)).contains(recent));
    }
};

QTEST_GUILESS_MAIN(TestReviewRequests)
#include "TestReviewRequests.moc"
