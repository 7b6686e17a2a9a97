#pragma once

#include "common/Result.h"
#include "orders/Order.h"
#include "shipping/Carriers.h"
#include "shipping/Shipments.h"
#include "storage/Database.h"

#include <QDialog>

#include <functional>

class MessageBar;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

// A parcel as the merchant enters it: the carrier (the shop's carriers; the last one used comes
// first), its service, the tracking number typed or scanned — checked as it is entered against the
// carrier's number shapes and check digit, the carrier recognised from the number when the user
// has not picked one —, the weight, what the label cost and when it left. Used to ship an order, to
// add another parcel to a shipped one, and to correct a parcel's carrier and number. The dialog
// stays open with the reason when recording the parcel is refused.
class ParcelDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Ship, // the order ships with this parcel: its stock leaves
        AddParcel, // another parcel of a shipped order
        Correct, // carrier, service and number of a recorded parcel
    };

    // Records the parcel; an error keeps the dialog open and is shown in it.
    using Apply = std::function<comptoir::Status(const comptoir::orders::Shipment&)>;

    ParcelDialog(comptoir::storage::DatabasePtr database, Mode mode, const comptoir::orders::Order& order,
        QWidget* parent = nullptr);

    // For Mode::Correct: the parcel as it stands.
    void setParcel(const comptoir::shipping::Parcel& parcel);
    void setApply(Apply apply) { m_apply = std::move(apply); }

    comptoir::orders::Shipment shipment() const;
    QString hint() const;

    void accept() override;

private:
    void selectCarrier(const QString& key);
    const comptoir::shipping::Carrier* currentCarrier() const;
    void fillServices();
    void checkNumber();
    void setHint(const QString& text, const QString& color);

    comptoir::storage::DatabasePtr m_database;
    Mode m_mode;
    comptoir::orders::Order m_order;
    QList<comptoir::shipping::Carrier> m_carriers;
    QString m_defaultCarrier; // the last one used: offered while the number says nothing
    bool m_carrierChosen = false; // the user picked the carrier: the number does not change it
    Apply m_apply;
    MessageBar* m_messages;
    QComboBox* m_carrier;
    QComboBox* m_service;
    QLineEdit* m_number;
    QLabel* m_hint;
    QDoubleSpinBox* m_weight;
    QLineEdit* m_cost;
    QDateTimeEdit* m_shippedAt;
    QPushButton* m_ok;
};
