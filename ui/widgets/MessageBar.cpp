#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("messageBarText"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    // Tint from the palette so dark themes stay readable: the highlight for information, a mix
    // towards red or green for the others.
    QPalette p = palette();
    const QColor base = p.color(QPalette::Window);
    QColor tint = kind == Kind::Error ? QColor(220, 50, 47)
        : kind == Kind::Positive      ? QColor(40, 160, 70)
                                      : p.color(QPalette::Highlight);
    const auto mix = [](const QColor& a, const QColor& b) {
        return QColor((a.red() * 3 + b.red()) / 4, (a.green() * 3 + b.green()) / 4, (a.blue() * 3 + b.blue()) / 4);
    };
    p.setColor(QPalette::Window, mix(base, tint));
    setPalette(p);
    setAccessibleDescription(text);
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}
