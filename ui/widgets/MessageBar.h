#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

// An inline message at the top of a page (success, warning, error), closable, never modal.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Positive,
        Information,
        Error,
    };

    explicit MessageBar(QWidget* parent = nullptr);
    void showMessage(const QString& text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }
    // A button after the shown message that runs `action` and closes the message ("Open Settings");
    // the next message has none unless given one again.
    void setAction(const QString& text, std::function<void()> action);
    QPushButton* actionButton() const { return m_action; }

private:
    QLabel* m_label;
    QPushButton* m_action;
    std::function<void()> m_run;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};
