// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymising and merging customers at the card in connected mode, against the real server
// and PostgreSQL (tests/support): ConnectedCustomers sends both to the server first, the
// cache follows the server's answer, and another terminal's cache follows the feed (the
// orders stay, or move to the surviving customer); a counter's anonymisation is refused by
// the server, offline both are refused with nothing changed, and standalone they stay the
// file's business.
#include "models/connectedcustomers.h"

#include "models/boxoffice.h"
#include "models/customerdesk.h"
#include "storage/database.h"
#include "sync/outbox.h"
#include "sync/synccache.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "tests/support/connectedterminal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_ConnectedCustomerErasure final : public ConnectedTerminalTest
{
    Q_OBJECT

public:
    tst_ConnectedCustomerErasure()
        : ConnectedTerminalTest(Writers::FlagsAndRecords)
    {}

private Q_SLOTS:
    void standaloneStaysInTheFile();
    void counterIsRefusedByTheServer();
    void anonymiseReachesTheServerAndTheFeed();
    void mergeMovesOrdersHereThereAndOnTheServer();
    void offlineRefusesAndChangesNothing();

private:
    /** Signs in as \a login, who then acts at the customer desk too. */
    bool signInAs(const QString &login);
    /** A customer made on the server with a reservation of \a seat, in both caches. */
    qint64 customerWithOrder(const QString &lastName, qint64 seat, qint64 *order);
    Result<void> anonymise(CustomerId id);
    Result<qint64> merge(CustomerId survivor, CustomerId other);

    qint64 m_performance = 0;
};

bool tst_ConnectedCustomerErasure::signInAs(const QString &login)
{
    if (!signIn(login))
        return false;
    m_box->customers().setUser(m_user);
    return true;
}

qint64 tst_ConnectedCustomerErasure::customerWithOrder(const QString &lastName,
                                                       qint64 seat,
                                                       qint64 *order)
{
    const HttpReply made = m_supervisor->post(u"/v1/customers"_s,
                                              {{u"firstName"_s, u"Test"_s},
                                               {u"lastName"_s, lastName},
                                               {u"email"_s,
                                                lastName.toLower() + u"@example.org"_s}});
    if (made.status != 201)
        return 0;
    const qint64 id = made.json[u"customer"][u"id"].toInteger();
    *order = reserveFor(*m_supervisor, m_performance, seat, id);
    if (*order == 0)
        return 0;
    const bool here = QTest::qWaitFor(
        [&] {
            return cached(u"SELECT count(*) FROM orders WHERE id = ? AND customer_id = ?"_s,
                          {*order, id})
                   == 1;
        },
        30000);
    const bool there = QTest::qWaitFor(
        [&] {
            return m_other->text(u"SELECT customer_id FROM orders WHERE id = ?"_s, *order)
                   == QString::number(id);
        },
        30000);
    return here && there ? id : 0;
}

Result<void> tst_ConnectedCustomerErasure::anonymise(CustomerId id)
{
    std::optional<Result<void>> out;
    m_box->customers().anonymise(id, this, [&out](Result<void> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
        return makeError(ErrorCode::StorageFailure, u"no answer"_s);
    return *out;
}

Result<qint64> tst_ConnectedCustomerErasure::merge(CustomerId survivor, CustomerId other)
{
    std::optional<Result<qint64>> out;
    m_box->customers().merge(survivor, other, {}, this, [&out](Result<qint64> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
        return makeError(ErrorCode::StorageFailure, u"no answer"_s);
    return *out;
}

void tst_ConnectedCustomerErasure::standaloneStaysInTheFile()
{
    // No server configured for the file: the desk anonymises and merges in the file, at once,
    // and a merge can be undone.
    StandaloneBox standalone;
    QVERIFY(standalone.isOpen());
    BoxOffice &box = *standalone.box;
    ConnectedCustomers &customers = *standalone.customers;
    QVERIFY(!customers.writesCustomers());
    Customer a;
    a.firstName = u"Anna"_s;
    a.lastName = u"Alone"_s;
    a.email = u"anna@example.org"_s;
    const CustomerId first = *box.customers().create(a);
    a.lastName = u"Twin"_s;
    const CustomerId second = *box.customers().create(a);
    a.lastName = u"Gone"_s;
    const CustomerId third = *box.customers().create(a);

    std::optional<Result<void>> erased;
    box.customers().anonymise(third, this, [&erased](Result<void> r) { erased = r; });
    QVERIFY(erased.has_value()); // at once, no server involved
    QVERIFY(*erased);
    QVERIFY(box.customers().customer(third)->isAnonymised());
    QCOMPARE(box.customers().customer(third)->email, QString());

    std::optional<Result<qint64>> merged;
    box.customers().merge(first, second, {}, this, [&merged](Result<qint64> r) { merged = r; });
    QVERIFY(merged.has_value());
    QVERIFY(*merged && merged->value() > 0);
    QVERIFY(!box.customers().customer(second));
    QVERIFY(box.customers().undoMerge(merged->value()));
    QCOMPARE(box.customers().customer(second)->lastName, u"Twin"_s);
    QCOMPARE(*box.database().scalar(u"SELECT count(*) FROM sync_outbox"_s), QVariant(0));
}

void tst_ConnectedCustomerErasure::counterIsRefusedByTheServer()
{
    QVERIFY(signInAs(u"counter"_s));
    QVERIFY(m_customers->isOnline());
    m_other = std::make_unique<SyncedTerminal>(m_dir.filePath(u"other.sqlite"_s));
    QVERIFY(m_other->signIn(m_server.url(), u"phone"_s, 2));
    m_performance = m_sync->cache().onSalePerformances()->first().value;

    qint64 order = 0;
    const qint64 id = customerWithOrder(u"Refused"_s, 81, &order);
    QVERIFY(id > 0);
    const auto refused = anonymise(CustomerId(id));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"supervisor"), qPrintable(refused.error().message));
    QCOMPARE(m_pg.sql(u"SELECT last_name || ':' || (anonymised_at IS NULL) FROM customers"
                      " WHERE id = %1"_s.arg(id)),
             u"Refused:true"_s);
    QVERIFY(!m_box->customers().customer(CustomerId(id))->isAnonymised());
    QCOMPARE(m_box->customers().customer(CustomerId(id))->lastName, u"Refused"_s);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM customer_erasures"_s), u"0"_s);
    // From here on the counter is a supervisor's.
    QVERIFY(signInAs(u"supervisor"_s));
}

void tst_ConnectedCustomerErasure::anonymiseReachesTheServerAndTheFeed()
{
    QVERIFY(m_other);
    qint64 order = 0;
    const qint64 id = customerWithOrder(u"Forgotten"_s, 83, &order);
    QVERIFY(id > 0);
    // What only this terminal keeps of the person goes too.
    Customer edited = *m_box->customers().customer(CustomerId(id));
    edited.mobile = u"+4599887766"_s;
    edited.note = u"knows the director"_s;
    QVERIFY(m_box->customers().save(edited));
    QCOMPARE(m_box->customers().customer(CustomerId(id))->note, u"knows the director"_s);

    const auto done = anonymise(CustomerId(id));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    // On the server: blank, with its number and order, and who did it.
    QCOMPARE(m_pg.sql(u"SELECT first_name || last_name || email || phone || ':'"
                      " || (anonymised_at IS NOT NULL) FROM customers WHERE id = %1"_s.arg(id)),
             u":true"_s);
    QCOMPARE(m_pg.sql(u"SELECT customer_id FROM orders WHERE id = %1"_s.arg(order)),
             QString::number(id));
    QCOMPARE(m_pg.sql(u"SELECT u.login FROM customer_erasures e JOIN users u ON u.id = e.user_id"
                      " WHERE e.customer_id = %1"_s.arg(id)),
             u"supervisor"_s);
    // Here: anonymised, the terminal's own fields gone, the order kept.
    const Customer here = *m_box->customers().customer(CustomerId(id));
    QVERIFY(here.isAnonymised());
    QVERIFY(!here.lastName.contains(u"Forgotten"));
    QVERIFY(!here.firstName.contains(u"Test"));
    QCOMPARE(here.email, QString());
    QCOMPARE(here.mobile, QString());
    QCOMPARE(here.note, QString());
    QCOMPARE(cached(u"SELECT count(*) FROM orders WHERE id = ? AND customer_id = ?"_s, {order, id}),
             1);
    // At the other counter, through the feed.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !m_other->text(u"SELECT anonymised_at FROM customers WHERE id = ?"_s, id)
                        .isEmpty();
        },
        30000));
    QCOMPARE(m_other->text(u"SELECT first_name || last_name || email FROM customers"
                           " WHERE id = ?"_s,
                           id),
             here.firstName + here.lastName + here.email);
    QCOMPARE(m_other->text(u"SELECT customer_id FROM orders WHERE id = ?"_s, order),
             QString::number(id));
}

void tst_ConnectedCustomerErasure::mergeMovesOrdersHereThereAndOnTheServer()
{
    QVERIFY(m_other);
    qint64 kept = 0;
    qint64 moved = 0;
    const qint64 survivor = customerWithOrder(u"Survivor"_s, 85, &kept);
    const qint64 duplicate = customerWithOrder(u"Duplicate"_s, 87, &moved);
    QVERIFY(survivor > 0 && duplicate > 0);

    const auto merged = merge(CustomerId(survivor), CustomerId(duplicate));
    QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message));
    // On the server: the order moved, the duplicate retired.
    QCOMPARE(m_pg.sql(u"SELECT customer_id FROM orders WHERE id = %1"_s.arg(moved)),
             QString::number(survivor));
    QCOMPARE(m_pg.sql(u"SELECT merged_into FROM customers WHERE id = %1"_s.arg(duplicate)),
             QString::number(survivor));
    // Here: both orders are the survivor's, the duplicate is gone.
    QCOMPARE(cached(u"SELECT count(*) FROM orders WHERE customer_id = ? AND id IN (?, ?)"_s,
                    {survivor, kept, moved}),
             2);
    QVERIFY(!m_box->customers().customer(CustomerId(duplicate)));
    // A merge made on the server is not undone at the counter.
    QVERIFY(!m_box->customers().undoMerge(merged.value()));
    // The other counter follows the feed: the order moves, the duplicate leaves.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_other->text(u"SELECT count(*) FROM customers WHERE id = ?"_s, duplicate)
                   == u"0"_s;
        },
        30000));
    QCOMPARE(m_other->text(u"SELECT customer_id FROM orders WHERE id = ?"_s, moved),
             QString::number(survivor));
    QCOMPARE(m_other->text(u"SELECT customer_id FROM orders WHERE id = ?"_s, kept),
             QString::number(survivor));
    // The feed bringing the merge back here changes nothing.
    QTest::qWait(1500);
    QVERIFY(!m_box->customers().customer(CustomerId(duplicate)));
    QCOMPARE(cached(u"SELECT count(*) FROM orders WHERE customer_id = ?"_s, {survivor}), 2);
}

void tst_ConnectedCustomerErasure::offlineRefusesAndChangesNothing()
{
    QVERIFY(m_other);
    qint64 first = 0;
    qint64 second = 0;
    const qint64 a = customerWithOrder(u"Offline One"_s, 89, &first);
    const qint64 b = customerWithOrder(u"Offline Two"_s, 91, &second);
    QVERIFY(a > 0 && b > 0);
    const QString erasures = m_pg.sql(u"SELECT count(*) FROM customer_erasures"_s);
    m_sync->engine().setForcedOffline(true);
    QVERIFY(!m_customers->isOnline());
    const auto anon = anonymise(CustomerId(a));
    QVERIFY(!anon);
    QVERIFY2(anon.error().message.contains(u"server"), qPrintable(anon.error().message));
    const auto merged = merge(CustomerId(a), CustomerId(b));
    QVERIFY(!merged);
    m_sync->engine().setForcedOffline(false);
    // Nothing here, nothing on the server, nothing in the outbox.
    QCOMPARE(m_box->customers().customer(CustomerId(a))->lastName, u"Offline One"_s);
    QVERIFY(!m_box->customers().customer(CustomerId(a))->isAnonymised());
    QCOMPARE(m_box->customers().customer(CustomerId(b))->lastName, u"Offline Two"_s);
    QCOMPARE(cached(u"SELECT customer_id FROM orders WHERE id = ?"_s, {second}), b);
    QCOMPARE(*m_sync->outbox().depth(), 0);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM customer_erasures"_s), erasures);
    QCOMPARE(m_pg.sql(u"SELECT last_name || ':' || (merged_into IS NULL) FROM customers"
                      " WHERE id = %1"_s.arg(b)),
             u"Offline Two:true"_s);
}

QTEST_GUILESS_MAIN(tst_ConnectedCustomerErasure)
#include "tst_connectedcustomererasure.moc"
