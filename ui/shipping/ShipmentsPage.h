#pragma once

#include "shipping/Shipments.h"
#include "shipping/TrackingRefresh.h"
#include "storage/Database.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class MessageBar;
class QButtonGroup;
class QLabel;
class QTableWidget;
class QToolButton;
class TrackingRefreshBar;

// The Shipments page: the parcels needing attention (lost, possibly lost, damaged, returned, not
// received, failed delivery, carrier exception, late), worst first, with a count per problem that
// filters the list. Enter opens the parcel's order, Ctrl+O its carrier's tracking page; tracking
// events, the merchant's handling and a customer's "not received" are recorded from here, and the
// parcels on their way are refreshed from La Poste (F5).
class ShipmentsPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ProblemColumn,
        OrderColumn,
        CustomerColumn,
        CarrierColumn,
        TrackingColumn,
        ShippedColumn,
        ExpectedColumn,
        LastNewsColumn,
        CustomerToldColumn,
        ColumnCount
    };

    // Opens a web page; returns whether it could. Tests replace it to see the URL instead.
    using UrlOpener = std::function<bool(const QUrl&)>;
    static void setUrlOpener(UrlOpener opener);

    explicit ShipmentsPage(QWidget* parent = nullptr);

    void setDatabase(comptoir::storage::DatabasePtr database);
    // Computes the expected days still missing, then lists the parcels needing attention today.
    void refresh();
    // -1: every problem; otherwise a shipping::Problem.
    void setProblemFilter(int problem);
    int problemFilter() const;
    QTableWidget* table() const { return m_table; }
    MessageBar* messages() const { return m_messages; }
    // The shipment id of the current row, 0 when none.
    qint64 currentShipment() const;

    void openCurrentOrder();
    void openCarrierPage();
    void addEvent();
    void markHandled();
    void markNotReceived();
    // Opens the import dialog of a CSV of tracking numbers (or of a carrier's events), checking
    // `file` at once when given; the page refreshes once the file is applied.
    void importTrackingNumbers(const QString& file = {});
    void importCarrierEvents(const QString& file = {});

    // Asks for the notice to the customer about the current parcel's problem (the Messages page writes it).
    void tellCustomer();
    // F5: fetches the watched parcels' tracking from La Poste with the shop's key, then says what came
    // of it in the message bar; without a key, offers Settings ▸ Carriers.
    void refreshTracking();
    TrackingRefreshBar* trackingRefresh() const { return m_trackingRefresh; }

Q_SIGNALS:
    // Emitted when the order of a parcel is opened (before its window shows).
    void orderOpened(qint64 orderId);
    // The merchant wants to tell the parcel's customer about its problem.
    void noticeRequested(qint64 shipmentId);
    // The merchant asked for Settings ▸ Carriers (to enter the La Poste key).
    void carrierSettingsRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillTable();
    void updateCounts();
    void updateActions();
    void retranslate();
    // Asks for a note in a small dialog; empty optional when cancelled.
    std::optional<QString> askNote(const QString& title, const QString& label, bool required);
    void reportStatus(bool ok, const QString& error, const QString& done);
    void openImport(bool events, const QString& file);
    void reportRefresh(const comptoir::shipping::RefreshSummary& summary);

    comptoir::storage::DatabasePtr m_database;
    MessageBar* m_messages;
    QButtonGroup* m_chips;
    QList<QToolButton*> m_problemChips; // in allProblems() order
    QToolButton* m_allChip;
    QToolButton* m_addEvent;
    QToolButton* m_handled;
    QToolButton* m_notReceived;
    QToolButton* m_carrierPage;
    QToolButton* m_tellCustomer;
    QToolButton* m_importNumbers;
    QToolButton* m_importEvents;
    QToolButton* m_refreshTracking;
    TrackingRefreshBar* m_trackingRefresh;
    QTableWidget* m_table;
    QLabel* m_empty;
    QList<comptoir::shipping::Parcel> m_parcels; // needing attention, worst first
    QMap<QString, QString> m_carrierNames; // by key and by lower-case name
};
