#pragma once

#include <QString>

class QWidget;

// The one way ui/ asks where to save a file (or which one to open), so tests can answer: setNextFileName() makes the
// next question return that path without showing anything.
class FileDialog final
{
public:
    // The chosen path, or empty when the user cancelled.
    static QString saveFileName(
        QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter);
    static QString openFileName(QWidget* parent, const QString& title, const QString& folder, const QString& filter);
    static void setNextFileName(const QString& path);
};
