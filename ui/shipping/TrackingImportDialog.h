#pragma once

#include "shipping/TrackingEventImport.h"
#include "shipping/TrackingImport.h"
#include "storage/Database.h"

#include <QDialog>

class JobProgress;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Imports a CSV of tracking numbers (orders shipped with their parcels) or of a carrier's tracking
// events: choose the file, read the dry run row by row — line, order, tracking number, what will
// happen or what is wrong — then apply it. Apply is enabled only once the file as it is now was
// checked without a problem; checking and applying run as jobs off the UI thread, with progress and
// a cancel button.
class TrackingImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingImportDialog)

public:
    enum class Kind
    {
        TrackingNumbers,
        CarrierEvents,
    };
    enum Column
    {
        LineColumn,
        OrderColumn,
        TrackingColumn,
        OutcomeColumn, // what will happen, or the problem
        ColumnCount
    };

    TrackingImportDialog(comptoir::storage::DatabasePtr database, Kind kind, QWidget* parent = nullptr);
    ~TrackingImportDialog() override;

    Kind kind() const { return m_kind; }
    // Chooses the file (what Browse does) and checks it.
    void setFile(const QString& path);
    void checkFile();
    void applyFile();
    bool isBusy() const;
    QString summaryText() const;
    QTableWidget* table() const { return m_table; }
    // Closing while a job runs cancels it first.
    void reject() override;

Q_SIGNALS:
    // The shop changed; `summary` says how.
    void imported(const QString& summary);

private:
    void browse();
    void updateButtons();
    // What the last clean check was run on: only that can be applied.
    QString signature() const;
    void start(bool apply);
    void showNumbers(const comptoir::shipping::TrackingImportReport& report, bool applied);
    void showEvents(const comptoir::shipping::TrackingEventImportReport& report, bool applied);
    void showOutcome(const comptoir::io::ImportProblems& problems, const QString& summary, bool applied);
    void addRow(qint64 line, const QString& order, const QString& number, const QString& outcome, bool error);

    comptoir::storage::DatabasePtr m_database;
    Kind m_kind;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QComboBox* m_carrier; // tracking numbers only
    QPushButton* m_check;
    QPushButton* m_apply;
    QPushButton* m_close;
    QLabel* m_summary;
    JobProgress* m_progress;
    QTableWidget* m_table;
    QString m_checkedSignature; // a check without problem of these inputs
};
