#include "shipping/TrackingRefreshBar.h"

#include "settings/Secrets.h"
#include "shipping/Carriers.h"
#include "shipping/LaPosteTracking.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using comptoir::settings::Secrets;
using comptoir::shipping::LaPosteTracking;
using comptoir::shipping::ParcelRefresh;
using comptoir::shipping::RefreshSummary;
using comptoir::shipping::TrackingRefresh;

TrackingRefreshBar::TrackingRefreshBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("trackingRefreshBar"));
    m_label->setObjectName(QStringLiteral("trackingRefreshLabel"));
    m_progress->setObjectName(QStringLiteral("trackingRefreshProgress"));
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelTrackingRefresh"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &TrackingRefreshBar::cancel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    retranslate();
    hide();
}

TrackingRefreshBar::~TrackingRefreshBar()
{
    // The refresh first: it abandons its request before the provider goes.
    delete m_refresh.data();
    delete m_laPoste.data();
}

void TrackingRefreshBar::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(
        tr("Stop now: the parcel being asked about is left as it was; what was fetched before is kept"));
    m_progress->setAccessibleName(tr("Tracking refresh progress"));
    if (m_running)
        showProgress(m_progress->value(), m_progress->maximum());
}

void TrackingRefreshBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrackingRefreshBar::start(const comptoir::storage::DatabasePtr& database, const QList<qint64>& parcels)
{
    if (m_running || !database)
        return;
    auto key = Secrets::shopKey(database, QString::fromLatin1(LaPosteTracking::kSecretName));
    if (!key) {
        Q_EMIT failed(key.error());
        return;
    }
    m_database = database;
    m_running = true;
    m_failures.clear();
    m_label->setText(tr("Reading the La Poste key…"));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(false);
    show();
    Secrets::application().read(*key, this, [this, parcels](const comptoir::Result<QString>& apiKey) {
        if (!apiKey) {
            end();
            Q_EMIT failed(apiKey.error());
        } else if (apiKey->trimmed().isEmpty()) {
            end();
            Q_EMIT keyMissing();
        } else {
            run(apiKey->trimmed(), parcels);
        }
    });
}

void TrackingRefreshBar::run(const QString& apiKey, const QList<qint64>& parcels)
{
    delete m_refresh.data();
    delete m_laPoste.data();
    m_laPoste = new LaPosteTracking(apiKey, this);
    m_laPoste->setBaseUrl(LaPosteTracking::configuredBaseUrl());
    m_refresh = new TrackingRefresh(m_database, m_laPoste, this);
    connect(m_refresh, &TrackingRefresh::progress, this, &TrackingRefreshBar::showProgress);
    connect(m_refresh, &TrackingRefresh::parcelFailed, this,
        [this](const ParcelRefresh& parcel, const comptoir::Error& error) {
            m_failures.append({parcel, error});
        });
    connect(m_refresh, &TrackingRefresh::finished, this, [this](const RefreshSummary& summary) {
        end();
        Q_EMIT finished(summary);
    });
    m_cancel->setEnabled(true);
    const comptoir::Status started = parcels.isEmpty() ? m_refresh->start() : m_refresh->start(parcels);
    if (!started) {
        end();
        Q_EMIT failed(started.error());
        return;
    }
    showProgress(0, 0);
}

void TrackingRefreshBar::showProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_label->setText(total > 0
            ? tr("Asking La Poste: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total))
            : tr("Asking La Poste…"));
}

void TrackingRefreshBar::cancel()
{
    if (m_refresh && m_refresh->isRunning()) {
        m_cancel->setEnabled(false);
        m_refresh->cancel();
    }
}

void TrackingRefreshBar::end()
{
    m_running = false;
    hide();
    // Later: this may run inside the refresh's own finished().
    if (m_refresh)
        m_refresh->deleteLater();
    if (m_laPoste)
        m_laPoste->deleteLater();
    m_refresh = nullptr;
    m_laPoste = nullptr;
}

QString TrackingRefreshBar::summaryText(const RefreshSummary& summary)
{
    return QStringList {tr("%n parcel(s) checked", nullptr, summary.checked),
        tr("%n new event(s)", nullptr, summary.newEvents), tr("%n delivered", nullptr, summary.delivered),
        tr("%n error(s)", nullptr, summary.errors)}
        .join(QStringLiteral(", ")); // the same in English and French
}

void TrackingRefreshBar::showFailures()
{
    auto* dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("trackingFailuresDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Parcels not checked"));
    auto* list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("trackingFailures"));
    list->setRootIsDecorated(false);
    list->setWordWrap(true); // the reasons are sentences
    list->setHeaderLabels({tr("Order"), tr("Carrier"), tr("Tracking number"), tr("Why")});
    list->setAccessibleName(tr("Parcels not checked"));
    for (const Failure& failure : std::as_const(m_failures)) {
        auto* item = new QTreeWidgetItem(list);
        item->setText(0, failure.parcel.orderNumber);
        QString carrier = failure.parcel.carrier;
        if (auto found = comptoir::shipping::Carriers(m_database).find(carrier); found && *found)
            carrier = (*found)->name;
        item->setText(1, carrier);
        item->setText(2, failure.parcel.trackingNumber);
        item->setText(3, failure.error.message);
        item->setToolTip(3, failure.error.toString());
    }
    for (int column = 0; column < 3; ++column)
        list->resizeColumnToContents(column);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().averageCharWidth() * 140, dialog->fontMetrics().height() * 20);
    dialog->open();
}
