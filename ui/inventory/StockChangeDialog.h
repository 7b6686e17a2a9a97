#pragma once

#include "inventory/StockLedger.h"

#include <QDialog>

class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Changes the stock of one variant: receive, return, remove (damaged or lost), correct, set the
// counted quantity, or transfer to another location. Every change becomes a ledger movement; a
// refused change is explained in the dialog, which stays open.
class StockChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockChangeDialog)

public:
    enum class Action
    {
        Receive,
        CustomerReturn,
        Remove,
        Correct,
        Count,
        Transfer,
    };

    StockChangeDialog(comptoir::storage::DatabasePtr database, qint64 variantId, const QString& variantName,
        QWidget* parent = nullptr);

    void setAction(Action action);
    QString errorText() const;

private:
    void apply();
    void updateFields();

    comptoir::storage::DatabasePtr m_database;
    qint64 m_variantId;
    QComboBox* m_action;
    QComboBox* m_location;
    QComboBox* m_destination;
    QLabel* m_destinationLabel;
    QSpinBox* m_quantity;
    QLabel* m_quantityLabel;
    QLineEdit* m_note;
    MessageBar* m_error;
};
