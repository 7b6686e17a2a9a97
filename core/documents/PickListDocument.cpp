#include "documents/PickListDocument.h"

#include "documents/PageFlow.h"
#include "documents/PageTable.h"
#include "documents/PdfFile.h"
#include "documents/PrintJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextLayout>

#include <optional>

namespace comptoir::documents {

namespace {

const QColor kGrey(0x55, 0x55, 0x55);

// "#1001 ×2, #1002": the orders a row goes to, with their quantity when more than one.
QString orderShares(const QList<orders::PickOrder>& orders, const QLocale& locale)
{
    QStringList shares;
    for (const orders::PickOrder& order : orders)
        shares << (order.quantity > 1
                ? order.number + QChar::Nbsp + QStringLiteral("×") + locale.toString(order.quantity)
                : order.number);
    return shares.join(QStringLiteral(", "));
}

// The title, then the barcode and where the stock is when it is in more than one place.
QString productText(const orders::PickRow& row, const QLocale& locale)
{
    QStringList details;
    if (!row.barcode.isEmpty())
        details << row.barcode;
    if (row.stock.size() > 1)
        for (const orders::PickStock& stock : row.stock)
            details << stock.location + QChar::Nbsp + locale.toString(stock.onHand);
    if (details.isEmpty())
        return row.title;
    return row.title + QChar::LineSeparator + details.join(QStringLiteral(" · "));
}

} // namespace

PickListDocument::PickListDocument(orders::PickList list, Letterhead letterhead, PageFormat format)
    : m_list(std::move(list))
    , m_letterhead(std::move(letterhead))
    , m_format(format)
{ }

QList<PrintedPage> PickListDocument::layout(const QPaintDevice* device, const PageGeometry& geometry) const
{
    const bool label = m_format == PageFormat::Label4x6;
    const qreal body = label ? 6.5 : 8.5;
    const qreal small = label ? 5.5 : 7;
    const QLocale locale;
    PageFlow flow(device, geometry);
    const qreal gap = flow.pt(label ? 5 : 10);
    const qreal left = flow.left();
    const qreal width = flow.width();
    const QFont smallFont = PageFlow::font(small);
    const qreal footerHeight = PageFlow::height(flow.paragraph(QStringLiteral("#"), smallFont, width));
    flow.setBottom(geometry.content.bottom() - footerHeight - gap / 2);

    const QString title = QCoreApplication::translate("PickListDocument", "Pick list");
    const auto heading = flow.paragraph(title, PageFlow::font(label ? 9 : 15, true), width * 0.6, {}, 1);
    flow.put(heading, QPointF(left, flow.top()));
    const auto printed = flow.paragraph(QCoreApplication::translate("PickListDocument", "Printed %1")
                                            .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)),
        smallFont, width * 0.4, Qt::AlignRight, 2);
    flow.put(printed, QPointF(left + width * 0.6, flow.top()), kGrey);
    flow.setY(flow.top() + std::max(PageFlow::height(heading), PageFlow::height(printed)));
    if (!m_letterhead.shop.name.trimmed().isEmpty()) {
        const auto shop = flow.paragraph(m_letterhead.shop.name, smallFont, width, {}, 1);
        flow.put(shop, QPointF(left, flow.y()), kGrey);
        flow.advance(PageFlow::height(shop));
    }
    flow.advance(gap / 3);
    const auto summary
        = flow.paragraph(QCoreApplication::translate("PickListDocument", "Orders: %1 · Items to pick: %2")
                             .arg(locale.toString(m_list.orders().size()))
                             .arg(locale.toString(m_list.itemCount())),
            PageFlow::font(body, true), width, {}, 2);
    flow.put(summary, QPointF(left, flow.y()));
    flow.advance(PageFlow::height(summary));
    QStringList numbers;
    for (const orders::PickOrder& order : m_list.orders())
        numbers << order.number;
    if (!numbers.isEmpty()) {
        const auto list = flow.paragraph(numbers.join(QStringLiteral(", ")), smallFont, width, {}, label ? 3 : 6);
        flow.put(list, QPointF(left, flow.y()), kGrey);
        flow.advance(PageFlow::height(list));
    }
    flow.advance(gap / 2);

    std::optional<PageTable> table;
    flow.setPageStart([&] {
        const auto continued = flow.paragraph(QCoreApplication::translate("PickListDocument", "Pick list (continued)"),
            PageFlow::font(label ? 7 : 10, true), width, {}, 1);
        flow.put(continued, QPointF(left, flow.top()));
        flow.advance(PageFlow::height(continued) + gap / 3);
        if (table && table->isOpen())
            table->drawHeader();
    });

    const auto tableFor = [&](bool catalog) {
        QList<qreal> fractions;
        QList<PageTable::Column> columns {{{}, 0, Qt::AlignLeft, true}};
        const QString bin = QCoreApplication::translate("PickListDocument", "Bin");
        const QString sku = QCoreApplication::translate("PickListDocument", "SKU");
        const QString product = QCoreApplication::translate("PickListDocument", "Product");
        const QString quantity = QCoreApplication::translate("PickListDocument", "Qty");
        const QString onHand = QCoreApplication::translate("PickListDocument", "On hand");
        const QString orders = QCoreApplication::translate("PickListDocument", "Orders");
        if (label) {
            fractions = {-9, 0.27, 0, 0.1, 0.24};
            columns << PageTable::Column {catalog ? bin + QStringLiteral(" / ") + sku : sku, 0, Qt::AlignLeft, false};
        } else if (catalog) {
            fractions = {-16, 0.09, 0.19, 0, 0.06, 0.09, 0.2};
            columns << PageTable::Column {bin, 0, Qt::AlignLeft, false};
            columns << PageTable::Column {sku, 0, Qt::AlignLeft, false};
        } else {
            fractions = {-16, 0.19, 0, 0.06, 0.2};
            columns << PageTable::Column {sku, 0, Qt::AlignLeft, false};
        }
        columns << PageTable::Column {product, 0, Qt::AlignLeft, false};
        columns << PageTable::Column {quantity, 0, Qt::AlignRight, false};
        if (catalog && !label)
            columns << PageTable::Column {onHand, 0, Qt::AlignRight, false};
        columns << PageTable::Column {orders, 0, Qt::AlignLeft, false};
        const QList<qreal> widths = PageTable::widths(flow, fractions);
        for (int i = 0; i < columns.size(); ++i)
            columns[i].width = widths.at(i);
        return columns;
    };

    const auto cellsFor = [&](const orders::PickRow& row, bool catalog) {
        QStringList cells {QString()};
        if (label) {
            cells << (catalog && !row.bin.isEmpty() ? row.bin + QChar::LineSeparator + row.sku : row.sku);
            // No room for an "on hand" column: the stock follows the title.
            cells << productText(row, locale)
                    + (catalog ? QChar::LineSeparator
                                + QCoreApplication::translate("PickListDocument", "On hand: %1")
                                      .arg(locale.toString(row.onHand))
                               : QString());
            cells << locale.toString(row.quantity) << orderShares(row.orders, locale);
            return cells;
        }
        if (catalog)
            cells << row.bin;
        cells << row.sku << productText(row, locale) << locale.toString(row.quantity);
        if (catalog)
            cells << locale.toString(row.onHand);
        cells << orderShares(row.orders, locale);
        return cells;
    };

    if (!m_list.rows().isEmpty()) {
        table.emplace(flow, tableFor(true), body, 4);
        table->drawHeader();
        const int quantityColumn = label ? 3 : 4;
        for (const orders::PickRow& row : m_list.rows())
            table->addRow(cellsFor(row, true), {quantityColumn});
        table->close();
    }
    if (!m_list.customItems().isEmpty()) {
        flow.advance(gap);
        const auto custom = flow.paragraph(QCoreApplication::translate("PickListDocument", "Items outside the catalog"),
            PageFlow::font(body + 1, true), width, {}, 2);
        flow.keepTogether(PageFlow::height(custom) * 4);
        flow.put(custom, QPointF(left, flow.y()));
        flow.advance(PageFlow::height(custom) + gap / 3);
        table.emplace(flow, tableFor(false), body, 4);
        table->drawHeader();
        for (const orders::PickRow& row : m_list.customItems())
            table->addRow(cellsFor(row, false), {3});
        table->close();
    }
    if (m_list.isEmpty()) {
        const auto nothing = flow.paragraph(
            QCoreApplication::translate("PickListDocument", "Nothing to pick."), PageFlow::font(body), width);
        flow.put(nothing, QPointF(left, flow.y()));
    }

    QList<PrintedPage> pages = flow.takePages();
    for (int i = 0; i < pages.size(); ++i) {
        const auto footer = flow.paragraph(
            QCoreApplication::translate("PickListDocument", "Pick list · page %1 of %2").arg(i + 1).arg(pages.size()),
            smallFont, width, Qt::AlignRight, 1);
        pages[i].add(PrintedPage::Text {
            footer, 0, footer->lineCount(), QPointF(left, geometry.content.bottom() - footerHeight), kGrey});
    }
    return pages;
}

Status PickListDocument::print(QPagedPaintDevice* device) const
{
    const PageGeometry geometry = preparePagedDevice(device, m_format);
    PrintJob job(device);
    if (!job.isActive())
        return Error(Error::Code::Io, QCoreApplication::translate("PickListDocument", "Printing could not start."));
    job.add(layout(device, geometry));
    return {};
}

Status PickListDocument::writePdf(const QString& path) const
{
    return PdfFile::write(path, QCoreApplication::translate("PickListDocument", "Pick list"),
        [this](QPagedPaintDevice* device) { return print(device); });
}

} // namespace comptoir::documents
