#pragma once

#include "orders/Order.h"
#include "storage/Database.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The packing station, for a USB scanner and the keyboard alone: scan the packing slip to open its
// order, then each item; the line ticks off, a wrong item or one too many is refused loudly (beep
// and red). Enter on an empty field marks a complete order packed; scanning the next slip does it
// too. Ctrl+Z undoes the last scan, Esc leaves the order (its counts are kept).
class PackingPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Feedback
    {
        Neutral,
        Good,
        Bad,
    };

    explicit PackingPage(QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    // What a scanner types: a slip's order number or an item's code; empty to finish the order.
    void handleScan(const QString& code);
    // Marks the open order packed; with a reason when items are missing.
    bool finishOrder(const QString& overrideReason = {});
    void undoLastScan();
    void leaveOrder();

    qint64 currentOrderId() const { return m_order.id; }
    const comptoir::orders::Order& currentOrder() const { return m_order; }
    Feedback feedback() const { return m_feedback; }
    QString feedbackText() const;
    QLineEdit* scanField() const { return m_scan; }
    QTableWidget* lines() const { return m_lines; }

Q_SIGNALS:
    // An order's status changed (packed, or preparing on its first item).
    void orderChanged(qint64 orderId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool openOrder(qint64 orderId);
    void reloadOrder();
    void say(Feedback feedback, const QString& text);
    void askOverride();
    void retranslate();

    comptoir::storage::DatabasePtr m_database;
    comptoir::orders::Order m_order;
    QList<qint64> m_scannedLines; // for undo, newest last
    Feedback m_feedback = Feedback::Neutral;
    QLineEdit* m_scan;
    QLabel* m_banner;
    QLabel* m_header;
    QTableWidget* m_lines;
    QPushButton* m_finish;
    QPushButton* m_override;
    QPushButton* m_undo;
    QPushButton* m_restart;
    QPushButton* m_leave;
};
