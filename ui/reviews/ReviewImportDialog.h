#pragma once

#include "storage/Database.h"

#include <QDialog>

class JobProgress;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace comptoir::reviews {
struct ReviewImportReport;
}

// Imports a CSV of reviews exported from Judge.me, Trustpilot or WooCommerce, or written by Comptoir:
// choose the file, read the dry run row by row — line, author, rating, what will happen or what is
// wrong — then apply it. Apply is enabled only once the file as it is now was checked without a
// problem; checking and applying run as jobs off the UI thread, with progress and a cancel button.
class ReviewImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewImportDialog)

public:
    enum Column
    {
        LineColumn,
        AuthorColumn,
        RatingColumn,
        OutcomeColumn, // what will happen, or the problem
        ColumnCount
    };

    explicit ReviewImportDialog(comptoir::storage::DatabasePtr database, QWidget* parent = nullptr);
    ~ReviewImportDialog() override;

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
    // The shop has new reviews; `summary` says how many.
    void imported(const QString& summary);

private:
    void browse();
    void updateButtons();
    // What the last clean check was run on: only that can be applied.
    QString signature() const;
    void start(bool apply);
    void showReport(const comptoir::reviews::ReviewImportReport& report, bool applied);
    void addRow(qint64 line, const QString& author, int rating, const QString& outcome, bool error);

    comptoir::storage::DatabasePtr m_database;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QPushButton* m_check;
    QPushButton* m_apply;
    QPushButton* m_close;
    QLabel* m_summary;
    JobProgress* m_progress;
    QTableWidget* m_table;
    QString m_checkedSignature; // a check without problem of this file as it was
};
