#pragma once

#define ZX_USE_UTF8
#include "documents/PageFormat.h"
#include "documents/PrintedPage.h"

#include <ZXing/ReadBarcode.h>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

// What the tests of printed documents share: a document laid out for images of its pages and
// painted on them, the Code 128 symbol read back from an image, the pages of a PDF counted,
// nothing outside the margins, a logo to print. Suites using it link ZXing.
namespace documentchecks {

using comptoir::documents::PageFormat;
using comptoir::documents::PageGeometry;
using comptoir::documents::PrintedPage;

// The Code 128 symbol found on an image, or an empty string.
inline QString readBarcode(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(
        gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Code128);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

// A document laid out for images of its pages at some dpi, and those images.
struct Rendered
{
    PageGeometry geometry;
    QList<PrintedPage> pages;
    QList<QImage> images;

    QString text() const
    {
        QStringList all;
        for (const PrintedPage& page : pages)
            all += page.texts();
        return all.join(QLatin1Char('\n'));
    }
};

// `document` is anything with layout(device, geometry): a packing slip, a return form.
template <typename Document> Rendered render(const Document& document, PageFormat format, int dpi = 200)
{
    Rendered rendered;
    const QImage probe = comptoir::documents::blankPage(format, dpi);
    rendered.geometry = comptoir::documents::imageGeometry(probe, format);
    rendered.pages = document.layout(&probe, rendered.geometry);
    for (const PrintedPage& page : std::as_const(rendered.pages)) {
        QImage image = comptoir::documents::blankPage(format, dpi);
        QPainter painter(&image);
        page.paint(painter);
        painter.end();
        rendered.images << image;
    }
    return rendered;
}

inline int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

// Keeps a copy of a written document when COMPTOIR_KEEP_DOCUMENTS names a folder, to look at it
// (pdftoppm -png).
inline void keep(const QString& path)
{
    if (const QString folder = qEnvironmentVariable("COMPTOIR_KEEP_DOCUMENTS"); !folder.isEmpty()) {
        const QString target = folder + QLatin1Char('/') + QFileInfo(path).fileName();
        QFile::remove(target);
        QFile::copy(path, target);
    }
}

// Nothing leaves the area inside the margins, and no text, barcode or picture covers another.
inline void verifyInside(const Rendered& rendered)
{
    const QRectF area = rendered.geometry.content.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (int p = 0; p < rendered.pages.size(); ++p) {
        for (const QRectF& rect : rendered.pages.at(p).drawnRects())
            QVERIFY2(area.contains(rect),
                qPrintable(QStringLiteral("page %1: (%2, %3, %4 × %5) is outside the page")
                               .arg(p + 1)
                               .arg(rect.x())
                               .arg(rect.y())
                               .arg(rect.width())
                               .arg(rect.height())));
        const QList<QRectF> content = rendered.pages.at(p).contentRects();
        for (int i = 0; i < content.size(); ++i)
            for (int j = i + 1; j < content.size(); ++j)
                QVERIFY2(!content.at(i).adjusted(0.5, 0.5, -0.5, -0.5).intersects(content.at(j)),
                    qPrintable(QStringLiteral("page %1: elements %2 and %3 overlap").arg(p + 1).arg(i).arg(j)));
    }
}

// A two-colour logo as PNG, wider than high like most shop logos.
inline QByteArray logoPng()
{
    QImage logo(360, 120, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter painter(&logo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x2e, 0x5e, 0x4e));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(4, 4, 112, 112));
    painter.setBrush(QColor(0xd9, 0x8e, 0x3a));
    painter.drawRoundedRect(QRectF(130, 34, 220, 52), 12, 12);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return png;
}

} // namespace documentchecks
