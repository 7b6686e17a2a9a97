#include "shipping/ParcelActions.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace comptoir::shipping;

namespace parcelactions {

namespace {

UrlOpener& urlOpener()
{
    static UrlOpener opener = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    return opener;
}

} // namespace

void setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

QString openCarrierPage(const comptoir::storage::DatabasePtr& database, const Parcel& parcel)
{
    auto carrier = Carriers(database).find(parcel.carrier);
    if (!carrier)
        return carrier.error().toString();
    const QUrl url = *carrier ? (*carrier)->trackingUrlFor(parcel.trackingNumber, parcel.postcode) : QUrl();
    if (parcel.trackingNumber.isEmpty())
        return QCoreApplication::translate("ParcelActions", "This parcel has no tracking number.");
    if (!url.isValid() || url.isEmpty())
        return QCoreApplication::translate("ParcelActions", "No tracking page is known for this parcel's carrier (%1).")
            .arg(parcel.carrier);
    if (!urlOpener()(url))
        return QCoreApplication::translate("ParcelActions", "Could not open %1.").arg(url.toString());
    return {};
}

std::optional<TrackingEvent> askTrackingEvent(QWidget* parent, const QDateTime& now)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("trackingEventDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("ParcelActions", "Add tracking event"));
    auto* state = new QComboBox(&dialog);
    state->setObjectName(QStringLiteral("eventState"));
    for (TrackingState s : allStates())
        state->addItem(stateLabel(s), int(s));
    state->setCurrentIndex(state->findData(int(TrackingState::Delivered)));
    auto* when = new QDateTimeEdit(now.toLocalTime(), &dialog);
    when->setObjectName(QStringLiteral("eventTime"));
    when->setCalendarPopup(true);
    when->setMaximumDateTime(now.toLocalTime());
    auto* location = new QLineEdit(&dialog);
    location->setObjectName(QStringLiteral("eventLocation"));
    auto* description = new QLineEdit(&dialog);
    description->setObjectName(QStringLiteral("eventDescription"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(QCoreApplication::translate("ParcelActions", "Add"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("ParcelActions", "&State:"), state);
    form->addRow(QCoreApplication::translate("ParcelActions", "&Date and time:"), when);
    form->addRow(QCoreApplication::translate("ParcelActions", "&Location:"), location);
    form->addRow(QCoreApplication::translate("ParcelActions", "D&escription:"), description);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    TrackingEvent event;
    event.state = TrackingState(state->currentData().toInt());
    event.at = when->dateTime().toUTC();
    event.location = location->text().trimmed();
    event.description = description->text().trimmed();
    event.source = EventSource::Manual;
    return event;
}

} // namespace parcelactions
