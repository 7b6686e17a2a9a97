#include "orders/OrderBook.h"
#include "reviews/ReviewExport.h"
#include "reviews/ReviewImport.h"
#include "reviews/Reviews.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace comptoir;
using namespace comptoir::reviews;

// Reviews imported from Judge.me, Trustpilot, WooCommerce and Comptoir files (the format told by the
// header), each file adding nothing the second time; a wrong rating, date or product named by line and
// column with nothing written; Comptoir's export read back as it was written; the replies to publish
// exported and marked published. Each slot starts from a shop without reviews.
class TestReviewImport final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_mugProduct = 0;
    qint64 m_bowlProduct = 0;
    qint64 m_orderId = 0;

    static QString data(const QString& name) { return QStringLiteral(COMPTOIR_TEST_DATA "/reviews/") + name; }

    qint64 number(const QString& sql) { return storage::scalar(m_database->connection(), sql).value().toLongLong(); }
    qint64 reviewCount() { return number(QStringLiteral("SELECT count(*) FROM reviews")); }

    Review reviewAt(const QString& condition)
    {
        const qint64 id = number(QStringLiteral("SELECT id FROM reviews WHERE ") + condition);
        auto review = ReviewBook(m_database).load(id);
        if (!review)
            qWarning("%s: %s", qPrintable(condition), qPrintable(review.error().toString()));
        return review.value_or(Review());
    }

    static QStringList problems(const io::ImportProblems& report)
    {
        QStringList list;
        for (const auto& p : report.problems)
            list << p.toString();
        return list;
    }

    // Checks then imports a file, verifying the check wrote nothing and both agree.
    ReviewImportReport importFile(const QString& path)
    {
        ReviewImport import(m_database);
        const qint64 before = reviewCount();
        auto dry = import.check(path);
        if (!dry) {
            qWarning("%s", qPrintable(dry.error().toString()));
            return {};
        }
        if (reviewCount() != before)
            qWarning("the dry run wrote reviews");
        auto done = import.run(path);
        if (!done) {
            qWarning("%s", qPrintable(done.error().toString()));
            return {};
        }
        if (dry->added != done->added || dry->alreadyKnown != done->alreadyKnown)
            qWarning("the dry run and the import disagree");
        return *done;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        const qint64 mug = build.variant(QStringLiteral("MUG"), 0, 400);
        build.variant(QStringLiteral("BOWL"), 0, 600);
        m_mugProduct = number(QStringLiteral("SELECT product_id FROM variants WHERE sku = 'MUG'"));
        m_bowlProduct = number(QStringLiteral("SELECT product_id FROM variants WHERE sku = 'BOWL'"));
        QVERIFY(inventory::StockLedger(m_database).record(mug, 1, 10, inventory::MovementReason::Receipt, {}).ok());
        orders::Order order;
        order.number = QStringLiteral("#1001");
        order.status = orders::OrderStatus::Paid;
        order.customerName = QStringLiteral("Marc Durand");
        order.email = QStringLiteral("marc@example.fr");
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

    void init()
    {
        const QSqlDatabase db = m_database->connection();
        for (const char* table : {"review_photos", "review_causes", "reviews"})
            QVERIFY(storage::execute(db, QStringLiteral("DELETE FROM ") + QLatin1String(table)).ok());
    }

    void formatsAreToldByTheirHeader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("judgeme") << "judgeme.csv" << int(ReviewFileFormat::JudgeMe);
        QTest::newRow("trustpilot") << "trustpilot.csv" << int(ReviewFileFormat::Trustpilot);
        QTest::newRow("woocommerce") << "woocommerce.csv" << int(ReviewFileFormat::WooCommerce);
    }

    void formatsAreToldByTheirHeader()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        auto report = ReviewImport(m_database).check(data(file));
        QVERIFY(report);
        QVERIFY2(!report->hasProblems(), qPrintable(problems(*report).join('\n')));
        QCOMPARE(int(report->format), format);
        QVERIFY(!report->applied);
        QCOMPARE(reviewCount(), 0);
    }

    void judgeMeFile()
    {
        const ReviewImportReport report = importFile(data("judgeme.csv"));
        QVERIFY2(!report.hasProblems(), qPrintable(problems(report).join('\n')));
        QVERIFY(report.applied);
        QCOMPARE(report.rows, 4);
        QCOMPARE(report.added, 4);
        QCOMPARE(report.ignored, 1);
        QCOMPARE(report.lines.size(), 4);
        QCOMPARE(report.lines[0].line, 2);
        QCOMPARE(report.lines[0].author, QStringLiteral("Léa M."));
        QCOMPARE(report.lines[0].rating, 5);
        QCOMPARE(report.lines[0].product, QStringLiteral("Produit MUG"));
        QCOMPARE(report.lines[0].action, ReviewRowAction::Add);

        // The product by its handle, the photos split, the reply answered and already published.
        const Review mug = reviewAt(QStringLiteral("author = 'Léa M.'"));
        QCOMPARE(mug.source, Source::JudgeMe);
        QCOMPARE(mug.productId, m_mugProduct);
        QCOMPARE(mug.body, QStringLiteral("Très joli, arrivé vite."));
        QCOMPARE(mug.writtenAt, QDateTime(QDate(2026, 10, 2), QTime(10, 15), Qt::UTC));
        QCOMPARE(mug.photos, QStringList({"https://cdn.example/p1.jpg", "https://cdn.example/p2.jpg"}));
        QCOMPARE(mug.reply, QStringLiteral("Merci Léa !"));
        QCOMPARE(mug.status, ReviewStatus::Answered);
        QVERIFY(mug.replyPublishedAt.isValid());
        QVERIFY(mug.externalId.startsWith(QStringLiteral("fp:"))); // Judge.me gives no id
        // The product by its SKU, a French date, causes suggested from the words.
        const Review bowl = reviewAt(QStringLiteral("author = 'Paul D.'"));
        QCOMPARE(bowl.productId, m_bowlProduct);
        QCOMPARE(bowl.writtenAt.toLocalTime().date(), QDate(2026, 10, 3));
        QVERIFY(bowl.activeCauses().contains(Cause::DamagedParcel));
        // Spam kept as ignored; no product: a review of the shop.
        QCOMPARE(reviewAt(QStringLiteral("author = 'Bot'")).status, ReviewStatus::Ignored);
        const Review shop = reviewAt(QStringLiteral("author = 'Anne'"));
        QCOMPARE(shop.productId, 0);
        QCOMPARE(shop.writtenAt, QDateTime(QDate(2026, 10, 5), QTime(7, 0), Qt::UTC));

        // The same file again adds nothing; the dry run says they are known.
        auto again = ReviewImport(m_database).check(data("judgeme.csv"));
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->alreadyKnown, 4);
        QCOMPARE(again->lines[0].action, ReviewRowAction::AlreadyKnown);
        QVERIFY2(again->summary().contains(QStringLiteral("4 already known")), qPrintable(again->summary()));
        QCOMPARE(importFile(data("judgeme.csv")).added, 0);
        QCOMPARE(reviewCount(), 4);
    }

    void trustpilotFile()
    {
        const ReviewImportReport report = importFile(data("trustpilot.csv"));
        QVERIFY2(!report.hasProblems(), qPrintable(problems(report).join('\n')));
        QCOMPARE(report.added, 2);
        // A service review: of the shop; the reference is the order, linked when the shop has it.
        const Review late = reviewAt(QStringLiteral("external_id = 'tp-001'"));
        QCOMPARE(late.source, Source::Trustpilot);
        QCOMPARE(late.productId, 0);
        QCOMPARE(late.orderId, m_orderId);
        QCOMPARE(late.author, QStringLiteral("Marc"));
        QCOMPARE(late.title, QStringLiteral("Livraison lente"));
        QCOMPARE(late.language, QStringLiteral("fr"));
        QCOMPARE(late.writtenAt, QDateTime(QDate(2026, 10, 6), QTime(8, 30), Qt::UTC)); // the column is UTC
        QCOMPARE(late.rating, 2);
        const Review great = reviewAt(QStringLiteral("external_id = 'tp-002'"));
        QCOMPARE(great.orderId, 0); // #9999 is no order of the shop
        QCOMPARE(great.reply, QStringLiteral("Thank you!"));
        QCOMPARE(great.repliedAt, QDateTime(QDate(2026, 10, 8), QTime(9, 0), Qt::UTC));
        QCOMPARE(importFile(data("trustpilot.csv")).alreadyKnown, 2);
        QCOMPARE(reviewCount(), 2);
    }

    void wooCommerceFile()
    {
        const ReviewImportReport report = importFile(data("woocommerce.csv"));
        QVERIFY2(!report.hasProblems(), qPrintable(problems(report).join('\n')));
        QCOMPARE(report.added, 3);
        QCOMPARE(report.ignored, 1);
        const Review claire = reviewAt(QStringLiteral("external_id = '101'"));
        QCOMPARE(claire.source, Source::WooCommerce);
        QCOMPARE(claire.productId, m_mugProduct); // by name
        QCOMPARE(claire.body, QStringLiteral("J'adore ce mug.\nParfait\u00a0!")); // HTML as plain text
        QVERIFY(claire.verified);
        QCOMPARE(claire.writtenAt, QDateTime(QDate(2026, 10, 8), QTime(8, 0), Qt::UTC)); // date_created_gmt
        const Review held = reviewAt(QStringLiteral("external_id = '102'"));
        QCOMPARE(held.status, ReviewStatus::New);
        QCOMPARE(held.author, QStringLiteral("Hugo & Zoé")); // entities decoded
        QCOMPARE(held.productId, m_bowlProduct);
        QVERIFY(!held.verified);
        QCOMPARE(reviewAt(QStringLiteral("external_id = '103'")).status, ReviewStatus::Ignored);
        QCOMPARE(importFile(data("woocommerce.csv")).added, 0);
    }

    void wrongRowsAreNamedAndNothingIsWritten()
    {
        ReviewImport import(m_database);
        auto report = import.run(data("judgeme-broken.csv"));
        QVERIFY(report);
        QVERIFY(!report->applied);
        QCOMPARE(problems(*report),
            QStringList({
                "2:3: rating: “7” is not a rating: give 1 to 5 stars.",
                "3:3: rating: “five” is not a rating: give 1 to 5 stars.",
                "4:4: review_date: “2026-13-45” is not a date: write it as 2026-11-20, 2026-11-20T14:03:00Z or "
                "20/11/2026.",
                "5:10: product_handle: The shop has no product “teapot” (looked for by SKU, handle and name).",
            }));
        QCOMPARE(report->lines.size(), 5);
        QCOMPARE(report->lines[0].action, ReviewRowAction::Error);
        QCOMPARE(report->lines[4].action, ReviewRowAction::Add); // the good row would be added…
        QCOMPARE(reviewCount(), 0); // …but nothing is written while a row is wrong

        auto unknown = import.check(data("unknown-format.csv"));
        QVERIFY(unknown);
        QCOMPARE(unknown->problems.size(), 1);
        QVERIFY(problems(*unknown).first().startsWith("1:1: These columns are not those of a review file"));

        // Comptoir's own file: an unknown SKU, status and cause.
        QBuffer buffer;
        buffer.setData("source,external_id,product_sku,rating,written_at,author,status,causes\n"
                       "website,w1,TEAPOT,4,2026-10-01,Léa,new,\n"
                       "website,w2,MUG,4,2026-10-01,Léa,waiting,sizing|-colour\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto comptoir = import.run(&buffer);
        QVERIFY(comptoir);
        QCOMPARE(comptoir->format, ReviewFileFormat::Comptoir);
        QCOMPARE(problems(*comptoir),
            QStringList({
                "2:3: product_sku: The shop has no product with the SKU TEAPOT.",
                "3:7: status: “waiting” is not a status: write new, to_answer, answered or ignored.",
                "3:8: causes: “colour” is not a cause: write delivery_delay, damaged_parcel, product_quality, sizing, "
                "not_as_described, customer_service or price.",
            }));
        QCOMPARE(reviewCount(), 0);
    }

    void cancelledImportWritesNothing()
    {
        JobControl control;
        control.cancel();
        auto report = ReviewImport(m_database).run(data("judgeme.csv"), control);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Cancelled);
        QCOMPARE(reviewCount(), 0);
    }

    void comptoirExportReadsBack()
    {
        // Reviews with all their fields: a reply, photos, causes in each state, an ignored one.
        ReviewBook book(m_database);
        Review r;
        r.source = Source::Google;
        r.externalId = QStringLiteral("g-1");
        r.productId = m_mugProduct;
        r.orderId = m_orderId;
        r.rating = 2;
        r.title = QStringLiteral("=Déçue"); // a formula for a spreadsheet: guarded, read back exactly
        r.body = QStringLiteral("Arrivé cassé, \"emballage\" léger,\net en retard.");
        r.author = QStringLiteral("Marc D.");
        r.authorEmail = QStringLiteral("marc@example.fr");
        r.language = QStringLiteral("fr");
        r.verified = true;
        r.writtenAt = QDateTime(QDate(2026, 10, 10), QTime(9, 30), Qt::UTC);
        r.reply = QStringLiteral("Nous vous renvoyons un mug.");
        r.repliedAt = QDateTime(QDate(2026, 10, 11), QTime(10, 0), Qt::UTC);
        r.photos = {QStringLiteral("/photos/a.jpg"), QStringLiteral("https://example.fr/b.jpg")};
        r.causes = {{Cause::DeliveryDelay, CauseState::Confirmed}, {Cause::DamagedParcel, CauseState::Suggested},
            {Cause::Price, CauseState::Rejected}};
        QVERIFY(book.add(r));
        Review spam;
        spam.source = Source::Website;
        spam.rating = 5;
        spam.author = QStringLiteral("Bot");
        spam.body = QStringLiteral("buy now");
        spam.writtenAt = QDateTime(QDate(2026, 10, 12), QTime(0, 0), Qt::UTC);
        spam.status = ReviewStatus::Ignored;
        QVERIFY(book.add(spam));
        const Review before = reviewAt(QStringLiteral("external_id = 'g-1'"));

        const QString path = m_shop.folder() + QStringLiteral("/reviews.csv");
        auto exported = ReviewExport(m_database).writeFile(path, {});
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
        QCOMPARE(exported->reviews, 2);
        QCOMPARE(exported->markedPublished, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("source,external_id,product_sku,order_number,rating,title,body"));
        file.close();

        // Imported into the same shop: all known. Into an empty one: as they were.
        QCOMPARE(importFile(path).alreadyKnown, 2);
        init();
        const ReviewImportReport report = importFile(path);
        QVERIFY2(!report.hasProblems(), qPrintable(problems(report).join('\n')));
        QCOMPARE(report.format, ReviewFileFormat::Comptoir);
        QCOMPARE(report.added, 2);
        const Review after = reviewAt(QStringLiteral("external_id = 'g-1'"));
        QCOMPARE(after.source, before.source);
        QCOMPARE(after.productId, before.productId);
        QCOMPARE(after.orderId, before.orderId);
        QCOMPARE(after.rating, before.rating);
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.body, before.body);
        QCOMPARE(after.author, before.author);
        QCOMPARE(after.authorEmail, before.authorEmail);
        QCOMPARE(after.language, before.language);
        QCOMPARE(after.verified, before.verified);
        QCOMPARE(after.writtenAt, before.writtenAt);
        QCOMPARE(after.reply, before.reply);
        QCOMPARE(after.repliedAt, before.repliedAt);
        QCOMPARE(after.replyPublishedAt, before.replyPublishedAt);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.photos, before.photos);
        QCOMPARE(after.causes, before.causes);
        const Review ignored = reviewAt(QStringLiteral("author = 'Bot'"));
        QCOMPARE(ignored.status, ReviewStatus::Ignored);
        QCOMPARE(ignored.externalId, ReviewBook::fingerprint(spam));
    }

    void repliesToPublishAreExportedThenMarked()
    {
        QVERIFY(importFile(data("judgeme.csv")).added == 4); // Léa's reply came from Judge.me: published
        const qint64 paul = reviewAt(QStringLiteral("author = 'Paul D.'")).id;
        const qint64 anne = reviewAt(QStringLiteral("author = 'Anne'")).id;
        QVERIFY(ReviewBook(m_database).setReply(paul, QStringLiteral("Désolés, un nouveau bol part demain.")).ok());
        QVERIFY(ReviewBook(m_database).setReply(anne, QStringLiteral("Merci Anne, à bientôt !")).ok());

        ReviewExportOptions options;
        options.format = ReviewFileFormat::JudgeMe;
        options.unpublishedOnly = true;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        auto exported = ReviewExport(m_database).write(&buffer, options);
        QVERIFY(exported);
        QCOMPARE(exported->reviews, 2);
        const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0],
            QStringLiteral("title,body,rating,review_date,source,curated,reviewer_name,reviewer_email,product_id,"
                           "product_handle,reply,reply_date,picture_urls,ip_address,location"));
        QVERIFY2(lines[1].startsWith(QStringLiteral("Colis abîmé,")), qPrintable(lines[1]));
        QVERIFY2(lines[1].contains(QStringLiteral(",produit-bowl,\"Désolés, un nouveau bol part demain.\",")),
            qPrintable(lines[1]));
        QCOMPARE(
            number(QStringLiteral("SELECT count(*) FROM reviews WHERE reply_published_at IS NULL AND reply <> ''")),
            2); // not marked without asking

        // Marked published: the next export of replies to publish is empty.
        options.markPublished = true;
        auto marked = ReviewExport(m_database).writeFile(m_shop.folder() + QStringLiteral("/replies.csv"), options);
        QVERIFY(marked);
        QCOMPARE(marked->markedPublished, 2);
        QCOMPARE(
            number(QStringLiteral("SELECT count(*) FROM reviews WHERE reply_published_at IS NULL AND reply <> ''")), 0);
        QBuffer empty;
        QVERIFY(empty.open(QIODevice::WriteOnly));
        QCOMPARE(ReviewExport(m_database).write(&empty, options).value().reviews, 0);

        // The Judge.me file reads back: every review already known.
        auto again = ReviewImport(m_database).check(m_shop.folder() + QStringLiteral("/replies.csv"));
        QVERIFY(again);
        QVERIFY2(!again->hasProblems(), qPrintable(problems(*again).join('\n')));
        QCOMPARE(again->format, ReviewFileFormat::JudgeMe);
        QCOMPARE(again->alreadyKnown, 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewImport)
#include "TestReviewImport.moc"
