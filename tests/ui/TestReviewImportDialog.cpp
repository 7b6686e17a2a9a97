#include "reviews/ReviewExportDialog.h"
#include "reviews/ReviewImportDialog.h"
#include "reviews/Reviews.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/TempShop.h"
#include "widgets/FileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace comptoir;

// The review import and export dialogs, driven as the merchant does: the file chosen and checked at
// once, its rows listed with what will happen or what is wrong, Apply refused while a row is wrong,
// then the file applied, the same file again adding nothing; the replies to publish exported and
// marked published.
class TestReviewImportDialog final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;

    static QString data(const QString& name) { return QStringLiteral(COMPTOIR_TEST_DATA "/reviews/") + name; }

    qint64 number(const QString& sql) { return storage::scalar(m_database->connection(), sql).value().toLongLong(); }

    static QStringList column(const QTableWidget* table, int column)
    {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts << table->item(row, column)->text();
        return texts;
    }

    // Once its check or import returned.
    static bool settled(const ReviewImportDialog& dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isBusy() && !dialog.summaryText().isEmpty(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        QVERIFY(build.variant(QStringLiteral("MUG"), 0, 400));
        QVERIFY(build.variant(QStringLiteral("BOWL"), 0, 600));
    }

    void reviewsAreCheckedThenApplied()
    {
        ReviewImportDialog dialog(m_database);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* apply = dialog.findChild<QPushButton*>(QStringLiteral("reviewImportApply"));
        auto* browse = dialog.findChild<QPushButton*>(QStringLiteral("reviewImportBrowse"));
        QVERIFY(apply && browse);
        QVERIFY(!apply->isEnabled());
        QSignalSpy imported(&dialog, &ReviewImportDialog::imported);

        // A file with wrong rows: each says what is wrong where, Apply stays disabled.
        FileDialog::setNextFileName(data("judgeme-broken.csv"));
        QTest::mouseClick(browse, Qt::LeftButton);
        QVERIFY(settled(dialog));
        QTableWidget* table = dialog.table();
        QCOMPARE(column(table, ReviewImportDialog::LineColumn), QStringList({"2", "3", "4", "5", "6"}));
        QCOMPARE(table->item(0, ReviewImportDialog::OutcomeColumn)->text(),
            QStringLiteral("rating: “7” is not a rating: give 1 to 5 stars."));
        QVERIFY(table->item(3, ReviewImportDialog::OutcomeColumn)->text().contains("teapot"));
        QCOMPARE(table->item(4, ReviewImportDialog::OutcomeColumn)->text(), QStringLiteral("Add — Produit MUG"));
        QCOMPARE(table->item(4, ReviewImportDialog::RatingColumn)->text(), QStringLiteral("★★★★☆"));
        QVERIFY2(dialog.summaryText().contains(QRegularExpression("^4 problem(\\(s\\))?s? found")),
            qPrintable(dialog.summaryText()));
        QVERIFY(!apply->isEnabled());
        dialog.grab().save(QStringLiteral("/tmp/rimp-errors.png"));
        dialog.applyFile(); // refused too
        QVERIFY(!dialog.isBusy());
        QCOMPARE(number("SELECT count(*) FROM reviews"), 0);

        // The good file: every row to add, Apply offered and applied.
        dialog.setFile(data("judgeme.csv"));
        QVERIFY(settled(dialog));
        QCOMPARE(column(table, ReviewImportDialog::AuthorColumn), QStringList({"Léa M.", "Paul D.", "Bot", "Anne"}));
        QCOMPARE(column(table, ReviewImportDialog::OutcomeColumn),
            QStringList({"Add — Produit MUG", "Add — Produit BOWL", "Add as ignored (spam on its platform) — the shop",
                "Add — the shop"}));
        QVERIFY2(dialog.summaryText().startsWith("Judge.me file, no problem found."), qPrintable(dialog.summaryText()));
        QVERIFY(apply->isEnabled());
        dialog.grab().save(QStringLiteral("/tmp/rimp.png"));
        QCOMPARE(number("SELECT count(*) FROM reviews"), 0); // the check wrote nothing
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier); // Alt+A is Apply
        QTRY_VERIFY_WITH_TIMEOUT(dialog.summaryText().startsWith("Imported: 4 review"), 20000);
        QVERIFY(settled(dialog));
        QCOMPARE(imported.count(), 1);
        QVERIFY(!apply->isEnabled()); // not twice
        QCOMPARE(number("SELECT count(*) FROM reviews"), 4);

        // The same file again: every review already known.
        auto* check = dialog.findChild<QPushButton*>(QStringLiteral("reviewImportCheck"));
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(settled(dialog));
        QVERIFY(table->item(0, ReviewImportDialog::OutcomeColumn)->text().startsWith("Already known"));
        QVERIFY2(dialog.summaryText().contains("4 already known"), qPrintable(dialog.summaryText()));
        dialog.grab().save(QStringLiteral("/tmp/rimp-known.png"));
        dialog.reject();
    }

    void repliesToPublishAreExportedAndMarked()
    {
        const qint64 paul = number("SELECT id FROM reviews WHERE author = 'Paul D.'");
        QVERIFY(paul > 0);
        QVERIFY(reviews::ReviewBook(m_database).setReply(paul, QStringLiteral("Un nouveau bol part demain.")).ok());

        ReviewExportDialog dialog(m_database);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* format = dialog.findChild<QComboBox*>(QStringLiteral("reviewExportFormat"));
        auto* unpublished = dialog.findChild<QCheckBox*>(QStringLiteral("reviewExportUnpublished"));
        auto* mark = dialog.findChild<QCheckBox*>(QStringLiteral("reviewExportMarkPublished"));
        auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("reviewExportButton"));
        QVERIFY(format && unpublished && mark && exportButton);
        QVERIFY(!mark->isEnabled()); // only with the replies to publish
        QVERIFY(!exportButton->isEnabled()); // no file yet
        format->setCurrentIndex(format->findText(QStringLiteral("Judge.me")));
        // Ticked from the keyboard: a click's position depends on the fonts' width.
        unpublished->setFocus();
        QTest::keyClick(unpublished, Qt::Key_Space);
        QVERIFY(unpublished->isChecked());
        QVERIFY(mark->isEnabled());
        mark->setFocus();
        QTest::keyClick(mark, Qt::Key_Space);
        QVERIFY(mark->isChecked());
        const QString path = m_shop.folder() + QStringLiteral("/replies.csv");
        FileDialog::setNextFileName(path);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("reviewExportBrowse")), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("reviewExportFile"))->text(), path);
        dialog.grab().save(QStringLiteral("/tmp/rimp-export.png"));
        QSignalSpy published(&dialog, &ReviewExportDialog::repliesPublished);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.summaryText().startsWith("Exported"), 20000);
        QVERIFY2(
            dialog.summaryText().startsWith("Exported 1 reviews (1 with a reply)"), qPrintable(dialog.summaryText()));
        QCOMPARE(published.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains("Un nouveau bol part demain."));
        QCOMPARE(number("SELECT count(*) FROM reviews WHERE reply <> '' AND reply_published_at IS NULL"), 0);
        dialog.reject();
    }
};

QTEST_MAIN(TestReviewImportDialog)
#include "TestReviewImportDialog.moc"
