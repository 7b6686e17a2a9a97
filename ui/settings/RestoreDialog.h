#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

// Lists the shop's backups, newest first, and lets the user pick one (or another file) to restore.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    RestoreDialog(const QString& databasePath, QWidget* parent = nullptr);
    QString selectedBackup() const { return m_selected; }

private:
    QListWidget* m_list;
    QPushButton* m_restore;
    QString m_selected;
};
