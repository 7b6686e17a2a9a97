#include "MainWindow.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ProductEditor.h"
#include "messages/Inbox.h"
#include "messages/MessagesPage.h"
#include "orders/OrderBook.h"
#include "reviews/ReviewInsights.h"
#include "reviews/ReviewRequestsDialog.h"
#include "reviews/ReviewTableModel.h"
#include "reviews/Reviews.h"
#include "reviews/ReviewsPage.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace comptoir;
using namespace comptoir::reviews;

// The Reviews page worked from the keyboard as the merchant does at 8 a.m.: the unhappy reviews
// first, oldest first; the template that fits the cause inserted, the reply saved with Ctrl+Enter
// and the next review up; a cause decided with Alt+digit; a review ignored with Ctrl+I; a reply
// being written kept when moving away; the Insights tab leading back to a product's reviews; the
// order's conversation one click away.
class TestReviewsPage final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_mug = 0;
    qint64 m_bowl = 0;
    qint64 m_orderId = 0;
    qint64 m_broken = 0; // 1 star, oldest: damaged parcel
    qint64 m_late = 0; // 2 stars: delivery delay
    qint64 m_spam = 0; // 3 stars, newest unhappy one
    qint64 m_happy = 0; // 5 stars
    qint64 m_threadId = 0;

    qint64 add(
        int rating, const QString& title, const QString& body, int day, qint64 product, const QString& email = {})
    {
        Review r;
        r.source = Source::JudgeMe;
        r.externalId = title;
        r.rating = rating;
        r.title = title;
        r.body = body;
        r.author = QStringLiteral("Léa Martin");
        r.authorEmail = email;
        r.writtenAt = m_clock.now().addDays(day);
        r.productId = product;
        auto added = ReviewBook(m_database).add(r);
        if (!added)
            qWarning("%s", qPrintable(added.error().toString()));
        return added ? added->id : 0;
    }

    static void waitForReview(ReviewsPage& page, qint64 id) { QTRY_COMPARE(page.currentReview(), id); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        settings::ShopIdentity identity;
        identity.name = QStringLiteral("La Tasse Bleue");
        identity.email = QStringLiteral("bonjour@tasse-bleue.fr");
        QVERIFY(settings::ShopSettings(m_database).setIdentity(identity).ok());
        ShopBuilder build(m_database, m_clock);
        const qint64 mugVariant = build.variant(QStringLiteral("MUG"), 0, 400);
        build.variant(QStringLiteral("BOWL"), 0, 600);
        const auto id = [&](const char* sku) {
            return storage::scalar(m_database->connection(),
                QStringLiteral("SELECT product_id FROM variants WHERE sku = ?"), {QString::fromLatin1(sku)})
                .value()
                .toLongLong();
        };
        m_mug = id("MUG");
        m_bowl = id("BOWL");
        QVERIFY(
            inventory::StockLedger(m_database).record(mugVariant, 1, 5, inventory::MovementReason::Receipt, {}).ok());
        orders::Order order;
        order.status = orders::OrderStatus::Paid;
        order.customerName = QStringLiteral("Léa Martin");
        order.email = QStringLiteral("lea@example.fr");
        order.shipTo.name = order.customerName;
        order.shipTo.country = QStringLiteral("FR");
        orders::OrderLine line;
        line.variantId = mugVariant;
        line.quantity = 1;
        line.unitPrice = Money(1250, Currency::euro());
        order.lines << line;
        auto created = orders::OrderBook(m_database).create(order);
        QVERIFY(created);
        m_orderId = *created;
        auto thread = messages::Inbox(m_database).startThreadForOrder(m_orderId);
        QVERIFY(thread);
        m_threadId = *thread;

        m_happy = add(5, QStringLiteral("Parfait"), QStringLiteral("Très jolie tasse"), 1, m_mug);
        m_broken = add(1, QStringLiteral("Cassée"), QStringLiteral("Tasse arrivée cassée, carton écrasé."), 2, m_mug,
            QStringLiteral("lea@example.fr"));
        m_late = add(2, QStringLiteral("Long"), QStringLiteral("Trois semaines de retard."), 3, m_bowl);
        m_spam = add(3, QStringLiteral("Promo"), QStringLiteral("Visitez mon site"), 4, m_bowl);
        QVERIFY(m_happy && m_broken && m_late && m_spam);
    }

    void triageFromTheKeyboard()
    {
        ReviewsPage page;
        page.resize(1280, 800);
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        // The oldest unhappy review comes up first, its order and conversation at hand.
        QCOMPARE(page.model()->rowCount(), 4);
        waitForReview(page, m_broken);
        QCOMPARE(page.model()->reviewAt(page.model()->index(3, 0))->id, m_happy);
        auto* context = page.findChild<QLabel*>(QStringLiteral("reviewContext"));
        QVERIFY(context->text().contains(QStringLiteral("thread:%1").arg(m_threadId)));
        QVERIFY(context->text().contains(QStringLiteral("order:%1").arg(m_orderId)));
        // Seen: no longer new.
        QCOMPARE(ReviewBook(m_database).load(m_broken)->status, ReviewStatus::ToAnswer);
        // Its suggested cause is ticked; the template that fits it comes first.
        QVERIFY(page.causeBox(Cause::DamagedParcel)->isChecked());
        QCOMPARE(page.templateCombo()->itemData(1).toString(), QStringLiteral("review_reply_damaged_parcel"));

        // Ctrl+R, the fitting template from the keyboard, Ctrl+Enter.
        QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(page.replyEdit()->hasFocus());
        page.templateCombo()->setFocus();
        QTest::keyClick(page.templateCombo(), Qt::Key_Down);
        const QString reply = page.replyEdit()->toPlainText();
        QVERIFY2(reply.startsWith(QStringLiteral("Bonjour Léa,")), qPrintable(reply));
        QVERIFY(reply.contains(QStringLiteral("abîmé")));
        QVERIFY(reply.contains(QStringLiteral("bonjour@tasse-bleue.fr")));
        QVERIFY(page.counter()->text().startsWith(QString::number(reply.trimmed().size())));
        QTest::keyClick(page.replyEdit(), Qt::Key_Return, Qt::ControlModifier);
        const Review answered = ReviewBook(m_database).load(m_broken).value();
        QCOMPARE(answered.status, ReviewStatus::Answered);
        QCOMPARE(answered.reply, reply.trimmed());
        // The suggested cause was looked at: confirmed.
        QCOMPARE(answered.causes, (QList<CauseTag> {{Cause::DamagedParcel, CauseState::Confirmed}}));
        // The next one is up.
        waitForReview(page, m_late);
        QCOMPARE(page.model()->rowCount(), 3);

        // Alt+1 decides its cause (delivery delay, suggested): rejected; Alt+4 adds sizing.
        QVERIFY(page.causeBox(Cause::DeliveryDelay)->isChecked());
        QTest::keyClick(&page, Qt::Key_1, Qt::AltModifier);
        QTest::keyClick(&page, Qt::Key_4, Qt::AltModifier);
        const Review late = ReviewBook(m_database).load(m_late).value();
        QCOMPARE(late.causes,
            (QList<CauseTag> {{Cause::DeliveryDelay, CauseState::Rejected}, {Cause::Sizing, CauseState::Confirmed}}));
        QVERIFY(!page.causeBox(Cause::DeliveryDelay)->isChecked());
        QVERIFY(page.causeBox(Cause::Sizing)->isChecked());
        QCOMPARE(page.templateCombo()->itemData(1).toString(), QStringLiteral("review_reply_sizing"));

        // A reply begun, then Alt+Down: kept for when the merchant comes back.
        page.replyEdit()->setFocus();
        QTest::keyClicks(page.replyEdit(), QStringLiteral("Bonjour, "));
        QTest::keyClick(&page, Qt::Key_Down, Qt::AltModifier);
        waitForReview(page, m_spam);
        QVERIFY(page.replyEdit()->toPlainText().isEmpty());
        QTest::keyClick(&page, Qt::Key_Up, Qt::AltModifier);
        waitForReview(page, m_late);
        QCOMPARE(page.replyEdit()->toPlainText(), QStringLiteral("Bonjour, "));
        QTest::keyClick(&page, Qt::Key_Down, Qt::AltModifier);
        waitForReview(page, m_spam);

        // Ctrl+I: spam ignored, the next one (the happy review) up.
        QTest::keyClick(&page, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(ReviewBook(m_database).load(m_spam)->status, ReviewStatus::Ignored);
        waitForReview(page, m_happy);
        QCOMPARE(page.model()->rowCount(), 2);
        // A reply too long for the platform cannot be saved.
        page.replyEdit()->setPlainText(QString(kReplyLimit + 1, QLatin1Char('x')));
        QVERIFY(page.counter()->text().contains(QLocale().toString(kReplyLimit)));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("saveReplyButton"))->isEnabled());
        QVERIFY(!page.saveReply());
        page.replyEdit()->clear();

        // The Ignored chip lists it; a search finds the answered one.
        page.setFilter(ReviewList::Filter::Ignored);
        QCOMPARE(page.model()->rowCount(), 1);
        page.setFilter(ReviewList::Filter::All);
        page.setSearchText(QStringLiteral("carton ecrase"));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->reviewAt(page.model()->index(0, 0))->id, m_broken);
        page.grab().save(QStringLiteral("/tmp/reviews-page.png"));
    }

    void insightsLeadToTheReviews()
    {
        ReviewsPage page;
        page.resize(1280, 800);
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentIndex(1);
        ReviewInsights* insights = page.insights();
        insights->setMonth(QDate(2026, 11, 1));
        QVERIFY(insights->summary()->text().contains(QStringLiteral("4")));
        QTableWidget* causes = insights->causesTable();
        QCOMPARE(causes->rowCount(), comptoir::reviews::causes().size());
        // Damaged parcel: one this month.
        int damaged = -1;
        for (int row = 0; row < causes->rowCount(); ++row)
            if (causes->item(row, ReviewInsights::CauseName)->data(Qt::UserRole).toInt() == int(Cause::DamagedParcel))
                damaged = row;
        QVERIFY(damaged >= 0);
        QCOMPARE(causes->item(damaged, ReviewInsights::ThisMonth)->text(), QStringLiteral("1"));
        // The bowl has the most unhappy reviews; activating it lists them.
        QTableWidget* products = insights->productsTable();
        QVERIFY(products->rowCount() >= 1);
        QCOMPARE(products->item(0, ReviewInsights::ProductName)->data(Qt::UserRole).toLongLong(), m_bowl);
        products->setFocus();
        products->setCurrentCell(0, 0);
        Q_EMIT products->activated(products->model()->index(0, 0));
        QCOMPARE(page.tabs()->currentIndex(), 0);
        QCOMPARE(page.filter(), ReviewList::Filter::All);
        QCOMPARE(page.model()->rowCount(), 2); // the bowl's two reviews
        // A cause lists its reviews.
        page.tabs()->setCurrentIndex(1);
        Q_EMIT causes->activated(causes->model()->index(damaged, 0));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->reviewAt(page.model()->index(0, 0))->id, m_broken);
        insights->grab().save(QStringLiteral("/tmp/reviews-insights.png"));
    }

    // Ctrl+7 opens the page; the review's conversation opens on the Messages page.
    void conversationOneClickAway()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_shop.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::ReviewsPageIndex);
        ReviewsPage* page = window.reviewsPage();
        page->setFilter(ReviewList::Filter::All);
        page->openReview(m_broken);
        QCOMPARE(page->currentReview(), m_broken);
        auto* context = page->findChild<QLabel*>(QStringLiteral("reviewContext"));
        Q_EMIT context->linkActivated(QStringLiteral("thread:%1").arg(m_threadId));
        QCOMPARE(window.currentPage(), MainWindow::MessagesPageIndex);
        QCOMPARE(window.messagesPage()->currentThread(), m_threadId);
    }

    // The product's window says what customers think of it.
    void productWindowShowsItsReviews()
    {
        auto draft = catalog::ProductCatalog(m_database).load(m_mug);
        QVERIFY(draft);
        ProductEditor editor(m_database, *draft);
        auto* summary = editor.findChild<QLabel*>(QStringLiteral("reviewSummary"));
        QVERIFY(summary);
        // Five stars and one star; the broken cup's cause confirmed; the happy one not answered yet.
        const QString text = summary->text();
        QVERIFY2(text.startsWith(QStringLiteral("3.0 ★ from 2 review")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 unhappy (Damaged parcel 1)")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("1 waiting for an answer")), qPrintable(text));
        // A new product has nothing to say yet.
        ProductEditor fresh(m_database, catalog::ProductDraft {});
        QVERIFY(!fresh.findChild<QLabel*>(QStringLiteral("reviewSummary")));
    }

    // Ask for reviews…: the delivered orders due, the review page's address required, the requests
    // drafted in their conversations.
    void asksDeliveredCustomersForAReview()
    {
        orders::Order order;
        order.status = orders::OrderStatus::Paid;
        order.customerName = QStringLiteral("Paul Durand");
        order.email = QStringLiteral("paul@example.fr");
        order.shipTo.name = order.customerName;
        order.shipTo.country = QStringLiteral("FR");
        orders::OrderLine line;
        line.variantId
            = storage::scalar(m_database->connection(), QStringLiteral("SELECT id FROM variants WHERE sku = 'MUG'"))
                  .value()
                  .toLongLong();
        line.quantity = 1;
        line.unitPrice = Money(1250, Currency::euro());
        order.lines << line;
        orders::OrderBook book(m_database);
        auto created = book.create(order);
        QVERIFY(created);
        QVERIFY(book.ship(*created).ok());
        QVERIFY(book.changeStatus(*created, orders::OrderStatus::Delivered).ok());

        ReviewsPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QPushButton*>(QStringLiteral("askButton"))->click();
        auto* dialog = page.findChild<ReviewRequestsDialog*>(QStringLiteral("reviewRequestsDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->daysSpin()->value(), 7);
        dialog->setToday(m_clock.now().date().addDays(3));
        QCOMPARE(dialog->dueCount(), 0); // too early
        dialog->setToday(m_clock.now().date().addDays(8));
        QCOMPARE(dialog->dueCount(), 1);
        QCOMPARE(dialog->table()->item(0, ReviewRequestsDialog::CustomerColumn)->text(),
            QStringLiteral("Paul Durand <paul@example.fr>"));
        // Without the review page's address: refused, nothing drafted.
        dialog->urlEdit()->clear();
        auto* draft = dialog->findChild<QPushButton*>(QStringLiteral("draftButton"));
        draft->click();
        QCOMPARE(dialog->messages()->kind(), MessageBar::Kind::Error);
        QCOMPARE(storage::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM review_requests"))
                     .value()
                     .toInt(),
            0);
        QTest::keyClicks(dialog->urlEdit(), QStringLiteral("https://g.page/r/tasse-bleue/review"));
        QSignalSpy drafted(&page, &ReviewsPage::requestsDrafted);
        draft->click();
        QCOMPARE(dialog->messages()->kind(), MessageBar::Kind::Positive);
        QCOMPARE(drafted.size(), 1);
        QCOMPARE(dialog->dueCount(), 0);
        // The draft waits in the order's conversation, with the link.
        auto threads = messages::Inbox(m_database).threadsForOrder(*created);
        QVERIFY(threads && !threads->isEmpty());
        const auto written = messages::Inbox(m_database).messages(threads->first().id).value();
        QVERIFY(!written.isEmpty());
        QCOMPARE(written.last().state, messages::MessageState::Draft);
        QVERIFY(written.last().body.contains(QStringLiteral("https://g.page/r/tasse-bleue/review")));
        dialog->grab().save(QStringLiteral("/tmp/review-requests.png"));
        dialog->close();
    }
};

QTEST_MAIN(TestReviewsPage)
#include "TestReviewsPage.moc"
