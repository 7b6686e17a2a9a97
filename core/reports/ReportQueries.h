#pragma once

// Inside core/reports: what every report query shares. Not for other modules.

#include "reports/Reports.h"

#include <QSqlQuery>
#include <QVariantList>

namespace comptoir::reports::detail {

struct QueryContext
{
    QSqlDatabase db;
    ReportParameters parameters;
    JobControl& control;
    Currency currency; // the shop's: orders in another currency are left out, and counted in a note
};

using ReportFunction = Result<ReportTable> (*)(const QueryContext& context);

// Prepares and runs `sql` with positional values.
Result<QSqlQuery> query(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
Error cancelled();

// The orders a sales figure counts, as a WHERE condition on `alias`: not cancelled, in the shop's
// currency, in the chosen channel, placed within the period (when `period` is true). Appends the
// values it binds.
QString countedOrders(
    const QueryContext& context, QVariantList& values, bool period = true, const QString& alias = QStringLiteral("o"));
// The VAT inside an amount taxes included, rounded half away from zero, as SQL over two columns.
QString vatInside(const QString& amount, const QString& rateBp);
// A note when orders of the period were left out for being in another currency; empty otherwise.
QString otherCurrencyNote(const QueryContext& context);

// A column, shorter to write.
ReportColumn column(const char* key, const QString& title, ColumnKind kind, int decimals = 2);

Result<ReportTable> salesByPeriod(const QueryContext& context);
Result<ReportTable> salesByProduct(const QueryContext& context);
Result<ReportTable> salesByCategory(const QueryContext& context);
Result<ReportTable> salesByChannel(const QueryContext& context);
Result<ReportTable> grossMargin(const QueryContext& context);
Result<ReportTable> vat(const QueryContext& context);
Result<ReportTable> stockValuation(const QueryContext& context);
Result<ReportTable> stockMovements(const QueryContext& context);

} // namespace comptoir::reports::detail
