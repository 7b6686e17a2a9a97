#include "MainWindow.h"
#include "messages/Inbox.h"
#include "messages/MessagesPage.h"
#include "messages/Outbox.h"
#include "messages/ThreadTableModel.h"
#include "orders/OrderBook.h"
#include "orders/OrderDialog.h"
#include "settings/ShopSettings.h"
#include "shipping/Shipments.h"
#include "shipping/ShipmentsPage.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace comptoir;
using namespace comptoir::messages;

// The Messages page driven as the merchant does: the conversations waiting for an answer listed
// first, one opened (and read), answered with a template filled from its order and parcel, sent to
// the outbox with Ctrl+Enter; a draft kept when moving to another conversation; a parcel's notice
// written from its problem; the list searched; an attachment saved.
class TestMessagesPage final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    storage::DatabasePtr m_database;
    qint64 m_orderId = 0;
    QString m_orderNumber;
    qint64 m_parcelId = 0;
    qint64 m_leaThread = 0;
    qint64 m_paulThread = 0;

    qint64 order(const QString& name, const QString& email, qint64 variant)
    {
        orders::Order order;
        order.status = orders::OrderStatus::Paid;
        order.customerName = name;
        order.email = email;
        order.shipTo.name = name;
        order.shipTo.address1 = QStringLiteral("3 rue de la Soif");
        order.shipTo.postcode = QStringLiteral("35000");
        order.shipTo.city = QStringLiteral("Rennes");
        order.shipTo.country = QStringLiteral("FR");
        orders::OrderLine line;
        line.variantId = variant;
        line.quantity = 1;
        line.unitPrice = Money(1250, Currency::euro());
        order.lines << line;
        auto created = orders::OrderBook(m_database).create(order);
        if (!created)
            qWarning("%s", qPrintable(created.error().toString()));
        return created ? *created : 0;
    }

    qint64 receive(const QString& id, const QString& from, const QString& name, const QString& subject,
        const QString& body, const QDateTime& at, QList<NewAttachment> attachments = {})
    {
        IncomingMessage m;
        m.messageId = id;
        m.fromAddress = from;
        m.fromName = name;
        m.subject = subject;
        m.body = body;
        m.date = at;
        m.attachments = std::move(attachments);
        auto received = Inbox(m_database).receive(m);
        if (!received)
            qWarning("%s", qPrintable(received.error().toString()));
        return received ? received->threadId : 0;
    }

    static int rowOf(MessagesPage& page, qint64 threadId) { return page.model()->rowOf(threadId); }

    static void select(MessagesPage& page, qint64 threadId)
    {
        const int row = rowOf(page, threadId);
        QVERIFY(row >= 0);
        page.threadView()->setCurrentIndex(page.model()->index(row, ThreadTableModel::Subject));
        QCOMPARE(page.currentThread(), threadId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = m_shop.open();
        QVERIFY(m_database);
        settings::ShopIdentity identity;
        identity.name = QStringLiteral("La Tasse Bleue");
        identity.email = QStringLiteral("bonjour@tasse-bleue.fr");
        QVERIFY(settings::ShopSettings(m_database).setIdentity(identity).ok());
        catalog::ProductDraft draft;
        draft.name = QStringLiteral("Mug");
        catalog::VariantDraft variant;
        variant.sku = QStringLiteral("MUG");
        variant.price = Money(1250, Currency::euro());
        draft.variants << variant;
        catalog::ProductCatalog catalog(m_database);
        const qint64 product = catalog.save(draft).value();
        const qint64 mug = catalog.load(product)->variants.first().id;
        QVERIFY(inventory::StockLedger(m_database).record(mug, 1, 20, inventory::MovementReason::Receipt, {}).ok());
        m_orderId = order(QStringLiteral("Léa Martin"), QStringLiteral("lea@example.fr"), mug);
        m_orderNumber = orders::OrderBook(m_database).load(m_orderId)->number;
        orders::Shipment parcel;
        parcel.carrier = QStringLiteral("colissimo");
        parcel.trackingNumber = QStringLiteral("6A12345678901");
        // Shipped three weeks ago, never delivered: late, possibly lost.
        parcel.shippedAt = QDateTime::currentDateTimeUtc().addDays(-21);
        QVERIFY(shipping::Shipments(m_database).ship(m_orderId, parcel).ok());
        m_parcelId = shipping::Shipments(m_database).forOrder(m_orderId)->first().id;
        QVERIFY(shipping::Shipments(m_database).updateExpectedDates().ok());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_leaThread = receive(QStringLiteral("<lea1@example.fr>"), QStringLiteral("lea@example.fr"),
            QStringLiteral("Léa Martin"), QStringLiteral("Commande ") + m_orderNumber,
            QStringLiteral("Bonjour, toujours rien reçu !"), now.addSecs(-3600),
            {NewAttachment {QStringLiteral("capture.png"), QStringLiteral("image/png"), QByteArray("PNGDATA")}});
        m_paulThread = receive(QStringLiteral("<paul1@x.com>"), QStringLiteral("paul@x.com"),
            QStringLiteral("Paul Durand"), QStringLiteral("Livrez-vous en Suisse ?"),
            QStringLiteral("Bonjour, livrez-vous à Genève ?"), now.addSecs(-7200));
        const qint64 closed = receive(QStringLiteral("<zoe@x.com>"), QStringLiteral("zoe@x.com"), QStringLiteral("Zoé"),
            QStringLiteral("Merci"), QStringLiteral("Merci pour tout"), now.addSecs(-9000));
        QVERIFY(Inbox(m_database).setStatus(closed, ThreadStatus::Closed).ok());
    }

    void answersWithATemplate()
    {
        MessagesPage page;
        page.resize(1300, 800);
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Waiting for an answer, newest first; the closed one is not there.
        QCOMPARE(page.filter(), ThreadList::Filter::ToAnswer);
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(rowOf(page, m_leaThread), 0);
        auto* toAnswer = page.findChild<QToolButton*>(QStringLiteral("chip%1").arg(int(ThreadList::Filter::ToAnswer)));
        QVERIFY(toAnswer);
        QCOMPARE(toAnswer->text(), QStringLiteral("To answer (2)"));
        QVERIFY(page.model()->data(page.model()->index(0, 0), Qt::FontRole).value<QFont>().bold());

        select(page, m_leaThread);
        QVERIFY(page.conversation()->toPlainText().contains(QStringLiteral("toujours rien reçu")));
        QVERIFY(page.conversation()->toPlainText().contains(QStringLiteral("capture.png")));
        QCOMPARE(Inbox(m_database).thread(m_leaThread)->unread, 0); // read by opening it
        QVERIFY(page.toEdit()->text().contains(QStringLiteral("lea@example.fr")));
        auto* openOrder = page.findChild<QPushButton*>(QStringLiteral("openOrderButton"));
        QVERIFY(openOrder && openOrder->isVisible());
        QVERIFY(openOrder->text().contains(m_orderNumber));

        // The late-parcel template, as the merchant picks it in the combo.
        QComboBox* templates = page.templateCombo();
        const int late = templates->findData(QStringLiteral("late"));
        QVERIFY(late > 0);
        templates->setCurrentIndex(late);
        Q_EMIT templates->activated(late);
        const QString body = page.replyEdit()->toPlainText();
        QVERIFY2(body.startsWith(QStringLiteral("Bonjour Léa,")), qPrintable(body));
        QVERIFY(body.contains(m_orderNumber));
        QVERIFY(body.contains(QStringLiteral("6A12345678901")));
        QVERIFY(body.contains(QStringLiteral("La Tasse Bleue")));
        QVERIFY(page.subjectEdit()->text().contains(m_orderNumber));
        QVERIFY(!page.missingLabel()->isVisible());

        // Ctrl+Enter sends it to the outbox.
        page.replyEdit()->setFocus();
        QTest::keyClick(page.replyEdit(), Qt::Key_Return, Qt::ControlModifier);
        auto messages = Inbox(m_database).messages(m_leaThread);
        QVERIFY(messages);
        QCOMPARE(messages->last().direction, Direction::Out);
        QCOMPARE(messages->last().state, MessageState::Queued);
        QCOMPARE(messages->last().inReplyTo, QStringLiteral("<lea1@example.fr>"));
        QCOMPARE(Inbox(m_database).thread(m_leaThread)->status, ThreadStatus::Answered);
        QVERIFY(page.replyEdit()->toPlainText().isEmpty());
        QVERIFY(page.conversation()->toPlainText().contains(QStringLiteral("Waiting to be sent")));
        QCOMPARE(page.messages()->kind(), MessageBar::Kind::Positive);
        QTRY_COMPARE(toAnswer->text(), QStringLiteral("To answer (1)"));
        page.grab().save(QStringLiteral("/tmp/messages-page.png"));
    }

    void keepsTheDraftWhenMovingOn()
    {
        MessagesPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setFilter(ThreadList::Filter::All);
        select(page, m_paulThread);
        page.replyEdit()->setFocus();
        QTest::keyClicks(page.replyEdit(), QStringLiteral("Oui, en 5 jours."));
        select(page, m_leaThread);
        QVERIFY(page.replyEdit()->toPlainText().isEmpty());
        QCOMPARE(Inbox(m_database).counts()->drafts, 1);
        select(page, m_paulThread);
        QCOMPARE(page.replyEdit()->toPlainText(), QStringLiteral("Oui, en 5 jours."));
        QVERIFY(page.draftId() > 0);
        // Discarded: gone.
        page.findChild<QPushButton*>(QStringLiteral("discardDraftButton"))->click();
        QCOMPARE(Inbox(m_database).counts()->drafts, 0);
        QVERIFY(page.replyEdit()->toPlainText().isEmpty());

        // A note stays inside the shop.
        QTest::keyClicks(page.replyEdit(), QStringLiteral("Rappeler lundi"));
        page.findChild<QPushButton*>(QStringLiteral("addNoteButton"))->click();
        QCOMPARE(Inbox(m_database).messages(m_paulThread)->last().direction, Direction::Note);
        QVERIFY(page.conversation()->toPlainText().contains(QStringLiteral("Rappeler lundi")));
    }

    void writesAParcelNotice()
    {
        MessagesPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.composeNotice(m_parcelId));
        QCOMPARE(page.currentThread(), m_leaThread); // the order's conversation
        const QString body = page.replyEdit()->toPlainText();
        // Three weeks without news: possibly lost, so the reshipment-or-refund notice.
        QVERIFY2(
            body.contains(QStringLiteral("renvoyer")) && body.contains(QStringLiteral("rembourser")), qPrintable(body));
        QVERIFY(page.send());
        auto messages = Inbox(m_database).messages(m_leaThread);
        const Message notice = messages->last();
        QCOMPARE(notice.shipmentId, m_parcelId);
        QCOMPARE(notice.templateKey, QStringLiteral("lost"));
        // Sent: the parcel records that the customer was told.
        Outbox outbox(m_database);
        QVERIFY(outbox.claim(notice.id).ok());
        QVERIFY(outbox.markSent(notice.id).ok());
        QVERIFY(shipping::Shipments(m_database).load(m_parcelId)->customerToldAt.isValid());
    }

    void searchesAndSavesAttachments()
    {
        MessagesPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setFilter(ThreadList::Filter::All);
        page.setSearchText(QStringLiteral("geneve")); // accents ignored
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->threadAt(page.model()->index(0, 0))->id, m_paulThread);
        page.setSearchText(m_orderNumber);
        QCOMPARE(page.model()->rowCount(), 1);
        page.setSearchText({});
        QCOMPARE(page.model()->rowCount(), 3);

        page.openThread(m_leaThread);
        const qint64 attachmentId = Inbox(m_database).messages(m_leaThread)->first().attachments.first().id;
        const QString path = m_shop.folder() + QStringLiteral("/saved.png");
        FileDialog::setNextFileName(path);
        Q_EMIT page.conversation()->anchorClicked(QUrl(QStringLiteral("attachment:%1").arg(attachmentId)));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("PNGDATA"));
        QCOMPARE(page.messages()->kind(), MessageBar::Kind::Positive);
    }

    // Ctrl+T on a parcel of the Shipments page: the Messages page with its notice ready.
    void noticeFromTheShipmentsPage()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_shop.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::ShipmentsPageIndex);
        ShipmentsPage* shipments = window.shipmentsPage();
        QTRY_VERIFY(shipments->table()->rowCount() > 0);
        shipments->table()->setCurrentCell(0, 0);
        QCOMPARE(shipments->currentShipment(), m_parcelId);
        shipments->table()->setFocus();
        QTest::keyClick(shipments->table(), Qt::Key_T, Qt::ControlModifier);
        // A button's shortcut clicks it a moment later, as a click shows.
        QTRY_COMPARE(window.currentPage(), MainWindow::MessagesPageIndex);
        MessagesPage* messages = window.messagesPage();
        QCOMPARE(messages->currentThread(), m_leaThread);
        QVERIFY(messages->replyEdit()->toPlainText().contains(QStringLiteral("6A12345678901")));
    }

    // The order window shows its conversations; "Write to the customer" opens the Messages page on them.
    void orderWindowShowsItsConversation()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_shop.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        {
            OrderDialog dialog(window.database(), m_orderId, &window);
            dialog.showMessages();
            QVERIFY(dialog.conversations()->toPlainText().contains(QStringLiteral("toujours rien reçu")));
            auto* write = dialog.findChild<QPushButton*>(QStringLiteral("writeToCustomerButton"));
            QVERIFY(write && !write->isHidden());
            write->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(window.currentPage(), MainWindow::MessagesPageIndex);
        QCOMPARE(window.messagesPage()->currentThread(), m_leaThread);
    }

    // Ctrl+Shift+M: a conversation with someone new, the wrong address caught in the dialog.
    void writesToSomeoneNew()
    {
        MessagesPage page;
        page.setDatabase(m_database);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        bool checked = false;
        // The shortcut clicks the button a moment later: wait for its dialog.
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
            QVERIFY(email && error);
            QTest::keyClicks(email, QStringLiteral("atelier at gres.fr"));
            QTest::keyClick(email, Qt::Key_Return);
            QVERIFY(dialog->isVisible()); // refused in place
            QVERIFY(!error->isHidden());
            QVERIFY(error->text().contains(QStringLiteral("atelier at gres.fr")));
            email->clear();
            QTest::keyClicks(email, QStringLiteral("atelier@gres.fr"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Atelier Gres"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("subjectEdit")), QStringLiteral("Commande"));
            checked = true;
            QTest::keyClick(email, Qt::Key_Return);
        });
        poll.start();
        QTest::keyClick(&page, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(checked);
        QTRY_VERIFY(page.currentThread() > 0);
        const Thread thread = Inbox(m_database).thread(page.currentThread()).value();
        QCOMPARE(thread.customerEmail, QStringLiteral("atelier@gres.fr"));
        QCOMPARE(thread.subject, QStringLiteral("Commande"));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_VERIFY(page.replyEdit()->hasFocus()); // ready to type
        QTest::keyClicks(page.replyEdit(), QStringLiteral("Bonjour, 40 bols svp."));
        QTest::keyClick(page.replyEdit(), Qt::Key_Return, Qt::ControlModifier);
        const Message sent = Inbox(m_database).messages(thread.id)->last();
        QCOMPARE(sent.state, MessageState::Queued);
        QVERIFY(sent.to.contains(QStringLiteral("atelier@gres.fr")));
    }
};

QTEST_MAIN(TestMessagesPage)
#include "TestMessagesPage.moc"
