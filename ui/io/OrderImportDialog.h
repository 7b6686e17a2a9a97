#pragma once

#include "io/CatalogImport.h"
#include "io/OrderImport.h"
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

// Imports orders from a CSV file: choose it, see the format Comptoir detected (or choose it), say
// what to do with orders already shipped, check the file — problems, warnings and skipped orders
// are listed with their line:column, to read or copy — then import it. Import is enabled once the
// file as it is now was checked without problem (warnings allowed). Checking and importing run as
// jobs off the UI thread, with progress and a cancel button.
class OrderImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderImportDialog)

public:
    OrderImportDialog(comptoir::storage::DatabasePtr database, QWidget* parent = nullptr);
    ~OrderImportDialog() override;

    // Chooses the file (what Browse does) and reads its header to detect the format; then checks
    // it when `check` is set.
    void setFile(const QString& path, bool check = false);
    void checkFile();
    void importFile();
    bool isBusy() const;
    QString summaryText() const;
    // Every line of the list: problems, then warnings, then skipped orders.
    QStringList listedLines() const;
    // Closing while a job runs cancels it first.
    void reject() override;

Q_SIGNALS:
    // The shop changed: the order list should reload.
    void imported(const comptoir::io::OrderImportReport& report);

private:
    void browse();
    void showPreview();
    void updateButtons();
    comptoir::io::OrderImportOptions options() const;
    // What the last clean check was run on: only that can be imported.
    QString signature() const;
    void start(bool apply);
    void finished(bool apply, const comptoir::Result<comptoir::io::OrderImportReport>& outcome);
    void showReport(const comptoir::io::OrderImportReport& report, bool applied);

    comptoir::storage::DatabasePtr m_database;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_detected;
    QComboBox* m_format;
    QComboBox* m_shipped;
    QPushButton* m_check;
    QPushButton* m_import;
    QPushButton* m_close;
    QLabel* m_summary;
    JobProgress* m_progress;
    QListWidget* m_list;
    QPushButton* m_copy;

    std::optional<comptoir::io::CatalogImport::Preview> m_preview;
    QFutureWatcher<std::shared_ptr<comptoir::Result<comptoir::io::CatalogImport::Preview>>> m_previewWatcher;
    QString m_checkedSignature; // a check without problem of these inputs
    bool m_checkOnceRead = false;
};
