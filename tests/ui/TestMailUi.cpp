#include "MainWindow.h"
#include "inventory/StockLedger.h"
#include "messages/ImapFetcher.h"
#include "messages/Inbox.h"
#include "messages/MailAccountSettings.h"
#include "messages/MailService.h"
#include "messages/MailSync.h"
#include "messages/MessagesPage.h"
#include "messages/ThreadTableModel.h"
#include "orders/OrderBook.h"
#include "settings/MemorySecretStore.h"
#include "settings/Secrets.h"
#include "settings/SettingsPage.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "support/MailServers.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace comptoir;
using namespace comptoir::messages;

// The mail account set up in Settings ▸ Mail as the merchant does (servers, passwords kept in the
// keychain, Test), then mail going round real servers on loopback from the app: a customer's mail
// appears on the Messages page, the answer sent with Ctrl+Enter reaches the SMTP server.
class TestMailUi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MailServers> m_servers;
    TempShop m_shop;
    const QString m_password = QString::fromUtf8(MailServers::kPassword);

    static void type(QWidget* root, const char* name, const QString& text)
    {
        auto* edit = root->findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->setText(text); // (QTest types ASCII only; the password has an ä)
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
        settings::Secrets::setApplicationStore(std::make_unique<settings::MemorySecretStore>());

        auto database = m_shop.open();
        QVERIFY(database);
        settings::ShopIdentity identity;
        identity.name = QStringLiteral("La Tasse Bleue");
        identity.email = QStringLiteral("bonjour@tasse-bleue.fr");
        QVERIFY(settings::ShopSettings(database).setIdentity(identity).ok());
        // The test servers' own certificate authority (no field for it in the form).
        MailAccount ca;
        ca.smtp.caFile = m_servers->caFile();
        QVERIFY(ca.save(database).ok());
        // The first login makes the mailbox; then a customer writes.
        QVERIFY(ImapFetcher::fetchNew(m_servers->imapTls(), m_password, QStringLiteral("INBOX"), 0, 0, 10).ok());
        QVERIFY(m_servers->deliverUnread(
            "From: Paul Durand <paul@example.com>\r\nTo: bonjour@tasse-bleue.fr\r\n"
            "Subject: Livrez-vous en Suisse ?\r\nMessage-ID: <paul-1@example.com>\r\n"
            "Date: Mon, 23 Nov 2026 09:00:00 +0100\r\n\r\nBonjour, livrez-vous à Genève ?\r\n"));
    }

    void cleanupTestCase()
    {
        m_servers.reset();
        settings::Secrets::setApplicationStore(nullptr);
    }

    void setUpThenMailGoesRound()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_shop.path()));
        window.resize(1300, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::SettingsPageIndex);
        MailAccountSettings* form = window.settingsPage()->mailAccount();
        const MailServer smtp = m_servers->smtpStartTls();
        const MailServer imap = m_servers->imapTls();
        type(form, "smtpHost", smtp.host);
        form->findChild<QSpinBox*>(QStringLiteral("smtpPort"))->setValue(smtp.port);
        type(form, "smtpUser", smtp.user);
        type(form, "smtpPassword", m_password);
        type(form, "imapHost", imap.host);
        form->findChild<QSpinBox*>(QStringLiteral("imapPort"))->setValue(imap.port);
        auto* security = form->findChild<QComboBox*>(QStringLiteral("imapSecurity"));
        security->setCurrentIndex(security->findData(int(MailServer::Security::Tls)));
        type(form, "imapUser", imap.user);
        type(form, "imapPassword", m_password);
        type(form, "sentFolder", QStringLiteral("Sent"));

        // Test: both servers answer, a test mail goes to the shop.
        QSignalSpy tested(form, &MailAccountSettings::testFinished);
        form->findChild<QPushButton*>(QStringLiteral("testMailButton"))->click();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(form->testResult()->text()));
        QVERIFY(form->testResult()->text().contains(QStringLiteral("Sending works")));
        QVERIFY(m_servers->receivedMails().last().contains("Comptoir: test mail"));

        // Saved: the passwords in the keychain, not in the shop; the mail fetched at once.
        QSignalSpy rounds(window.mailService(), &MailService::finished);
        form->findChild<QPushButton*>(QStringLiteral("saveMailButton"))->click();
        QVERIFY(rounds.wait(30000));
        QVERIFY2(rounds.last().at(2).toString().isEmpty(), qPrintable(rounds.last().at(2).toString()));
        auto stored = storage::scalar(window.database()->connection(),
            QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE ?"), {QStringLiteral("%s3cret%")});
        QCOMPARE(stored.value().toInt(), 0);

        window.showPage(MainWindow::MessagesPageIndex);
        MessagesPage* page = window.messagesPage();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->threadView()->setCurrentIndex(page->model()->index(0, ThreadTableModel::Subject));
        QVERIFY(page->conversation()->toPlainText().contains(QStringLiteral("Genève")));

        // The answer goes out at once.
        const qsizetype before = m_servers->receivedMails().size();
        page->replyEdit()->setFocus();
        QTest::keyClicks(page->replyEdit(), QStringLiteral("Oui, en 5 jours."));
        QTest::keyClick(page->replyEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_servers->receivedMails().size() > before, 30000);
        const QByteArray sent = m_servers->receivedMails().last();
        QVERIFY(sent.contains("In-Reply-To: <paul-1@example.com>"));
        QTRY_VERIFY(!window.mailService()->isRunning());
        const auto messages = Inbox(window.database()).messages(page->currentThread()).value();
        QCOMPARE(messages.last().state, MessageState::Sent);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("mailStatus"))->text().contains(QStringLiteral("sent")));
    }
};

QTEST_MAIN(TestMailUi)
#include "TestMailUi.moc"
