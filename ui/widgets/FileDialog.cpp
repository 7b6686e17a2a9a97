#include "widgets/FileDialog.h"

#include <QFileDialog>

namespace {

QString& nextFileName()
{
    static QString path;
    return path;
}

} // namespace

QString FileDialog::saveFileName(
    QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter)
{
    if (!nextFileName().isEmpty())
        return std::exchange(nextFileName(), QString());
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& title, const QString& folder, const QString& filter)
{
    if (!nextFileName().isEmpty())
        return std::exchange(nextFileName(), QString());
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

void FileDialog::setNextFileName(const QString& path)
{
    nextFileName() = path;
}
