#pragma once

#include "inventory/StockTakes.h"
#include "storage/Database.h"

#include <QWidget>

class MessageBar;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class StockTakeLineModel;

// Stock takes: start one for a location (or a category, or a range of bins), scan or type counts,
// watch the variances and their value, apply them; a count can be left and resumed.
class StockTakesView final : public QWidget
{
    Q_OBJECT

public:
    explicit StockTakesView(MessageBar* messages, QWidget* parent = nullptr);
    void setDatabase(comptoir::storage::DatabasePtr database);
    void refresh();
    // Starts a take for the scope without asking (the dialog calls it too).
    bool start(const comptoir::inventory::StockTakeScope& scope, const QString& note);
    void scan(const QString& code);
    bool apply();
    qint64 currentTake() const { return m_current.id; }
    StockTakeLineModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* scanField() const { return m_scan; }
    QLabel* summary() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showTake(qint64 id);
    void updateSummary();
    void askNewTake();
    void retranslate();

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QComboBox* m_takes;
    QPushButton* m_new;
    QComboBox* m_filter;
    QLineEdit* m_scan;
    QLabel* m_summary;
    QTableView* m_table;
    StockTakeLineModel* m_model;
    QCheckBox* m_uncountedAsZero;
    QPushButton* m_apply;
    QPushButton* m_cancel;
    comptoir::inventory::StockTakeSummary m_current;
};
