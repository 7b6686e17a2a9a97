#include "io/OrderExport.h"

#include "common/Money.h"
#include "io/CellReader.h"
#include "io/CsvNumber.h"
#include "io/CsvWriter.h"
#include "io/OrderFormat.h"
#include "orders/OrderStatus.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>

namespace comptoir::io {

using namespace comptoir::storage;

namespace {

constexpr int kOrdersPerTick = 256;

Error cancelled()
{
    return Error(Error::Code::Cancelled, QCoreApplication::translate("OrderExport", "Export cancelled."));
}

QString isoDate(const QVariant& seconds)
{
    if (seconds.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC).toString(Qt::ISODate); // "…Z"
}

} // namespace

OrderExport::OrderExport(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<OrderExportSummary> OrderExport::write(
    QIODevice* device, const ExportOptions& options, JobControl& control) const
{
    const QSqlDatabase db = m_database->connection();
    auto total = scalar(db, QStringLiteral("SELECT count(*) FROM orders"));
    if (!total)
        return total.error();
    // One pass over the orders and their lines, in order: the rows are streamed, not held.
    auto rows = run(db,
        QStringLiteral(
            "SELECT o.id, o.number, o.placed_at, o.status, coalesce(o.held_from, ''), o.channel, o.customer_name, "
            "o.email, o.phone, o.ship_name, o.ship_company, o.ship_address1, o.ship_address2, o.ship_postcode, "
            "o.ship_city, o.ship_country, o.ship_phone, o.bill_name, o.bill_company, o.bill_address1, "
            "o.bill_address2, o.bill_postcode, o.bill_city, o.bill_country, o.currency, o.shipping_minor, "
            "o.discount_minor, o.total_minor, o.shipping_method, o.note, o.gift_message, o.paid_at, o.shipped_at, "
            "o.delivered_at, o.cancelled_at, l.sku, l.title, l.quantity, l.unit_price_minor, l.vat_rate_bp "
            "FROM orders o JOIN order_lines l ON l.order_id = o.id ORDER BY o.id, l.id"));
    if (!rows)
        return rows.error();
    CsvWriter csv(device, {options.delimiter, options.byteOrderMark, options.lineEnding});
    QStringList header;
    for (int column = 0; column < int(OrderColumn::Count); ++column)
        header << comptoirOrderHeader(OrderColumn(column));
    if (auto written = csv.writeRecord(header); !written)
        return written.error();
    const QChar point = options.decimalComma ? QLatin1Char(',') : QLatin1Char('.');
    const QString step = QCoreApplication::translate("OrderExport", "Writing orders");
    OrderExportSummary summary;
    qint64 lastOrder = 0;
    QStringList cells;
    while (rows->next()) {
        const auto v = [&](int i) { return rows->value(i); };
        const qint64 id = v(0).toLongLong();
        if (id != lastOrder) {
            lastOrder = id;
            if (++summary.orders % kOrdersPerTick == 0 && !control.progress(summary.orders, total->toLongLong(), step))
                return cancelled();
        }
        const Currency currency = Currency::fromCode(v(24).toString());
        const int digits = currency.isValid() ? currency.minorDigits() : 2;
        const auto money = [&](int i) { return CsvNumber::formatDecimal(v(i).toLongLong(), digits, point); };
        const auto text = [&](int i) { return CellReader::guarded(v(i).toString(), true); };
        // What an import can start an order as: held orders as what they were held from, returns as delivered.
        QString status = v(3).toString();
        if (status == orders::statusKey(orders::OrderStatus::OnHold))
            status = v(4).toString().isEmpty() ? orders::statusKey(orders::OrderStatus::New) : v(4).toString();
        else if (status == orders::statusKey(orders::OrderStatus::Returned))
            status = orders::statusKey(orders::OrderStatus::Delivered);
        cells = {text(1), isoDate(v(2)), status, v(5).toString(), text(6), text(7), text(8), text(9), text(10),
            text(11), text(12), text(13), text(14), text(15), text(16), text(17), text(18), text(19), text(20),
            text(21), text(22), text(23), v(24).toString(), money(25), money(26), money(27), text(28), text(29),
            text(30), isoDate(v(31)), isoDate(v(32)), isoDate(v(33)), isoDate(v(34)), text(35), text(36),
            QString::number(v(37).toLongLong()), money(38),
            CsvNumber::formatDecimal(v(39).toLongLong(), 2, point, true)};
        if (auto written = csv.writeRecord(cells); !written)
            return written.error();
        ++summary.lines;
    }
    if (auto flushed = csv.flush(); !flushed)
        return flushed.error();
    control.progress(total->toLongLong(), total->toLongLong(), step);
    return summary;
}

Result<OrderExportSummary> OrderExport::writeFile(
    const QString& path, const ExportOptions& options, JobControl& control) const
{
    OrderExportSummary summary;
    const Status written = writeWholeFile(path, [&](QIODevice* device) -> Status {
        auto done = write(device, options, control);
        if (!done)
            return done.error();
        summary = *done;
        return {};
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace comptoir::io
