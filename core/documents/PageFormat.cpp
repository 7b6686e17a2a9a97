#include "documents/PageFormat.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPagedPaintDevice>

namespace comptoir::documents {

namespace {
struct FormatName
{
    PageFormat format;
    const char* key;
    const char* label;
};
constexpr FormatName kFormats[] = {
    {PageFormat::A4, "a4", QT_TRANSLATE_NOOP("PageFormat", "A4")},
    {PageFormat::Letter, "letter", QT_TRANSLATE_NOOP("PageFormat", "US Letter")},
    {PageFormat::Label4x6, "4x6", QT_TRANSLATE_NOOP("PageFormat", "4×6 in label")},
};
} // namespace

QString pageFormatKey(PageFormat format)
{
    for (const auto& f : kFormats)
        if (f.format == format)
            return QString::fromLatin1(f.key);
    return {};
}

bool pageFormatFromKey(const QString& key, PageFormat& format)
{
    for (const auto& f : kFormats) {
        if (key.compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0) {
            format = f.format;
            return true;
        }
    }
    return false;
}

QString pageFormatLabel(PageFormat format)
{
    for (const auto& f : kFormats)
        if (f.format == format)
            return QCoreApplication::translate("PageFormat", f.label);
    return {};
}

QList<PageFormat> allPageFormats()
{
    QList<PageFormat> list;
    for (const auto& f : kFormats)
        list << f.format;
    return list;
}

QPageLayout pageLayout(PageFormat format)
{
    switch (format) {
    case PageFormat::A4:
        return QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    case PageFormat::Letter:
        return QPageLayout(
            QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    case PageFormat::Label4x6:
        // Thermal label printers cannot print to the very edge of the label.
        return QPageLayout(QPageSize(QSizeF(4, 6), QPageSize::Inch, QStringLiteral("4x6in"), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    }
    return {};
}

PageGeometry preparePagedDevice(QPagedPaintDevice* device, PageFormat format)
{
    device->setPageLayout(pageLayout(format));
    PageGeometry geometry;
    geometry.dpi = device->logicalDpiX();
    // A printer may widen the margins to what it can reach: its own layout is the truth.
    const QPageLayout layout = device->pageLayout();
    const QRectF paint = layout.paintRectPixels(int(geometry.dpi));
    geometry.content = QRectF(QPointF(0, 0), paint.size());
    geometry.paper = QRectF(layout.fullRectPixels(int(geometry.dpi))).translated(-paint.topLeft());
    return geometry;
}

QImage blankPage(PageFormat format, qreal dpi)
{
    const QSizeF inches = pageLayout(format).fullRect(QPageLayout::Inch).size();
    QImage page(qRound(inches.width() * dpi), qRound(inches.height() * dpi), QImage::Format_RGB32);
    page.setDotsPerMeterX(qRound(dpi / 0.0254));
    page.setDotsPerMeterY(qRound(dpi / 0.0254));
    page.fill(Qt::white);
    return page;
}

PageGeometry imageGeometry(const QImage& page, PageFormat format)
{
    PageGeometry geometry;
    geometry.dpi = page.logicalDpiX(); // what fonts on this image are measured with
    const QPageLayout layout = pageLayout(format);
    const qreal scale = geometry.dpi / 72.0;
    const QRectF paint = layout.paintRect(QPageLayout::Point);
    geometry.paper = QRectF(QPointF(0, 0), page.size());
    geometry.content = QRectF(paint.topLeft() * scale, paint.size() * scale);
    return geometry;
}

} // namespace comptoir::documents
