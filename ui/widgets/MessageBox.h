#pragma once

#include <QMessageBox>

// The one way ui/ asks a modal question, so tests can answer it: setNextAnswer() makes the next
// question return that button without showing anything.
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static QMessageBox::StandardButton s_nextAnswer;
};
