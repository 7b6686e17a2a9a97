#pragma once

#include "common/Result.h"
#include "reports/ReportExport.h"
#include "reports/Reports.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class MessageBar;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;
class ReportChartView;
class ReportSortModel;
class ReportTableModel;

// The Reports page, for the end of the month with the accountant: the reports on the left; the
// filters the chosen one reads (a period with presets, grouping, channel, location, top N, VAT
// rounding); its table (totals last, notes below, sortable) and chart; CSV (with the layout the
// accountant's program wants), PDF and the clipboard. Reports run in the background, again a
// moment after any change (F5 at once); the last report and filters are remembered.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        ThisMonth,
        LastMonth,
        ThisQuarter,
        LastQuarter,
        ThisYear,
        LastYear,
        Custom,
    };

    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setDatabase(comptoir::storage::DatabasePtr database);
    // Shows the report of that machine name ("sales-by-period"); false when there is none.
    bool showReport(const QString& name);
    QString currentReport() const;
    void setPeriod(Period period);
    void setDates(const QDate& from, const QDate& to); // a custom period
    // What the filters ask for now.
    comptoir::reports::ReportParameters parameters() const;
    // The days a preset covers, around `today`: as comptoir-cli's --period, "this …" ends today.
    static std::pair<QDate, QDate> periodDates(Period period, const QDate& today);

    // Runs the report now with the filters shown (F5, Ctrl+R).
    void run();
    bool isRunning() const;
    // The table shown (empty before the first result).
    const comptoir::reports::ReportTable& shownTable() const;
    // The CSV options dialog, then where to save (Ctrl+E); the PDF (Ctrl+P); both window-modal.
    void exportCsv();
    void exportPdf();
    // The selected cells (or the whole table) to the clipboard as tab-separated text (Ctrl+C).
    void copy();
    // The file name suggested for an export: "sales-by-period_2026-01-01_2026-01-31.csv".
    QString suggestedFileName(const QString& suffix) const;

    QListWidget* reportList() const { return m_reports; }
    QTableView* table() const { return m_table; }
    ReportTableModel* model() const { return m_model; }
    ReportChartView* chart() const { return m_chart; }
    MessageBar* messages() const { return m_messages; }
    QLabel* notes() const { return m_notes; }
    QLabel* status() const { return m_status; }

Q_SIGNALS:
    // A report's table is shown (or its error).
    void reportShown();
    // An export was written (or failed): the message bar says which.
    void exportFinished(bool succeeded);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillReports();
    void fillLocations();
    void updateFilters();
    void filtersEdited();
    void periodChosen();
    void datesEdited();
    void scheduleRun();
    void showResult();
    void updateActions();
    void saveFilters() const;
    void restoreFilters();
    void writeCsv(const QString& path, const comptoir::reports::CsvExportOptions& options);
    void writeFile(const QString& path, std::function<comptoir::Status()> write);
    QString exportFolder() const;

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QListWidget* m_reports;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_subtitle;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_groupingLabel;
    QComboBox* m_grouping;
    QLabel* m_channelLabel;
    QComboBox* m_channel;
    QLabel* m_locationLabel;
    QComboBox* m_location;
    QLabel* m_limitLabel;
    QSpinBox* m_limit;
    QLabel* m_vatLabel;
    QComboBox* m_vat;
    QPushButton* m_run;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QPushButton* m_copy;
    QLabel* m_status;
    QSplitter* m_split;
    QTableView* m_table;
    ReportTableModel* m_model;
    ReportSortModel* m_sorted;
    QLabel* m_notes;
    ReportChartView* m_chart;
    QTimer* m_delay;
    QAction* m_copyAction;

    QFutureWatcher<comptoir::Result<comptoir::reports::ReportTable>> m_watcher;
    std::shared_ptr<comptoir::JobControl> m_control; // the run in progress
    comptoir::reports::ReportParameters m_runParameters; // what the run in progress asks for
    comptoir::reports::ReportParameters m_shownParameters; // what the table shown was run with
    QFutureWatcher<comptoir::Status> m_exportWatcher;
    QString m_exportPath;
    bool m_restoring = false;
};
