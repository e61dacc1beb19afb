// SPDX-License-Identifier: GPL-3.0-or-later
// The customer card's flags in connected mode, against the real server and PostgreSQL
// (tests/support): ConnectedCustomers, the composition root's flag writer, sends a flag set
// or taken away at the card to the server, which every terminal and the server's own sale
// checks then see; a refusal and offline leave everything as it was; standalone, the flags
// stay the file's own business.
#include "models/connectedcustomers.h"

#include "models/boxoffice.h"
#include "models/customerdesk.h"
#include "storage/database.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "tests/support/connectedterminal.h"
#include "widgets/customercard.h"

#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_ConnectedCustomers final : public ConnectedTerminalTest
{
    Q_OBJECT

public:
    tst_ConnectedCustomers()
        : ConnectedTerminalTest(Writers::Flags)
    {}

private Q_SLOTS:
    void standaloneFlagsStayInTheFile();
    void cardFlagsReachTheServer();
    void offlineTheCardChangesNothing();
    void cardSavesContactOnTheServer();

private:
    qint64 flagId(const QString &code);
    /** A customer made on the server, arrived in the cache through the feed. */
    CustomerId serverCustomer(const QString &lastName);
    QJsonObject onServer(CustomerId customer);
    QStringList cachedCodes(CustomerId customer);
    /** The card's problem box, closed; its text (empty when none came up). */
    QString takeProblem(CustomerCard &card);
};

qint64 tst_ConnectedCustomers::flagId(const QString &code)
{
    auto definitions = m_box->customers().flagDefinitions();
    if (!definitions)
        return 0;
    for (const FlagDefinition &d : *definitions) {
        if (d.code == code)
            return d.id;
    }
    return 0;
}

CustomerId tst_ConnectedCustomers::serverCustomer(const QString &lastName)
{
    const HttpReply made = m_supervisor->post(u"/v1/customers"_s,
                                              {{u"firstName"_s, u"Test"_s},
                                               {u"lastName"_s, lastName}});
    if (made.status != 201)
        return {};
    const qint64 id = made.json.value(u"customer"_s).toObject().value(u"id"_s).toInteger();
    if (!QTest::qWaitFor([&] { return m_box->customers().customer(CustomerId(id)).hasValue(); },
                         30000))
        return {};
    return CustomerId(id);
}

QJsonObject tst_ConnectedCustomers::onServer(CustomerId customer)
{
    const HttpReply found = m_supervisor->get(u"/v1/customers?limit=200"_s);
    for (const QJsonValue &c : found.json.value(u"customers"_s).toArray()) {
        if (c.toObject().value(u"id"_s).toInteger() == customer.value)
            return c.toObject();
    }
    return {};
}

QStringList tst_ConnectedCustomers::cachedCodes(CustomerId customer)
{
    QStringList out;
    if (auto flags = m_box->customers().flags(customer)) {
        for (const FlagDefinition &f : *flags)
            out.append(f.code);
    }
    out.sort();
    return out;
}

QString tst_ConnectedCustomers::takeProblem(CustomerCard &card)
{
    auto *box = card.findChild<QMessageBox *>(u"cardProblem"_s);
    if (!box)
        return {};
    const QString text = box->text();
    box->setObjectName(QString());
    box->close();
    return text;
}

void tst_ConnectedCustomers::standaloneFlagsStayInTheFile()
{
    // No server configured for the file: the card writes the flag itself, at once.
    StandaloneBox standalone;
    QVERIFY(standalone.isOpen());
    BoxOffice &box = *standalone.box;
    ConnectedCustomers &customers = *standalone.customers;
    QVERIFY(!customers.writesFlags());
    Customer c;
    c.firstName = u"Local"_s;
    c.lastName = u"Only"_s;
    auto id = box.customers().create(c);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    CustomerCard card(box, *id);
    QVERIFY(card.load());
    qint64 blocked = 0;
    const auto definitions = box.customers().flagDefinitions();
    QVERIFY(definitions);
    for (const FlagDefinition &d : *definitions) {
        if (d.code == u"blocked")
            blocked = d.id;
    }
    card.addFlag(blocked);
    QCOMPARE(box.customers().flags(*id)->size(), 1);
    QVERIFY(card.findChild<QFrame *>(u"flag_blocked"_s));
    QVERIFY(!box.customers().checkSaleAllowed(*id));
    card.removeFlag(blocked);
    QVERIFY(box.customers().flags(*id)->isEmpty());
}

void tst_ConnectedCustomers::cardFlagsReachTheServer()
{
    QVERIFY(signIn());
    QVERIFY(m_customers->writesFlags());
    QVERIFY(m_customers->isOnline());
    const CustomerId customer = serverCustomer(u"Card"_s);
    QVERIFY(customer.isValid());
    CustomerCard card(*m_box, customer);
    QVERIFY(card.load());

    // A flag from the card's menu goes to the server; the card shows it once it answered.
    card.addFlag(flagId(u"vip"_s));
    QVERIFY(
        QTest::qWaitFor([&] { return card.findChild<QFrame *>(u"flag_vip"_s) != nullptr; }, 30000));
    QCOMPARE(onServer(customer).value(u"flags"_s).toArray(), QJsonArray{u"vip"_s});
    QCOMPARE(onServer(customer).value(u"blocked"_s).toBool(true), false);

    // Blocked from sale at the card: blocked on the server, for every counter.
    card.addFlag(flagId(u"blocked"_s));
    QVERIFY(QTest::qWaitFor([&] { return card.findChild<QFrame *>(u"flag_blocked"_s) != nullptr; },
                            30000));
    QCOMPARE(onServer(customer).value(u"blocked"_s).toBool(), true);
    QCOMPARE(onServer(customer).value(u"flags"_s).toArray(), (QJsonArray{u"blocked"_s, u"vip"_s}));
    QCOMPARE(takeProblem(card), QString());

    // The counter may not lift the block: the server refuses, the card says so and keeps it.
    card.removeFlag(flagId(u"blocked"_s));
    QVERIFY(QTest::qWaitFor([&] { return card.findChild<QMessageBox *>(u"cardProblem"_s); }, 30000));
    const QString problem = takeProblem(card);
    QVERIFY2(problem.contains(u"supervisor"), qPrintable(problem));
    QCOMPARE(onServer(customer).value(u"blocked"_s).toBool(), true);
    QCOMPARE(cachedCodes(customer), (QStringList{u"blocked"_s, u"vip"_s}));
    QVERIFY(card.findChild<QFrame *>(u"flag_blocked"_s));
}

void tst_ConnectedCustomers::offlineTheCardChangesNothing()
{
    QVERIFY(m_sync->isConfigured());
    const CustomerId customer = serverCustomer(u"Offline"_s);
    QVERIFY(customer.isValid());
    CustomerCard card(*m_box, customer);
    QVERIFY(card.load());
    m_sync->engine().setForcedOffline(true);
    QVERIFY(!m_customers->isOnline());
    card.addFlag(flagId(u"blocked"_s));
    const QString problem = takeProblem(card);
    m_sync->engine().setForcedOffline(false);
    QVERIFY2(problem.contains(u"cannot be reached"), qPrintable(problem));
    QCOMPARE(cachedCodes(customer), QStringList{});
    QVERIFY(!card.findChild<QFrame *>(u"flag_blocked"_s));
    QCOMPARE(onServer(customer).value(u"blocked"_s).toBool(true), false);
    QCOMPARE(onServer(customer).value(u"flags"_s).toArray(), QJsonArray{});
}

void tst_ConnectedCustomers::cardSavesContactOnTheServer()
{
    // With the record writer, a saved name goes to the server; offline it is refused.
    m_box->customers().setRecordWriter(m_customers.get());
    const CustomerId customer = serverCustomer(u"Contact"_s);
    QVERIFY(customer.isValid());
    CustomerCard card(*m_box, customer);
    QVERIFY(card.load());
    auto *last = card.findChild<QLineEdit *>(u"last_name"_s);
    auto *save = card.findChild<QPushButton *>(u"saveButton"_s);
    auto *status = card.findChild<QLabel *>(u"contactStatus"_s);
    QVERIFY(last && save && status);
    last->clear();
    QTest::keyClicks(last, u"Contacted"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] { return onServer(customer).value(u"lastName"_s).toString() == u"Contacted"_s; },
        30000));
    QVERIFY(QTest::qWaitFor([&] { return status->text() == CustomerCard::tr("Saved."); }, 30000));
    QCOMPARE(m_box->customers().customer(customer)->lastName, u"Contacted"_s);
    QCOMPARE(takeProblem(card), QString());

    m_sync->engine().setForcedOffline(true);
    last->clear();
    QTest::keyClicks(last, u"Offline Name"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const QString problem = takeProblem(card);
    m_sync->engine().setForcedOffline(false);
    QVERIFY2(problem.contains(u"cannot be reached"), qPrintable(problem));
    QCOMPARE(m_box->customers().customer(customer)->lastName, u"Contacted"_s);
    QCOMPARE(onServer(customer).value(u"lastName"_s).toString(), u"Contacted"_s);
    m_box->customers().setRecordWriter(nullptr);
}

QTEST_MAIN(tst_ConnectedCustomers)
#include "tst_connectedcustomers.moc"
