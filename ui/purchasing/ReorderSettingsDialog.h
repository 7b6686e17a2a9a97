#pragma once

#include "storage/Database.h"

#include <QDialog>

class MessageBar;
class QComboBox;
class QSpinBox;

// The reorder policy: sales window, cover, safety stock rule, overstock and dead-stock thresholds.
class ReorderSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReorderSettingsDialog(comptoir::storage::DatabasePtr database, QWidget* parent = nullptr);
    void accept() override;

private:
    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QSpinBox* m_window;
    QSpinBox* m_cover;
    QComboBox* m_rule;
    QSpinBox* m_safetyDays;
    QSpinBox* m_serviceLevel;
    QSpinBox* m_defaultLead;
    QSpinBox* m_overstock;
    QSpinBox* m_dead;
};
