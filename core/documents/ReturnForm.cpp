#include "documents/ReturnForm.h"

#include "documents/CustomerDocumentLayout.h"
#include "documents/PageFlow.h"
#include "documents/PageTable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextLayout>

#include <optional>

namespace comptoir::documents {

using Layout = CustomerDocumentLayout;

ReturnForm::ReturnForm(orders::Return customerReturn, orders::Order order, Letterhead letterhead, PageFormat format)
    : m_return(std::move(customerReturn))
    , m_order(std::move(order))
    , m_letterhead(std::move(letterhead))
    , m_format(format)
{ }

QList<PrintedPage> ReturnForm::layout(const QPaintDevice* device, const PageGeometry& geometry) const
{
    const bool label = m_format == PageFormat::Label4x6;
    const QLocale locale;
    const QLocale::FormatType dateFormat = label ? QLocale::ShortFormat : QLocale::LongFormat;
    PageFlow flow(device, geometry);
    Layout document(flow, m_letterhead, m_format, m_return.number);
    const auto& type = document.type();
    const qreal gap = document.gap();
    const qreal left = flow.left();
    const qreal width = flow.width();
    const qreal right = left + width;
    const QFont smallFont = document.smallFont();

    QStringList details {QCoreApplication::translate("ReturnForm", "Order %1").arg(m_return.orderNumber)};
    if (m_return.createdAt.isValid())
        details << QCoreApplication::translate("ReturnForm", "Opened: %1")
                       .arg(locale.toString(m_return.createdAt.toLocalTime().date(), dateFormat));
    document.placeHeader(QCoreApplication::translate("ReturnForm", "Return form"), details);

    // Who sends it back, from where the parcel went.
    const orders::Address& from = m_order.shipTo.isEmpty() ? m_order.billTo : m_order.shipTo;
    const QString customer
        = (m_order.customerName.trimmed().isEmpty() ? m_return.customer : m_order.customerName).trimmed();
    QStringList addressLines;
    if (!from.name.trimmed().isEmpty() && from.name.trimmed() != customer)
        addressLines << from.name.trimmed();
    addressLines += Layout::addressLines(from, m_letterhead.shop.country);
    QStringList contact;
    if (!m_order.email.trimmed().isEmpty())
        contact << m_order.email.trimmed();
    const QString phone = (from.phone.trimmed().isEmpty() ? m_order.phone : from.phone).trimmed();
    if (!phone.isEmpty())
        contact << QString(phone).replace(QLatin1Char(' '), QChar::Nbsp);
    const auto heading = flow.paragraph(QCoreApplication::translate("ReturnForm", "Customer").toUpper(),
        PageFlow::font(type.small, true), width, {}, 1);
    flow.put(heading, QPointF(left, flow.y()), Layout::kGrey);
    flow.advance(PageFlow::height(heading));
    if (!customer.isEmpty()) {
        const auto name = flow.paragraph(customer, PageFlow::font(type.shipLines, true), width, {}, 2);
        flow.put(name, QPointF(left, flow.y()));
        flow.advance(PageFlow::height(name));
    }
    if (!addressLines.isEmpty()) {
        const auto address
            = flow.paragraph(Layout::joined(addressLines), PageFlow::font(type.body), width, {}, label ? 6 : 10);
        flow.put(address, QPointF(left, flow.y()));
        flow.advance(PageFlow::height(address));
    }
    if (!contact.isEmpty()) {
        const auto reach = flow.paragraph(contact.join(QStringLiteral(" · ")), smallFont, width, {}, 2);
        flow.put(reach, QPointF(left, flow.y()), Layout::kGrey);
        flow.advance(PageFlow::height(reach));
    }
    flow.advance(gap);

    // What comes back and why, with a box to tick when it is in the parcel.
    const QList<qreal> fractions
        = label ? QList<qreal> {-10, 0.26, 0, 0.09, 0.24} : QList<qreal> {-16, 0.23, 0, 0.06, 0.22};
    QList<PageTable::Column> columns {{{}, 0, Qt::AlignLeft, true},
        {QCoreApplication::translate("ReturnForm", "SKU"), 0, Qt::AlignLeft, false},
        {QCoreApplication::translate("ReturnForm", "Product"), 0, Qt::AlignLeft, false},
        {QCoreApplication::translate("ReturnForm", "Qty"), 0, Qt::AlignRight, false},
        {QCoreApplication::translate("ReturnForm", "Reason"), 0, Qt::AlignLeft, false}};
    const QList<qreal> widths = PageTable::widths(flow, fractions);
    for (int i = 0; i < columns.size(); ++i)
        columns[i].width = widths.at(i);

    std::optional<PageTable> table;
    // Every further page starts with the return number (and its barcode) and the table's header.
    flow.setPageStart([&] {
        document.placeContinuedHeader(
            QCoreApplication::translate("ReturnForm", "Return %1 (continued)").arg(m_return.number));
        if (table && table->isOpen())
            table->drawHeader();
    });
    table.emplace(flow, columns, type.body, type.maxCellLines);
    table->drawHeader();
    for (const orders::ReturnLine& line : m_return.lines)
        table->addRow(
            {QString(), line.sku, line.title, locale.toString(line.quantity), orders::returnReasonLabel(line.reason)},
            line.quantity > 1 ? QList<int> {3} : QList<int> {});
    table->close();

    // How many items, and the refund once the return was received.
    flow.advance(gap / 3);
    const auto count = flow.paragraph(
        QCoreApplication::translate("ReturnForm", "Items: %1").arg(locale.toString(m_return.itemCount())),
        PageFlow::font(type.body, true), width * 0.4);
    const bool refunded
        = m_return.status == orders::ReturnStatus::Received || m_return.status == orders::ReturnStatus::Closed;
    QList<std::pair<PageFlow::Paragraph, QColor>> refund;
    if (refunded) {
        refund.append(
            {flow.paragraph(QCoreApplication::translate("ReturnForm", "Refund: %1").arg(m_return.refund.format(locale)),
                 PageFlow::font(type.body, true), width * 0.6, Qt::AlignRight, 2),
                Qt::black});
        if (m_return.receivedAt.isValid())
            refund.append(
                {flow.paragraph(QCoreApplication::translate("ReturnForm", "Received: %1")
                                    .arg(locale.toString(m_return.receivedAt.toLocalTime().date(), dateFormat)),
                     smallFont, width * 0.6, Qt::AlignRight, 2),
                    Layout::kGrey});
    }
    qreal refundHeight = 0;
    for (const auto& [paragraph, color] : refund)
        refundHeight += PageFlow::height(paragraph);
    flow.keepTogether(std::max(PageFlow::height(count), refundHeight));
    const qreal top = flow.y();
    flow.put(count, QPointF(left, top));
    qreal refundY = top;
    for (const auto& [paragraph, color] : refund) {
        flow.put(paragraph, QPointF(right - width * 0.6, refundY), color);
        refundY += PageFlow::height(paragraph);
    }
    flow.setY(std::max(top + PageFlow::height(count), refundY));

    document.placeSection(
        QCoreApplication::translate("ReturnForm", "Note"), m_return.note, PageFlow::font(type.body), Qt::black, false);

    // Room for the merchant to write down what came back, and in what state.
    flow.advance(gap);
    const int writingLines = label ? 3 : 7;
    const qreal lineSpacing = flow.pt(label ? 15 : 24);
    const qreal inset = flow.pt(type.gap / 2);
    const auto boxHeading = flow.paragraph(QCoreApplication::translate("ReturnForm", "Condition on receipt / Notes"),
        PageFlow::font(type.small, true), width - 2 * inset, {}, 2);
    const qreal boxHeight = 2 * inset + PageFlow::height(boxHeading) + writingLines * lineSpacing;
    flow.keepTogether(boxHeight);
    const qreal pen = std::max<qreal>(1, flow.pt(0.8));
    const qreal boxTop = flow.y();
    flow.page().add(PrintedPage::Frame {
        QRectF(left, boxTop, width, boxHeight).adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2), pen, QColor()});
    flow.put(boxHeading, QPointF(left + inset, boxTop + inset), Layout::kGrey);
    const qreal firstLine = boxTop + inset + PageFlow::height(boxHeading);
    for (int i = 1; i <= writingLines; ++i)
        flow.rule(left + inset, right - inset, firstLine + (i - 0.2) * lineSpacing, std::max<qreal>(1, flow.pt(0.4)),
            QColor(0xaa, 0xaa, 0xaa));
    flow.advance(boxHeight);

    document.placeSection(QCoreApplication::translate("ReturnForm", "Return instructions"),
        m_letterhead.returnInstructions, smallFont, Layout::kGrey, false);

    // Every page says which return it belongs to, so a dropped sheet finds its parcel.
    return document.finish([&](int page, int pageCount) {
        return pageCount == 1 ? QCoreApplication::translate("ReturnForm", "Return %1 · order %2")
                                    .arg(m_return.number, m_return.orderNumber)
                              : QCoreApplication::translate("ReturnForm", "Return %1 · order %2 · page %3 of %4")
                                    .arg(m_return.number, m_return.orderNumber)
                                    .arg(page)
                                    .arg(pageCount);
    });
}

} // namespace comptoir::documents
