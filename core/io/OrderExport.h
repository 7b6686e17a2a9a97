#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "io/CatalogExport.h"
#include "storage/Database.h"

#include <QString>

class QIODevice;

namespace comptoir::io {

struct OrderExportSummary
{
    qint64 orders = 0;
    qint64 lines = 0;
};

// Writes every order of the shop in Comptoir's own order file (OrderColumn), one row per order
// line, oldest order first, which OrderImport reads back into another shop. Dates are written in
// UTC (ISO 8601), amounts from their minor units. An order on hold is written with the status it
// was held from, a returned one as delivered: an import cannot start an order in those.
class OrderExport final
{
public:
    explicit OrderExport(storage::DatabasePtr database);

    // Writes to an open device with the layout of `options` (its delimiter, decimal comma, BOM and
    // line ending; format and location do not apply).
    Result<OrderExportSummary> write(
        QIODevice* device, const ExportOptions& options, JobControl& control = JobControl::none()) const;
    // Writes a file that appears only when complete.
    Result<OrderExportSummary> writeFile(
        const QString& path, const ExportOptions& options, JobControl& control = JobControl::none()) const;

private:
    storage::DatabasePtr m_database;
};

} // namespace comptoir::io
