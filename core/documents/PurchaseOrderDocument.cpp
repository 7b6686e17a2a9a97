#include "documents/PurchaseOrderDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace comptoir::documents {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

PurchaseOrderDocument::PurchaseOrderDocument(
    purchasing::PurchaseOrder order, purchasing::Supplier supplier, settings::ShopIdentity shop)
    : m_order(std::move(order))
    , m_supplier(std::move(supplier))
    , m_shop(std::move(shop))
{ }

QString PurchaseOrderDocument::html() const
{
    const QLocale locale;
    QString shopAddress = escaped(m_shop.name);
    for (const QString& part : {m_shop.address1, m_shop.address2,
             QStringLiteral("%1 %2").arg(m_shop.postcode, m_shop.city).trimmed(), m_shop.email, m_shop.phone})
        if (!part.trimmed().isEmpty())
            shopAddress += QStringLiteral("<br>") + escaped(part);
    if (!m_shop.vatNumber.isEmpty())
        shopAddress += QStringLiteral("<br>")
            + escaped(QCoreApplication::translate("PurchaseOrderDocument", "VAT number: %1").arg(m_shop.vatNumber));

    QString supplierAddress = QStringLiteral("<b>%1</b>").arg(escaped(m_supplier.name));
    for (const QString& part : {m_supplier.contactName, m_supplier.address, m_supplier.email, m_supplier.phone})
        if (!part.trimmed().isEmpty())
            supplierAddress += QStringLiteral("<br>") + escaped(part);

    QString deliverTo = QStringLiteral("<b>%1</b> (%2)").arg(escaped(m_shop.name), escaped(m_order.locationName));
    for (const QString& part :
        {m_shop.address1, m_shop.address2, QStringLiteral("%1 %2").arg(m_shop.postcode, m_shop.city).trimmed()})
        if (!part.trimmed().isEmpty())
            deliverTo += QStringLiteral("<br>") + escaped(part);

    QString html = QStringLiteral("<html><head><style>"
                                  "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }"
                                  "h1 { font-size: 16pt; margin: 0; }"
                                  "table.lines { margin-top: 12pt; border-color: #bbbbbb; }"
                                  "th { text-align: left; }"
                                  "</style></head><body>");
    html += QStringLiteral("<table width=\"100%\"><tr><td valign=\"top\">%1</td>"
                           "<td valign=\"top\" align=\"right\"><h1>%2</h1>%3<br>%4</td></tr></table>")
                .arg(shopAddress,
                    escaped(
                        QCoreApplication::translate("PurchaseOrderDocument", "Purchase order %1").arg(m_order.number)),
                    escaped(QCoreApplication::translate("PurchaseOrderDocument", "Date: %1")
                                .arg(locale.toString(m_order.createdAt.toLocalTime().date(), QLocale::LongFormat))),
                    m_order.expected.isValid()
                        ? escaped(QCoreApplication::translate("PurchaseOrderDocument", "Delivery wanted by: %1")
                                      .arg(locale.toString(m_order.expected, QLocale::LongFormat)))
                        : QString());
    html += QStringLiteral("<table width=\"100%\" style=\"margin-top: 14pt\"><tr>"
                           "<td valign=\"top\" width=\"50%\"><i>%1</i><br>%2</td>"
                           "<td valign=\"top\"><i>%3</i><br>%4</td></tr></table>")
                .arg(escaped(QCoreApplication::translate("PurchaseOrderDocument", "Supplier")), supplierAddress,
                    escaped(QCoreApplication::translate("PurchaseOrderDocument", "Deliver to")), deliverTo);
    // QTextDocument reads table attributes rather than CSS for widths, spacing and colours.
    html += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\">"
                           "<tr bgcolor=\"#e8e8e8\"><th>%1</th><th>%2</th><th>%3</th>"
                           "<th align=\"right\">%4</th><th align=\"right\">%5</th><th align=\"right\">%6</th></tr>")
                .arg(escaped(QCoreApplication::translate("PurchaseOrderDocument", "Your reference")),
                    escaped(QCoreApplication::translate("PurchaseOrderDocument", "Our SKU")),
                    escaped(QCoreApplication::translate("PurchaseOrderDocument", "Product")),
                    escaped(QCoreApplication::translate("PurchaseOrderDocument", "Quantity")),
                    escaped(QCoreApplication::translate("PurchaseOrderDocument", "Unit cost")),
                    escaped(QCoreApplication::translate("PurchaseOrderDocument", "Total")));
    for (const auto& line : m_order.lines)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                               "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                    .arg(escaped(line.supplierSku), escaped(line.sku), escaped(line.title),
                        locale.toString(line.quantity), escaped(line.unitCost.format(locale)),
                        escaped(line.total().format(locale)));
    html += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td><td align=\"right\"><b>%2</b></td><td></td>"
                           "<td align=\"right\"><b>%3</b></td></tr></table>")
                .arg(escaped(QCoreApplication::translate("PurchaseOrderDocument", "Total, excluding taxes")),
                    locale.toString(m_order.quantity()), escaped(m_order.total().format(locale)));
    if (!m_order.note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(m_order.note));
    html += QStringLiteral("<p style=\"margin-top: 18pt\">%1</p>")
                .arg(escaped(QCoreApplication::translate(
                    "PurchaseOrderDocument", "Please quote %1 on your delivery note and invoice.")
                                 .arg(m_order.number)));
    html += QStringLiteral("</body></html>");
    return html;
}

void PurchaseOrderDocument::print(QPagedPaintDevice* device) const
{
    device->setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(html());
    document.print(device);
}

Status PurchaseOrderDocument::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io,
            QCoreApplication::translate("PurchaseOrderDocument", "Cannot write the PDF file."),
            QDir::toNativeSeparators(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(QCoreApplication::translate("PurchaseOrderDocument", "Purchase order %1").arg(m_order.number));
        writer.setCreator(QStringLiteral("Comptoir"));
        writer.setResolution(300);
        print(&writer);
    }
    if (!file.commit())
        return Error(Error::Code::Io,
            QCoreApplication::translate("PurchaseOrderDocument", "Cannot write the PDF file."),
            QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace comptoir::documents
