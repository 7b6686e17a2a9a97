#pragma once

#include "shipping/Carriers.h"
#include "storage/Database.h"

#include <QDialog>

class MessageBar;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// Edits one carrier as the shop ships with it: its name, its tracking page (with {number} and
// {postcode}), the shapes of its tracking numbers and their check digit, its services with their
// transit times per zone in working days, after how many working days without news a parcel is
// possibly lost, and whether it delivers on Saturdays. A number can be tried against the shapes
// before saving. Saved on OK into the shop database; a mistake keeps the dialog open and says where.
class CarrierDialog final : public QDialog
{
    Q_OBJECT

public:
    // `carrier` empty (no key): a new carrier.
    CarrierDialog(
        comptoir::storage::DatabasePtr database, const comptoir::shipping::Carrier& carrier, QWidget* parent = nullptr);

    // The carrier as the form shows it.
    comptoir::shipping::Carrier carrier() const;
    void accept() override;

private:
    void addNumberRow(const comptoir::shipping::NumberFormat& format);
    void addServiceRow(const comptoir::shipping::CarrierService& service);
    void tryNumber();

    comptoir::storage::DatabasePtr m_database;
    comptoir::shipping::Carrier m_original;
    MessageBar* m_messages;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QSpinBox* m_lostAfter;
    QCheckBox* m_saturday;
    QTableWidget* m_numbers;
    QTableWidget* m_services;
    QLineEdit* m_try;
    QLabel* m_tryResult;
};
