#include "documents/ReturnFormDocument.h"

#include "documents/Letterhead.h"
#include "documents/PdfFile.h"
#include "documents/PrintJob.h"
#include "documents/ReturnForm.h"
#include "orders/OrderBook.h"
#include "orders/Returns.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

namespace comptoir::documents {

ReturnFormDocument::ReturnFormDocument(storage::DatabasePtr database)
    : m_database(std::move(database))
{ }

Status ReturnFormDocument::print(
    const QList<qint64>& returnIds, QPagedPaintDevice* device, PageFormat format, JobControl& control) const
{
    if (returnIds.isEmpty())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ReturnFormDocument", "There is no return to print a form for."));
    auto letterhead = Letterhead::read(m_database);
    if (!letterhead)
        return letterhead.error();

    const PageGeometry geometry = preparePagedDevice(device, format);
    PrintJob job(device);
    if (!job.isActive())
        return Error(Error::Code::Io, QCoreApplication::translate("ReturnFormDocument", "Printing could not start."));
    const QString step = QCoreApplication::translate("ReturnFormDocument", "Return forms");
    orders::Returns returns(m_database);
    orders::OrderBook book(m_database);
    for (qsizetype i = 0; i < returnIds.size(); ++i) {
        if (!control.progress(i, returnIds.size(), step))
            return Error(Error::Code::Cancelled,
                QCoreApplication::translate("ReturnFormDocument", "Printing the return forms was cancelled."));
        auto customerReturn = returns.load(returnIds.at(i));
        if (!customerReturn)
            return customerReturn.error();
        auto order = book.load(customerReturn->orderId);
        if (!order)
            return order.error();
        job.add(
            ReturnForm(std::move(*customerReturn), std::move(*order), *letterhead, format).layout(device, geometry));
    }
    control.progress(returnIds.size(), returnIds.size(), step);
    job.end();
    return {};
}

Status ReturnFormDocument::writePdf(
    const QList<qint64>& returnIds, const QString& path, PageFormat format, JobControl& control) const
{
    return PdfFile::write(path, QCoreApplication::translate("ReturnFormDocument", "Return forms"),
        [&](QPagedPaintDevice* device) { return print(returnIds, device, format, control); });
}

} // namespace comptoir::documents
