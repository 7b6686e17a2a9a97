#include "MainWindow.h"
#include "messages/Templates.h"
#include "messages/TemplatesSettings.h"
#include "orders/OrderBook.h"
#include "settings/SettingsPage.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"
#include "widgets/MessageBar.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace comptoir;
using namespace comptoir::messages;

// Settings ▸ Templates driven as the merchant does: a template picked, a mistyped placeholder refused
// where it is (line and column) and nothing saved, the fix saved as the shop's version, previewed with
// the shop's latest order, then reset to Comptoir's words; unsaved changes asked about; a template of
// the shop's own made (its key checked) and deleted.
class TestTemplatesSettings final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    QString m_number;
    std::unique_ptr<MainWindow> m_window;
    TemplatesSettings* m_settings = nullptr;

    template <typename T> T* child(const char* name) const
    {
        auto* widget = m_settings->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }

    QListWidget* list() const { return child<QListWidget>("templateList"); }
    QPlainTextEdit* body() const { return child<QPlainTextEdit>("templateBody"); }
    MessageBar* problem() const { return child<MessageBar>("templateProblem"); }

    int rowOf(const QString& key) const
    {
        for (int row = 0; row < list()->count(); ++row)
            if (list()->item(row)->data(Qt::UserRole).toString() == key)
                return row;
        return -1;
    }

    QVariant stored(const QString& column, const QString& key, const QString& language = QStringLiteral("fr")) const
    {
        return storage::scalar(m_window->database()->connection(),
            QStringLiteral("SELECT %1 FROM message_templates WHERE key = ? AND language = ?").arg(column),
            {key, language})
            .value();
    }

    int storedCount() const
    {
        return storage::scalar(
            m_window->database()->connection(), QStringLiteral("SELECT count(*) FROM message_templates"))
            .value()
            .toInt();
    }

    // Picks a template in the list with the keyboard, as the merchant does.
    void pick(const QString& key)
    {
        const int row = rowOf(key);
        QVERIFY2(row >= 0, qPrintable(key));
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(list(), Qt::Key_Down);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto database = m_shop.open();
        QVERIFY(database);
        settings::ShopIdentity identity;
        identity.name = QStringLiteral("La Tasse Bleue");
        identity.email = QStringLiteral("bonjour@tasse-bleue.fr");
        QVERIFY(settings::ShopSettings(database).setIdentity(identity).ok());
        FixedClock clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
        ShopBuilder build(database, clock);
        const qint64 mug = build.variant(QStringLiteral("MUG"), 0, 400);
        QVERIFY(inventory::StockLedger(database).record(mug, 1, 10, inventory::MovementReason::Receipt, {}).ok());
        // Two orders: the preview takes the latest.
        for (const char* name : {"Paul Durand", "Léa Martin"}) {
            orders::Order order;
            order.status = orders::OrderStatus::Paid;
            order.customerName = QString::fromUtf8(name);
            order.email = QStringLiteral("client@example.fr");
            order.shipTo.name = order.customerName;
            order.shipTo.address1 = QStringLiteral("3 rue de la Soif");
            order.shipTo.postcode = QStringLiteral("35000");
            order.shipTo.city = QStringLiteral("Rennes");
            order.shipTo.country = QStringLiteral("FR");
            order.placedAt
                = QDateTime(QDate(2026, 11, order.customerName.startsWith(u'L') ? 22 : 20), QTime(9, 0), Qt::UTC);
            orders::OrderLine line;
            line.variantId = mug;
            line.title = QStringLiteral("Mug bleu");
            line.quantity = 1;
            line.unitPrice = Money(1250, Currency::euro());
            order.lines << line;
            auto created = orders::OrderBook(database).create(order);
            QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
            m_number = orders::OrderBook(database).load(*created)->number;
        }
        database.reset();

        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openDatabase(m_shop.path()));
        m_window->resize(1300, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPage(MainWindow::SettingsPageIndex);
        m_window->settingsPage()->showSection(SettingsPage::Section::Templates);
        m_settings = m_window->settingsPage()->templates();
        QVERIFY(m_settings);
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyTemplateIsListed()
    {
        // Comptoir's, in French first.
        QCOMPARE(list()->count(), qsizetype(Templates::builtIn().size() / 2));
        QCOMPARE(m_settings->current().key, QStringLiteral("reply"));
        auto* language = child<QComboBox>("templateLanguage");
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down); // English
        QTRY_COMPARE(m_settings->current().language, QStringLiteral("en"));
        QCOMPARE(list()->item(0)->text(), QStringLiteral("Reply"));
        QTest::keyClick(language, Qt::Key_Up);
        QTRY_COMPARE(m_settings->current().language, QStringLiteral("fr"));
        QCOMPARE(list()->item(0)->text(), QStringLiteral("Réponse"));
    }

    void mistakeRefusedThenSavedPreviewedAndReset()
    {
        pick(QStringLiteral("shipped"));
        QCOMPARE(m_settings->current().key, QStringLiteral("shipped"));
        const QString original = m_settings->current().body;

        // The preview: the most recent order, its number in the text; no parcel yet, so no tracking.
        QCOMPARE(child<QLineEdit>("previewOrder")->text(), m_number);
        QVERIFY(
            child<QPlainTextEdit>("previewBody")->toPlainText().contains(QStringLiteral("Votre commande ") + m_number));
        QVERIFY(child<QPlainTextEdit>("previewBody")->toPlainText().startsWith(QStringLiteral("Bonjour Léa,")));
        QVERIFY(child<QLabel>("previewSubject")->text().contains(m_number));
        auto* missing = child<QLabel>("previewMissing");
        QVERIFY(missing->isVisibleTo(m_settings));
        QVERIFY2(missing->text().contains(QStringLiteral("{{tracking.number}}")), qPrintable(missing->text()));

        // A mistyped placeholder on a new last line: refused, where it is, nothing saved.
        body()->setFocus();
        QTest::keyClick(body(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(body(), Qt::Key_Return);
        QTest::keyClicks(body(), QStringLiteral("Ref. {{order.numbr}}"));
        const int line = int(original.count(u'\n')) + 2;
        QVERIFY(m_settings->isModified());
        QTest::keyClick(body(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(problem()->isVisible());
        QVERIFY2(problem()->text().contains(QStringLiteral("Text %1:6").arg(line)), qPrintable(problem()->text()));
        QVERIFY2(problem()->text().contains(QStringLiteral("{{order.numbr}}")), qPrintable(problem()->text()));
        QCOMPARE(storedCount(), 0);
        // The cursor waits on the mistake.
        QCOMPARE(body()->textCursor().blockNumber(), line - 1);
        QCOMPARE(body()->textCursor().positionInBlock(), 5);
        QCOMPARE(QApplication::focusWidget(), body());

        // Fixed with a placeholder from the list, at the cursor.
        QTest::keyClick(body(), Qt::Key_End);
        for (int i = 0; i < int(QStringLiteral("{{order.numbr}}").size()); ++i)
            QTest::keyClick(body(), Qt::Key_Backspace);
        auto* placeholder = child<QComboBox>("templatePlaceholder");
        placeholder->setCurrentIndex(placeholder->findData(QStringLiteral("order.number")));
        QVERIFY(placeholder->currentText().contains(QStringLiteral("order number")));
        child<QPushButton>("insertPlaceholderButton")->click();
        QVERIFY(body()->toPlainText().endsWith(QStringLiteral("\nRef. {{order.number}}")));
        QCOMPARE(QApplication::focusWidget(), body());
        QVERIFY(child<QPlainTextEdit>("previewBody")->toPlainText().endsWith(QStringLiteral("Ref. ") + m_number));
        QTest::keyClick(body(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(storedCount(), 1);
        QVERIFY(!problem()->isVisible());
        QCOMPARE(stored(QStringLiteral("body"), QStringLiteral("shipped")).toString(),
            original + QStringLiteral("\nRef. {{order.number}}"));
        QVERIFY(!m_settings->isModified());
        QVERIFY(m_settings->current().edited);
        QCOMPARE(list()->item(rowOf(QStringLiteral("shipped")))->text(), QStringLiteral("Commande expédiée (edited)"));
        QVERIFY(m_window->settingsPage()
                    ->findChild<MessageBar*>(QString(), Qt::FindDirectChildrenOnly)
                    ->text()
                    .contains(QStringLiteral("saved")));

        // Another order previewed by its number.
        auto* order = child<QLineEdit>("previewOrder");
        order->setFocus();
        order->selectAll();
        QTest::keyClicks(order, QStringLiteral("nope"));
        QTest::keyClick(order, Qt::Key_Return);
        QVERIFY2(child<QLabel>("previewMissing")->text().contains(QStringLiteral("no order nope")),
            qPrintable(child<QLabel>("previewMissing")->text()));
        QVERIFY(!child<QPlainTextEdit>("previewBody")->toPlainText().contains(m_number));
        order->selectAll();
        QTest::keyClicks(order, m_number);
        QTRY_VERIFY(child<QPlainTextEdit>("previewBody")->toPlainText().contains(m_number));

        // Reset: Comptoir's words again, nothing of the shop's kept.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        auto* reset = child<QPushButton>("resetTemplateButton");
        QVERIFY(reset->isEnabled());
        reset->click();
        QCOMPARE(storedCount(), 0);
        QCOMPARE(m_settings->current().key, QStringLiteral("shipped"));
        QVERIFY(!m_settings->current().edited);
        QCOMPARE(body()->toPlainText(), original);
        QCOMPARE(list()->item(rowOf(QStringLiteral("shipped")))->text(), QStringLiteral("Commande expédiée"));
        QVERIFY(!reset->isEnabled());
    }

    void unsavedChangesAreAskedAbout()
    {
        pick(QStringLiteral("late"));
        auto* name = child<QLineEdit>("templateName");
        name->setFocus();
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, QStringLiteral(" !"));
        // Cancel: the changes stay, and so does the template.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        pick(QStringLiteral("reply"));
        QCOMPARE(m_settings->current().key, QStringLiteral("late"));
        QCOMPARE(list()->currentRow(), rowOf(QStringLiteral("late")));
        QVERIFY(name->text().endsWith(QStringLiteral(" !")));
        // Save: kept in the shop, then the other template is shown.
        MessageBox::setNextAnswer(QMessageBox::Save);
        list()->setCurrentRow(rowOf(QStringLiteral("reply")));
        QCOMPARE(m_settings->current().key, QStringLiteral("reply"));
        QCOMPARE(
            stored(QStringLiteral("name"), QStringLiteral("late")).toString(), QStringLiteral("Colis en retard !"));
        // Discard: nothing kept.
        pick(QStringLiteral("late"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("?"));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        pick(QStringLiteral("reply"));
        QCOMPARE(m_settings->current().key, QStringLiteral("reply"));
        QCOMPARE(
            stored(QStringLiteral("name"), QStringLiteral("late")).toString(), QStringLiteral("Colis en retard !"));
        QVERIFY(m_settings->showTemplate(QStringLiteral("late"), QStringLiteral("fr")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>("resetTemplateButton")->click();
        QCOMPARE(storedCount(), 0);
    }

    void ownTemplateMadeAndDeleted()
    {
        child<QPushButton>("newTemplateButton")->click();
        auto* key = child<QLineEdit>("templateKey");
        QCOMPARE(QApplication::focusWidget(), key);
        QTest::keyClicks(key, QStringLiteral("Merci"));
        QTRY_VERIFY(problem()->isVisible()); // upper case: not a key
        QVERIFY2(problem()->text().contains(QStringLiteral("lower-case")), qPrintable(problem()->text()));
        key->clear();
        QTest::keyClicks(key, QStringLiteral("late"));
        QVERIFY(!problem()->isVisible());
        auto* name = child<QLineEdit>("templateName");
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Merci"));
        body()->setFocus();
        QTest::keyClicks(body(), QStringLiteral("Merci {{customer.first_name}} !"));
        // Taken by Comptoir's "late": refused.
        child<QPushButton>("saveTemplateButton")->click();
        QVERIFY2(problem()->text().contains(QStringLiteral("already")), qPrintable(problem()->text()));
        QCOMPARE(storedCount(), 0);
        key->clear();
        QTest::keyClicks(key, QStringLiteral("merci"));
        child<QPushButton>("saveTemplateButton")->click();
        QCOMPARE(storedCount(), 1);
        QCOMPARE(stored(QStringLiteral("body"), QStringLiteral("merci")).toString(),
            QStringLiteral("Merci {{customer.first_name}} !"));
        QCOMPARE(m_settings->current().key, QStringLiteral("merci"));
        QVERIFY(!m_settings->current().builtIn);
        QCOMPARE(list()->currentItem()->text(), QStringLiteral("Merci"));
        QVERIFY(child<QPlainTextEdit>("previewBody")->toPlainText().startsWith(QStringLiteral("Merci Léa !")));
        QVERIFY(key->isReadOnly());

        const QString png = qEnvironmentVariable("COMPTOIR_SCREENSHOT");
        if (!png.isEmpty())
            m_window->grab().save(png);

        auto* remove = child<QPushButton>("deleteTemplateButton");
        QVERIFY(remove->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        remove->click();
        QCOMPARE(storedCount(), 0);
        QCOMPARE(rowOf(QStringLiteral("merci")), -1);
        QCOMPARE(m_settings->current().key, QStringLiteral("reply"));
        QVERIFY(!remove->isEnabled());
    }
};

QTEST_MAIN(TestTemplatesSettings)
#include "TestTemplatesSettings.moc"
