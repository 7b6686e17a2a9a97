#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "documents/PageFormat.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace comptoir::documents {

// Return forms for a batch of returns as one PDF or one print job: one form per return (a long
// return takes more pages), in the order given. Reads the returns, their orders and the shop's
// letterhead from the shop; laid out in the application's language.
class ReturnFormDocument final
{
public:
    explicit ReturnFormDocument(storage::DatabasePtr database);

    // Writes one PDF; written whole or not at all (a cancelled job leaves no file).
    Status writePdf(const QList<qint64>& returnIds, const QString& path, PageFormat format,
        JobControl& control = JobControl::none()) const;
    // Prints on a printer or PDF writer as one job (QPrinter is a QPagedPaintDevice: core never
    // links Qt PrintSupport). When this returns Cancelled, the caller aborts the printer's job.
    Status print(const QList<qint64>& returnIds, QPagedPaintDevice* device, PageFormat format,
        JobControl& control = JobControl::none()) const;

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::documents
