#include "shipping/BusinessCalendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir::shipping {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("BusinessCalendar", text);
}

// Overseas departments and collectivities have their own ISO codes; their holidays are France's.
struct Overseas
{
    const char* iso;
    const char* postcode; // prefix
    int month;
    int day; // abolition of slavery (Code du travail, art. L3422-2)
};

constexpr Overseas kOverseas[] = {
    {"BL", "97133", 10, 9}, // Saint-Barthélemy: before Guadeloupe's 971, which is its prefix
    {"MF", "97150", 5, 27}, // Saint-Martin
    {"GP", "971", 5, 27},
    {"MQ", "972", 5, 22},
    {"GF", "973", 6, 10},
    {"RE", "974", 12, 20},
    {"YT", "976", 4, 27},
};

QDate nthWeekday(int year, int month, int weekday, int n) // n > 0 from the start, n < 0 from the end
{
    if (n > 0) {
        QDate date(year, month, 1);
        while (date.dayOfWeek() != weekday)
            date = date.addDays(1);
        return date.addDays(7 * (n - 1));
    }
    QDate date(year, month, QDate(year, month, 1).daysInMonth());
    while (date.dayOfWeek() != weekday)
        date = date.addDays(-1);
    return date;
}

} // namespace

BusinessCalendar::BusinessCalendar(const QString& country, const QString& postcode)
    : m_country(country.trimmed().toUpper())
{
    const QString code = postcode.trimmed();
    for (const Overseas& place : kOverseas) {
        if (m_country == QLatin1String(place.iso)
            || (m_country == QLatin1String("FR") && code.startsWith(QLatin1String(place.postcode)))) {
            m_country = QStringLiteral("FR");
            m_region = QLatin1String(place.iso);
            return;
        }
    }
    if (m_country == QLatin1String("FR")
        && (code.startsWith(QLatin1String("57")) || code.startsWith(QLatin1String("67"))
            || code.startsWith(QLatin1String("68")))
        && code.size() == 5)
        m_region = QStringLiteral("alsace-moselle");
    if (m_country == QLatin1String("MC")) // Monaco's parcels travel as France's
        m_country = QStringLiteral("FR");
}

QStringList BusinessCalendar::countriesWithHolidays()
{
    return {QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("LU"), QStringLiteral("DE"),
        QStringLiteral("ES"), QStringLiteral("IT"), QStringLiteral("NL"), QStringLiteral("GB")};
}

bool BusinessCalendar::knowsHolidays() const
{
    return countriesWithHolidays().contains(m_country);
}

QDate BusinessCalendar::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> BusinessCalendar::holidays(int year) const
{
    QList<Holiday> days;
    const QDate easter = easterSunday(year);
    const auto fixed = [&](int month, int day, const char* name) {
        days.append({QDate(year, month, day), translated(name)});
    };
    const auto moving = [&](int offset, const char* name) { days.append({easter.addDays(offset), translated(name)}); };
    const char* const newYear = QT_TRANSLATE_NOOP("BusinessCalendar", "New Year's Day");
    const char* const goodFriday = QT_TRANSLATE_NOOP("BusinessCalendar", "Good Friday");
    const char* const easterMonday = QT_TRANSLATE_NOOP("BusinessCalendar", "Easter Monday");
    const char* const labour = QT_TRANSLATE_NOOP("BusinessCalendar", "Labour Day");
    const char* const ascension = QT_TRANSLATE_NOOP("BusinessCalendar", "Ascension Day");
    const char* const whitMonday = QT_TRANSLATE_NOOP("BusinessCalendar", "Whit Monday");
    const char* const assumption = QT_TRANSLATE_NOOP("BusinessCalendar", "Assumption Day");
    const char* const allSaints = QT_TRANSLATE_NOOP("BusinessCalendar", "All Saints' Day");
    const char* const christmas = QT_TRANSLATE_NOOP("BusinessCalendar", "Christmas Day");
    const char* const stStephen = QT_TRANSLATE_NOOP("BusinessCalendar", "St Stephen's Day");
    const char* const epiphany = QT_TRANSLATE_NOOP("BusinessCalendar", "Epiphany");
    const char* const immaculate = QT_TRANSLATE_NOOP("BusinessCalendar", "Immaculate Conception");

    if (m_country == QLatin1String("FR")) {
        fixed(1, 1, newYear);
        moving(1, easterMonday);
        fixed(5, 1, labour);
        fixed(5, 8, QT_TRANSLATE_NOOP("BusinessCalendar", "Victory in Europe Day"));
        moving(39, ascension);
        moving(50, whitMonday);
        fixed(7, 14, QT_TRANSLATE_NOOP("BusinessCalendar", "Bastille Day"));
        fixed(8, 15, assumption);
        fixed(11, 1, allSaints);
        fixed(11, 11, QT_TRANSLATE_NOOP("BusinessCalendar", "Armistice Day"));
        fixed(12, 25, christmas);
        if (m_region == QLatin1String("alsace-moselle")) {
            moving(-2, goodFriday);
            fixed(12, 26, stStephen);
        }
        for (const Overseas& place : kOverseas)
            if (m_region == QLatin1String(place.iso))
                fixed(place.month, place.day, QT_TRANSLATE_NOOP("BusinessCalendar", "Abolition of Slavery Day"));
    } else if (m_country == QLatin1String("BE")) {
        fixed(1, 1, newYear);
        moving(1, easterMonday);
        fixed(5, 1, labour);
        moving(39, ascension);
        moving(50, whitMonday);
        fixed(7, 21, QT_TRANSLATE_NOOP("BusinessCalendar", "Belgian National Day"));
        fixed(8, 15, assumption);
        fixed(11, 1, allSaints);
        fixed(11, 11, QT_TRANSLATE_NOOP("BusinessCalendar", "Armistice Day"));
        fixed(12, 25, christmas);
    } else if (m_country == QLatin1String("LU")) {
        fixed(1, 1, newYear);
        moving(1, easterMonday);
        fixed(5, 1, labour);
        if (year >= 2019)
            fixed(5, 9, QT_TRANSLATE_NOOP("BusinessCalendar", "Europe Day"));
        moving(39, ascension);
        moving(50, whitMonday);
        fixed(6, 23, QT_TRANSLATE_NOOP("BusinessCalendar", "Luxembourg National Day"));
        fixed(8, 15, assumption);
        fixed(11, 1, allSaints);
        fixed(12, 25, christmas);
        fixed(12, 26, stStephen);
    } else if (m_country == QLatin1String("DE")) {
        fixed(1, 1, newYear);
        moving(-2, goodFriday);
        moving(1, easterMonday);
        fixed(5, 1, labour);
        moving(39, ascension);
        moving(50, whitMonday);
        fixed(10, 3, QT_TRANSLATE_NOOP("BusinessCalendar", "German Unity Day"));
        fixed(12, 25, christmas);
        fixed(12, 26, stStephen);
    } else if (m_country == QLatin1String("ES")) {
        fixed(1, 1, newYear);
        fixed(1, 6, epiphany);
        moving(-2, goodFriday);
        fixed(5, 1, labour);
        fixed(8, 15, assumption);
        fixed(10, 12, QT_TRANSLATE_NOOP("BusinessCalendar", "Spanish National Day"));
        fixed(11, 1, allSaints);
        fixed(12, 6, QT_TRANSLATE_NOOP("BusinessCalendar", "Constitution Day"));
        fixed(12, 8, immaculate);
        fixed(12, 25, christmas);
    } else if (m_country == QLatin1String("IT")) {
        fixed(1, 1, newYear);
        fixed(1, 6, epiphany);
        moving(1, easterMonday);
        fixed(4, 25, QT_TRANSLATE_NOOP("BusinessCalendar", "Liberation Day"));
        fixed(5, 1, labour);
        fixed(6, 2, QT_TRANSLATE_NOOP("BusinessCalendar", "Republic Day"));
        fixed(8, 15, assumption);
        fixed(11, 1, allSaints);
        fixed(12, 8, immaculate);
        fixed(12, 25, christmas);
        fixed(12, 26, stStephen);
    } else if (m_country == QLatin1String("NL")) {
        fixed(1, 1, newYear);
        moving(1, easterMonday);
        const QDate kingsDay(year, 4, 27);
        days.append({kingsDay.dayOfWeek() == Qt::Sunday ? kingsDay.addDays(-1) : kingsDay,
            translated(QT_TRANSLATE_NOOP("BusinessCalendar", "King's Day"))});
        if (year % 5 == 0) // a day off for all every fifth year
            fixed(5, 5, QT_TRANSLATE_NOOP("BusinessCalendar", "Liberation Day"));
        moving(39, ascension);
        moving(50, whitMonday);
        fixed(12, 25, christmas);
        fixed(12, 26, stStephen);
    } else if (m_country == QLatin1String("GB")) { // England and Wales; one-off days are not known
        fixed(1, 1, newYear);
        moving(-2, goodFriday);
        moving(1, easterMonday);
        days.append({nthWeekday(year, 5, Qt::Monday, 1),
            translated(QT_TRANSLATE_NOOP("BusinessCalendar", "Early May bank holiday"))});
        days.append({nthWeekday(year, 5, Qt::Monday, -1),
            translated(QT_TRANSLATE_NOOP("BusinessCalendar", "Spring bank holiday"))});
        days.append({nthWeekday(year, 8, Qt::Monday, -1),
            translated(QT_TRANSLATE_NOOP("BusinessCalendar", "Summer bank holiday"))});
        fixed(12, 25, christmas);
        fixed(12, 26, QT_TRANSLATE_NOOP("BusinessCalendar", "Boxing Day"));
        // A holiday on a weekend moves to the next weekday that is not already one.
        std::sort(days.begin(), days.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
        QList<Holiday> moved;
        for (Holiday& day : days) {
            if (day.date.dayOfWeek() < Qt::Saturday)
                continue;
            QDate substitute = day.date;
            const auto taken = [&](const QDate& date) {
                return std::any_of(days.begin(), days.end(), [&](const Holiday& h) { return h.date == date; })
                    || std::any_of(moved.begin(), moved.end(), [&](const Holiday& h) { return h.date == date; });
            };
            do
                substitute = substitute.addDays(1);
            while (substitute.dayOfWeek() >= Qt::Saturday || taken(substitute));
            moved.append(
                {substitute, translated(QT_TRANSLATE_NOOP("BusinessCalendar", "%1 (substitute day)")).arg(day.name)});
        }
        days += moved;
    }
    std::sort(days.begin(), days.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return days;
}

bool BusinessCalendar::isHoliday(const QDate& date) const
{
    auto cached = m_years.constFind(date.year());
    if (cached == m_years.constEnd()) {
        QList<QDate> dates;
        for (const Holiday& holiday : holidays(date.year()))
            dates.append(holiday.date);
        cached = m_years.insert(date.year(), dates);
    }
    return cached->contains(date);
}

bool BusinessCalendar::isWorkingDay(const QDate& date) const
{
    const int weekday = date.dayOfWeek();
    if (weekday == Qt::Sunday || (weekday == Qt::Saturday && !m_saturdays))
        return false;
    return !isHoliday(date);
}

QDate BusinessCalendar::addWorkingDays(const QDate& from, int days) const
{
    if (!from.isValid())
        return {};
    QDate date = from;
    while (!isWorkingDay(date))
        date = date.addDays(1);
    for (int left = std::max(0, days); left > 0;) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            --left;
    }
    return date;
}

int BusinessCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    // Whole weeks at once would be faster; parcels are counted over days and weeks, not years.
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1))
        if (isWorkingDay(date))
            ++count;
    return count;
}

} // namespace comptoir::shipping
