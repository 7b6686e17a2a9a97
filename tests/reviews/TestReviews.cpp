#include "orders/OrderBook.h"
#include "reviews/CauseTagger.h"
#include "reviews/ReviewList.h"
#include "reviews/ReviewReplies.h"
#include "reviews/ReviewStats.h"
#include "reviews/Reviews.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::reviews;

// Reviews: added once however often imported, linked to the author's order, their causes suggested
// from their words (French and English) and confirmed or rejected; the triage queue (unhappy and
// waiting first, oldest first) paged and filtered; the statistics per product and per cause.
class TestReviews final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_mugProduct = 0;
    qint64 m_bowlProduct = 0;
    qint64 m_orderId = 0;

    Review review(int rating, const QString& body, const QDateTime& at, const QString& externalId = {})
    {
        Review r;
        r.source = Source::JudgeMe;
        r.externalId = externalId;
        r.rating = rating;
        r.body = body;
        r.author = QStringLiteral("Léa M.");
        r.writtenAt = at;
        r.productId = m_mugProduct;
        return r;
    }

    qint64 add(const Review& r)
    {
        auto added = ReviewBook(m_database).add(r);
        if (!added) {
            qWarning("%s", qPrintable(added.error().toString()));
            return 0;
        }
        return added->id;
    }

    qint64 count(const QString& sql) { return storage::scalar(m_database->connection(), sql).value().toLongLong(); }

    QList<qint64> ids(ReviewList& list, int pageSize = 2)
    {
        QList<qint64> result;
        QVariantList cursor;
        for (;;) {
            auto page = list.fetch(pageSize, cursor);
            if (!page || page->isEmpty())
                break;
            for (const ReviewRow& row : *page)
                result.append(row.id);
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        const qint64 mug = build.variant(QStringLiteral("MUG"), 0, 400);
        const qint64 bowl = build.variant(QStringLiteral("BOWL"), 0, 600);
        m_mugProduct = count(QStringLiteral("SELECT product_id FROM variants WHERE sku = 'MUG'"));
        m_bowlProduct = count(QStringLiteral("SELECT product_id FROM variants WHERE sku = 'BOWL'"));
        QVERIFY(inventory::StockLedger(m_database).record(mug, 1, 10, inventory::MovementReason::Receipt, {}).ok());
        QVERIFY(inventory::StockLedger(m_database).record(bowl, 1, 10, inventory::MovementReason::Receipt, {}).ok());
        orders::Order order;
        order.status = orders::OrderStatus::Paid;
        order.customerName = QStringLiteral("Léa Martin");
        order.email = QStringLiteral("lea@example.fr");
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
    }

    void suggestsCausesFromWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fr damaged and late")
            << QStringLiteral("Colis arrivé CASSÉ, et avec 10 jours de retard !")
            << QStringList {QStringLiteral("delivery_delay"), QStringLiteral("damaged_parcel")};
        QTest::newRow("fr sizing") << QStringLiteral("Joli pull mais taille trop petit") << QStringList {"sizing"};
        QTest::newRow("fr not as described")
            << QStringLiteral("La couleur n'a rien à voir avec la photo") << QStringList {"not_as_described"};
        QTest::newRow("fr service") << QStringLiteral("Aucune réponse du SAV depuis 3 semaines")
                                    << QStringList {"customer_service"};
        QTest::newRow("fr price") << QStringLiteral("Beaucoup trop cher pour ce que c'est") << QStringList {"price"};
        QTest::newRow("fr quality") << QStringLiteral("L'anse se décolle au bout d'une semaine, mauvaise qualité")
                                    << QStringList {"product_quality"};
        QTest::newRow("en") << QStringLiteral("Arrived broken and the parcel was late. Never replied to my email!")
                            << QStringList {"delivery_delay", "damaged_parcel", "customer_service"};
        QTest::newRow("en sizing") << QStringLiteral("Runs small, order one size up") << QStringList {"sizing"};
        // "savon" is not the after-sales service; "pas de retard" is no delay; a saucepan is no breakage.
        QTest::newRow("whole words") << QStringLiteral("Savon agréable, pas de retard, belle casserole")
                                     << QStringList {};
        QTest::newRow("nothing") << QStringLiteral("Très joli, je recommande") << QStringList {};
    }

    void suggestsCausesFromWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (Cause cause : suggestCauses(text))
            found << causeKey(cause);
        QCOMPARE(found, expected);
    }

    void addsOnceAndLinksTheOrder()
    {
        ReviewBook book(m_database);
        Review r = review(2, QStringLiteral("Tasse arrivée cassée."), m_clock.now().addDays(5), QStringLiteral("jm-1"));
        r.authorEmail = QStringLiteral("LEA@example.fr");
        r.title = QStringLiteral("Déçue");
        r.photos = {QStringLiteral("/photos/tasse.jpg")};
        auto added = book.add(r);
        QVERIFY(added);
        QVERIFY(added->added);
        // The same review imported again: nothing added.
        auto again = book.add(r);
        QVERIFY(again);
        QVERIFY(!again->added);
        QCOMPARE(again->id, added->id);

        const Review saved = book.load(added->id).value();
        QCOMPARE(saved.orderId, m_orderId); // the author's order of this product
        QVERIFY(!saved.orderNumber.isEmpty());
        QCOMPARE(saved.productName, QStringLiteral("Produit MUG"));
        QCOMPARE(saved.authorEmail, QStringLiteral("lea@example.fr"));
        QCOMPARE(saved.photos, QStringList {QStringLiteral("/photos/tasse.jpg")});
        QCOMPARE(saved.status, ReviewStatus::New);
        // Unhappy: its cause suggested.
        QCOMPARE(saved.causes, (QList<CauseTag> {{Cause::DamagedParcel, CauseState::Suggested}}));
        QCOMPARE(book.forOrder(m_orderId)->size(), 1);

        // No platform id: the fingerprint of author, day, rating and words recognises it.
        Review anonymous = review(5, QStringLiteral("Parfait"), m_clock.now().addDays(6));
        anonymous.source = Source::Google;
        auto first = book.add(anonymous);
        anonymous.body = QStringLiteral("  parfait ");
        auto second = book.add(anonymous);
        QVERIFY(first && second);
        QVERIFY(first->added);
        QVERIFY(!second->added);
        // A happy review: no cause suggested; a review of another product: not that order.
        const Review happy = book.load(first->id).value();
        QVERIFY(happy.causes.isEmpty());
        Review bowl = review(4, QStringLiteral("Bien"), m_clock.now().addDays(6), QStringLiteral("jm-2"));
        bowl.productId = m_bowlProduct;
        bowl.authorEmail = QStringLiteral("lea@example.fr");
        QCOMPARE(book.load(add(bowl))->orderId, 0);
        // With a reply already: answered.
        Review replied = review(5, QStringLiteral("Top"), m_clock.now().addDays(7), QStringLiteral("jm-3"));
        replied.reply = QStringLiteral("Merci !");
        QCOMPARE(book.load(add(replied))->status, ReviewStatus::Answered);
    }

    void refusesBadReviews()
    {
        ReviewBook book(m_database);
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM reviews"));
        Review r = review(6, QStringLiteral("?"), m_clock.now(), QStringLiteral("bad-1"));
        auto refused = book.add(r);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("1 to 5")));
        r.rating = 0;
        QVERIFY(!book.add(r));
        r.rating = 4;
        r.writtenAt = {};
        QVERIFY(!book.add(r));
        r.writtenAt = m_clock.now();
        r.reply = QString(kReplyLimit + 1, QLatin1Char('x'));
        QVERIFY(!book.add(r));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), before);
        QVERIFY(!book.setReply(424242, QStringLiteral("Merci")));
        QCOMPARE(book.setStatus(424242, ReviewStatus::Ignored).error().code, Error::Code::NotFound);
    }

    void triageQueue()
    {
        QVERIFY(storage::execute(m_database->connection(), QStringLiteral("DELETE FROM review_photos")).ok());
        QVERIFY(storage::execute(m_database->connection(), QStringLiteral("DELETE FROM review_causes")).ok());
        QVERIFY(storage::execute(m_database->connection(), QStringLiteral("DELETE FROM reviews")).ok());
        const QDateTime t = m_clock.now();
        const qint64 happyOld = add(review(5, QStringLiteral("Super"), t.addDays(1), QStringLiteral("q1")));
        const qint64 unhappyNew = add(review(1, QStringLiteral("Jamais reçu"), t.addDays(4), QStringLiteral("q2")));
        const qint64 unhappyOld = add(review(3, QStringLiteral("Bof, trop petit"), t.addDays(2), QStringLiteral("q3")));
        const qint64 happyNew = add(review(4, QStringLiteral("Bien"), t.addDays(3), QStringLiteral("q4")));
        const qint64 answered = add(review(2, QStringLiteral("Abîmé"), t.addDays(5), QStringLiteral("q5")));
        const qint64 ignored = add(review(5, QStringLiteral("Spam"), t.addDays(6), QStringLiteral("q6")));
        ReviewBook book(m_database);
        QVERIFY(book.setReply(answered, QStringLiteral("Désolés, nous vous renvoyons une tasse.")).ok());
        QVERIFY(book.setStatus(ignored, ReviewStatus::Ignored).ok());

        ReviewList list(m_database);
        // Unhappy waiting ones first, oldest first; then the happy ones; paged two by two.
        QCOMPARE(ids(list), (QList<qint64> {unhappyOld, unhappyNew, happyOld, happyNew}));
        QCOMPARE(list.count().value(), 4);
        list.setFilter(ReviewList::Filter::Answered);
        QCOMPARE(ids(list), QList<qint64> {answered});
        list.setFilter(ReviewList::Filter::Ignored);
        QCOMPARE(ids(list), QList<qint64> {ignored});
        list.setFilter(ReviewList::Filter::Unhappy);
        QCOMPARE(ids(list), (QList<qint64> {answered, unhappyNew, unhappyOld}));
        list.setFilter(ReviewList::Filter::All);
        QCOMPARE(ids(list, 4).size(), 6);
        // Search (accents ignored) and causes.
        list.setText(QStringLiteral("abime"));
        QCOMPARE(ids(list), QList<qint64> {answered});
        list.setText({});
        list.setCause(Cause::Sizing);
        QCOMPARE(ids(list), QList<qint64> {unhappyOld});
        list.setCause(std::nullopt);

        // The reply taken back: to answer again, unhappy first.
        QVERIFY(book.setReply(answered, QString()).ok());
        QCOMPARE(book.load(answered)->status, ReviewStatus::ToAnswer);
        list.setFilter(ReviewList::Filter::Queue);
        QCOMPARE(ids(list).mid(0, 3), (QList<qint64> {unhappyOld, unhappyNew, answered}));
        // The row carries what the page shows.
        QVariantList cursor;
        const ReviewRow row = list.fetch(1, cursor)->first();
        QCOMPARE(row.rating, 3);
        QCOMPARE(row.causes, QList<Cause> {Cause::Sizing});
        QCOMPARE(row.writtenAt, t.addDays(2));
        QCOMPARE(row.productName, QStringLiteral("Produit MUG"));
    }

    void causesConfirmedAndRejected()
    {
        ReviewBook book(m_database);
        const qint64 id = add(review(2, QStringLiteral("Trop cher et cassé"), m_clock.now(), QStringLiteral("c1")));
        Review r = book.load(id).value();
        QCOMPARE(r.activeCauses(), (QList<Cause> {Cause::DamagedParcel, Cause::Price}));
        QVERIFY(book.setCause(id, Cause::Price, CauseState::Rejected).ok());
        QVERIFY(book.setCause(id, Cause::DamagedParcel, CauseState::Confirmed).ok());
        QVERIFY(book.setCause(id, Cause::DeliveryDelay, CauseState::Confirmed).ok());
        r = book.load(id).value();
        QCOMPARE(r.activeCauses(), (QList<Cause> {Cause::DeliveryDelay, Cause::DamagedParcel}));
        QCOMPARE(r.causes.size(), 3); // the rejected one kept, never suggested again
        QVERIFY(r.version > 1);
        QVERIFY(!book.setCause(424242, Cause::Price, CauseState::Confirmed));
    }

    void statistics()
    {
        QVERIFY(storage::execute(m_database->connection(), QStringLiteral("DELETE FROM review_causes")).ok());
        QVERIFY(storage::execute(m_database->connection(), QStringLiteral("DELETE FROM reviews")).ok());
        // Delays: 1 in August, 1 in September, 1 in October, 4 in November → rising.
        // Quality: 3 in October, 1 in November → falling.
        int n = 0;
        const auto at = [](int month, int day) { return QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC); };
        const auto put = [&](int rating, const QString& text, const QDateTime& when, qint64 product) {
            Review r = review(rating, text, when, QStringLiteral("s%1").arg(++n));
            r.productId = product;
            return add(r);
        };
        put(2, QStringLiteral("En retard"), at(8, 3), m_mugProduct);
        put(1, QStringLiteral("En retard"), at(9, 3), m_mugProduct);
        put(2, QStringLiteral("En retard"), at(10, 3), m_mugProduct);
        for (int i = 0; i < 4; ++i)
            put(1 + i % 2, QStringLiteral("Livraison en retard"), at(11, 1 + i), m_bowlProduct);
        for (int i = 0; i < 3; ++i)
            put(3, QStringLiteral("Qualité moyenne"), at(10, 10 + i), m_mugProduct);
        put(3, QStringLiteral("Qualité moyenne"), at(11, 10), m_mugProduct);
        for (int i = 0; i < 5; ++i)
            put(5, QStringLiteral("Parfait"), at(11, 12 + i), m_mugProduct);
        put(4, QStringLiteral("Bien"), at(11, 20), 0); // the shop

        ReviewStats stats(m_database);
        auto trends = stats.causeTrends(QDate(2026, 11, 15), 4);
        QVERIFY(trends);
        QCOMPARE(trends->size(), causes().size());
        const CauseTrend delay = trends->at(int(Cause::DeliveryDelay));
        QCOMPARE(delay.cause, Cause::DeliveryDelay);
        QCOMPARE(delay.perMonth, (QList<int> {1, 1, 1, 4}));
        QCOMPARE(delay.count, 7);
        QCOMPARE(delay.average, (2 + 1 + 2 + 1 + 2 + 1 + 2) / 7.0);
        QVERIFY(delay.rising);
        const CauseTrend quality = trends->at(int(Cause::ProductQuality));
        QCOMPARE(quality.perMonth, (QList<int> {0, 0, 3, 1}));
        QVERIFY(!quality.rising);
        // A window of three months leaves August out.
        QCOMPARE(stats.causeTrends(QDate(2026, 11, 1), 3)->at(0).count, 6);

        auto mug = stats.summary(m_mugProduct);
        QVERIFY(mug);
        QCOMPARE(mug->count, 3 + 4 + 5);
        QCOMPARE(mug->stars[4], 5);
        QCOMPARE(mug->stars[2], 4);
        QCOMPARE(mug->unhappy, 7);
        QCOMPARE(mug->waiting, 12);
        QCOMPARE(mug->causes.value(Cause::ProductQuality), 4);
        QCOMPARE(mug->causes.value(Cause::DeliveryDelay), 3);
        auto all = stats.summary();
        QCOMPARE(all->count, 17);
        QCOMPARE(all->causes.value(Cause::DeliveryDelay), 7);

        auto worst = stats.mostUnhappyProducts(QDate(2026, 10, 1));
        QVERIFY(worst);
        QCOMPARE(worst->size(), 2);
        QCOMPARE(worst->at(0).productId, m_mugProduct); // 1 delay + 4 quality since October
        QCOMPARE(worst->at(0).unhappy, 5);
        QCOMPARE(worst->at(0).causes.first(), Cause::ProductQuality);
        QCOMPARE(worst->at(1).productId, m_bowlProduct);
        QCOMPARE(worst->at(1).unhappy, 4);
        QCOMPARE(worst->at(1).average, 1.5);
        QCOMPARE(worst->at(1).name, QStringLiteral("Produit BOWL"));
    }

    // The reply that fits: thanks, or the apology for the cause the merchant confirmed, else the
    // suggested one, else the general one; filled with the customer's first name and the shop.
    void repliesFitTheReview()
    {
        settings::ShopIdentity identity;
        identity.name = QStringLiteral("La Tasse Bleue");
        identity.email = QStringLiteral("bonjour@tasse-bleue.fr");
        QVERIFY(settings::ShopSettings(m_database).setIdentity(identity).ok());
        Review r = review(5, QStringLiteral("Super"), m_clock.now());
        QCOMPARE(replyTemplateKey(r), QStringLiteral("review_reply_thanks"));
        r.rating = 2;
        QCOMPARE(replyTemplateKey(r), QStringLiteral("review_reply_sorry"));
        r.causes = {{Cause::DeliveryDelay, CauseState::Suggested}, {Cause::Sizing, CauseState::Confirmed}};
        QCOMPARE(replyTemplateKey(r), QStringLiteral("review_reply_sizing"));
        r.causes = {{Cause::Sizing, CauseState::Rejected}, {Cause::DeliveryDelay, CauseState::Suggested}};
        QCOMPARE(replyTemplateKey(r), QStringLiteral("review_reply_delivery_delay"));

        // The author's first name without an order; the order's customer with one.
        r.author = QStringLiteral("Marc D.");
        QStringList missing;
        auto text = draftReply(m_database, r, replyTemplateKey(r), QStringLiteral("fr"), &missing);
        QVERIFY(text);
        QVERIFY2(text->startsWith(QStringLiteral("Bonjour Marc,")), qPrintable(*text));
        QVERIFY(text->contains(QStringLiteral("bonjour@tasse-bleue.fr")));
        QVERIFY(text->endsWith(QStringLiteral("La Tasse Bleue")));
        QVERIFY(missing.isEmpty());
        r.orderId = m_orderId;
        text = draftReply(m_database, r, QStringLiteral("review_reply_thanks"), QStringLiteral("en"));
        QVERIFY2(text->startsWith(QStringLiteral("Hello Léa,")), qPrintable(*text));
        QVERIFY(!draftReply(m_database, r, QStringLiteral("no_such_template"), QStringLiteral("fr")));

        // The language: the review's, else the order's country's.
        QCOMPARE(replyLanguage(m_database, r), QStringLiteral("fr"));
        r.language = QStringLiteral("en");
        QCOMPARE(replyLanguage(m_database, r), QStringLiteral("en"));
        // Review replies stay out of the Messages page's list, and every cause has its apology.
        QVERIFY(messages::Templates::isReviewReply(QStringLiteral("review_reply_price")));
        QVERIFY(!messages::Templates::isReviewReply(QStringLiteral("late")));
        for (Cause cause : causes())
            QVERIFY(messages::Templates(m_database)
                        .find(QStringLiteral("review_reply_") + causeKey(cause), QStringLiteral("en"))
                        .ok());
    }
};

QTEST_MAIN(TestReviews)
#include "TestReviews.moc"
