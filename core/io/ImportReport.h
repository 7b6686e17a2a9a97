#pragma once

#include "common/Job.h"
#include "common/Result.h"
#include "io/CatalogFormat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace comptoir::io {

class CsvReader;

// One thing wrong in an import file, at its place: line and column are 1-based, the column being
// the position of the cell in the line (the header line is line 1).
struct ImportProblem
{
    qint64 line = 0;
    int column = 0;
    QString message; // translated; names the column

    // "12:5"
    QString where() const { return QStringLiteral("%1:%2").arg(line).arg(column); }
    // "12:5: …", what the CLI prints and the import dialog lists.
    QString toString() const { return where() + QStringLiteral(": ") + message; }
};

// The problems found in an import file, in line order: the first kProblemLimit kept, all counted.
struct ImportProblems
{
    static constexpr int kProblemLimit = 1000;

    QList<ImportProblem> problems; // the first kProblemLimit found, in line order
    qint64 problemCount = 0; // all of them

    bool hasProblems() const { return problemCount > 0; }
    // Keeps the first kProblemLimit problems; counts them all.
    void addProblem(qint64 line, int column, const QString& message);
    // A CSV error placed "line:column" in its `where` (CsvReader's, CsvReader::headerIndex's).
    void addCsvError(const Error& error);
    // Puts the kept problems in line and column order.
    void sortProblems();
};

// The header line `reader` reads first, its names trimmed. Empty, with the problem added to
// `problems`, when the file has none to use: an empty file, a line that is not CSV, an empty or
// repeated column name. An Error when the device fails.
Result<QStringList> readImportHeader(CsvReader& reader, ImportProblems& problems);

// Reads the records under the header of an import file, blank lines left out, handing each to `row`
// with its 1-based line, and reports progress from the bytes read (the device's `size`) every few
// rows. Counts the rows in `rows`. A malformed line is added to `problems`, and so is `noRows` on
// line 2 when the file has no row under its header. False when `control` was cancelled; an Error
// when the device or `row` failed.
Result<bool> readImportRecords(CsvReader& reader, qint64 size, ImportProblems& problems, qint64& rows,
    JobControl& control, const QString& step, const QString& noRows,
    const std::function<Status(const QStringList& cells, qint64 line)>& row);

// What an import found and did: the problems (then nothing is written), or what was created and
// updated. A dry run fills the same report without writing.
struct ImportReport : ImportProblems
{
    CatalogFormat format = CatalogFormat::Auto; // as detected or chosen
    QString encoding; // "UTF-8", "UTF-8 with BOM", "Windows-1252"
    QChar delimiter;
    QString location; // where stock quantities go

    qint64 rows = 0; // records read, header and blank lines left out
    qint64 skippedRows = 0; // rows Comptoir has no use for: image rows, grouped or external products…

    qint64 productsCreated = 0;
    qint64 productsUpdated = 0;
    qint64 productsUnchanged = 0;
    qint64 variantsCreated = 0;
    qint64 variantsUpdated = 0;
    qint64 variantsUnchanged = 0;
    qint64 categoriesCreated = 0;
    qint64 suppliersCreated = 0;
    qint64 stockCounts = 0; // count movements (written, or to be written by a dry run)
    bool locationCreated = false;
    bool applied = false; // the shop was changed

    // "Variants: 12 created, 3 updated, 40 unchanged. Products: 5 created…", translated.
    QString summary() const;
};

} // namespace comptoir::io
