#pragma once

#include "io/CatalogExport.h"
#include "storage/Database.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace comptoir {
class Job;
}

// Exports the catalog to a CSV file: the format (Comptoir, Shopify, WooCommerce), the layout
// (delimiter, decimal comma, BOM, or the French Excel preset that sets all three), whose stock, and
// the file. The export runs as a job with progress and a cancel button.
class CatalogExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogExportDialog)

public:
    CatalogExportDialog(comptoir::storage::DatabasePtr database, QWidget* parent = nullptr);
    ~CatalogExportDialog() override;

    void setFile(const QString& path);
    comptoir::io::ExportOptions options() const;
    void exportFile();
    bool isBusy() const { return m_job != nullptr; }
    QString summaryText() const;
    // Closing while a job runs cancels it first.
    void reject() override;

private:
    void browse();
    void applyFormatDefaults();
    void updateFields();

    comptoir::storage::DatabasePtr m_database;
    QComboBox* m_format;
    QCheckBox* m_excel;
    QComboBox* m_delimiter;
    QCheckBox* m_decimalComma;
    QCheckBox* m_bom;
    QComboBox* m_location;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPointer<comptoir::Job> m_job;
};
