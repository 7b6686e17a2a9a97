#pragma once

#include "storage/Database.h"

#include <QDialog>

class MessageBar;
class QComboBox;
class QPushButton;
class QTreeWidget;
class ReturnFormActions;

// Every return with its status: expected back, received, closed or cancelled; receive, close or
// cancel one, open its order, or print the return forms of the selected ones.
class ReturnsListDialog final : public QDialog
{
    Q_OBJECT

public:
    ReturnsListDialog(comptoir::storage::DatabasePtr database, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // The return forms of the selected returns (Ctrl+P).
    ReturnFormActions* returnForm() const { return m_returnForm; }
    MessageBar* messages() const { return m_messages; }
    void reload();

Q_SIGNALS:
    void openOrder(qint64 orderId);

private:
    qint64 currentId() const;
    // The selected returns in the list's order; none selected: the current one.
    QList<qint64> selectedIds() const;
    void updateButtons();

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QComboBox* m_status;
    QTreeWidget* m_list;
    QPushButton* m_receive;
    QPushButton* m_close;
    QPushButton* m_cancel;
    QPushButton* m_order;
    QPushButton* m_form;
    ReturnFormActions* m_returnForm;
};
