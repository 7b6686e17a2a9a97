#pragma once

#include "storage/Database.h"

#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

namespace comptoir::documents {

// The paper a document is printed on: office sheets, or the 4×6 in labels of thermal printers.
enum class PageFormat
{
    A4,
    Letter,
    Label4x6, // 101.6 × 152.4 mm, portrait
};

QString pageFormatKey(PageFormat format); // "a4", "letter", "4x6"
bool pageFormatFromKey(const QString& key, PageFormat& format);
QString pageFormatLabel(PageFormat format); // translated: "4×6 in label"
QList<PageFormat> allPageFormats();
// The page size and its margins.
QPageLayout pageLayout(PageFormat format);

// A page in device pixels: the whole sheet and the area inside the margins.
struct PageGeometry
{
    qreal dpi = 72;
    QRectF paper;
    QRectF content;
};

// Sets the format's page layout on a printer or PDF writer; its painter's (0, 0) is then the top
// left of the margins.
PageGeometry preparePagedDevice(QPagedPaintDevice* device, PageFormat format);
// A white image of the whole sheet at `dpi` (for previews and tests), and where its margins are.
QImage blankPage(PageFormat format, qreal dpi);
PageGeometry imageGeometry(const QImage& page, PageFormat format);

} // namespace comptoir::documents
