#include "shipping/BusinessCalendar.h"

#include <QTest>

using comptoir::shipping::BusinessCalendar;

// Working days for transit times: weekends, France's public holidays with the moving feasts of
// Easter, Alsace-Moselle and overseas days chosen by postcode, other countries' holidays, and the
// arithmetic the expected delivery day and "no news for N days" rely on.
class TestBusinessCalendar final : public QObject
{
    Q_OBJECT

private:
    static QList<QDate> dates(const BusinessCalendar& calendar, int year)
    {
        QList<QDate> list;
        for (const auto& holiday : calendar.holidays(year))
            list << holiday.date;
        return list;
    }

private Q_SLOTS:
    void easterSundays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        // Published dates, including the earliest and latest possible ones.
        QTest::newRow("1818") << 1818 << QDate(1818, 3, 22);
        QTest::newRow("1943") << 1943 << QDate(1943, 4, 25);
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2008") << 2008 << QDate(2008, 3, 23);
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 25);
    }

    void easterSundays()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(BusinessCalendar::easterSunday(year), easter);
        QCOMPARE(BusinessCalendar::easterSunday(year).dayOfWeek(), int(Qt::Sunday));
    }

    void franceHas11Holidays()
    {
        const BusinessCalendar france(QStringLiteral("FR"), QStringLiteral("35000"));
        const QList<QDate> expected = {QDate(2026, 1, 1), QDate(2026, 4, 6), QDate(2026, 5, 1), QDate(2026, 5, 8),
            QDate(2026, 5, 14), QDate(2026, 5, 25), QDate(2026, 7, 14), QDate(2026, 8, 15), QDate(2026, 11, 1),
            QDate(2026, 11, 11), QDate(2026, 12, 25)};
        QCOMPARE(dates(france, 2026), expected);
        // 2024: Easter Monday 1 April, Ascension 9 May, Whit Monday 20 May.
        QVERIFY(france.isHoliday(QDate(2024, 4, 1)));
        QVERIFY(france.isHoliday(QDate(2024, 5, 9)));
        QVERIFY(france.isHoliday(QDate(2024, 5, 20)));
        QVERIFY(!france.isHoliday(QDate(2024, 3, 29))); // Good Friday is not one, outside Alsace-Moselle
        QVERIFY(!france.isHoliday(QDate(2024, 12, 26)));
        for (const auto& holiday : france.holidays(2026))
            QVERIFY(!holiday.name.isEmpty());
    }

    void alsaceMoselleAndOverseas()
    {
        const BusinessCalendar strasbourg(QStringLiteral("FR"), QStringLiteral("67000"));
        QCOMPARE(dates(strasbourg, 2026).size(), 13);
        QVERIFY(strasbourg.isHoliday(QDate(2026, 4, 3))); // Good Friday
        QVERIFY(strasbourg.isHoliday(QDate(2026, 12, 26)));
        QVERIFY(BusinessCalendar(QStringLiteral("FR"), QStringLiteral("57000")).isHoliday(QDate(2026, 4, 3)));
        QVERIFY(!BusinessCalendar(QStringLiteral("FR"), QStringLiteral("69000")).isHoliday(QDate(2026, 4, 3)));

        QVERIFY(BusinessCalendar(QStringLiteral("FR"), QStringLiteral("97400")).isHoliday(QDate(2026, 12, 20)));
        QVERIFY(BusinessCalendar(QStringLiteral("RE")).isHoliday(QDate(2026, 12, 20))); // by its own ISO code
        QVERIFY(BusinessCalendar(QStringLiteral("FR"), QStringLiteral("97200")).isHoliday(QDate(2026, 5, 22)));
        QVERIFY(BusinessCalendar(QStringLiteral("FR"), QStringLiteral("97100")).isHoliday(QDate(2026, 5, 27)));
        QVERIFY(BusinessCalendar(QStringLiteral("FR"), QStringLiteral("97300")).isHoliday(QDate(2026, 6, 10)));
        QVERIFY(BusinessCalendar(QStringLiteral("FR"), QStringLiteral("97600")).isHoliday(QDate(2026, 4, 27)));
        QVERIFY(BusinessCalendar(QStringLiteral("FR"), QStringLiteral("97133")).isHoliday(QDate(2026, 10, 9)));
        QVERIFY(!BusinessCalendar(QStringLiteral("FR"), QStringLiteral("97133")).isHoliday(QDate(2026, 5, 27)));
        QVERIFY(!BusinessCalendar(QStringLiteral("FR"), QStringLiteral("75001")).isHoliday(QDate(2026, 12, 20)));
    }

    void otherCountries()
    {
        const BusinessCalendar germany(QStringLiteral("DE"));
        QVERIFY(germany.isHoliday(QDate(2026, 10, 3)));
        QVERIFY(germany.isHoliday(QDate(2026, 4, 3))); // Good Friday
        QVERIFY(!germany.isHoliday(QDate(2026, 7, 14)));
        QVERIFY(BusinessCalendar(QStringLiteral("BE")).isHoliday(QDate(2026, 7, 21)));
        QVERIFY(BusinessCalendar(QStringLiteral("LU")).isHoliday(QDate(2026, 6, 23)));
        QVERIFY(BusinessCalendar(QStringLiteral("ES")).isHoliday(QDate(2026, 10, 12)));
        QVERIFY(BusinessCalendar(QStringLiteral("IT")).isHoliday(QDate(2026, 6, 2)));
        // King's Day moves to Saturday 26 April when the 27th is a Sunday (2025).
        QVERIFY(BusinessCalendar(QStringLiteral("NL")).isHoliday(QDate(2025, 4, 26)));
        QVERIFY(!BusinessCalendar(QStringLiteral("NL")).isHoliday(QDate(2025, 4, 27)));
        // England: Christmas on a Saturday (2021) gives Monday 27 and Tuesday 28 off.
        const BusinessCalendar england(QStringLiteral("GB"));
        QVERIFY(england.isHoliday(QDate(2021, 12, 27)));
        QVERIFY(england.isHoliday(QDate(2021, 12, 28)));
        QVERIFY(england.isHoliday(QDate(2026, 5, 4))); // early May: first Monday
        QVERIFY(england.isHoliday(QDate(2026, 5, 25))); // spring: last Monday
        QVERIFY(england.isHoliday(QDate(2026, 8, 31)));
        QVERIFY(england.isHoliday(QDate(2022, 1, 3))); // New Year's Day on a Saturday
        // Unknown countries: weekends only.
        const BusinessCalendar japan(QStringLiteral("JP"));
        QVERIFY(!japan.knowsHolidays());
        QVERIFY(japan.holidays(2026).isEmpty());
        QVERIFY(japan.isWorkingDay(QDate(2026, 1, 1)));
    }

    void workingDayArithmetic()
    {
        BusinessCalendar france(QStringLiteral("FR"));
        // Friday 8 May 2026 is a holiday; a parcel handed over on Thursday 7 May with 2 days of transit
        // arrives on Tuesday 12 May (Friday, the weekend skipped).
        QCOMPARE(france.addWorkingDays(QDate(2026, 5, 7), 2), QDate(2026, 5, 12));
        QCOMPARE(france.addWorkingDays(QDate(2026, 5, 7), 0), QDate(2026, 5, 7));
        // Handed over on a Sunday: counted from Monday.
        QCOMPARE(france.addWorkingDays(QDate(2026, 11, 22), 0), QDate(2026, 11, 23));
        QCOMPARE(france.addWorkingDays(QDate(2026, 11, 22), 1), QDate(2026, 11, 24));
        // Christmas week 2026: Friday 25 is off.
        QCOMPARE(france.addWorkingDays(QDate(2026, 12, 24), 1), QDate(2026, 12, 28));
        QCOMPARE(france.workingDaysBetween(QDate(2026, 12, 24), QDate(2026, 12, 28)), 1);
        QCOMPARE(france.workingDaysBetween(QDate(2026, 11, 16), QDate(2026, 11, 23)), 5);
        QCOMPARE(france.workingDaysBetween(QDate(2026, 11, 23), QDate(2026, 11, 16)), 0);
        QCOMPARE(france.workingDaysBetween(QDate(2026, 11, 23), QDate(2026, 11, 23)), 0);
        // Carriers delivering on Saturdays count them.
        france.setSaturdayWorking(true);
        QCOMPARE(france.addWorkingDays(QDate(2026, 11, 20), 1), QDate(2026, 11, 21));
        QCOMPARE(france.workingDaysBetween(QDate(2026, 11, 16), QDate(2026, 11, 23)), 6);
        QVERIFY(!france.isWorkingDay(QDate(2026, 11, 22)));
        QVERIFY(!france.isWorkingDay(QDate(2026, 11, 11))); // a holiday stays one on any weekday
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "TestBusinessCalendar.moc"
