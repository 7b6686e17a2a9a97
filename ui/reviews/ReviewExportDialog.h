#pragma once

#include "storage/Database.h"

#include <QDialog>

class JobProgress;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Exports the reviews with their replies to a CSV file: the format (Comptoir's, with everything, or
// Judge.me's), the platform, only the replies still to publish, and whether those then count as
// published. The export runs as a job with progress and a cancel button.
class ReviewExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewExportDialog)

public:
    explicit ReviewExportDialog(comptoir::storage::DatabasePtr database, QWidget* parent = nullptr);
    ~ReviewExportDialog() override;

    void setFile(const QString& path);
    void exportFile();
    bool isBusy() const;
    QString summaryText() const;
    // Closing while a job runs cancels it first.
    void reject() override;

Q_SIGNALS:
    // Replies were marked published: the reviews shown may have changed.
    void repliesPublished();

private:
    void browse();
    void updateFields();

    comptoir::storage::DatabasePtr m_database;
    QComboBox* m_format;
    QComboBox* m_source;
    QCheckBox* m_unpublished;
    QCheckBox* m_markPublished;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QPushButton* m_export;
    QPushButton* m_close;
    QLabel* m_summary;
    JobProgress* m_progress;
};
