#pragma once

#include "io/CatalogImport.h"
#include "storage/Database.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class JobProgress;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Imports a product file: choose it, see the format Comptoir detected (and change it, or map the
// columns of another tool's file), choose the stock location, check the file — every problem is
// listed as line:column, to read or copy — then import it. Checking and importing run as jobs off
// the UI thread, with progress and a cancel button; the dialog stays usable meanwhile and ends on
// what was created, updated and left unchanged.
class CatalogImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogImportDialog)

public:
    CatalogImportDialog(comptoir::storage::DatabasePtr database, QWidget* parent = nullptr);
    ~CatalogImportDialog() override;

    // Chooses the file (what Browse does) and reads its header to detect the format.
    void setFile(const QString& path);
    // Runs the dry run, or the import (the dry run first when the file was not checked as it is).
    void checkFile();
    void importFile();
    bool isBusy() const;
    QString summaryText() const;
    // Closing while a job runs cancels it first.
    void reject() override;
    QStringList problems() const;

Q_SIGNALS:
    // The shop changed: the product list should reload.
    void imported(const comptoir::io::ImportReport& report);

private:
    enum class Step
    {
        Check,
        CheckThenImport,
        Import,
    };

    void browse();
    void chooseMapping();
    void showPreview();
    void updateButtons();
    comptoir::io::ImportOptions options() const;
    // What the last clean check was run on: importing that again needs no new check.
    QString signature() const;
    void start(Step step);
    void finished(Step step, const comptoir::Result<comptoir::io::ImportReport>& outcome);
    void showReport(const comptoir::io::ImportReport& report, bool applied);

    comptoir::storage::DatabasePtr m_database;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_detected;
    QComboBox* m_format;
    QPushButton* m_mapping;
    QComboBox* m_location;
    QPushButton* m_check;
    QPushButton* m_import;
    QPushButton* m_close;
    QLabel* m_summary;
    JobProgress* m_progress;
    QListWidget* m_problems;
    QPushButton* m_copy;

    std::optional<comptoir::io::CatalogImport::Preview> m_preview;
    comptoir::io::ColumnMapping m_columnMapping;
    QFutureWatcher<std::shared_ptr<comptoir::Result<comptoir::io::CatalogImport::Preview>>> m_previewWatcher;
    QString m_checkedSignature; // a clean check of these inputs
    qint64 m_checkedChanges = 0; // existing products and variants that check found would change
};
