#pragma once

#include "reports/Periods.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

// The period of the dashboard's charts: a preset (today, last 7 or 30 days, this or last month or
// year) or custom days picked on calendars, and how the days are grouped — following the length
// of the period (days up to a month, weeks up to six months, months beyond) unless the merchant
// picks another grouping. The choice is remembered.
class DateRangePicker final : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        Today,
        Last7Days,
        Last30Days,
        ThisMonth,
        LastMonth,
        ThisYear,
        LastYear,
        Custom,
    };

    explicit DateRangePicker(QWidget* parent = nullptr);

    // The shop's day, from which the presets count (the shop's clock, so tests can set it).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    void setPreset(Preset preset);
    Preset preset() const;
    // Picks Custom with these days (swapped when `to` comes first).
    void setCustomRange(const QDate& from, const QDate& to);
    QDate from() const;
    QDate to() const;
    void setGrouping(comptoir::reports::Grouping grouping);
    comptoir::reports::Grouping grouping() const;

    static std::pair<QDate, QDate> presetRange(Preset preset, const QDate& today);
    // What reads well on a chart: days up to 31 days, weeks up to 6 months, months beyond.
    static comptoir::reports::Grouping suggestedGrouping(const QDate& from, const QDate& to);

    // Reads and writes the choice in QSettings under `dashboard/`.
    void restore();
    void save() const;

    QComboBox* presetCombo() const { return m_preset; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* groupingCombo() const { return m_grouping; }

Q_SIGNALS:
    // The period or its grouping changed (once per change made by the user or a setter).
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPreset();
    void datesEdited();
    void retranslate();

    QDate m_today;
    QLabel* m_presetLabel;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QLabel* m_dash;
    QDateEdit* m_to;
    QLabel* m_groupingLabel;
    QComboBox* m_grouping;
};
