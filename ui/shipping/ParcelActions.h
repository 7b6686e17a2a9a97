#pragma once

#include "shipping/Shipments.h"
#include "storage/Database.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QWidget;

// What the Shipments page and the order window both do with a parcel.
namespace parcelactions {

// Opens a web page; returns whether it could. Tests replace it to see the URL instead.
using UrlOpener = std::function<bool(const QUrl&)>;
void setUrlOpener(UrlOpener opener);

// Opens the carrier's tracking page of the parcel. Returns what went wrong, empty when it opened.
QString openCarrierPage(const comptoir::storage::DatabasePtr& database, const comptoir::shipping::Parcel& parcel);

// Asks for a tracking event (state, date and time, location, description); nothing when cancelled.
std::optional<comptoir::shipping::TrackingEvent> askTrackingEvent(QWidget* parent, const QDateTime& now);

} // namespace parcelactions
