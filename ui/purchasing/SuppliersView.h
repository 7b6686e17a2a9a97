#pragma once

#include "purchasing/SupplierBook.h"
#include "storage/Database.h"

#include <QWidget>

class MessageBar;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// The suppliers: a list and a form with contact details, lead time and minimum order.
class SuppliersView final : public QWidget
{
    Q_OBJECT

public:
    explicit SuppliersView(MessageBar* messages, QWidget* parent = nullptr);
    void setDatabase(comptoir::storage::DatabasePtr database);
    void refresh();
    void newSupplier();
    bool save();
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void suppliersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSupplier(qint64 id);
    void retranslate();

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QListWidget* m_list;
    QCheckBox* m_showArchived;
    QPushButton* m_new;
    QPushButton* m_save;
    QLineEdit* m_name;
    QLineEdit* m_contact;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QPlainTextEdit* m_address;
    QLineEdit* m_website;
    QSpinBox* m_leadTime;
    QLineEdit* m_minimum;
    QPlainTextEdit* m_note;
    QCheckBox* m_archived;
    qint64 m_current = 0;
    QList<QWidget*> m_labels;
};
