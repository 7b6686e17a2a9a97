#pragma once

#include "common/Error.h"
#include "shipping/TrackingRefresh.h"
#include "storage/Database.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace comptoir::shipping {
class LaPosteTracking;
}

// Fetching parcels' tracking from La Poste with the shop's key (from its secrets), as a thin bar with
// progress and Cancel shown while it runs; what each parcel came to is kept for the summary and the
// list of failures. The Shipments page and the order's Parcels tab both use it.
class TrackingRefreshBar final : public QWidget
{
    Q_OBJECT

public:
    struct Failure
    {
        comptoir::shipping::ParcelRefresh parcel;
        comptoir::Error error;
    };

    explicit TrackingRefreshBar(QWidget* parent = nullptr);
    ~TrackingRefreshBar() override;

    // Refreshes the watched parcels (`parcels` empty) or these ones. Reads the shop's La Poste key
    // first: keyMissing() when there is none, else finished() once done (failed() when it could not start).
    void start(const comptoir::storage::DatabasePtr& database, const QList<qint64>& parcels = {});
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<Failure>& failures() const { return m_failures; }
    QPushButton* cancelButton() const { return m_cancel; }

    // "12 parcels checked, 3 new events, 1 delivered, 0 errors".
    static QString summaryText(const comptoir::shipping::RefreshSummary& summary);
    // The failures of the last refresh in a small window (window-modal, not blocking).
    void showFailures();

Q_SIGNALS:
    void keyMissing();
    void failed(const comptoir::Error& error);
    void finished(const comptoir::shipping::RefreshSummary& summary);

protected:
    void changeEvent(QEvent* event) override;

private:
    void run(const QString& apiKey, const QList<qint64>& parcels);
    void showProgress(int done, int total);
    void end();
    void retranslate();

    comptoir::storage::DatabasePtr m_database;
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPointer<comptoir::shipping::LaPosteTracking> m_laPoste;
    QPointer<comptoir::shipping::TrackingRefresh> m_refresh;
    QList<Failure> m_failures;
    bool m_running = false;
};
