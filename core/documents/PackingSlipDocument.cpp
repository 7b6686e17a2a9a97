#include "documents/PackingSlipDocument.h"

#include "documents/Letterhead.h"
#include "documents/PackingSlip.h"
#include "documents/PdfFile.h"
#include "documents/PickListDocument.h"
#include "documents/PrintJob.h"
#include "orders/OrderBook.h"
#include "orders/PickList.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

#include <optional>

namespace comptoir::documents {

PackingSlipDocument::Options PackingSlipDocument::Options::forFormat(PageFormat format)
{
    Options options;
    options.format = format;
    options.prices = format != PageFormat::Label4x6;
    return options;
}

PackingSlipDocument::PackingSlipDocument(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

Status PackingSlipDocument::print(
    const QList<qint64>& orderIds, QPagedPaintDevice* device, const Options& options, JobControl& control) const
{
    if (orderIds.isEmpty())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("PackingSlipDocument", "There is no order to print a packing slip for."));
    auto letterhead = Letterhead::read(m_database);
    if (!letterhead)
        return letterhead.error();
    std::optional<orders::PickList> pickList;
    if (options.pickListFirst) {
        auto list = orders::PickList::forOrders(m_database, orderIds);
        if (!list)
            return list.error();
        pickList = std::move(*list);
    }

    const PageGeometry geometry = preparePagedDevice(device, options.format);
    PrintJob job(device);
    if (!job.isActive())
        return Error(Error::Code::Io, QCoreApplication::translate("PackingSlipDocument", "Printing could not start."));
    if (pickList)
        job.add(PickListDocument(*pickList, *letterhead, options.format).layout(device, geometry));

    const QString step = QCoreApplication::translate("PackingSlipDocument", "Packing slips");
    orders::OrderBook book(m_database);
    for (qsizetype i = 0; i < orderIds.size(); ++i) {
        if (!control.progress(i, orderIds.size(), step))
            return Error(Error::Code::Cancelled,
                QCoreApplication::translate("PackingSlipDocument", "Printing the packing slips was cancelled."));
        auto order = book.load(orderIds.at(i));
        if (!order)
            return order.error();
        job.add(PackingSlip(std::move(*order), *letterhead, options.format, options.prices).layout(device, geometry));
    }
    control.progress(orderIds.size(), orderIds.size(), step);
    job.end();
    return {};
}

Status PackingSlipDocument::writePdf(
    const QList<qint64>& orderIds, const QString& path, const Options& options, JobControl& control) const
{
    QString title = options.pickListFirst
        ? QCoreApplication::translate("PackingSlipDocument", "Pick list and packing slips")
        : QCoreApplication::translate("PackingSlipDocument", "Packing slips");
    // One order's slip is named after it, as a PDF viewer or a mail attachment shows it.
    if (orderIds.size() == 1 && !options.pickListFirst) {
        if (auto order = orders::OrderBook(m_database).load(orderIds.first()))
            title = QCoreApplication::translate("PackingSlipDocument", "Packing slip %1").arg(order->number);
    }
    return PdfFile::write(
        path, title, [&](QPagedPaintDevice* device) { return print(orderIds, device, options, control); });
}

} // namespace comptoir::documents
