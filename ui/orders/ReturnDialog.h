#pragma once

#include "orders/Returns.h"
#include "storage/Database.h"

#include <QDialog>

class MessageBar;
class QLineEdit;
class ReturnFormActions;
class QTableWidget;

// A return, in two steps: opening it from a shipped order (what comes back and why), then
// receiving the parcel (each line back on the shelf or written off, where, and the refund), with
// its return form to print or save as PDF.
class ReturnDialog final : public QDialog
{
    Q_OBJECT

public:
    // Opens a new return of this order.
    static ReturnDialog* forOrder(comptoir::storage::DatabasePtr database, qint64 orderId, QWidget* parent);
    // Receives this open return.
    static ReturnDialog* toReceive(comptoir::storage::DatabasePtr database, qint64 returnId, QWidget* parent);

    // Test hooks: the table's quantity (open) or decision (receive) of a row, and the refund.
    void setQuantity(int row, int quantity);
    void setReason(int row, comptoir::orders::ReturnReason reason);
    void setWriteOff(int row, bool writeOff);
    void setRefund(const QString& amount);
    MessageBar* messages() const { return m_messages; }
    // The return form of the return being received (Ctrl+P); null while opening one.
    ReturnFormActions* returnForm() const { return m_returnForm; }
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    enum class Mode
    {
        Open,
        Receive,
    };
    ReturnDialog(comptoir::storage::DatabasePtr database, Mode mode, QWidget* parent);
    bool loadOrder(qint64 orderId);
    bool loadReturn(qint64 returnId);

    comptoir::storage::DatabasePtr m_database;
    Mode m_mode;
    qint64 m_orderId = 0;
    qint64 m_savedId = 0;
    comptoir::orders::Return m_return;
    QList<qint64> m_rowIds; // order line ids (open) or return line ids (receive)
    MessageBar* m_messages;
    QTableWidget* m_table;
    QLineEdit* m_note;
    QLineEdit* m_refund;
    ReturnFormActions* m_returnForm = nullptr;
};
