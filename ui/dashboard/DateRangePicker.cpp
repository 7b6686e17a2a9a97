#include "dashboard/DateRangePicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalBlocker>

using comptoir::reports::Grouping;

namespace {

struct PresetName
{
    DateRangePicker::Preset preset;
    const char* key; // in the settings
    const char* text;
};

const PresetName kPresets[] = {
    {DateRangePicker::Preset::Today, "today", QT_TRANSLATE_NOOP("DateRangePicker", "Today")},
    {DateRangePicker::Preset::Last7Days, "last-7-days", QT_TRANSLATE_NOOP("DateRangePicker", "Last 7 days")},
    {DateRangePicker::Preset::Last30Days, "last-30-days", QT_TRANSLATE_NOOP("DateRangePicker", "Last 30 days")},
    {DateRangePicker::Preset::ThisMonth, "this-month", QT_TRANSLATE_NOOP("DateRangePicker", "This month")},
    {DateRangePicker::Preset::LastMonth, "last-month", QT_TRANSLATE_NOOP("DateRangePicker", "Last month")},
    {DateRangePicker::Preset::ThisYear, "this-year", QT_TRANSLATE_NOOP("DateRangePicker", "This year")},
    {DateRangePicker::Preset::LastYear, "last-year", QT_TRANSLATE_NOOP("DateRangePicker", "Last year")},
    {DateRangePicker::Preset::Custom, "custom", QT_TRANSLATE_NOOP("DateRangePicker", "Custom")},
};

const Grouping kGroupings[] = {Grouping::Day, Grouping::Week, Grouping::Month, Grouping::Quarter};

} // namespace

DateRangePicker::DateRangePicker(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_presetLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_dash(new QLabel(QStringLiteral("–"), this))
    , m_to(new QDateEdit(this))
    , m_groupingLabel(new QLabel(this))
    , m_grouping(new QComboBox(this))
{
    m_preset->setObjectName(QStringLiteral("dashboardPeriod"));
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_grouping->setObjectName(QStringLiteral("dashboardGrouping"));
    for (const PresetName& name : kPresets)
        m_preset->addItem(QString(), int(name.preset));
    for (Grouping grouping : kGroupings)
        m_grouping->addItem(QString(), int(grouping));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_groupingLabel->setBuddy(m_grouping);
    m_presetLabel->setBuddy(m_preset);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_presetLabel);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_groupingLabel);
    layout->addWidget(m_grouping);

    setPreset(Preset::Last30Days);
    connect(m_preset, &QComboBox::activated, this, [this] {
        applyPreset();
        Q_EMIT changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangePicker::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangePicker::datesEdited);
    connect(m_grouping, &QComboBox::activated, this, [this] { Q_EMIT changed(); });
    retranslate();
}

void DateRangePicker::setToday(const QDate& today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    if (preset() != Preset::Custom)
        applyPreset();
}

void DateRangePicker::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    applyPreset();
    Q_EMIT changed();
}

DateRangePicker::Preset DateRangePicker::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void DateRangePicker::setCustomRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(std::min(from, to));
        m_to->setDate(std::max(from, to));
    }
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    setGrouping(suggestedGrouping(this->from(), this->to()));
    Q_EMIT changed();
}

QDate DateRangePicker::from() const
{
    return m_from->date();
}

QDate DateRangePicker::to() const
{
    return m_to->date();
}

void DateRangePicker::setGrouping(Grouping grouping)
{
    const int index = m_grouping->findData(int(grouping));
    if (index >= 0 && index != m_grouping->currentIndex()) {
        m_grouping->setCurrentIndex(index);
        Q_EMIT changed();
    }
}

Grouping DateRangePicker::grouping() const
{
    return Grouping(m_grouping->currentData().toInt());
}

std::pair<QDate, QDate> DateRangePicker::presetRange(Preset preset, const QDate& today)
{
    switch (preset) {
    case Preset::Today:
        return {today, today};
    case Preset::Last7Days:
        return {today.addDays(-6), today};
    case Preset::Last30Days:
    case Preset::Custom:
        return {today.addDays(-29), today};
    case Preset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Preset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Preset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    }
    return {today, today};
}

Grouping DateRangePicker::suggestedGrouping(const QDate& from, const QDate& to)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 31)
        return Grouping::Day;
    if (days <= 186)
        return Grouping::Week;
    return Grouping::Month;
}

void DateRangePicker::applyPreset()
{
    const Preset chosen = preset();
    if (chosen != Preset::Custom) {
        const auto [from, to] = presetRange(chosen, m_today);
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    const QSignalBlocker blockGrouping(m_grouping);
    m_grouping->setCurrentIndex(m_grouping->findData(int(suggestedGrouping(from(), to()))));
}

void DateRangePicker::datesEdited()
{
    // Editing a day makes the period a custom one; the other end follows when they cross.
    if (sender() == m_from && m_from->date() > m_to->date()) {
        const QSignalBlocker block(m_to);
        m_to->setDate(m_from->date());
    } else if (sender() == m_to && m_to->date() < m_from->date()) {
        const QSignalBlocker block(m_from);
        m_from->setDate(m_to->date());
    }
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    }
    const QSignalBlocker blockGrouping(m_grouping);
    m_grouping->setCurrentIndex(m_grouping->findData(int(suggestedGrouping(from(), to()))));
    Q_EMIT changed();
}

void DateRangePicker::restore()
{
    QSettings settings;
    const QString key = settings.value(QStringLiteral("dashboard/period")).toString();
    const auto* found = std::find_if(std::begin(kPresets), std::end(kPresets),
        [&](const PresetName& name) { return key == QLatin1String(name.key); });
    const QSignalBlocker block(this);
    if (found != std::end(kPresets) && found->preset == Preset::Custom) {
        const QDate from = QDate::fromString(settings.value(QStringLiteral("dashboard/from")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(settings.value(QStringLiteral("dashboard/to")).toString(), Qt::ISODate);
        if (from.isValid() && to.isValid())
            setCustomRange(from, to);
    } else if (found != std::end(kPresets)) {
        setPreset(found->preset);
    }
    if (auto grouping
        = comptoir::reports::groupingFromKey(settings.value(QStringLiteral("dashboard/grouping")).toString()))
        setGrouping(*grouping);
}

void DateRangePicker::save() const
{
    QSettings settings;
    for (const PresetName& name : kPresets) {
        if (name.preset == preset())
            settings.setValue(QStringLiteral("dashboard/period"), QString::fromLatin1(name.key));
    }
    settings.setValue(QStringLiteral("dashboard/from"), from().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("dashboard/to"), to().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("dashboard/grouping"), comptoir::reports::groupingKey(grouping()));
}

void DateRangePicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateRangePicker::retranslate()
{
    for (int i = 0; i < m_preset->count(); ++i) {
        for (const PresetName& name : kPresets) {
            if (int(name.preset) == m_preset->itemData(i).toInt())
                m_preset->setItemText(i, tr(name.text));
        }
    }
    for (int i = 0; i < m_grouping->count(); ++i)
        m_grouping->setItemText(i, comptoir::reports::groupingName(Grouping(m_grouping->itemData(i).toInt())));
    m_presetLabel->setText(tr("&Period"));
    m_groupingLabel->setText(tr("&Group by"));
    m_preset->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_grouping->setAccessibleName(tr("Group by"));
    m_preset->setToolTip(tr("The period of the figures and charts (Alt+P)"));
}
