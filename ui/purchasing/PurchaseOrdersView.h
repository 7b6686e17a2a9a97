#pragma once

#include "purchasing/PurchaseOrders.h"
#include "storage/Database.h"

#include <QWidget>

class MessageBar;
class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// The purchase orders: a list (open or all) and the selected order with its lines and actions:
// send, receive (typed or scanned), cancel, close.
class PurchaseOrdersView final : public QWidget
{
    Q_OBJECT

public:
    explicit PurchaseOrdersView(MessageBar* messages, QWidget* parent = nullptr);
    void setDatabase(comptoir::storage::DatabasePtr database);
    void refresh();
    void select(qint64 id);
    qint64 currentId() const { return m_current.id; }
    QTableView* list() const { return m_list; }
    QTableView* lines() const { return m_lines; }
    void receive();
    // Writes the selected order as PDF; empty path: ask where.
    bool savePdf(const QString& path = {});
    void print();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showOrder(qint64 id);
    void act(const std::function<comptoir::Status()>& action, const QString& done);
    void retranslate();

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QComboBox* m_filter;
    QTableView* m_list;
    QStandardItemModel* m_listModel;
    QLabel* m_header;
    QTableView* m_lines;
    QStandardItemModel* m_linesModel;
    QPushButton* m_send;
    QPushButton* m_receive;
    QPushButton* m_close;
    QPushButton* m_cancel;
    QPushButton* m_pdf;
    QPushButton* m_print;
    comptoir::purchasing::PurchaseOrder m_current;
};
