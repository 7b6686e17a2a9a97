#pragma once

#include "storage/Database.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// Beside the catalog table: the selected variant's stock per location (on hand, reserved,
// available) and its latest ledger movements, with a button to change the stock.
class StockPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kHistoryRows = 50;

    explicit StockPanel(QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    // Shows a variant; 0 shows nothing.
    void setVariant(qint64 variantId, const QString& name);
    qint64 variant() const { return m_variantId; }
    // Opens the stock change dialog for the shown variant (window-modal, not blocking).
    void changeStock();
    void refresh();

Q_SIGNALS:
    // The stock of a variant changed: totals over every location.
    void stockChanged(qint64 variantId, qint64 onHand, qint64 reserved);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    comptoir::storage::DatabasePtr m_database;
    qint64 m_variantId = 0;
    QString m_name;
    QLabel* m_title;
    QTableWidget* m_levels;
    QLabel* m_historyTitle;
    QTableWidget* m_history;
    QPushButton* m_change;
};
