#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "documents/PageFormat.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace comptoir::documents {

// Packing slips for a batch of orders as one PDF or one print job: one slip per order (a long
// order takes more pages), in the order given, optionally after the pick list of the same orders.
// Reads the orders and the shop's letterhead from the shop; laid out in the application's language.
class PackingSlipDocument final
{
public:
    struct Options
    {
        PageFormat format = PageFormat::A4;
        bool prices = true; // unit prices, line totals, shipping, discount and total
        bool pickListFirst = false; // the pick list of the same orders, then the slips

        // What suits a paper: 4×6 labels leave the prices out.
        static Options forFormat(PageFormat format);
    };

    explicit PackingSlipDocument(storage::DatabasePtr database);

    // Writes one PDF; written whole or not at all (a cancelled job leaves no file). The PDF's title
    // names the order when there is one.
    Status writePdf(const QList<qint64>& orderIds, const QString& path, const Options& options,
        JobControl& control = JobControl::none()) const;
    // Prints on a printer or PDF writer as one job. QPrinter is a QPagedPaintDevice: the UI passes
    // one, core never links Qt PrintSupport (it pulls in Widgets). When this returns Cancelled, the
    // caller aborts the printer's job.
    Status print(const QList<qint64>& orderIds, QPagedPaintDevice* device, const Options& options,
        JobControl& control = JobControl::none()) const;

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::documents
