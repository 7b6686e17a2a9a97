#include "common/Money.h"

#include <QTest>

using namespace comptoir;

// Money: integer minor units, exact parsing, locale formatting without floating point.
class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencies()
    {
        QVERIFY(Currency::fromCode(u"EUR").isValid());
        QCOMPARE(Currency::fromCode(u"eur").code(), QStringLiteral("EUR"));
        QCOMPARE(Currency::fromCode(u"JPY").minorDigits(), 0);
        QCOMPARE(Currency::fromCode(u"TND").minorDigits(), 3);
        QVERIFY(!Currency::fromCode(u"XXX").isValid());
        QVERIFY(!Currency::fromCode(u"EURO").isValid());
        QVERIFY(!Currency::fromCode(u"").isValid());
    }

    void arithmetic()
    {
        const Currency eur = Currency::euro();
        const Money a(1999, eur), b(1, eur);
        QCOMPARE((a + b).minorUnits(), 2000);
        QCOMPARE((a - b).minorUnits(), 1998);
        QCOMPARE((-a).minorUnits(), -1999);
        QCOMPARE((a * 3).minorUnits(), 5997);
        Money c = a;
        c += b;
        c -= Money(500, eur);
        QCOMPARE(c.minorUnits(), 1500);
        QVERIFY(a > b);
        QVERIFY(Money(0, eur).isZero());
        QVERIFY(Money(-1, eur).isNegative());
    }

    void rounding_data()
    {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << qint64(10) << qint64(2) << int(Rounding::HalfUp) << qint64(5);
        QTest::newRow("half up .5") << qint64(5) << qint64(2) << int(Rounding::HalfUp) << qint64(3);
        QTest::newRow("half up -.5") << qint64(-5) << qint64(2) << int(Rounding::HalfUp) << qint64(-3);
        QTest::newRow("half even 2.5") << qint64(5) << qint64(2) << int(Rounding::HalfEven) << qint64(2);
        QTest::newRow("half even 3.5") << qint64(7) << qint64(2) << int(Rounding::HalfEven) << qint64(4);
        QTest::newRow("half even -2.5") << qint64(-5) << qint64(2) << int(Rounding::HalfEven) << qint64(-2);
        QTest::newRow("down 2.9") << qint64(29) << qint64(10) << int(Rounding::Down) << qint64(2);
        QTest::newRow("down -2.9") << qint64(-29) << qint64(10) << int(Rounding::Down) << qint64(-2);
        QTest::newRow("below half") << qint64(14) << qint64(10) << int(Rounding::HalfUp) << qint64(1);
        QTest::newRow("above half") << qint64(16) << qint64(10) << int(Rounding::HalfUp) << qint64(2);
        QTest::newRow("negative denominator") << qint64(5) << qint64(-2) << int(Rounding::HalfUp) << qint64(-3);
    }

    void rounding()
    {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(int, mode);
        QFETCH(qint64, expected);
        QCOMPARE(roundedDivision(numerator, denominator, Rounding(mode)), expected);
    }

    void vatIncludedInPrice()
    {
        // 19,99 € TTC at 20 %: VAT = 19,99 × 20 / 120 = 3,331… → 3,33 €; at 5,5 %: 1,042… → 1,04 €.
        const Money price(1999, Currency::euro());
        QCOMPARE(price.multipliedBy(2000, 12000).minorUnits(), 333);
        QCOMPARE(price.multipliedBy(550, 10550).minorUnits(), 104);
        // A value whose product overflows 64 bits stays exact thanks to the wide intermediate.
        const Money huge(INT64_MAX / 3, Currency::euro());
        QCOMPARE(huge.multipliedBy(3, 3).minorUnits(), INT64_MAX / 3);
    }

    void allocate()
    {
        const Money total(1000, Currency::euro());
        const auto parts = total.allocate({1, 1, 1});
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[0].minorUnits(), 334);
        QCOMPARE(parts[1].minorUnits(), 333);
        QCOMPARE(parts[2].minorUnits(), 333);
        const auto negative = Money(-1000, Currency::euro()).allocate({1, 2});
        QCOMPARE(negative[0].minorUnits() + negative[1].minorUnits(), -1000);
        QCOMPARE(negative[0].minorUnits(), -334); // the left-over unit goes to the first part, as for positive amounts
        QCOMPARE(negative[1].minorUnits(), -666);
        const auto zeroWeight = total.allocate({0, 3, 1});
        QCOMPARE(zeroWeight[0].minorUnits(), 0);
        QCOMPARE(zeroWeight[1].minorUnits() + zeroWeight[2].minorUnits(), 1000);
    }

    void decimalString()
    {
        QCOMPARE(Money(123450, Currency::euro()).toDecimalString(), QStringLiteral("1234.50"));
        QCOMPARE(Money(-5, Currency::euro()).toDecimalString(), QStringLiteral("-0.05"));
        QCOMPARE(Money(0, Currency::euro()).toDecimalString(), QStringLiteral("0.00"));
        QCOMPARE(Money(1500, Currency::fromCode(u"JPY")).toDecimalString(), QStringLiteral("1500"));
        QCOMPARE(Money(1500, Currency::fromCode(u"TND")).toDecimalString(), QStringLiteral("1.500"));
    }

    void format()
    {
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const Money amount(123456, Currency::euro());
        const QString fr = amount.format(french);
        QVERIFY2(fr.contains(QStringLiteral("234,56")), qPrintable(fr));
        QVERIFY2(fr.endsWith(QStringLiteral("€")), qPrintable(fr));
        QVERIFY2(fr.startsWith(QStringLiteral("1")), qPrintable(fr));
        QCOMPARE(amount.format(english), QStringLiteral("€1,234.56"));
        QCOMPARE(Money(-5, Currency::euro()).format(english), QStringLiteral("-€0.05"));
        const QString negativeFr = Money(-150, Currency::euro()).format(french);
        QVERIFY2(negativeFr.startsWith(QStringLiteral("-")) && negativeFr.contains(QStringLiteral("1,50")),
            qPrintable(negativeFr));
        QCOMPARE(Money(1999, Currency::fromCode(u"USD")).format(english), QStringLiteral("$19.99"));
        QCOMPARE(amount.toLocaleDecimalString(english), QStringLiteral("1,234.56"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("dot") << "12.5"
                             << "EUR" << true << qint64(1250);
        QTest::newRow("comma") << "12,50"
                               << "EUR" << true << qint64(1250);
        QTest::newRow("integer") << "3"
                                 << "EUR" << true << qint64(300);
        QTest::newRow("negative") << "-3,10"
                                  << "EUR" << true << qint64(-310);
        QTest::newRow("french grouping") << QStringLiteral("1\u202F234,56 €") << "EUR" << true << qint64(123456);
        QTest::newRow("english grouping") << "€1,234.56"
                                          << "EUR" << true << qint64(123456);
        QTest::newRow("dot grouping") << "1.234,56"
                                      << "EUR" << true << qint64(123456);
        QTest::newRow("symbol after") << "19,99€"
                                      << "EUR" << true << qint64(1999);
        QTest::newRow("code") << "EUR 5.00"
                              << "EUR" << true << qint64(500);
        QTest::newRow("yen") << "1500"
                             << "JPY" << true << qint64(1500);
        QTest::newRow("too many decimals") << "1.999"
                                           << "EUR" << false << qint64(0);
        QTest::newRow("yen decimals") << "15.5"
                                      << "JPY" << false << qint64(0);
        QTest::newRow("empty") << ""
                               << "EUR" << false << qint64(0);
        QTest::newRow("words") << "abc"
                               << "EUR" << false << qint64(0);
        QTest::newRow("two points") << "1.2.3,4,5"
                                    << "EUR" << false << qint64(0);
        QTest::newRow("unknown currency") << "1"
                                          << "ZZZ" << false << qint64(0);
        QTest::newRow("punctuation") << "12;50"
                                     << "EUR" << false << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const auto parsed = Money::parse(text, Currency::fromCode(currency));
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed->minorUnits(), minor);
        else
            QVERIFY(!parsed.error().message.isEmpty());
    }

    void roundTripThroughText()
    {
        const QLocale french(QLocale::French, QLocale::France);
        for (qint64 minor : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456789), qint64(-4250)}) {
            const Money m(minor, Currency::euro());
            QCOMPARE(Money::parse(m.toDecimalString(), Currency::euro())->minorUnits(), minor);
            QCOMPARE(Money::parse(m.format(french), Currency::euro(), french)->minorUnits(), minor);
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
