#pragma once

#include "orders/Order.h"
#include "storage/Database.h"

#include <QDialog>

class MessageBar;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// Writes an order by hand: a phone or e-mail order, an edit before shipment, or a sale at the shop
// counter. Products are added by scanning or typing a barcode, SKU or name in the "Add" field;
// quantities and prices are edited in the table (Delete removes a line). Saving checks everything
// and writes it in one go, or says what is wrong and keeps the dialog open.
class OrderEditor final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        NewOrder,
        Edit,
        CounterSale,
    };

    OrderEditor(comptoir::storage::DatabasePtr database, Mode mode, QWidget* parent = nullptr);

    void setOrder(const comptoir::orders::Order& order);
    // Adds the product with this barcode or SKU (one more when already there), or searches names.
    bool addCode(const QString& code);
    int lineCount() const;
    void setQuantity(int row, qint64 quantity);
    // The order as the fields say.
    comptoir::orders::Order order() const;
    qint64 savedOrderId() const { return m_savedId; }
    MessageBar* messages() const { return m_messages; }

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void addVariant(qint64 variantId);
    void refreshTable();
    void refreshTotals();
    bool readMoney(QLineEdit* field, comptoir::Money& money) const;

    comptoir::storage::DatabasePtr m_database;
    Mode m_mode;
    comptoir::orders::Order m_order;
    qint64 m_savedId = 0;
    bool m_filling = false;
    MessageBar* m_messages;
    QLineEdit* m_add;
    QTableWidget* m_lines;
    QLabel* m_totals;
    QComboBox* m_channel;
    QCheckBox* m_paid;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QGroupBox* m_shipBox;
    QGroupBox* m_billBox;
    QCheckBox* m_billDiffers;
    QLineEdit* m_ship[7];
    QLineEdit* m_bill[7];
    QLineEdit* m_shipping;
    QLineEdit* m_discount;
    QLineEdit* m_note;
    QLineEdit* m_gift;
};
