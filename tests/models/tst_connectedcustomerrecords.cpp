// SPDX-License-Identifier: GPL-3.0-or-later
// Customers created and edited at the card in connected mode, against the real server and
// PostgreSQL (tests/support): ConnectedCustomers, the composition root's record writer,
// makes a customer on the server first and the cache takes the server's row; an edit of the
// contact fields goes to the server and on through the feed to another terminal; offline a
// customer is made under a local id with an outbox operation, an offline sale to it is
// replayed after it with the server's id, and a retried replay doubles nothing; standalone,
// customers stay the file's business.
#include "models/connectedcustomers.h"

#include "core/basket.h"
#include "core/seatplan.h"
#include "models/boxoffice.h"
#include "models/customerdesk.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "sync/offlinesales.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "tests/support/connectedterminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_ConnectedCustomerRecords final : public ConnectedTerminalTest
{
    Q_OBJECT

public:
    tst_ConnectedCustomerRecords()
        : ConnectedTerminalTest(Writers::FlagsAndRecords)
    {}

private Q_SLOTS:
    void standaloneCustomersStayInTheFile();
    void createdOnlineLivesOnTheServer();
    void editedOnlineReachesTheServerAndTheFeed();
    void offlineOnlyTerminalFieldsAreSaved();
    void createdOfflineIsReplayedBeforeItsSale();
    void unansweredCreationIsKeptUnderItsOperation();

private:
    Result<CustomerId> create(const Customer &customer);
    Result<CustomerSaveResult> save(const Customer &edited);
    /** The server's customers whose name contains \a text. */
    QJsonArray onServer(const QString &text);
};

Result<CustomerId> tst_ConnectedCustomerRecords::create(const Customer &customer)
{
    std::optional<Result<CustomerId>> out;
    m_box->customers().create(customer, this, [&out](Result<CustomerId> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
        return makeError(ErrorCode::StorageFailure, u"no answer"_s);
    return *out;
}

Result<CustomerSaveResult> tst_ConnectedCustomerRecords::save(const Customer &edited)
{
    std::optional<Result<CustomerSaveResult>> out;
    m_box->customers().save(edited, this, [&out](Result<CustomerSaveResult> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
        return makeError(ErrorCode::StorageFailure, u"no answer"_s);
    return *out;
}

QJsonArray tst_ConnectedCustomerRecords::onServer(const QString &text)
{
    return m_supervisor
        ->get(u"/v1/customers?limit=200&q="_s + QString::fromLatin1(QUrl::toPercentEncoding(text)))
        .json.value(u"customers"_s)
        .toArray();
}

void tst_ConnectedCustomerRecords::standaloneCustomersStayInTheFile()
{
    // No server configured for the file: the desk creates and saves in the file, at once.
    StandaloneBox standalone;
    QVERIFY(standalone.isOpen());
    BoxOffice &box = *standalone.box;
    ConnectedCustomers &customers = *standalone.customers;
    QVERIFY(!customers.writesCustomers());
    Customer c;
    c.firstName = u"Local"_s;
    c.lastName = u"Only"_s;
    c.note = u"standalone"_s;
    std::optional<Result<CustomerId>> created;
    box.customers().create(c, this, [&created](Result<CustomerId> r) { created = r; });
    QVERIFY(created.has_value()); // at once, no server involved
    QVERIFY2(*created, *created ? "" : qPrintable(created->error().message));
    QVERIFY(created->value().value < SyncCache::kLocalIdBase);
    Customer stored = *box.customers().customer(created->value());
    QCOMPARE(stored.number, u"C-000001"_s);
    QCOMPARE(*box.database().scalar(u"SELECT count(*) FROM sync_outbox"_s), QVariant(0));
    stored.lastName = u"Changed"_s;
    std::optional<Result<CustomerSaveResult>> saved;
    box.customers().save(stored, this, [&saved](Result<CustomerSaveResult> r) { saved = r; });
    QVERIFY(saved.has_value());
    QVERIFY(*saved && !(*saved)->conflict);
    QCOMPARE(box.customers().customer(created->value())->lastName, u"Changed"_s);
}

void tst_ConnectedCustomerRecords::createdOnlineLivesOnTheServer()
{
    QVERIFY(signIn());
    QVERIFY(m_customers->writesCustomers());
    QVERIFY(m_customers->isOnline());
    m_other = std::make_unique<SyncedTerminal>(m_dir.filePath(u"other.sqlite"_s));
    QVERIFY(m_other->signIn(m_server.url(), u"phone"_s, 2));

    Customer c;
    c.firstName = u"Olga"_s;
    c.lastName = u"Online"_s;
    c.email = u"olga@example.org"_s;
    c.phone = u"20 30 40 50"_s;
    c.mobile = u"+4531313131"_s;
    c.note = u"prefers aisle seats"_s;
    auto id = create(c);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));

    // The server has it, with the phone as this terminal normalised it; the cache holds the
    // server's row: its id and number.
    const QJsonArray found = onServer(u"Online"_s);
    QCOMPARE(found.size(), 1);
    const QJsonObject server = found.first().toObject();
    QCOMPARE(server.value(u"id"_s).toInteger(), id->value);
    QCOMPARE(server.value(u"email"_s).toString(), u"olga@example.org"_s);
    QCOMPARE(server.value(u"phone"_s).toString(), u"+4520304050"_s);
    QCOMPARE(server.value(u"channelId"_s).toInteger(), m_channel.value);
    const Customer here = *m_box->customers().customer(*id);
    QCOMPARE(here.number, server.value(u"number"_s).toString());
    QCOMPARE(here.lastName, u"Online"_s);
    // What the server does not keep stays here.
    QCOMPARE(here.note, u"prefers aisle seats"_s);
    QCOMPARE(here.mobile, u"+4531313131"_s);
    QCOMPARE(cached(u"SELECT count(*) FROM customers WHERE last_name = 'Online'"_s), 1);
    QCOMPARE(cached(u"SELECT count(*) FROM customer_history WHERE customer_id = ?"
                    " AND action = 'created'"_s,
                    {id->value}),
             1);
    QCOMPARE(*m_sync->outbox().depth(), 0);

    // The other terminal sees it through the feed, under the same id and number; the note
    // never left this terminal.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_other->text(u"SELECT last_name FROM customers WHERE id = ?"_s, id->value)
                   == u"Online"_s;
        },
        30000));
    QCOMPARE(m_other->text(u"SELECT number FROM customers WHERE id = ?"_s, id->value), here.number);
    QCOMPARE(m_other->text(u"SELECT note FROM customers WHERE id = ?"_s, id->value), QString());

    // The feed bringing the same customer back here changes nothing.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return cached(u"SELECT count(*) FROM customers WHERE id = ? AND email = ?"_s,
                          {id->value, u"olga@example.org"_s})
                   == 1;
        },
        30000));
    QCOMPARE(cached(u"SELECT count(*) FROM customers WHERE last_name = 'Online'"_s), 1);
    QCOMPARE(m_box->customers().customer(*id)->note, u"prefers aisle seats"_s);

    // Invalid fields are refused before anything is sent.
    Customer invalid;
    invalid.lastName = u"Broken"_s;
    invalid.email = u"not-an-address"_s;
    QVERIFY(!create(invalid));
    QCOMPARE(onServer(u"Broken"_s).size(), 0);
}

void tst_ConnectedCustomerRecords::editedOnlineReachesTheServerAndTheFeed()
{
    QVERIFY(m_other);
    const QJsonArray found = onServer(u"Online"_s);
    QCOMPARE(found.size(), 1);
    const CustomerId id(found.first().toObject().value(u"id"_s).toInteger());
    Customer edited = *m_box->customers().customer(id);
    edited.lastName = u"Edited"_s;
    edited.email = u"olga.edited@example.org"_s;
    edited.note = u"now prefers the balcony"_s;
    auto saved = save(edited);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QVERIFY(!saved->conflict);
    QCOMPARE(saved->saved.lastName, u"Edited"_s);
    QCOMPARE(saved->saved.note, u"now prefers the balcony"_s);

    // On the server, and through the feed at the other terminal.
    const QJsonArray after = onServer(u"Edited"_s);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().toObject().value(u"id"_s).toInteger(), id.value);
    QCOMPARE(after.first().toObject().value(u"email"_s).toString(), u"olga.edited@example.org"_s);
    QCOMPARE(onServer(u"Online"_s).size(), 0);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_other->text(u"SELECT email FROM customers WHERE id = ?"_s, id.value)
                   == u"olga.edited@example.org"_s;
        },
        30000));
    QCOMPARE(m_other->text(u"SELECT last_name FROM customers WHERE id = ?"_s, id.value),
             u"Edited"_s);
    // Here, each changed field has its history entry.
    QCOMPARE(cached(u"SELECT count(*) FROM customer_history WHERE customer_id = ?"
                    " AND action = 'changed' AND field IN ('last_name', 'email', 'note')"_s,
                    {id.value}),
             3);

    // A change of this terminal's fields alone is saved here and sends nothing.
    const qint64 sequence = m_supervisor->get(u"/v1/changes?since=0&limit=5000"_s)
                                .json[u"last"]
                                .toInteger();
    Customer noteOnly = saved->saved;
    noteOnly.note = u"only here"_s;
    auto local = save(noteOnly);
    QVERIFY(local && !local->conflict);
    QCOMPARE(m_box->customers().customer(id)->note, u"only here"_s);
    QCOMPARE(m_supervisor->get(u"/v1/changes?since=0&limit=5000"_s).json[u"last"].toInteger(),
             sequence);

    // An edit from an older revision is a conflict and sends nothing.
    Customer stale = saved->saved;
    stale.lastName = u"Stale"_s;
    auto conflict = save(stale);
    QVERIFY(conflict);
    QVERIFY(conflict->conflict);
    QCOMPARE(onServer(u"Stale"_s).size(), 0);
}

void tst_ConnectedCustomerRecords::offlineOnlyTerminalFieldsAreSaved()
{
    const QJsonArray found = onServer(u"Edited"_s);
    QCOMPARE(found.size(), 1);
    const CustomerId id(found.first().toObject().value(u"id"_s).toInteger());
    m_sync->engine().setForcedOffline(true);
    QVERIFY(!m_customers->isOnline());
    Customer edited = *m_box->customers().customer(id);
    edited.lastName = u"Offline Rename"_s;
    auto refused = save(edited);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"cannot be reached"),
             qPrintable(refused.error().message));
    QCOMPARE(m_box->customers().customer(id)->lastName, u"Edited"_s);
    edited = *m_box->customers().customer(id);
    edited.company = u"Offline Ltd"_s;
    auto saved = save(edited);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QCOMPARE(m_box->customers().customer(id)->company, u"Offline Ltd"_s);
    QCOMPARE(*m_sync->outbox().depth(), 0);
    m_sync->engine().setForcedOffline(false);
    QCOMPARE(onServer(u"Offline Rename"_s).size(), 0);
}

void tst_ConnectedCustomerRecords::createdOfflineIsReplayedBeforeItsSale()
{
    SyncServices &sync = *m_sync;
    Database &db = m_box->database();
    QVERIFY(QTest::qWaitFor([&] { return sync.engine().isOnline(); }, 30000));
    // The terminal leases a seat while online.
    CatalogRepository catalog(db);
    const PerformanceId performance = sync.cache().onSalePerformances()->first();
    const SeatPlan plan = *catalog.plan(catalog.performance(performance)->plan);
    const Inventory inventory = *catalog.inventory(performance, plan);
    SeatId seat;
    for (const Seat &s : plan.seats()) {
        if (inventory.seatStatus(s.id, QDateTime::currentDateTimeUtc()) == SeatStatus::Free) {
            seat = s.id;
            break;
        }
    }
    QVERIFY(seat.isValid());
    QCOMPARE(m_supervisor
                 ->post(u"/v1/leases"_s,
                        {{u"performance"_s, performance.value},
                         {u"terminal"_s, sync.cache().terminal()},
                         {u"seats"_s, QJsonArray{seat.value}}})
                 .status,
             201);
    QVERIFY(
        QTest::qWaitFor([&] { return cached(u"SELECT count(*) FROM sync_leases"_s) == 1; }, 30000));

    // Offline: the customer is made here under a local id, with its outbox operation.
    sync.engine().setForcedOffline(true);
    Customer c;
    c.firstName = u"Ove"_s;
    c.lastName = u"Offline"_s;
    c.email = u"ove@example.org"_s;
    c.note = u"met at the door"_s;
    auto local = create(c);
    QVERIFY2(local, local ? "" : qPrintable(local.error().message));
    QVERIFY(local->value >= SyncCache::kLocalIdBase);
    QCOMPARE(m_box->customers().customer(*local)->number, u"T1-C000001"_s);
    QCOMPARE(onServer(u"Ove"_s).size(), 0);

    // ...and sold a ticket.
    Basket basket(performance, &plan, *catalog.priceList(performance), *catalog.priceTypes());
    QVERIFY(basket.addSeat(seat));
    basket.setCustomer(*local);
    OfflineSales offline(db, sync.outbox(), sync.cache().terminal(), m_user, m_channel);
    auto sold = offline.sell(basket, PaymentMethod::Cash, QDateTime::currentDateTimeUtc());
    QVERIFY2(sold, sold ? "" : qPrintable(sold.error().message));
    QList<OutboxEntry> entries = *sync.outbox().entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).route, u"/v1/customers"_s);
    QCOMPARE(entries.at(0).customer, *local);
    QCOMPARE(entries.at(1).route, u"/v1/offline-orders"_s);
    QCOMPARE(entries.at(1).body.value(u"customer"_s).toInteger(), local->value);

    // The creation reached the server once already, its answer was lost on the way back.
    const HttpReply lost = m_supervisor->request("POST",
                                                 entries.at(0).route,
                                                 QJsonDocument(entries.at(0).body).toJson(),
                                                 entries.at(0).operation.toString(
                                                     QUuid::WithoutBraces));
    QCOMPARE(lost.status, 201);
    const qint64 serverId = lost.json[u"customer"][u"id"].toInteger();

    // Back online: the replay creates nothing twice, the sale names the server's customer.
    sync.engine().setForcedOffline(false);
    QVERIFY(QTest::qWaitFor([&] { return *sync.outbox().depth() == 0; }, 60000));
    entries = *sync.outbox().entries();
    QCOMPARE(entries.at(0).state, OutboxEntry::State::Sent);
    QCOMPARE(entries.at(1).state, OutboxEntry::State::Sent);
    QCOMPARE(entries.at(1).body.value(u"customer"_s).toInteger(), serverId);
    QCOMPARE(onServer(u"Ove"_s).size(), 1);
    const QString orders = m_pg.sql(
        u"SELECT count(*) || ':' || min(customer_id) FROM orders WHERE receipt = '%1'"_s.arg(
            sold->number()));
    QCOMPARE(orders, u"1:%1"_s.arg(serverId));
    // The cache's customer is the server's now, with its note, history and order.
    QCOMPARE(cached(u"SELECT count(*) FROM customers WHERE id = ?"_s, {local->value}), 0);
    const Customer adopted = *m_box->customers().customer(CustomerId(serverId));
    QCOMPARE(adopted.number, lost.json[u"customer"][u"number"].toString());
    QCOMPARE(adopted.note, u"met at the door"_s);
    QCOMPARE(cached(u"SELECT customer_id FROM orders WHERE id = ?"_s, {sold->id().value}), serverId);
    QCOMPARE(cached(u"SELECT count(*) FROM customer_history WHERE customer_id = ?"
                    " AND action = 'created'"_s,
                    {serverId}),
             1);
    QVERIFY(m_box->customers().search(u"Ove"_s)->size() >= 1);
    QCOMPARE(m_box->customers().search(u"Ove"_s)->first().customer.id.value, serverId);

    // The replay again, as after a crash before the answers were recorded: every operation
    // gets its stored answer, nothing is doubled anywhere.
    QVERIFY(db.exec(u"UPDATE sync_outbox SET state = 'pending' WHERE seq IN (?, ?)"_s,
                    {entries.at(0).seq, entries.at(1).seq}));
    QSignalSpy finished(&sync.outbox(), &Outbox::replayFinished);
    sync.outbox().replay(sync.client());
    QVERIFY(QTest::qWaitFor([&] { return *sync.outbox().depth() == 0; }, 60000));
    QCOMPARE(onServer(u"Ove"_s).size(), 1);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM orders WHERE receipt = '%1'"_s.arg(sold->number())),
             u"1"_s);
    QCOMPARE(cached(u"SELECT count(*) FROM customers WHERE last_name = 'Offline'"_s), 1);
    QCOMPARE(cached(u"SELECT count(*) FROM orders WHERE receipt = ?"_s, {sold->number()}), 1);
    QCOMPARE(sync.outbox().entries()->at(1).body.value(u"customer"_s).toInteger(), serverId);
}

void tst_ConnectedCustomerRecords::unansweredCreationIsKeptUnderItsOperation()
{
    SyncServices &sync = *m_sync;
    QVERIFY(QTest::qWaitFor([&] { return sync.engine().isOnline(); }, 30000));
    QCOMPARE(*sync.outbox().depth(), 0);
    const qsizetype before = sync.outbox().entries()->size();
    // The server takes the request but never answers (a cut connection), though the
    // terminal still counts as online: the creation is kept for the outbox, under the
    // operation id it was sent with.
    QTcpServer cut;
    QVERIFY(cut.listen(QHostAddress::LocalHost));
    QStringList operations;
    connect(&cut, &QTcpServer::newConnection, this, [&cut, &operations] {
        while (QTcpSocket *socket = cut.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &operations] {
                const QByteArray request = socket->readAll();
                for (const QByteArray &line : request.split('\n')) {
                    if (line.toLower().startsWith("operation-id:"))
                        operations.append(QString::fromLatin1(line.mid(13).trimmed()));
                }
                socket->abort();
                socket->deleteLater();
            });
        }
    });
    const QUrl url = m_server.url();
    QUrl dead = url;
    dead.setPort(cut.serverPort());
    sync.client().setBaseUrl(dead);
    QVERIFY(m_customers->isOnline());
    Customer c;
    c.firstName = u"Nora"_s;
    c.lastName = u"Noanswer"_s;
    auto local = create(c);
    sync.client().setBaseUrl(url);
    QVERIFY2(local, local ? "" : qPrintable(local.error().message));
    QVERIFY(local->value >= SyncCache::kLocalIdBase);
    const QList<OutboxEntry> entries = *sync.outbox().entries();
    QCOMPARE(entries.size(), before + 1);
    const OutboxEntry entry = entries.last();
    QCOMPARE(entry.customer, *local);
    QVERIFY(!operations.isEmpty());
    for (const QString &op : std::as_const(operations))
        QCOMPARE(op, entry.operation.toString(QUuid::WithoutBraces));
    // Say the first try did reach the server: it made the customer there.
    const HttpReply reached = m_supervisor->request("POST",
                                                    entry.route,
                                                    QJsonDocument(entry.body).toJson(),
                                                    entry.operation.toString(QUuid::WithoutBraces));
    QCOMPARE(reached.status, 201);
    // The replay settles it with the stored answer: one customer, the server's, here too.
    sync.outbox().replay(sync.client());
    QVERIFY(QTest::qWaitFor([&] { return *sync.outbox().depth() == 0; }, 60000));
    QCOMPARE(onServer(u"Noanswer"_s).size(), 1);
    const qint64 serverId = reached.json[u"customer"][u"id"].toInteger();
    QCOMPARE(cached(u"SELECT count(*) FROM customers WHERE last_name = 'Noanswer'"_s), 1);
    QCOMPARE(cached(u"SELECT id FROM customers WHERE last_name = 'Noanswer'"_s), serverId);
}

QTEST_GUILESS_MAIN(tst_ConnectedCustomerRecords)
#include "tst_connectedcustomerrecords.moc"
