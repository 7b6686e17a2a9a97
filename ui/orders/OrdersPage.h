#pragma once

#include "orders/OrderDocuments.h"
#include "orders/OrderList.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QWidget>

class MessageBar;
class OrderTableModel;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

// The Orders page: status chips (to prepare, ready to ship, on hold, problems, shipped, all), a
// channel, a date range and a search box over every order, oldest to prepare first; Enter opens an
// order, a scanned order number opens it at once; new phone orders, counter sales and order imports
// start here.
class OrdersPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        AllDates,
        Today,
        Last7Days,
        Last30Days,
        ThisMonth,
        ThisYear,
        Custom,
    };

    explicit OrdersPage(QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    void setStatusFilter(comptoir::orders::OrderList::StatusFilter filter);
    void setPeriod(Period period);
    void setCustomRange(QDate from, QDate to);
    OrderTableModel* model() const { return m_model; }
    // Opens the order in its dialog (Enter or double-click in the table; a scanned number).
    void openOrder(qint64 orderId);
    // Opens the order with this number; says so in the message bar when there is none.
    void openOrderNumber(const QString& number);
    void newOrder();
    void counterSale();
    void showReturns();

    // The documents of the chosen orders: the selected rows; none selected, every order listed.
    using Documents = OrderDocuments::Kind;
    QList<qint64> chosenOrders() const;
    // Writes them to a PDF; says where in the message bar, or what went wrong.
    bool saveDocuments(Documents documents, const QString& path);
    // Prints them after the print dialog, on the paper chosen in Settings.
    void printDocuments(Documents documents);
    // Opens the order import dialog (window-modal, not blocking), on `file` checked at once when
    // given; after an import the list reloads.
    void importOrders(const QString& file = {});
    QTableView* table() const { return m_table; }
    void focusSearch();

Q_SIGNALS:
    // Emitted once, when the first rows have been painted on screen; used to measure start-up.
    void firstRowsShown();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilters();
    void openCurrent();
    void searchEntered();
    void refreshCount();
    void retranslate();

    comptoir::storage::DatabasePtr m_database;
    OrderTableModel* m_model;
    MessageBar* m_messages;
    QButtonGroup* m_chips;
    QToolButton* m_toPrepare;
    QToolButton* m_readyToShip;
    QToolButton* m_onHold;
    QToolButton* m_problems;
    QToolButton* m_shipped;
    QToolButton* m_all;
    QComboBox* m_channel;
    QToolButton* m_newOrder;
    QToolButton* m_counterSale;
    QToolButton* m_returns;
    QToolButton* m_print;
    QToolButton* m_importOrders;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
    QTimer* m_searchDelay;
    QFutureWatcher<qint64> m_countWatcher;
    bool m_rowsPainted = false;
};
