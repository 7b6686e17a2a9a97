#include "io/ImportReport.h"

#include "io/CsvReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir::io {

void ImportProblems::addProblem(qint64 line, int column, const QString& message)
{
    ++problemCount;
    if (problems.size() < kProblemLimit)
        problems.append({line, column, message});
}

void ImportProblems::addCsvError(const Error& error)
{
    const QStringList place = error.where.split(QLatin1Char(':'));
    addProblem(std::max<qint64>(1, place.value(0).toLongLong()), std::max(1, place.value(1).toInt()), error.message);
}

void ImportProblems::sortProblems()
{
    std::stable_sort(problems.begin(), problems.end(), [](const ImportProblem& a, const ImportProblem& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

Result<QStringList> readImportHeader(CsvReader& reader, ImportProblems& problems)
{
    QStringList header;
    if (!reader.readRecord(header)) {
        if (!reader.hasError())
            problems.addProblem(
                1, 1, QCoreApplication::translate("CatalogImport", "The file is empty: it has no header line."));
        else if (reader.error().code == Error::Code::Io)
            return reader.error();
        else
            problems.addCsvError(reader.error());
        return QStringList();
    }
    if (auto index = CsvReader::headerIndex(header); !index) {
        problems.addCsvError(index.error());
        return QStringList();
    }
    for (QString& name : header)
        name = name.trimmed();
    return header;
}

Result<bool> readImportRecords(CsvReader& reader, qint64 size, ImportProblems& problems, qint64& rows,
    JobControl& control, const QString& step, const QString& noRows,
    const std::function<Status(const QStringList& cells, qint64 line)>& row)
{
    constexpr qint64 kProgressTotal = 1000;
    constexpr qint64 kRowsPerTick = 64;
    QStringList cells;
    while (reader.readRecord(cells)) {
        if (cells.size() == 1 && cells.first().isEmpty())
            continue; // a blank line
        ++rows;
        if (rows % kRowsPerTick == 0
            && !control.progress(
                size > 0 ? std::min<qint64>(reader.bytesRead() * (kProgressTotal - 1) / size, kProgressTotal - 1) : 0,
                kProgressTotal, step))
            return false;
        if (auto read = row(cells, reader.lineNumber()); !read)
            return read.error();
    }
    if (reader.hasError()) {
        if (reader.error().code == Error::Code::Io)
            return reader.error();
        problems.addCsvError(reader.error());
    }
    if (!reader.hasError() && rows == 0)
        problems.addProblem(2, 1, noRows);
    return !control.isCancelled();
}

QString ImportReport::summary() const
{
    // Plural forms count with an int; a template argument inside translate() confuses lupdate.
    const int counted = int(std::min<qint64>(stockCounts, INT_MAX));
    const int skipped = int(std::min<qint64>(skippedRows, INT_MAX));
    QString text = QCoreApplication::translate("ImportReport", "Variants: %1 created, %2 updated, %3 unchanged.")
                       .arg(variantsCreated)
                       .arg(variantsUpdated)
                       .arg(variantsUnchanged);
    text += QLatin1Char(' ')
        + QCoreApplication::translate("ImportReport", "Products: %1 created, %2 updated, %3 unchanged.")
              .arg(productsCreated)
              .arg(productsUpdated)
              .arg(productsUnchanged);
    if (stockCounts > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("ImportReport", "Stock counted for %n variant(s) at %1.", nullptr, counted)
                  .arg(location);
    if (categoriesCreated > 0 || suppliersCreated > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("ImportReport", "New categories: %1, new suppliers: %2.")
                  .arg(categoriesCreated)
                  .arg(suppliersCreated);
    if (skippedRows > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate(
                "ImportReport", "%n row(s) skipped (images, grouped or external products).", nullptr, skipped);
    return text;
}

} // namespace comptoir::io
