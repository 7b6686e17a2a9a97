#include "shipping/TrackingImport.h"

#include "common/Money.h"
#include "io/CellReader.h"
#include "io/CsvReader.h"
#include "orders/OrderBook.h"
#include "orders/OrderStatus.h"
#include "settings/ShopSettings.h"
#include "shipping/Shipments.h"
#include "shipping/TrackingNumber.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <climits>

namespace comptoir::shipping {

using namespace comptoir::storage;
using orders::OrderStatus;

namespace {

constexpr int kProgressTotal = 1000;

// Column names as label tools and spreadsheets write them, folded (see foldedColumnName()).
constexpr QStringView kOrderNames
    = u"order number|n° commande|n° de commande|numero de commande|numero commande|reference commande|"
      u"reference de commande|order #|order no|order id|order reference|order|commande|reference";
constexpr QStringView kShopifyOrderName = u"name"; // Shopify's order number, "#1001"; looked for last
constexpr QStringView kTrackingNames
    = u"tracking number|numero de suivi|n° de suivi|n° suivi|numero suivi|tracking no|tracking #|"
      u"tracking code|code de suivi|numero de colis|n° de colis|n° colis|tracking|suivi";
constexpr QStringView kCarrierNames = u"carrier|shipping carrier|transporteur";
constexpr QStringView kServiceNames = u"service|shipping service|service de livraison|produit";
constexpr QStringView kWeightNames = u"weight|weight (kg)|weight kg|poids|poids (kg)|poids kg";
constexpr QStringView kCostNames = u"shipping cost|label cost|cout d'expedition|cout expedition|cost|cout|prix|tarif";
constexpr QStringView kDateNames
    = u"shipped at|shipped on|ship date|shipping date|date d'expedition|date expedition|expedie le|date";

Error cancelled()
{
    return Error(Error::Code::Cancelled,
        QCoreApplication::translate("TrackingImport", "Import cancelled: nothing was changed in the shop."));
}

// One import or dry run of a tracking numbers file, from the device to the report.
class TrackingImportRun
{
public:
    TrackingImportRun(
        const DatabasePtr& database, const TrackingImportOptions& options, JobControl& control, bool apply)
        : m_database(database)
        , m_db(database->connection())
        , m_options(options)
        , m_control(control)
        , m_apply(apply)
        , m_currency(settings::ShopSettings(database).currency())
        , m_cells(m_report, m_currency)
    { }

    Result<TrackingImportReport> run(QIODevice* device);

private:
    bool findColumns(const QStringList& header);
    Status readRow(const QStringList& cells, qint64 line);
    // Ships the order or adds the parcel, in a savepoint undone when it is refused.
    Status apply(TrackingImportRow& row, qint64 orderId, OrderStatus status, const orders::Shipment& parcel);
    // The column a refusal of Shipments::checkParcel() or OrderBook is about, from its `where`.
    int columnOf(const Error& error) const;
    void problem(int column, const QString& why) { m_cells.problem(column + 1, m_header.value(column), why); }

    DatabasePtr m_database;
    QSqlDatabase m_db;
    const TrackingImportOptions& m_options;
    JobControl& m_control;
    bool m_apply;
    Currency m_currency;
    TrackingImportReport m_report;
    io::CellReader m_cells;

    QStringList m_header;
    int m_order = -1;
    int m_tracking = -1;
    int m_carrier = -1;
    int m_service = -1;
    int m_weight = -1;
    int m_cost = -1;
    int m_date = -1;
    struct Seen
    {
        qint64 line = 0;
        QString order; // without '#'
    };
    QHash<QString, Seen> m_seen; // tracking number → its first row
    const Transaction* m_transaction = nullptr;
};

Result<TrackingImportReport> TrackingImportRun::run(QIODevice* device)
{
    io::CsvReader reader(device);
    auto header = io::readImportHeader(reader, m_report);
    if (!header)
        return header.error();
    m_report.encoding = reader.encodingName();
    m_report.delimiter = reader.delimiter();
    if (header->isEmpty() || !findColumns(*header))
        return m_report;

    // The dry run goes through every row as the import would, then rolls back: it meets what the
    // import would meet (a stock that is not there, a number given twice).
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    m_transaction = &transaction;
    auto read = io::readImportRecords(reader, device->size(), m_report, m_report.rows, m_control,
        QCoreApplication::translate("TrackingImport", "Reading tracking numbers"),
        QCoreApplication::translate("TrackingImport", "The file has no tracking numbers under its header."),
        [this](const QStringList& cells, qint64 line) { return readRow(cells, line); });
    if (!read)
        return read.error();
    if (!*read)
        return cancelled();
    m_report.sortProblems();
    if (m_control.isCancelled())
        return cancelled();
    if (!m_apply || m_report.hasProblems())
        return m_report; // the transaction rolls back: nothing was written
    if (!m_control.progress(
            kProgressTotal - 1, kProgressTotal, QCoreApplication::translate("TrackingImport", "Saving")))
        return cancelled();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_report.applied = true;
    // New parcels get their expected delivery day now, as a parcel shipped from the order does.
    if (auto expected = Shipments(m_database).updateExpectedDates(); !expected)
        return expected.error();
    m_control.progress(kProgressTotal, kProgressTotal, QCoreApplication::translate("TrackingImport", "Done"));
    return m_report;
}

bool TrackingImportRun::findColumns(const QStringList& header)
{
    m_header = header;
    m_order = findColumn(header, kOrderNames);
    if (m_order < 0)
        m_order = findColumn(header, kShopifyOrderName);
    m_tracking = findColumn(header, kTrackingNames);
    m_carrier = findColumn(header, kCarrierNames);
    m_service = findColumn(header, kServiceNames);
    m_weight = findColumn(header, kWeightNames);
    m_cost = findColumn(header, kCostNames);
    m_date = findColumn(header, kDateNames);
    if (m_order < 0)
        m_report.addProblem(1, 1,
            QCoreApplication::translate("TrackingImport",
                "No order number column: name it “Order number” or “N° commande” (or Order, Name, Référence, "
                "Commande)."));
    if (m_tracking < 0)
        m_report.addProblem(1, 1,
            QCoreApplication::translate("TrackingImport",
                "No tracking number column: name it “Tracking number” or “Numéro de suivi” (or Tracking, "
                "N° de suivi, Suivi, Numéro de colis)."));
    return m_order >= 0 && m_tracking >= 0;
}

int TrackingImportRun::columnOf(const Error& error) const
{
    const QString& where = error.where;
    if (where == QCoreApplication::translate("Shipments", "Carrier"))
        return m_carrier >= 0 ? m_carrier : m_tracking;
    if (where == QCoreApplication::translate("Shipments", "Service") && m_service >= 0)
        return m_service;
    if (where == QCoreApplication::translate("Shipments", "Weight") && m_weight >= 0)
        return m_weight;
    if (where == QCoreApplication::translate("Shipments", "Cost") && m_cost >= 0)
        return m_cost;
    if (where == QCoreApplication::translate("Shipments", "Tracking number")
        || where == QCoreApplication::translate("Carriers", "Tracking number"))
        return m_tracking;
    return m_order;
}

Status TrackingImportRun::readRow(const QStringList& cells, qint64 line)
{
    TrackingImportRow row;
    row.line = line;
    const qint64 problemsBefore = m_report.problemCount;
    const auto finish = [&] {
        if (m_report.problemCount > problemsBefore) {
            row.action = TrackingRowAction::Error;
            if (!m_report.problems.isEmpty() && m_report.problemCount <= io::ImportProblems::kProblemLimit)
                row.message = m_report.problems.last().message;
        }
        m_report.lines.append(row);
    };
    m_cells.startLine(line);
    if (!m_cells.hasWidth(cells, int(m_header.size()))) {
        finish();
        return {};
    }
    const auto cell = [&](int column) { return column >= 0 ? io::CellReader::text(cells.at(column)) : QString(); };
    row.orderNumber = cell(m_order);
    const QString number = cell(m_tracking);
    row.trackingNumber = tracking::normalized(number);
    if (row.orderNumber.isEmpty())
        problem(m_order, QCoreApplication::translate("TrackingImport", "Give the order number."));
    if (row.trackingNumber.isEmpty())
        problem(m_tracking, QCoreApplication::translate("TrackingImport", "Give the tracking number."));

    orders::Shipment parcel;
    parcel.carrier = cell(m_carrier).isEmpty() ? m_options.carrier.trimmed() : cell(m_carrier);
    parcel.service = cell(m_service);
    parcel.trackingNumber = number;
    parcel.cost = Money(0, m_currency);
    if (m_weight >= 0)
        if (auto grams = m_cells.grams(m_weight + 1, m_header.at(m_weight), cells.at(m_weight), true))
            parcel.weightGrams = int(*grams);
    if (m_cost >= 0)
        if (auto cost = m_cells.money(m_cost + 1, m_header.at(m_cost), cells.at(m_cost), m_currency))
            parcel.cost = Money(*cost, m_currency);
    if (m_date >= 0 && !cell(m_date).isEmpty()) {
        parcel.shippedAt = parseFileDate(cell(m_date));
        if (!parcel.shippedAt.isValid())
            problem(m_date,
                QCoreApplication::translate(
                    "TrackingImport", "“%1” is not a date: write it as 2026-11-20 or 20/11/2026.")
                    .arg(cell(m_date)));
        else if (parcel.shippedAt > m_database->clock().now().addDays(1))
            problem(m_date,
                QCoreApplication::translate("TrackingImport",
                    "“%1” is in the future: a parcel is shipped once "
                    "its label is printed.")
                    .arg(cell(m_date)));
    }
    if (m_report.problemCount > problemsBefore) {
        finish();
        return {};
    }

    // A tracking number is one parcel: given twice for two orders, one of the rows is wrong.
    QString plain = row.orderNumber;
    if (plain.startsWith(QLatin1Char('#')))
        plain = plain.mid(1).trimmed();
    if (const auto seen = m_seen.constFind(row.trackingNumber); seen != m_seen.constEnd()) {
        if (seen->order != plain) {
            problem(m_tracking,
                QCoreApplication::translate(
                    "TrackingImport", "%1 is on line %2 too, for order %3: a tracking number belongs to one parcel.")
                    .arg(row.trackingNumber)
                    .arg(seen->line)
                    .arg(seen->order));
            finish();
            return {};
        }
    } else {
        m_seen.insert(row.trackingNumber, {line, plain});
    }

    auto orderId = orders::OrderBook(m_database).idForNumber(plain);
    if (!orderId)
        return orderId.error();
    if (*orderId == 0) {
        problem(
            m_order, QCoreApplication::translate("TrackingImport", "The shop has no order %1.").arg(row.orderNumber));
        finish();
        return {};
    }
    auto state = storage::scalar(m_db, QStringLiteral("SELECT status FROM orders WHERE id = ?"), {*orderId});
    if (!state)
        return state.error();
    OrderStatus status = OrderStatus::New;
    orders::statusFromKey(state->toString(), status);
    if (status == OrderStatus::Cancelled || status == OrderStatus::Returned) {
        problem(m_order,
            QCoreApplication::translate("TrackingImport", "Order %1 is %2: it cannot take a parcel.")
                .arg(row.orderNumber, orders::statusLabel(status).toLower()));
        finish();
        return {};
    }

    // The parcel is on the order already: importing the same file again adds nothing.
    auto holder = storage::scalar(
        m_db, QStringLiteral("SELECT order_id FROM shipments WHERE tracking_number = ? LIMIT 1"), {row.trackingNumber});
    if (!holder)
        return holder.error();
    if (holder->isValid() && holder->toLongLong() == *orderId) {
        row.action = TrackingRowAction::AlreadyRecorded;
        ++m_report.alreadyRecorded;
        finish();
        return {};
    }
    if (auto applied = apply(row, *orderId, status, parcel); !applied)
        return applied;
    finish();
    return {};
}

Status TrackingImportRun::apply(
    TrackingImportRow& row, qint64 orderId, OrderStatus status, const orders::Shipment& given)
{
    Shipments shipments(m_database);
    auto parcel = shipments.checkParcel(given);
    if (!parcel) {
        problem(columnOf(parcel.error()), parcel.error().message);
        return {};
    }
    row.carrier = parcel->carrier;
    if (auto saved = execute(m_db, QStringLiteral("SAVEPOINT tracking_row")); !saved)
        return saved;
    Status done;
    const bool shipped = status == OrderStatus::Shipped || status == OrderStatus::Delivered;
    if (shipped) {
        auto added = shipments.addParcelWithin(*m_transaction, orderId, *parcel);
        done = added ? Status() : Status(added.error());
    } else {
        done = shipments.shipWithin(*m_transaction, orderId, *parcel);
    }
    if (!done) {
        if (done.error().code == Error::Code::Sql || done.error().code == Error::Code::Io)
            return done;
        if (auto undone = execute(m_db, QStringLiteral("ROLLBACK TO tracking_row")); !undone)
            return undone;
        problem(columnOf(done.error()), done.error().message);
    } else if (shipped) {
        row.action = TrackingRowAction::AddParcel;
        ++m_report.parcelsAdded;
    } else {
        row.action = TrackingRowAction::Ship;
        ++m_report.shipped;
    }
    return execute(m_db, QStringLiteral("RELEASE tracking_row"));
}

Result<TrackingImportReport> importFile(const DatabasePtr& database, const QString& path,
    const TrackingImportOptions& options, JobControl& control, bool apply)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, QCoreApplication::translate("TrackingImport", "The file could not be opened."),
            QDir::toNativeSeparators(path), file.errorString());
    return TrackingImportRun(database, options, control, apply).run(&file);
}

} // namespace

QString trackingRowActionLabel(TrackingRowAction action)
{
    switch (action) {
    case TrackingRowAction::Ship:
        return QCoreApplication::translate("TrackingImport", "Ship the order");
    case TrackingRowAction::AddParcel:
        return QCoreApplication::translate("TrackingImport", "Add a parcel");
    case TrackingRowAction::AlreadyRecorded:
        return QCoreApplication::translate("TrackingImport", "Already recorded");
    case TrackingRowAction::Error:
        return QCoreApplication::translate("TrackingImport", "Error");
    }
    return {};
}

QString TrackingImportReport::summary() const
{
    // Plural forms count with an int; a template argument inside translate() confuses lupdate.
    const int ships = int(std::min<qint64>(shipped, INT_MAX));
    const int added = int(std::min<qint64>(parcelsAdded, INT_MAX));
    const int known = int(std::min<qint64>(alreadyRecorded, INT_MAX));
    return QCoreApplication::translate("TrackingImport", "%n order(s) shipped", nullptr, ships) + QStringLiteral(", ")
        + QCoreApplication::translate("TrackingImport", "%n parcel(s) added to orders already shipped", nullptr, added)
        + QStringLiteral(", ")
        + QCoreApplication::translate("TrackingImport", "%n parcel(s) already recorded.", nullptr, known);
}

TrackingImport::TrackingImport(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<TrackingImportReport> TrackingImport::check(
    const QString& path, const TrackingImportOptions& options, JobControl& control) const
{
    return importFile(m_database, path, options, control, false);
}

Result<TrackingImportReport> TrackingImport::run(
    const QString& path, const TrackingImportOptions& options, JobControl& control)
{
    return importFile(m_database, path, options, control, true);
}

Result<TrackingImportReport> TrackingImport::check(
    QIODevice* device, const TrackingImportOptions& options, JobControl& control) const
{
    return TrackingImportRun(m_database, options, control, false).run(device);
}

Result<TrackingImportReport> TrackingImport::run(
    QIODevice* device, const TrackingImportOptions& options, JobControl& control)
{
    return TrackingImportRun(m_database, options, control, true).run(device);
}

} // namespace comptoir::shipping
