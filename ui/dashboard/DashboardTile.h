#pragma once

#include <QPushButton>

// A tile of the dashboard: what it counts, a big number and one line saying more ("oldest: 2 days
// ago"). A button: focusable, Enter or Space opens what it counts; its accent colour (the palette's
// highlight) says that the number is work waiting.
class DashboardTile final : public QPushButton
{
    Q_OBJECT

public:
    explicit DashboardTile(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return m_title; }
    void setValue(const QString& value);
    QString value() const { return m_value; }
    void setDetail(const QString& detail);
    QString detail() const { return m_detail; }
    // The number means work to do: drawn in the accent colour with a bar on the side.
    void setAttention(bool attention);
    bool needsAttention() const { return m_attention; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QFont valueFont() const;
    QFont detailFont() const;
    void updateAccessibleName();

    QString m_title;
    QString m_value;
    QString m_detail;
    bool m_attention = false;
};
