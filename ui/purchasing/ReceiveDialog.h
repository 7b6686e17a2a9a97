#pragma once

#include "purchasing/PurchaseOrders.h"
#include "storage/Database.h"

#include <QDialog>

class MessageBar;
class QLineEdit;
class QStandardItemModel;
class QTableView;

// Receiving a delivery: scan each item (or type the quantities), then receive it all into stock in
// one go.
class ReceiveDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        SkuColumn,
        TitleColumn,
        OutstandingColumn,
        ArrivingColumn,
        ColumnCount
    };

    ReceiveDialog(comptoir::storage::DatabasePtr database, const comptoir::purchasing::PurchaseOrder& order,
        QWidget* parent = nullptr);
    QLineEdit* scanField() const { return m_scan; }
    QTableView* table() const { return m_table; }
    MessageBar* messages() const { return m_messages; }
    // What the user entered, one item per line with a quantity.
    QList<comptoir::purchasing::ReceivedItem> items() const;
    void scan(const QString& code);
    void accept() override;

protected:
    // Enter belongs to scanners and typed quantities: it never receives nor closes (Alt+R does).
    void keyPressEvent(QKeyEvent* event) override;

private:
    comptoir::storage::DatabasePtr m_database;
    comptoir::purchasing::PurchaseOrder m_order;
    MessageBar* m_messages;
    QLineEdit* m_scan;
    QLineEdit* m_note;
    QTableView* m_table;
    QStandardItemModel* m_model;
};
