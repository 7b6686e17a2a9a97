#include "MainWindow.h"
#include "reports/ReportChartView.h"
#include "reports/ReportExport.h"
#include "reports/ReportExportDialog.h"
#include "reports/ReportTableModel.h"
#include "reports/Reports.h"
#include "reports/ReportsPage.h"
#include "support/TempShop.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBuffer>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace comptoir;
using namespace comptoir::reports;

// The Reports page as the merchant uses it at the end of the month: a report chosen from the
// keyboard, the period changed, the figures those of the report itself, the chart drawn, the
// table exported to CSV for French Excel and to PDF, a wrong CSV option refused with its reason.
class TestReportsPage final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    storage::DatabasePtr m_database;
    std::unique_ptr<MainWindow> m_window;
    const QDate m_from {2026, 1, 1};
    const QDate m_to {2026, 11, 30};

    ReportsPage* page() const { return m_window->reportsPage(); }

    // The report shown for the filters on screen, the run finished.
    static bool settled(ReportsPage* page)
    {
        return QTest::qWaitFor([page] { return !page->isRunning(); }, 20000);
    }

    bool activate()
    {
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    static QString text(const QAbstractItemModel* model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    ReportExportDialog* csvDialog() const
    {
        auto* dialog = m_window->findChild<ReportExportDialog*>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_database = m_shop.openDemo(60, 300);
        QVERIFY(m_database);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openDatabase(m_shop.path()));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(activate());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    // Ctrl+8, the list from the keyboard; the period from its presets; the figures are the report's.
    void keyboardChoosesReportAndPeriod()
    {
        QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::ReportsPageIndex);
        QAbstractItemModelTester tester(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settled(page()));

        QListWidget* list = page()->reportList();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_End);
        QTest::keyClick(list, Qt::Key_Home);
        QCOMPARE(page()->currentReport(), QStringLiteral("sales-by-period"));
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(page()->currentReport(), QStringLiteral("sales-by-product"));
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(page()->currentReport(), QStringLiteral("sales-by-period"));

        // A preset picked from the keyboard sets its days.
        auto* period = m_window->findChild<QComboBox*>(QStringLiteral("reportPeriod"));
        QVERIFY(period);
        period->setFocus();
        QTest::keyClick(period, Qt::Key_Home);
        QCOMPARE(period->currentData().toInt(), int(ReportsPage::Period::ThisMonth));
        QTest::keyClick(period, Qt::Key_Down);
        QCOMPARE(period->currentData().toInt(), int(ReportsPage::Period::LastMonth));
        const auto lastMonth = ReportsPage::periodDates(ReportsPage::Period::LastMonth, QDate::currentDate());
        QCOMPARE(page()->parameters().from, lastMonth.first);
        QCOMPARE(page()->parameters().to, lastMonth.second);
        QCOMPARE(lastMonth.first.day(), 1);
        QCOMPARE(lastMonth.second.addDays(1).day(), 1);
        // As comptoir-cli report --period: "this month" is the month so far.
        QCOMPARE(ReportsPage::periodDates(ReportsPage::Period::ThisMonth, QDate(2026, 12, 3)),
            std::pair(QDate(2026, 12, 1), QDate(2026, 12, 3)));
        QCOMPARE(ReportsPage::periodDates(ReportsPage::Period::LastQuarter, QDate(2026, 12, 3)),
            std::pair(QDate(2026, 7, 1), QDate(2026, 9, 30)));

        // The demo shop's year, month by month: the table says what the report says.
        page()->setDates(m_from, m_to);
        QCOMPARE(period->currentData().toInt(), int(ReportsPage::Period::Custom));
        QVERIFY(settled(page()));
        const ReportParameters parameters = page()->parameters();
        QCOMPARE(parameters.from, m_from);
        QCOMPARE(parameters.to, m_to);
        auto expected = Reports::run(m_database, u"sales-by-period", parameters);
        QVERIFY(expected);
        QCOMPARE(expected->rows.size(), 11);
        const QAbstractItemModel* shown = page()->table()->model();
        QCOMPARE(shown->rowCount(), expected->rows.size() + 1); // and the totals
        QCOMPARE(shown->columnCount(), expected->columns.size());
        for (int row = 0; row < expected->rows.size(); ++row) {
            for (int column = 0; column < expected->columns.size(); ++column)
                QCOMPARE(text(shown, row, column), expected->displayText(expected->rows[row][column], column));
        }
        const int last = int(expected->rows.size());
        const int net = expected->columnIndex(u"net_sales");
        QCOMPARE(text(shown, last, 0), QStringLiteral("Total"));
        QCOMPARE(text(shown, last, net), expected->displayText(expected->totals[net], net));
        QVERIFY(expected->totals[net].toLongLong() > 0);
        QVERIFY(shown->index(last, net).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(shown->index(0, net).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
        QVERIFY(!page()->notes()->text().isEmpty());
        QVERIFY(page()->notes()->text().contains(expected->notes.first()));

        // The line of net sales along the months.
        QChart* chart = page()->chart()->chart();
        QCOMPARE(chart->series().size(), 1);
        QCOMPARE(chart->series().first()->type(), QAbstractSeries::SeriesTypeLine);

        // Sorted by net sales going down, the totals stay last; a third click brings the months back.
        page()->table()->sortByColumn(net, Qt::DescendingOrder);
        QCOMPARE(text(shown, last, 0), QStringLiteral("Total"));
        for (int row = 1; row < last; ++row)
            QVERIFY(shown->index(row - 1, net).data(ReportTableModel::kSortRole).toLongLong()
                >= shown->index(row, net).data(ReportTableModel::kSortRole).toLongLong());
        page()->table()->sortByColumn(net, Qt::AscendingOrder);
        QCOMPARE(text(shown, last, 0), QStringLiteral("Total"));
        page()->table()->sortByColumn(-1, Qt::AscendingOrder);
        QCOMPARE(text(shown, 0, 0), expected->rows[0][0].toString());
        m_window->grab().save(QStringLiteral("/tmp/reports-page.png"));
    }

    // A top N draws bars, shares draw a pie.
    void chartsFollowTheReport()
    {
        QVERIFY(page()->showReport(QStringLiteral("sales-by-product")));
        QVERIFY(settled(page()));
        QCOMPARE(page()->shownTable().name, QStringLiteral("sales-by-product"));
        QCOMPARE(page()->parameters().limit, 20);
        auto expected = Reports::run(m_database, u"sales-by-product", page()->parameters());
        QVERIFY(expected);
        QCOMPARE(page()->model()->rowCount(), expected->rows.size() + (expected->totals.isEmpty() ? 0 : 1));
        QChart* chart = page()->chart()->chart();
        QCOMPARE(chart->series().size(), 1);
        QCOMPARE(chart->series().first()->type(), QAbstractSeries::SeriesTypeHorizontalBar);

        QVERIFY(page()->showReport(QStringLiteral("sales-by-channel")));
        QVERIFY(settled(page()));
        QCOMPARE(page()->shownTable().name, QStringLiteral("sales-by-channel"));
        QCOMPARE(chart->series().size(), 1);
        QCOMPARE(chart->series().first()->type(), QAbstractSeries::SeriesTypePie);
        m_window->grab().save(QStringLiteral("/tmp/reports-pie.png"));

        // One country at two rates: two bars, told apart by their rate.
        QVERIFY(page()->showReport(QStringLiteral("vat")));
        QVERIFY(settled(page()));
        QCOMPARE(chart->series().first()->type(), QAbstractSeries::SeriesTypeHorizontalBar);
        auto* names = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(names);
        const QStringList categories = names->categories();
        QVERIFY(categories.size() >= 3);
        QCOMPARE(QSet<QString>(categories.begin(), categories.end()).size(), categories.size());
        QVERIFY2(categories.last().contains(QStringLiteral(" · ")), qPrintable(categories.join(QLatin1Char('|'))));

        QVERIFY(page()->showReport(QStringLiteral("sales-by-period")));
        QVERIFY(settled(page()));
    }

    // Ctrl+E: the options, French Excel chosen, then the file: BOM, ';', decimal comma.
    void exportsCsvForFrenchExcel()
    {
        QVERIFY(activate());
        page()->table()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(csvDialog());
        ReportExportDialog* dialog = csvDialog();
        dialog->setOptions(CsvExportOptions::standard());
        auto* preset = dialog->findChild<QComboBox*>(QStringLiteral("reportCsvPreset"));
        auto* delimiter = dialog->findChild<QComboBox*>(QStringLiteral("reportCsvDelimiter"));
        auto* bom = dialog->findChild<QCheckBox*>(QStringLiteral("reportCsvBom"));
        QVERIFY(preset && delimiter && bom);
        QCOMPARE(preset->currentData().toInt(), int(ReportExportDialog::Standard));
        QVERIFY(!bom->isChecked());
        preset->setFocus();
        QTest::keyClick(preset, Qt::Key_Home); // French Excel
        QCOMPARE(preset->currentData().toInt(), int(ReportExportDialog::FrenchExcel));
        QCOMPARE(delimiter->currentData().toString(), QStringLiteral(";"));
        QVERIFY(bom->isChecked());
        QCOMPARE(dialog->options(), CsvExportOptions::frenchExcel());
        dialog->grab().save(QStringLiteral("/tmp/reports-csv-dialog.png"));

        QCOMPARE(page()->suggestedFileName(QStringLiteral("csv")),
            QStringLiteral("sales-by-period_2026-01-01_2026-11-30.csv"));
        const QString path = m_shop.folder() + QStringLiteral("/sales.csv");
        FileDialog::setNextFileName(path);
        QSignalSpy exported(page(), &ReportsPage::exportFinished);
        QTest::keyClick(preset, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
        QCOMPARE(exported.first().first().toBool(), true);
        QVERIFY(!csvDialog());
        QCOMPARE(page()->messages()->kind(), MessageBar::Kind::Positive);

        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString content = QString::fromUtf8(bytes.mid(3));
        QVERIFY2(content.startsWith(QStringLiteral("Period;Orders;Items;Gross sales (EUR);")), qPrintable(content));
        QVERIFY(content.contains(QRegularExpression(QStringLiteral(";-?\\d+,\\d\\d;"))));
        QVERIFY(!content.contains(QRegularExpression(QStringLiteral("\\d\\.\\d\\d"))));
        // Byte for byte the report's own CSV for the same filters.
        auto expected = Reports::run(m_database, u"sales-by-period", page()->parameters());
        QVERIFY(expected);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeCsv(*expected, &buffer, CsvExportOptions::frenchExcel()).ok());
        QCOMPARE(bytes, buffer.data());
        QVERIFY(activate());
    }

    // Ctrl+P: the PDF, named after the report and its days.
    void exportsPdf()
    {
        page()->table()->setFocus();
        const QString path = m_shop.folder() + QStringLiteral("/sales.pdf");
        FileDialog::setNextFileName(path);
        QSignalSpy exported(page(), &ReportsPage::exportFinished);
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
        QCOMPARE(exported.first().first().toBool(), true);
        QVERIFY(readFile(path).startsWith("%PDF"));
        QVERIFY(page()->messages()->text().contains(QStringLiteral("sales.pdf")));
    }

    // A date format without the day is said next to the field, and nothing is written.
    void wrongCustomOptionExportsNothing()
    {
        QVERIFY(activate());
        page()->table()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(csvDialog());
        ReportExportDialog* dialog = csvDialog();
        QCOMPARE(dialog->options(), CsvExportOptions::frenchExcel()); // remembered
        QVERIFY(dialog->problemText().isEmpty());
        auto* format = dialog->findChild<QLineEdit*>(QStringLiteral("reportCsvDateFormatEdit"));
        auto* preset = dialog->findChild<QComboBox*>(QStringLiteral("reportCsvPreset"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("reportCsvOk"));
        QVERIFY(format && preset && ok);
        format->setFocus();
        format->selectAll();
        QTest::keyClicks(format, QStringLiteral("MM/yyyy"));
        QCOMPARE(preset->currentData().toInt(), int(ReportExportDialog::Custom));
        QVERIFY2(dialog->problemText().contains(QStringLiteral("must show the day, the month and the year")),
            qPrintable(dialog->problemText()));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("reportCsvProblem"))->isVisible());
        QVERIFY(!ok->isEnabled());
        dialog->grab().save(QStringLiteral("/tmp/reports-csv-wrong.png"));

        const QString path = m_shop.folder() + QStringLiteral("/wrong.csv");
        FileDialog::setNextFileName(path);
        QSignalSpy exported(page(), &ReportsPage::exportFinished);
        QTest::keyClick(format, Qt::Key_Return);
        dialog->accept(); // refused too
        QVERIFY(csvDialog());
        QTest::qWait(100);
        QCOMPARE(exported.count(), 0);
        QVERIFY(!QFile::exists(path));
        FileDialog::setNextFileName({});

        // The delimiter and the decimal separator the same: refused as well.
        auto* delimiter = dialog->findChild<QComboBox*>(QStringLiteral("reportCsvDelimiter"));
        auto* decimal = dialog->findChild<QComboBox*>(QStringLiteral("reportCsvDecimal"));
        format->selectAll();
        QTest::keyClicks(format, QStringLiteral("dd/MM/yyyy"));
        QVERIFY(dialog->problemText().isEmpty());
        QVERIFY(ok->isEnabled());
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
        decimal->setCurrentIndex(decimal->findData(QStringLiteral(",")));
        QVERIFY2(
            dialog->problemText().contains(QStringLiteral("decimal separator")), qPrintable(dialog->problemText()));
        QVERIFY(!ok->isEnabled());
        QTest::keyClick(format, Qt::Key_Escape);
        QTRY_VERIFY(!csvDialog());
        QVERIFY(!QFile::exists(path));
        QVERIFY(activate());
    }

    // Ctrl+C: the selection as tab-separated text, numbers as the spreadsheet reads them.
    void copiesTheSelection()
    {
        QTableView* table = page()->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const ReportTable& shown = page()->shownTable();
        QCOMPARE(lines.size(), shown.rows.size() + 2); // the header and the totals
        QVERIFY(lines.first().startsWith(QStringLiteral("Period\tOrders\tItems\tGross sales")));
        const int net = shown.columnIndex(u"net_sales");
        QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(net), scaledDecimal(shown.number(0, net), 2));
        QVERIFY(lines.last().startsWith(QStringLiteral("Total\t")));

        // One cell only.
        table->clearSelection();
        table->setCurrentIndex(table->model()->index(0, net));
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), scaledDecimal(shown.number(0, net), 2) + QLatin1Char('\n'));
    }

    // The next start shows the same report with the same filters.
    void remembersReportAndFilters()
    {
        QVERIFY(page()->showReport(QStringLiteral("sales-by-channel")));
        QVERIFY(settled(page()));
        ReportsPage next;
        QCOMPARE(next.currentReport(), QStringLiteral("sales-by-channel"));
        QCOMPARE(next.parameters().from, m_from);
        QCOMPARE(next.parameters().to, m_to);
        auto* period = next.findChild<QComboBox*>(QStringLiteral("reportPeriod"));
        QCOMPARE(period->currentData().toInt(), int(ReportsPage::Period::Custom));
    }
};

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
