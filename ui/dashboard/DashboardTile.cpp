#include "dashboard/DashboardTile.h"

#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionButton>

namespace {
constexpr int kPadding = 12;
constexpr int kAccentWidth = 4;
} // namespace

DashboardTile::DashboardTile(QWidget* parent)
    : QPushButton(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::StrongFocus);
    setAutoDefault(false);
}

void DashboardTile::setTitle(const QString& title)
{
    m_title = title;
    updateAccessibleName();
    updateGeometry();
    update();
}

void DashboardTile::setValue(const QString& value)
{
    m_value = value;
    updateAccessibleName();
    update();
}

void DashboardTile::setDetail(const QString& detail)
{
    m_detail = detail;
    updateAccessibleName();
    update();
}

void DashboardTile::setAttention(bool attention)
{
    m_attention = attention;
    update();
}

QFont DashboardTile::valueFont() const
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    return big;
}

QFont DashboardTile::detailFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    return small;
}

QSize DashboardTile::sizeHint() const
{
    const QFontMetrics title(font());
    const QFontMetrics value(valueFont());
    const QFontMetrics detail(detailFont());
    const int width = std::max({title.horizontalAdvance(m_title), value.horizontalAdvance(m_value),
                          detail.horizontalAdvance(m_detail), 160})
        + 2 * kPadding + kAccentWidth;
    const int height = title.height() + value.height() + detail.height() + 2 * kPadding;
    return {width, height};
}

QSize DashboardTile::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {std::min(hint.width(), 150), hint.height()};
}

void DashboardTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    option.icon = QIcon();
    style()->drawControl(QStyle::CE_PushButton, &option, &painter, this);

    const QPalette& colours = palette();
    QRect area = rect().adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    if (m_attention)
        painter.fillRect(QRect(area.left() - kPadding / 2, area.top() + 2, kAccentWidth, area.height() - 4),
            colours.color(QPalette::Highlight));
    area.setLeft(area.left() + kAccentWidth);

    const QFontMetrics titleMetrics(font());
    painter.setFont(font());
    painter.setPen(colours.color(QPalette::ButtonText));
    painter.drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(m_title, Qt::ElideRight, area.width()));

    const QFont big = valueFont();
    const QFontMetrics valueMetrics(big);
    painter.setFont(big);
    painter.setPen(m_attention ? colours.color(QPalette::Highlight) : colours.color(QPalette::ButtonText));
    const int valueTop = area.top() + titleMetrics.height();
    painter.drawText(QRect(area.left(), valueTop, area.width(), valueMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, valueMetrics.elidedText(m_value, Qt::ElideRight, area.width()));

    const QFont small = detailFont();
    const QFontMetrics detailMetrics(small);
    painter.setFont(small);
    painter.setPen(colours.color(QPalette::PlaceholderText));
    painter.drawText(QRect(area.left(), valueTop + valueMetrics.height(), area.width(), detailMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, detailMetrics.elidedText(m_detail, Qt::ElideRight, area.width()));
}

void DashboardTile::keyPressEvent(QKeyEvent* event)
{
    // A tile opens like a link: Enter as well as Space.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        animateClick();
        return;
    }
    QPushButton::keyPressEvent(event);
}

void DashboardTile::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QPushButton::changeEvent(event);
}

void DashboardTile::updateAccessibleName()
{
    setAccessibleName(m_detail.isEmpty() ? QStringLiteral("%1: %2").arg(m_title, m_value)
                                         : QStringLiteral("%1: %2, %3").arg(m_title, m_value, m_detail));
}
