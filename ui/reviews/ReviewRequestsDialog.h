#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QDialog>

class MessageBar;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Asking delivered customers for a review: how many days after delivery, the address of the review
// page the request links to, the orders due today, and one button that drafts every request in its
// order's conversation — to read and send from the Messages page, through the outbox.
class ReviewRequestsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        OrderColumn,
        CustomerColumn,
        DeliveredColumn,
        ColumnCount
    };

    explicit ReviewRequestsDialog(comptoir::storage::DatabasePtr database, QWidget* parent = nullptr);

    // The day the orders are due on (today by default).
    void setToday(const QDate& today);
    // Saves the settings, then drafts every request due. Returns how many were drafted.
    int draftAll();
    int dueCount() const { return m_due; }

    QSpinBox* daysSpin() const { return m_days; }
    QLineEdit* urlEdit() const { return m_url; }
    QTableWidget* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    MessageBar* messages() const { return m_messages; }

Q_SIGNALS:
    // Drafts were written: the Messages page has them.
    void drafted(int count);

private:
    bool saveSettings();
    void listDue();

    comptoir::storage::DatabasePtr m_database;
    QDate m_today;
    int m_due = 0;
    MessageBar* m_messages;
    QSpinBox* m_days;
    QLineEdit* m_url;
    QLabel* m_count;
    QTableWidget* m_table;
    QPushButton* m_draft;
};
