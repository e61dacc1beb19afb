// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"

#include <QLocale>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_Money final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyDigits_data();
    void currencyDigits();
    void parse_data();
    void parse();
    void arithmeticIsChecked();
    void rounding_data();
    void rounding();
    void vat_data();
    void vat();
    void feeClamps();
    void allocateIsExact_data();
    void allocateIsExact();
    void formatting();
};

void tst_Money::currencyDigits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EUR") << u"EUR"_s << 2 << true;
    QTest::newRow("dkk lower case") << u"dkk"_s << 2 << true;
    QTest::newRow("JPY") << u"JPY"_s << 0 << true;
    QTest::newRow("KWD") << u"KWD"_s << 3 << true;
    QTest::newRow("too long") << u"EURO"_s << 2 << false;
    QTest::newRow("digits") << u"E1R"_s << 2 << false;
}

void tst_Money::currencyDigits()
{
    QFETCH(QString, code);
    QFETCH(int, digits);
    QFETCH(bool, valid);
    const Currency c = Currency::fromCode(code);
    QCOMPARE(c.isValid(), valid);
    if (valid) {
        QCOMPARE(c.minorDigits(), digits);
        QCOMPARE(c.code(), code.toUpper());
    }
}

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("whole") << u"12"_s << u"EUR"_s << true << qint64(1200);
    QTest::newRow("one decimal") << u"12.5"_s << u"EUR"_s << true << qint64(1250);
    QTest::newRow("comma") << u"450,00"_s << u"DKK"_s << true << qint64(45000);
    QTest::newRow("negative") << u"-0.05"_s << u"EUR"_s << true << qint64(-5);
    QTest::newRow("yen") << u"1500"_s << u"JPY"_s << true << qint64(1500);
    QTest::newRow("yen decimals refused") << u"1500.5"_s << u"JPY"_s << false << qint64(0);
    QTest::newRow("three decimals for EUR") << u"1.005"_s << u"EUR"_s << false << qint64(0);
    QTest::newRow("dinar") << u"1.005"_s << u"KWD"_s << true << qint64(1005);
    QTest::newRow("letters") << u"12a"_s << u"EUR"_s << false << qint64(0);
    QTest::newRow("empty") << u" "_s << u"EUR"_s << false << qint64(0);
    QTest::newRow("overflow") << u"99999999999999999999"_s << u"EUR"_s << false << qint64(0);
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    const auto m = Money::parse(text, Currency::fromCode(currency));
    QCOMPARE(m.hasValue(), ok);
    if (ok)
        QCOMPARE(m->minorUnits(), minor);
    else
        QVERIFY(!m.error().message.isEmpty());
}

void tst_Money::arithmeticIsChecked()
{
    const Currency eur = Currency::fromCode(u"EUR");
    const Currency dkk = Currency::fromCode(u"DKK");
    QCOMPARE(Money(150, eur).add(Money(250, eur))->minorUnits(), 400);
    QCOMPARE(Money(150, eur).subtract(Money(250, eur))->minorUnits(), -100);
    const auto mixed = Money(1, eur).add(Money(1, dkk));
    QVERIFY(!mixed);
    QCOMPARE(mixed.error().code, ErrorCode::CurrencyMismatch);
    const auto big = Money(std::numeric_limits<qint64>::max(), eur).add(Money(1, eur));
    QVERIFY(!big);
    QCOMPARE(big.error().code, ErrorCode::Overflow);
    QVERIFY(!Money(std::numeric_limits<qint64>::max() / 2 + 1, eur).multiply(2));
    QVERIFY(Money(1, eur) < Money(2, eur));
    QVERIFY(!(Money(1, eur) < Money(2, dkk)) && !(Money(2, dkk) < Money(1, eur)));
    const auto sum = Money::sum({Money(100, eur), Money(250, eur), Money(-50, eur)}, eur);
    QCOMPARE(sum->minorUnits(), 300);
}

void tst_Money::rounding_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<int>("mode");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("half up .5") << qint64(5) << qint64(2) << int(Rounding::HalfUp) << qint64(3);
    QTest::newRow("half up -.5") << qint64(-5) << qint64(2) << int(Rounding::HalfUp) << qint64(-3);
    QTest::newRow("half even 2.5")
        << qint64(5) << qint64(2) << int(Rounding::HalfEven) << qint64(2);
    QTest::newRow("half even 3.5")
        << qint64(7) << qint64(2) << int(Rounding::HalfEven) << qint64(4);
    QTest::newRow("half even -2.5")
        << qint64(-5) << qint64(2) << int(Rounding::HalfEven) << qint64(-2);
    QTest::newRow("down") << qint64(29) << qint64(10) << int(Rounding::Down) << qint64(2);
    QTest::newRow("up") << qint64(21) << qint64(10) << int(Rounding::Up) << qint64(3);
    QTest::newRow("up negative") << qint64(-21) << qint64(10) << int(Rounding::Up) << qint64(-3);
    QTest::newRow("exact") << qint64(30) << qint64(10) << int(Rounding::Up) << qint64(3);
}

void tst_Money::rounding()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(int, mode);
    QFETCH(qint64, expected);
    QCOMPARE(divideRounded(a, b, Rounding(mode)), expected);
}

void tst_Money::vat_data()
{
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("vat");
    // 25 % Danish VAT contained in 450.00: 90.00 exactly.
    QTest::newRow("DK 25% of 450") << qint64(45000) << qint64(2500) << qint64(9000);
    // 19 % German VAT in 10.00: 1.5966 -> 1.60.
    QTest::newRow("DE 19% of 10") << qint64(1000) << qint64(1900) << qint64(160);
    // 7 % in 1.07: exactly 0.07.
    QTest::newRow("7% of 1.07") << qint64(107) << qint64(700) << qint64(7);
    // 12 % Norwegian VAT in 199.00: 21.3214 -> 21.32.
    QTest::newRow("NO 12% of 199") << qint64(19900) << qint64(1200) << qint64(2132);
    QTest::newRow("refund is negative") << qint64(-45000) << qint64(2500) << qint64(-9000);
}

void tst_Money::vat()
{
    QFETCH(qint64, gross);
    QFETCH(qint64, rate);
    QFETCH(qint64, vat);
    const Currency eur = Currency::fromCode(u"EUR");
    const Money g(gross, eur);
    QCOMPARE(g.vatFromGross(rate).minorUnits(), vat);
    // Net plus VAT on top gives the gross back for these amounts.
    const Money net = g - g.vatFromGross(rate);
    QCOMPARE((net + net.vatOnNet(rate)).minorUnits(), gross);
}

void tst_Money::feeClamps()
{
    const Currency eur = Currency::fromCode(u"EUR");
    // 5 % booking fee, at least 1.00, at most 4.00.
    QCOMPARE(Money(1000, eur).fee(500, Money(100, eur), Money(400, eur)).minorUnits(), 100);
    QCOMPARE(Money(5000, eur).fee(500, Money(100, eur), Money(400, eur)).minorUnits(), 250);
    QCOMPARE(Money(50000, eur).fee(500, Money(100, eur), Money(400, eur)).minorUnits(), 400);
    QCOMPARE(Money(50000, eur).fee(500, Money(100, eur), Money(0, eur)).minorUnits(), 2500);
    QCOMPARE(Money(2010, eur).percentage(250, Rounding::HalfUp).minorUnits(), 50); // 50.25
    QCOMPARE(Money(2020, eur).percentage(250, Rounding::HalfUp).minorUnits(), 51); // 50.5
    QCOMPARE(Money(2020, eur).percentage(250, Rounding::HalfEven).minorUnits(), 50);
}

void tst_Money::allocateIsExact_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("parts");
    QTest::newRow("100 / 3") << qint64(100) << 3;
    QTest::newRow("-100 / 3") << qint64(-100) << 3;
    QTest::newRow("1 / 4") << qint64(1) << 4;
    QTest::newRow("45000 / 7") << qint64(45000) << 7;
}

void tst_Money::allocateIsExact()
{
    QFETCH(qint64, amount);
    QFETCH(int, parts);
    const Currency eur = Currency::fromCode(u"EUR");
    const QList<Money> shares = Money(amount, eur).allocate(parts);
    QCOMPARE(shares.size(), parts);
    qint64 sum = 0;
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (const Money &m : shares) {
        sum += m.minorUnits();
        lo = std::min(lo, m.minorUnits());
        hi = std::max(hi, m.minorUnits());
    }
    QCOMPARE(sum, amount);
    QVERIFY(hi - lo <= 1);
}

void tst_Money::formatting()
{
    const Currency eur = Currency::fromCode(u"EUR");
    QCOMPARE(Money(-1250, eur).toString(), u"-12.50 EUR"_s);
    QCOMPARE(Money(5, eur).toDecimalString(), u"0.05"_s);
    QCOMPARE(Money(1500, Currency::fromCode(u"JPY")).toDecimalString(), u"1500"_s);
    QCOMPARE(Money(1005, Currency::fromCode(u"KWD")).toDecimalString(), u"1.005"_s);
    const QString da = Money(123456, Currency::fromCode(u"DKK"))
                           .toLocaleString(QLocale(QLocale::Danish, QLocale::Denmark));
    QVERIFY2(da.contains(u"1.234,56"_s), qPrintable(da));
    const QString en = Money(123456, eur)
                           .toLocaleString(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(en.contains(u"1,234.56"_s) && en.contains(u"EUR"_s), qPrintable(en));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
