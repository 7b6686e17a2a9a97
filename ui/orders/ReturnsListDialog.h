#pragma once

#include "storage/Database.h"

#include <QDialog>

class MessageBar;
class QComboBox;
class QPushButton;
class QTreeWidget;

// Every return with its status: expected back, received, closed or cancelled; receive, close or
// cancel one, or open its order.
class ReturnsListDialog final : public QDialog
{
    Q_OBJECT

public:
    ReturnsListDialog(comptoir::storage::DatabasePtr database, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    MessageBar* messages() const { return m_messages; }
    void reload();

Q_SIGNALS:
    void openOrder(qint64 orderId);

private:
    qint64 currentId() const;
    void updateButtons();

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QComboBox* m_status;
    QTreeWidget* m_list;
    QPushButton* m_receive;
    QPushButton* m_close;
    QPushButton* m_cancel;
    QPushButton* m_order;
};
