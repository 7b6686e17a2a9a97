#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace comptoir::shipping {

struct Holiday
{
    QDate date;
    QString name; // translated
};

// Working days of a country: weekends and public holidays, for carriers' transit times. France is
// complete, with Alsace-Moselle's two extra days and each overseas department's abolition day
// (chosen by postcode); Belgium, Luxembourg, Germany (national days), Spain (national days), Italy,
// the Netherlands and the United Kingdom (England and Wales, with substitute days) too. Any other
// country only skips weekends. Easter and the days that follow it are computed for each year.
class BusinessCalendar final
{
public:
    // country: ISO 3166 code ("FR"); postcode: of the place, where holidays depend on it.
    explicit BusinessCalendar(const QString& country = QStringLiteral("FR"), const QString& postcode = {});

    // Carriers that deliver on Saturdays (Colissimo) count them as working days.
    void setSaturdayWorking(bool working) { m_saturdays = working; }
    bool saturdayWorking() const { return m_saturdays; }

    const QString& country() const { return m_country; }
    // Whether the country's holidays are known (else only weekends are skipped).
    bool knowsHolidays() const;
    static QStringList countriesWithHolidays();

    // Easter Sunday of a Gregorian year (Meeus/Jones/Butcher computus).
    static QDate easterSunday(int year);
    // The public holidays of a year, in date order.
    QList<Holiday> holidays(int year) const;
    bool isHoliday(const QDate& date) const;
    bool isWorkingDay(const QDate& date) const;

    // The working day that comes `days` working days after `from` (a parcel handed over on `from`
    // with a transit of `days`); 0 gives `from` itself, or the next working day when `from` is not one.
    QDate addWorkingDays(const QDate& from, int days) const;
    // Working days after `from`, up to and including `to` (0 when `to` is not after `from`).
    int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    QString m_country;
    QString m_region; // "alsace-moselle", "971"… for France
    bool m_saturdays = false;
    mutable QHash<int, QList<QDate>> m_years; // holidays by year, filled on first use
};

} // namespace comptoir::shipping
