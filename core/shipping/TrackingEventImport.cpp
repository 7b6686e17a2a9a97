#include "shipping/TrackingEventImport.h"

#include "io/CellReader.h"
#include "io/CsvReader.h"
#include "shipping/TrackingImport.h"
#include "shipping/TrackingNumber.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace comptoir::shipping {

using namespace comptoir::storage;

namespace {

constexpr int kProgressTotal = 1000;

// Column names, folded (see foldedColumnName()).
constexpr QStringView kTrackingNames
    = u"tracking number|numero de suivi|n° de suivi|n° suivi|numero suivi|tracking no|tracking #|"
      u"tracking code|code de suivi|parcel number|numero de colis|n° de colis|n° colis|tracking|suivi|parcel|colis";
constexpr QStringView kStatusNames
    = u"status|statut|event status|tracking status|statut du colis|event|evenement|state|etat|situation";
constexpr QStringView kDateNames
    = u"event date|date de l'evenement|date evenement|date/time|date et heure|date time|datetime|"
      u"happened at|horodatage|date";
constexpr QStringView kTimeNames = u"time|heure|event time|heure de l'evenement|heure evenement";
constexpr QStringView kLocationNames = u"location|place|city|lieu|site|localisation|ville";
constexpr QStringView kDescriptionNames
    = u"description|libelle evenement|details|detail|message|libelle|commentaire|comment";
constexpr QStringView kCodeNames = u"event code|code evenement|code de l'evenement|status code|code statut|code";

// Carriers' words for where a parcel stands, folded, by state; Comptoir's keys and labels are added.
struct StatusWords
{
    TrackingState state;
    QStringView words;
};

constexpr StatusWords kStatusWords[] = {
    {TrackingState::LabelCreated,
        u"label created|label printed|information received|pre-transit|shipment information received|"
        u"etiquette creee|etiquette imprimee|annonce|colis annonce|declaratif receptionne|en preparation|"
        u"pret a etre expedie|en attente de prise en charge"},
    {TrackingState::InTransit,
        u"in transit|transit|picked up|shipped|accepted|arrived at facility|departed facility|processed|"
        u"en transit|en cours d'acheminement|acheminement en cours|en cours de transport|en cours de traitement|"
        u"pris en charge|colis pris en charge|expedie|arrive sur le site|parti du site|en cours"},
    {TrackingState::OutForDelivery,
        u"out for delivery|on its way to you|en cours de livraison|en livraison|mis en distribution|"
        u"en cours de distribution|en distribution"},
    {TrackingState::AwaitingPickup,
        u"awaiting pickup|awaiting collection|ready for pickup|available for pickup|at pickup point|"
        u"disponible en point de retrait|disponible en point relais|disponible au bureau de poste|"
        u"mis a disposition|mis a disposition en point relais|en attente de retrait|a retirer|"
        u"disponible en relais"},
    {TrackingState::Delivered,
        u"delivered|delivery completed|livre|livree|colis livre|distribue|remis au destinataire|delivre"},
    {TrackingState::DeliveryFailed,
        u"delivery failed|failed delivery|failed attempt|delivery attempted|attempted delivery|"
        u"recipient absent|avise|echec de livraison|echec de distribution|non distribuable|"
        u"destinataire absent|absent|livraison impossible"},
    {TrackingState::Exception,
        u"exception|delivery exception|problem|held at customs|incident|anomalie|probleme|retenu en douane|"
        u"bloque|adresse incomplete|adresse incorrecte"},
    {TrackingState::Returned,
        u"returned|returned to sender|return to sender|retourne|retour|retourne a l'expediteur|"
        u"retour a l'expediteur|retour expediteur|renvoye a l'expediteur|en retour"},
    {TrackingState::Damaged, u"damaged|parcel damaged|endommage|colis endommage|abime|colis abime|detruit"},
    {TrackingState::Lost, u"lost|parcel lost|missing|perdu|colis perdu|egare|colis egare"},
};

// Status words compare folded, with a final full stop dropped ("Livré." is "Livré").
QString foldedStatus(const QString& status)
{
    QString folded = foldedColumnName(status);
    while (folded.endsWith(QLatin1Char('.')) || folded.endsWith(QLatin1Char('!')))
        folded.chop(1);
    return folded.trimmed();
}

Error cancelled()
{
    return Error(Error::Code::Cancelled,
        QCoreApplication::translate("TrackingImport", "Import cancelled: nothing was changed in the shop."));
}

// One import or dry run of a carrier's events file.
class TrackingEventImportRun
{
public:
    TrackingEventImportRun(const DatabasePtr& database, JobControl& control, bool apply)
        : m_database(database)
        , m_db(database->connection())
        , m_control(control)
        , m_apply(apply)
        , m_cells(m_report, Currency::euro())
    { }

    Result<TrackingEventImportReport> run(QIODevice* device);

private:
    bool findColumns(const QStringList& header);
    Status readRow(const QStringList& cells, qint64 line, const Transaction& transaction);
    void problem(int column, const QString& why) { m_cells.problem(column + 1, m_header.value(column), why); }

    DatabasePtr m_database;
    QSqlDatabase m_db;
    JobControl& m_control;
    bool m_apply;
    TrackingEventImportReport m_report;
    io::CellReader m_cells;

    QStringList m_header;
    int m_tracking = -1;
    int m_status = -1;
    int m_date = -1;
    int m_time = -1;
    int m_location = -1;
    int m_description = -1;
    int m_code = -1;
    QSet<qint64> m_delivered; // parcels these events deliver
};

Result<TrackingEventImportReport> TrackingEventImportRun::run(QIODevice* device)
{
    io::CsvReader reader(device);
    auto header = io::readImportHeader(reader, m_report);
    if (!header)
        return header.error();
    m_report.encoding = reader.encodingName();
    m_report.delimiter = reader.delimiter();
    if (header->isEmpty() || !findColumns(*header))
        return m_report;

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto read = io::readImportRecords(reader, device->size(), m_report, m_report.rows, m_control,
        QCoreApplication::translate("TrackingEventImport", "Reading tracking events"),
        QCoreApplication::translate("TrackingEventImport", "The file has no tracking events under its header."),
        [&](const QStringList& cells, qint64 line) { return readRow(cells, line, transaction); });
    if (!read)
        return read.error();
    if (!*read)
        return cancelled();
    m_report.sortProblems();
    m_report.parcelsDelivered = m_delivered.size();
    if (m_control.isCancelled())
        return cancelled();
    if (!m_apply || m_report.hasProblems())
        return m_report; // rolled back
    if (!m_control.progress(
            kProgressTotal - 1, kProgressTotal, QCoreApplication::translate("TrackingImport", "Saving")))
        return cancelled();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_report.applied = true;
    m_control.progress(kProgressTotal, kProgressTotal, QCoreApplication::translate("TrackingImport", "Done"));
    return m_report;
}

bool TrackingEventImportRun::findColumns(const QStringList& header)
{
    m_header = header;
    m_tracking = findColumn(header, kTrackingNames);
    m_status = findColumn(header, kStatusNames);
    m_date = findColumn(header, kDateNames);
    m_time = findColumn(header, kTimeNames);
    if (m_date < 0)
        std::swap(m_date, m_time); // one "Time" column with the date in it
    m_location = findColumn(header, kLocationNames);
    m_description = findColumn(header, kDescriptionNames);
    m_code = findColumn(header, kCodeNames);
    if (m_tracking < 0)
        m_report.addProblem(1, 1,
            QCoreApplication::translate("TrackingEventImport",
                "No tracking number column: name it “Tracking number” or “Numéro de suivi” (or Tracking, "
                "N° de suivi, Suivi, Numéro de colis)."));
    if (m_status < 0)
        m_report.addProblem(1, 1,
            QCoreApplication::translate(
                "TrackingEventImport", "No status column: name it “Status” or “Statut” (or Event, Événement, État)."));
    if (m_date < 0)
        m_report.addProblem(1, 1,
            QCoreApplication::translate(
                "TrackingEventImport", "No date column: name it “Date” (or Date/time, Date et heure)."));
    return m_tracking >= 0 && m_status >= 0 && m_date >= 0;
}

Status TrackingEventImportRun::readRow(const QStringList& cells, qint64 line, const Transaction& transaction)
{
    TrackingEventRow row;
    row.line = line;
    const qint64 problemsBefore = m_report.problemCount;
    const auto finish = [&] {
        if (m_report.problemCount > problemsBefore) {
            row.action = TrackingEventRowAction::Error;
            if (!m_report.problems.isEmpty() && m_report.problemCount <= io::ImportProblems::kProblemLimit)
                row.message = m_report.problems.last().message;
        }
        m_report.lines.append(row);
        return Status();
    };
    m_cells.startLine(line);
    if (!m_cells.hasWidth(cells, int(m_header.size())))
        return finish();
    const auto cell = [&](int column) { return column >= 0 ? io::CellReader::text(cells.at(column)) : QString(); };
    row.trackingNumber = tracking::normalized(cell(m_tracking));
    row.status = cell(m_status);
    if (row.trackingNumber.isEmpty())
        problem(m_tracking, QCoreApplication::translate("TrackingImport", "Give the tracking number."));
    if (row.status.isEmpty()) {
        problem(m_status, QCoreApplication::translate("TrackingEventImport", "Give the status of the parcel."));
    } else if (const auto state = stateFromCarrierStatus(row.status)) {
        row.state = *state;
    } else {
        problem(m_status,
            QCoreApplication::translate("TrackingEventImport",
                "Comptoir does not know the status “%1”: write Delivered, In transit, Out for delivery, Delivery "
                "failed, Awaiting pickup, Returned, Damaged, Lost or Label created (or Livré, En cours "
                "d'acheminement…).")
                .arg(row.status));
    }
    QString when = cell(m_date);
    if (m_time >= 0 && !cell(m_time).isEmpty() && !when.contains(QLatin1Char(':')))
        when += QLatin1Char(' ') + cell(m_time);
    if (when.isEmpty()) {
        problem(m_date, QCoreApplication::translate("TrackingEventImport", "Give the date and time of the event."));
    } else {
        row.at = parseFileDate(when);
        if (!row.at.isValid())
            problem(m_date,
                QCoreApplication::translate("TrackingEventImport",
                    "“%1” is not a date and time: write it as 2026-11-20 14:03 or 20/11/2026 14:03.")
                    .arg(when));
    }
    if (m_report.problemCount > problemsBefore)
        return finish();

    auto parcel = storage::run(m_db,
        QStringLiteral("SELECT s.id, o.number, s.delivered_at IS NOT NULL FROM shipments s JOIN orders o "
                       "ON o.id = s.order_id WHERE s.tracking_number = ? ORDER BY s.id DESC LIMIT 1"),
        {row.trackingNumber});
    if (!parcel)
        return parcel.error();
    if (!parcel->next()) {
        problem(m_tracking,
            QCoreApplication::translate("TrackingEventImport",
                "No parcel of the shop has the tracking number %1: import the tracking numbers first.")
                .arg(row.trackingNumber));
        return finish();
    }
    const qint64 shipmentId = parcel->value(0).toLongLong();
    row.orderNumber = parcel->value(1).toString();
    const bool wasDelivered = parcel->value(2).toBool();

    TrackingEvent event;
    event.state = row.state;
    event.at = row.at;
    event.location = cell(m_location);
    event.description = cell(m_description);
    event.code = cell(m_code);
    event.source = EventSource::Import;
    if (auto saved = execute(m_db, QStringLiteral("SAVEPOINT tracking_event")); !saved)
        return saved;
    auto added = Shipments(m_database).addEventWithin(transaction, shipmentId, event);
    if (!added) {
        if (added.error().code == Error::Code::Sql || added.error().code == Error::Code::Io)
            return added.error();
        if (auto undone = execute(m_db, QStringLiteral("ROLLBACK TO tracking_event")); !undone)
            return undone;
        problem(m_date, added.error().message);
    } else if (*added) {
        row.action = TrackingEventRowAction::New;
        ++m_report.newEvents;
        if (!wasDelivered) {
            auto delivered = scalar(
                m_db, QStringLiteral("SELECT delivered_at IS NOT NULL FROM shipments WHERE id = ?"), {shipmentId});
            if (!delivered)
                return delivered.error();
            if (delivered->toBool())
                m_delivered.insert(shipmentId);
            else
                m_delivered.remove(shipmentId); // a later event of the file took the delivery back
        }
    } else {
        row.action = TrackingEventRowAction::AlreadyKnown;
        ++m_report.knownEvents;
    }
    if (auto released = execute(m_db, QStringLiteral("RELEASE tracking_event")); !released)
        return released;
    return finish();
}

Result<TrackingEventImportReport> importFile(
    const DatabasePtr& database, const QString& path, JobControl& control, bool apply)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, QCoreApplication::translate("TrackingImport", "The file could not be opened."),
            QDir::toNativeSeparators(path), file.errorString());
    return TrackingEventImportRun(database, control, apply).run(&file);
}

} // namespace

QString trackingEventRowActionLabel(TrackingEventRowAction action)
{
    switch (action) {
    case TrackingEventRowAction::New:
        return QCoreApplication::translate("TrackingEventImport", "New event");
    case TrackingEventRowAction::AlreadyKnown:
        return QCoreApplication::translate("TrackingEventImport", "Already known");
    case TrackingEventRowAction::Error:
        return QCoreApplication::translate("TrackingImport", "Error");
    }
    return {};
}

std::optional<TrackingState> stateFromCarrierStatus(const QString& status)
{
    const QString folded = foldedStatus(status);
    if (folded.isEmpty())
        return std::nullopt;
    for (TrackingState state : allStates()) {
        if (folded == foldedStatus(stateKey(state)) || folded == foldedStatus(stateLabel(state)))
            return state;
    }
    for (const StatusWords& entry : kStatusWords) {
        const auto words = entry.words.split(QLatin1Char('|'));
        if (std::any_of(words.cbegin(), words.cend(), [&](QStringView word) { return word == folded; }))
            return entry.state;
    }
    return std::nullopt;
}

QString TrackingEventImportReport::summary() const
{
    const int added = int(std::min<qint64>(newEvents, INT_MAX));
    const int known = int(std::min<qint64>(knownEvents, INT_MAX));
    const int delivered = int(std::min<qint64>(parcelsDelivered, INT_MAX));
    return QCoreApplication::translate("TrackingEventImport", "%n new event(s)", nullptr, added) + QStringLiteral(", ")
        + QCoreApplication::translate("TrackingEventImport", "%n already known", nullptr, known) + QStringLiteral("; ")
        + QCoreApplication::translate("TrackingEventImport", "%n parcel(s) delivered.", nullptr, delivered);
}

TrackingEventImport::TrackingEventImport(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<TrackingEventImportReport> TrackingEventImport::check(const QString& path, JobControl& control) const
{
    return importFile(m_database, path, control, false);
}

Result<TrackingEventImportReport> TrackingEventImport::run(const QString& path, JobControl& control)
{
    return importFile(m_database, path, control, true);
}

Result<TrackingEventImportReport> TrackingEventImport::check(QIODevice* device, JobControl& control) const
{
    return TrackingEventImportRun(m_database, control, false).run(device);
}

Result<TrackingEventImportReport> TrackingEventImport::run(QIODevice* device, JobControl& control)
{
    return TrackingEventImportRun(m_database, control, true).run(device);
}

} // namespace comptoir::shipping
