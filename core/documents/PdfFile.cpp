#include "documents/PdfFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace comptoir::documents {

Status PdfFile::write(const QString& path, const QString& title, const Painter& paint)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error(Error::Code::Io, QCoreApplication::translate("PdfFile", "Cannot write the PDF file."),
            QDir::toNativeSeparators(path), file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Comptoir"));
        writer.setResolution(300);
        if (auto painted = paint(&writer); !painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace comptoir::documents
