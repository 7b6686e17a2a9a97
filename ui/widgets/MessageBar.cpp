#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
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
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_action->setAutoDefault(false);
    m_action->hide();
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto run = m_run; // the action may show another message
        hide();
        if (run)
            run();
    });
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    m_run = nullptr;
    m_action->hide();
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

void MessageBar::setAction(const QString& text, std::function<void()> action)
{
    m_action->setText(text);
    m_action->setAccessibleName(text);
    m_run = std::move(action);
    m_action->setVisible(bool(m_run));
}
