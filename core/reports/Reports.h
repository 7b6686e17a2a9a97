#pragma once

#include "common/Clock.h"
#include "common/Job.h"
#include "common/Result.h"
#include "reports/Periods.h"
#include "reports/ReportTable.h"
#include "storage/Database.h"

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir::reports {

// What a report is asked for. Every report reads the period; the others say which of the rest they read.
struct ReportParameters
{
    QDate from; // first day, included
    QDate to; // last day, included
    Grouping grouping = Grouping::Month;
    QString channel; // "website", "counter", "marketplace", "phone"; empty: every channel
    qint64 locationId = 0; // 0: every location
    int limit = 0; // top-N reports: at most this many rows; 0: all
    // VAT: rounded line by line, as each order's VAT is (the default), or once per order and rate.
    bool vatPerOrder = false;
};

enum class ReportOption
{
    Grouping = 0x1,
    Channel = 0x2,
    Location = 0x4,
    Limit = 0x8,
    VatRounding = 0x10,
};
Q_DECLARE_FLAGS(ReportOptions, ReportOption)

struct ReportInfo
{
    QString name; // "sales-by-period": the command line's and the settings' name
    QString title; // translated
    QString description; // one sentence, translated
    ReportOptions options;
};

// The shop's reports: each a query object that fills a ReportTable for a table, a chart, CSV and PDF.
// Figures follow one set of rules, written in docs/reports.md: cancelled orders never count; an
// order counts on the day it was placed; refunds count on the day the return was received.
class Reports final
{
public:
    static QList<ReportInfo> all();
    static std::optional<ReportInfo> find(QStringView name);

    // Runs the report on the calling thread's connection to the shop. Code::InvalidInput names a wrong
    // parameter (an unknown report, to before from); Code::Cancelled when the control was cancelled.
    static Result<ReportTable> run(const storage::DatabasePtr& database, QStringView name,
        const ReportParameters& parameters, JobControl& control = JobControl::none());

    // "1 Jan 2026 – 31 Dec 2026", "website", "Shop": the subtitle of a report.
    static QString describe(
        const ReportInfo& info, const ReportParameters& parameters, const storage::DatabasePtr& database);
};

} // namespace comptoir::reports

Q_DECLARE_OPERATORS_FOR_FLAGS(comptoir::reports::ReportOptions)
