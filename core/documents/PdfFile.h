#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace comptoir::documents {

// A PDF file written whole or not at all: a failed or cancelled document leaves no file, and an
// existing file at that path is replaced only once the new one is complete.
class PdfFile final
{
public:
    using Painter = std::function<Status(QPagedPaintDevice* device)>;

    // Paints the document with `paint` on a PDF writer (300 dpi) and saves it at `path`.
    static Status write(const QString& path, const QString& title, const Painter& paint);
};

} // namespace comptoir::documents
