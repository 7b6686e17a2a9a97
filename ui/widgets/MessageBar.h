#pragma once

#include <QFrame>

class QLabel;
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

private:
    QLabel* m_label;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};
