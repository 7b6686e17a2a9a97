#include "reports/ReportExport.h"

#include "documents/PageFlow.h"
#include "documents/PageFormat.h"
#include "documents/PageTable.h"
#include "documents/PdfFile.h"
#include "documents/PrintJob.h"
#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QTextLayout>

#include <optional>

namespace comptoir::reports {

CsvExportOptions CsvExportOptions::standard()
{
    return {};
}

CsvExportOptions CsvExportOptions::frenchExcel()
{
    CsvExportOptions options;
    options.delimiter = QLatin1Char(';');
    options.decimalSeparator = QLatin1Char(',');
    options.byteOrderMark = true;
    options.dateFormat = QStringLiteral("dd/MM/yyyy");
    return options;
}

Status CsvExportOptions::validate() const
{
    if (delimiter == decimalSeparator)
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Reports",
                "The delimiter and the decimal separator are both \"%1\": a number would split into two columns.")
                .arg(delimiter));
    if (delimiter == QLatin1Char('"') || delimiter == QLatin1Char('\n') || delimiter == QLatin1Char('\r'))
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Reports", "A quote or a line break cannot separate the columns."));
    const QString probe = QDate(2031, 12, 25).toString(dateFormat);
    if (!probe.contains(QStringLiteral("25")) || !probe.contains(QStringLiteral("12"))
        || !probe.contains(QStringLiteral("31")))
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Reports", "The date format \"%1\" must show the day, the month and the year.")
                .arg(dateFormat));
    return {};
}

QString csvText(const ReportTable& table, const QVariant& value, int column, const CsvExportOptions& options)
{
    if (value.isNull() || column < 0 || column >= table.columns.size())
        return {};
    const ReportColumn& c = table.columns[column];
    switch (c.kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Count:
        return QString::number(value.toLongLong());
    case ColumnKind::Money:
        return scaledDecimal(value.toLongLong(), table.currency.minorDigits(), options.decimalSeparator);
    case ColumnKind::Percent:
        return scaledDecimal(value.toLongLong(), 2, options.decimalSeparator);
    case ColumnKind::Decimal:
        return scaledDecimal(value.toLongLong(), c.decimals, options.decimalSeparator);
    case ColumnKind::Date:
        return value.toDate().toString(options.dateFormat);
    }
    return value.toString();
}

namespace {

QStringList csvRecord(const ReportTable& table, const ReportRow& row, const CsvExportOptions& options)
{
    QStringList fields;
    fields.reserve(table.columns.size());
    for (int column = 0; column < table.columns.size(); ++column)
        fields << csvText(table, column < row.size() ? row[column] : QVariant(), column, options);
    return fields;
}

// A money column says its currency in its header: "Net sales (EUR)", the figure itself stays a number.
QString csvHeader(const ReportTable& table, const ReportColumn& column)
{
    return column.kind == ColumnKind::Money  ? QStringLiteral("%1 (%2)").arg(column.title, table.currency.code())
        : column.kind == ColumnKind::Percent ? QStringLiteral("%1 (%)").arg(column.title)
                                             : column.title;
}

} // namespace

Status writeCsv(const ReportTable& table, QIODevice* device, const CsvExportOptions& options)
{
    if (Status valid = options.validate(); !valid)
        return valid;
    io::CsvWriterOptions writerOptions;
    writerOptions.delimiter = options.delimiter;
    writerOptions.byteOrderMark = options.byteOrderMark;
    io::CsvWriter writer(device, writerOptions);
    QStringList header;
    for (const ReportColumn& column : table.columns)
        header << csvHeader(table, column);
    if (Status written = writer.writeRecord(header); !written)
        return written;
    for (const ReportRow& row : table.rows) {
        if (Status written = writer.writeRecord(csvRecord(table, row, options)); !written)
            return written;
    }
    if (!table.totals.isEmpty()) {
        QStringList totals = csvRecord(table, table.totals, options);
        if (!totals.isEmpty() && totals.first().isEmpty())
            totals.first() = QCoreApplication::translate("Reports", "Total");
        if (Status written = writer.writeRecord(totals); !written)
            return written;
    }
    return writer.flush();
}

Status writeCsvFile(const ReportTable& table, const QString& path, const CsvExportOptions& options)
{
    if (Status valid = options.validate(); !valid)
        return valid;
    return io::writeWholeFile(path, [&](QIODevice* device) { return writeCsv(table, device, options); });
}

namespace {

using documents::PageFlow;
using documents::PageTable;

const QColor kGrey(0x55, 0x55, 0x55);

// A4 across when the table is wide, so that seven or more columns keep readable cells.
documents::PageGeometry preparePdf(QPagedPaintDevice* device, bool landscape)
{
    QPageLayout layout = documents::pageLayout(documents::PageFormat::A4);
    layout.setOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    device->setPageLayout(layout);
    documents::PageGeometry geometry;
    geometry.dpi = device->logicalDpiX();
    const QPageLayout actual = device->pageLayout();
    const QRectF paint = actual.paintRectPixels(int(geometry.dpi));
    geometry.content = QRectF(QPointF(0, 0), paint.size());
    geometry.paper = QRectF(actual.fullRectPixels(int(geometry.dpi))).translated(-paint.topLeft());
    return geometry;
}

// Each column as wide as its widest figure (or the longest word of its title); text columns share
// what the figures leave, in proportion to their own widest text. Figures never take more than 70 %
// of the width when there is text to show.
QList<qreal> columnWidths(const ReportTable& table, const QPaintDevice* device, qreal available, const QLocale& locale)
{
    const QFontMetricsF plain(PageFlow::font(8), device);
    const QFontMetricsF bold(PageFlow::font(8, true), device);
    const qreal padding = plain.horizontalAdvance(QStringLiteral("MM"));
    QList<qreal> natural;
    qreal figures = 0;
    qreal texts = 0;
    for (int column = 0; column < table.columns.size(); ++column) {
        qreal width = 0;
        for (const QString& word : table.columns[column].title.split(QLatin1Char(' ')))
            width = std::max(width, bold.horizontalAdvance(word));
        const qsizetype sampled = std::min<qsizetype>(table.rows.size(), 500);
        for (qsizetype row = 0; row < sampled; ++row)
            width = std::max(
                width, plain.horizontalAdvance(table.displayText(table.rows[row].value(column), column, locale)));
        if (!table.totals.isEmpty())
            width = std::max(
                width, bold.horizontalAdvance(table.displayText(table.totals.value(column), column, locale)));
        natural << width + padding;
        (table.columns[column].kind == ColumnKind::Text ? texts : figures) += width + padding;
    }
    const qreal figureSpace = texts > 0 ? std::min(figures, available * 0.7) : available;
    const qreal figureScale = figures > 0 ? figureSpace / figures : 1;
    const qreal textScale = texts > 0 ? (available - figureSpace) / texts : 1;
    QList<qreal> widths;
    for (int column = 0; column < table.columns.size(); ++column)
        widths << natural[column] * (table.columns[column].kind == ColumnKind::Text ? textScale : figureScale);
    return widths;
}

} // namespace

Result<QList<documents::PrintedPage>> layoutPages(
    const ReportTable& table, const QPaintDevice* device, const documents::PageGeometry& geometry, JobControl& control)
{
    const QLocale locale;
    PageFlow flow(device, geometry);
    const qreal gap = flow.pt(8);
    const qreal left = flow.left();
    const qreal width = flow.width();
    const QFont smallFont = PageFlow::font(7);
    const qreal footerHeight = PageFlow::height(flow.paragraph(QStringLiteral("#"), smallFont, width));
    flow.setBottom(geometry.content.bottom() - footerHeight - gap / 2);

    const auto heading = flow.paragraph(table.title, PageFlow::font(15, true), width, {}, 2);
    flow.put(heading, QPointF(left, flow.top()));
    flow.advance(PageFlow::height(heading));
    const QString printed = QCoreApplication::translate("Reports", "Printed on %1")
                                .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    const auto subtitle
        = flow.paragraph(table.subtitle.isEmpty() ? printed : table.subtitle + QStringLiteral(" · ") + printed,
            PageFlow::font(9), width, {}, 3);
    flow.put(subtitle, QPointF(left, flow.y()), kGrey);
    flow.advance(PageFlow::height(subtitle) + gap / 2);
    for (const QString& note : table.notes) {
        const auto paragraph = flow.paragraph(note, PageFlow::font(8, false, true), width, {}, 4);
        flow.put(paragraph, QPointF(left, flow.y()), kGrey);
        flow.advance(PageFlow::height(paragraph));
    }
    flow.advance(gap / 2);

    QList<PageTable::Column> columns;
    const QList<qreal> widths = columnWidths(table, device, width, locale);
    for (int i = 0; i < table.columns.size(); ++i) {
        const ReportColumn& column = table.columns[i];
        columns << PageTable::Column {
            column.title, widths.value(i), column.isNumeric() ? Qt::AlignRight : Qt::AlignLeft, false};
    }
    std::optional<PageTable> pageTable;
    flow.setPageStart([&] {
        const auto continued = flow.paragraph(QCoreApplication::translate("Reports", "%1 (continued)").arg(table.title),
            PageFlow::font(10, true), width, {}, 1);
        flow.put(continued, QPointF(left, flow.top()));
        flow.advance(PageFlow::height(continued) + gap / 3);
        if (pageTable && pageTable->isOpen())
            pageTable->drawHeader();
    });
    const auto cells = [&](const ReportRow& row) {
        QStringList texts;
        for (int column = 0; column < table.columns.size(); ++column)
            texts << table.displayText(row.value(column), column, locale);
        return texts;
    };
    pageTable.emplace(flow, columns, 8, 3);
    pageTable->drawHeader();
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if (i % 256 == 0 && !control.progress(i, table.rows.size()))
            return Error(Error::Code::Cancelled, QCoreApplication::translate("Reports", "The PDF was cancelled."));
        pageTable->addRow(cells(table.rows[i]));
    }
    if (!table.totals.isEmpty()) {
        QStringList totals = cells(table.totals);
        if (!totals.isEmpty() && totals.first().isEmpty())
            totals.first() = QCoreApplication::translate("Reports", "Total");
        QList<int> bold;
        for (int i = 0; i < totals.size(); ++i)
            bold << i;
        pageTable->addRow(totals, bold);
    }
    if (table.rows.isEmpty()) {
        const auto nothing = flow.paragraph(
            QCoreApplication::translate("Reports", "Nothing in this period."), PageFlow::font(9), width);
        flow.put(nothing, QPointF(left, flow.y()));
        flow.advance(PageFlow::height(nothing));
    }
    pageTable->close();

    QList<documents::PrintedPage> pages = flow.takePages();
    for (int i = 0; i < pages.size(); ++i) {
        const auto footer = flow.paragraph(
            QCoreApplication::translate("Reports", "%1 · page %2 of %3").arg(table.title).arg(i + 1).arg(pages.size()),
            smallFont, width, Qt::AlignRight, 1);
        pages[i].add(documents::PrintedPage::Text {
            footer, 0, footer->lineCount(), QPointF(left, geometry.content.bottom() - footerHeight), kGrey});
    }
    return pages;
}

Status writePdfFile(const ReportTable& table, const QString& path, JobControl& control)
{
    return documents::PdfFile::write(path, table.title, [&](QPagedPaintDevice* device) -> Status {
        const documents::PageGeometry geometry = preparePdf(device, table.columns.size() > 6);
        auto pages = layoutPages(table, device, geometry, control);
        if (!pages)
            return pages.error();
        documents::PrintJob job(device);
        if (!job.isActive())
            return Error(Error::Code::Io, QCoreApplication::translate("Reports", "The PDF could not be started."));
        job.add(*pages);
        return {};
    });
}

} // namespace comptoir::reports
