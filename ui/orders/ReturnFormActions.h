#pragma once

#include "storage/Database.h"

#include <QList>
#include <QObject>

#include <functional>

class MessageBar;
class QAction;
class QMenu;
class QWidget;

// The return form of the returns a dialog shows, printed after a preview (Ctrl+P) or saved as
// PDF: two actions, added to the dialog for their shortcuts and gathered in a menu, which ask the
// dialog which returns and say in its message bar what went wrong or where the file went.
class ReturnFormActions final : public QObject
{
    Q_OBJECT

public:
    // `chosen` gives the returns to print, in order (none: the actions say so); `messages` is the
    // dialog's message bar; `parent` the dialog, which receives the actions.
    ReturnFormActions(comptoir::storage::DatabasePtr database, std::function<QList<qint64>()> chosen,
        MessageBar* messages, QWidget* parent);

    QAction* printAction() const { return m_print; }
    QAction* saveAction() const { return m_save; }
    // Both actions, for a button's menu.
    QMenu* menu() const { return m_menu; }
    void setEnabled(bool enabled);

    // Shows the print preview of the chosen returns' forms, from which they are printed.
    void print();
    // Asks where to save the PDF, then saves it there.
    void saveAs();
    // Writes the chosen returns' forms to one PDF; says where in the message bar, or what went wrong.
    bool save(const QString& path);

private:
    // The returns to print; none: says so.
    QList<qint64> chosenReturns() const;

    comptoir::storage::DatabasePtr m_database;
    std::function<QList<qint64>()> m_chosen;
    MessageBar* m_messages;
    QWidget* m_parent;
    QAction* m_print;
    QAction* m_save;
    QMenu* m_menu;
};
