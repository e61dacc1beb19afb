// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customer.h"
#include "core/demodata.h"

#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_Customer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data();
    void email();
    void phone_data();
    void phone();
    void validation();
    void generatedCustomersAreDistinct();
};

void tst_Customer::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"anna@example.com"_s << true;
    QTest::newRow("dots and plus") << u"anna.b+tickets@mail.example.org"_s << true;
    QTest::newRow("umlaut domain") << u"jonas@müller.de"_s << true;
    QTest::newRow("no at") << u"anna.example.com"_s << false;
    QTest::newRow("two at") << u"a@b@example.com"_s << false;
    QTest::newRow("no tld") << u"anna@example"_s << false;
    QTest::newRow("space") << u"an na@example.com"_s << false;
    QTest::newRow("double dot") << u"anna..b@example.com"_s << false;
    QTest::newRow("empty local") << u"@example.com"_s << false;
}

void tst_Customer::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(isValidEmail(email), valid);
}

void tst_Customer::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::newRow("danish national") << u"20 30 40 50"_s << u"+4520304050"_s;
    QTest::newRow("international") << u"+47 912 34 567"_s << u"+4791234567"_s;
    QTest::newRow("00 prefix") << u"0049 30 1234567"_s << u"+49301234567"_s;
    QTest::newRow("ukraine") << u"+380 (44) 123-45-67"_s << u"+380441234567"_s;
    QTest::newRow("trunk zero") << u"030 1234567"_s << u"+45301234567"_s;
    QTest::newRow("letters") << u"call me"_s << QString();
    QTest::newRow("too short") << u"+45 12"_s << QString();
    QTest::newRow("too long") << u"+45 1234567890123456"_s << QString();
}

void tst_Customer::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    const auto r = normalizePhone(input);
    QCOMPARE(r.hasValue(), !e164.isEmpty());
    if (r)
        QCOMPARE(*r, e164);
}

void tst_Customer::validation()
{
    Customer c;
    QCOMPARE(validateCustomer(c).error().code, ErrorCode::InvalidArgument);
    c.lastName = u"Jensen"_s;
    QVERIFY(validateCustomer(c));
    c.email = u"not-an-email"_s;
    QVERIFY(!validateCustomer(c));
    c.email = u"a.jensen@example.com"_s;
    c.phone = u"12"_s;
    QVERIFY(!validateCustomer(c));
    c.phone = u"+45 20 30 40 50"_s;
    QVERIFY(validateCustomer(c));
    c.firstName = u"Anna"_s;
    QCOMPARE(c.displayName(), u"Anna Jensen"_s);
}

void tst_Customer::generatedCustomersAreDistinct()
{
    QSet<QString> emails, phones, numbers;
    for (qint64 n = 0; n < 5000; ++n) {
        const Customer c = generatedCustomer(n);
        QVERIFY(validateCustomer(c));
        emails.insert(c.email);
        phones.insert(c.phone);
        numbers.insert(c.number);
    }
    QCOMPARE(numbers.size(), 5000);
    QCOMPARE(phones.size(), 5000);
    QCOMPARE(emails.size(), 5000);
    QCOMPARE(generatedCustomer(41).email, generatedCustomer(41).email);
}

QTEST_GUILESS_MAIN(tst_Customer)
#include "tst_customer.moc"
