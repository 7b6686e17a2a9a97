#pragma once

#include "orders/Order.h"
#include "storage/Database.h"

#include <QDialog>

#include <functional>

class MessageBar;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QHBoxLayout;
class TrackingRefreshBar;

// One order: customer and addresses, lines with pictures, bins and what stock holds for them,
// totals, notes, the history of every change, and a button for each next step (paid, preparing,
// packed, ship, delivered, hold, release, cancel, edit). Each step is saved at once. Its packing
// slip prints from here, or saves as PDF. Its parcels, with their tracking timeline and problems,
// are in the Parcels tab, where more parcels are added, corrected and followed on the carrier's site.
class OrderDialog final : public QDialog
{
    Q_OBJECT

public:
    OrderDialog(comptoir::storage::DatabasePtr database, qint64 orderId, QWidget* parent = nullptr);

    const comptoir::orders::Order& order() const { return m_order; }
    MessageBar* messages() const { return m_messages; }
    // The step buttons shown now, by object name ("moveToPaid", "shipButton", "holdButton"…).
    QPushButton* stepButton(const QString& objectName) const;

    // Steps the buttons run, callable from tests without their prompts.
    // Ships with this parcel, checked against the carrier (see shipping::Shipments::ship).
    bool ship(const comptoir::orders::Shipment& shipment);
    bool hold(const QString& reason);
    bool cancelOrder(const QString& reason);
    // Its packing slip in a print preview, printed from there (Ctrl+P).
    void printSlip();
    // Its packing slip as a PDF at `path`; empty: asks where (Ctrl+Shift+S). Says where in the
    // message bar, or what went wrong.
    bool saveSlip(const QString& path = {});

    // The Parcels tab: the order's parcels, the tracking events of the current one.
    void showParcels();
    QTreeWidget* parcelList() const { return m_parcels; }
    QTreeWidget* trackingEvents() const { return m_events; }
    // The shipment id of the current parcel, 0 when none.
    qint64 currentParcel() const;
    // Ctrl+O: the current parcel's tracking page on the carrier's site.
    void openCarrierPage();
    // Fetches the current parcel's tracking from La Poste (its carrier is one La Poste tracks) and
    // shows the new events in the timeline.
    void refreshTracking();
    TrackingRefreshBar* trackingRefresh() const { return m_trackingRefresh; }

    // The Messages tab: the order's conversations with its customer, newest message last.
    void showMessages();
    QTextBrowser* conversations() const { return m_conversations; }
    // What "Write to the customer" does: the main window opens the Messages page on the order's
    // conversation. Without one set, the button is hidden.
    using MessageComposer = std::function<void(qint64 orderId)>;
    static void setMessageComposer(MessageComposer composer);
    void writeToCustomer();

Q_SIGNALS:
    // The order changed in the shop: the list behind should reload.
    void orderChanged(qint64 orderId);

private:
    bool reload();
    void fillLines();
    void fillHistory();
    void fillParcels();
    void fillEvents();
    void updateRefreshButton();
    void askAddParcel();
    void askCorrectParcel();
    void askTrackingEvent();
    comptoir::Status expectDelivery();
    void rebuildSteps();
    void addExtras(); // reserve stock again, edit
    void moveTo(comptoir::orders::OrderStatus status);
    void askShip();
    void askHold();
    void askCancel();
    void edit();
    void openReturn();
    void addNote();
    bool report(const comptoir::Status& status, const QString& done);

    void fillMessages();
    static MessageComposer& messageComposer();

    comptoir::storage::DatabasePtr m_database;
    qint64 m_orderId;
    QTextBrowser* m_conversations = nullptr;
    QPushButton* m_write = nullptr;
    bool m_waitingCustomer = false; // a conversation about the order waits for an answer
    comptoir::orders::Order m_order;
    MessageBar* m_messages;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_customer;
    QLabel* m_shipTo;
    QLabel* m_billTo;
    QLabel* m_notes;
    QLabel* m_totals;
    QTableWidget* m_lines;
    QTreeWidget* m_history;
    QTabWidget* m_tabs;
    QTreeWidget* m_parcels;
    QTreeWidget* m_events;
    QPushButton* m_addParcel;
    QPushButton* m_correctParcel;
    QPushButton* m_addEvent;
    QPushButton* m_carrierPage;
    QPushButton* m_refreshTracking;
    TrackingRefreshBar* m_trackingRefresh;
    QLineEdit* m_note;
    QPushButton* m_printSlip;
    QPushButton* m_saveSlip;
    QHBoxLayout* m_steps;
    int m_parcelProblems = 0;
};
