// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/catalogrepository.h"
#include "storage/customerrepository.h"
#include "storage/customerservice.h"
#include "storage/orderrepository.h"
#include "storage/salesservice.h"
#include "storage/userpasswords.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_CustomerService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createLogsAndValidatesPerField();
    void saveRecordsEveryChangedField();
    void saveFromAnOldRevisionIsAConflict();
    void flagsAddRemoveAndBlockSale();
    void consentHistoryAndMailingList();
    void webProfileLinkAndUnlink();
    void alternativeEmailsAreSearchableWhenEnabled();
    void searchFindsOrderNumbersAndBarcodes();
    void searchFindsNumberPrefixesByTheirIndexes();
    void ordersCarrySubscriptionAndSeasonTags();
    void duplicatesBySameEmailPhoneAndSimilarName();
    void mergeMovesEverythingAndUndoRestores();
    void mergeTooOldCannotBeUndone();
    void exportHoldsEverythingAndIsLogged();
    void anonymiseKeepsOrders();
    void upgradeFromVersion2IndexesKeys();

private:
    CustomerId anyCustomerWithOrders();
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CustomerService> m_service;
    UserId m_counter;
    UserId m_supervisor;
};

void tst_CustomerService::init()
{
    m_dir = new QTemporaryDir;
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    m_counter = UserId(
        m_db->scalar(u"SELECT id FROM users WHERE role = 'box-office'"_s)->toLongLong());
    m_supervisor = UserId(
        m_db->scalar(u"SELECT id FROM users WHERE role = 'supervisor'"_s)->toLongLong());
    QVERIFY(m_counter.isValid());
    QVERIFY(m_supervisor.isValid());
    m_service = std::make_unique<CustomerService>(*m_db, m_counter);
}

void tst_CustomerService::cleanup()
{
    m_service.reset();
    m_db.reset();
    delete m_dir;
}

CustomerId tst_CustomerService::anyCustomerWithOrders()
{
    return CustomerId(
        m_db->scalar(u"SELECT customer_id FROM orders WHERE customer_id IS NOT NULL LIMIT 1"_s)
            ->toLongLong());
}

void tst_CustomerService::createLogsAndValidatesPerField()
{
    Customer c;
    c.firstName = u"Ida"_s;
    c.lastName = u"Holm"_s;
    c.email = u"ida@holm.example"_s;
    c.phone = u"20 11 22 33"_s;
    c.address = {u"Vestergade 3"_s, u"8000"_s, u"Aarhus C"_s, u"DK"_s};
    c.birthday = QDate(1990, 5, 17);
    auto id = m_service->create(c, testNow());
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    auto stored = m_service->customer(*id);
    QVERIFY(stored);
    QCOMPARE(stored->phone, u"+4520112233"_s);
    QCOMPARE(stored->address.city, u"Aarhus C"_s);
    QCOMPARE(stored->birthday, QDate(1990, 5, 17));
    QCOMPARE(stored->revision, 1);
    auto history = m_service->history(*id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().action, u"created"_s);
    QCOMPARE(history->first().userName, u"Counter staff"_s);

    // Each bad field is reported at its field.
    c.email = u"ida@@holm"_s;
    c.address.postcode = u"80000"_s;
    c.mobile = u"12"_s;
    const QList<FieldError> errors = customerFieldErrors(c);
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0).field, CustomerField::Email);
    QCOMPARE(errors.at(1).field, CustomerField::Mobile);
    QCOMPARE(errors.at(2).field, CustomerField::Postcode);
    QVERIFY(!m_service->create(c, testNow()));
}

void tst_CustomerService::saveRecordsEveryChangedField()
{
    const CustomerId id = anyCustomerWithOrders();
    Customer c = *m_service->customer(id);
    const QString oldCity = c.address.city;
    c.address.city = u"Odense"_s;
    c.address.postcode = u"5000"_s;
    c.note = u"Prefers aisle seats"_s;
    auto saved = m_service->save(c, testNow().addSecs(60));
    QVERIFY(saved);
    QVERIFY(!saved->conflict);
    QCOMPARE(saved->saved.address.city, u"Odense"_s);
    QCOMPARE(saved->saved.revision, c.revision + 1);
    auto history = *m_service->history(id);
    QStringList fields;
    for (const CustomerHistoryEntry &h : history) {
        if (h.action == u"changed"_s)
            fields.append(h.field);
    }
    fields.sort();
    QCOMPARE(fields, (QStringList{u"city"_s, u"note"_s, u"postcode"_s}));
    const auto city = std::find_if(history.cbegin(), history.cend(), [](const auto &h) {
        return h.field == u"city"_s;
    });
    QCOMPARE(city->oldValue, oldCity);
    QCOMPARE(city->newValue, u"Odense"_s);
    QCOMPARE(city->at, testNow().addSecs(60));
    QCOMPARE(city->user, m_counter);

    // Saving without a change writes nothing.
    auto again = m_service->save(saved->saved, testNow());
    QVERIFY(again);
    QCOMPARE(again->saved.revision, saved->saved.revision);
    QCOMPARE(m_service->history(id)->size(), history.size());
}

void tst_CustomerService::saveFromAnOldRevisionIsAConflict()
{
    const CustomerId id = anyCustomerWithOrders();
    Customer mine = *m_service->customer(id);
    Customer theirs = mine;
    theirs.phone = u"+4599887766"_s;
    QVERIFY(m_service->save(theirs, testNow()));
    mine.company = u"Teatret A/S"_s;
    auto r = m_service->save(mine, testNow());
    QVERIFY(r);
    QVERIFY(r->conflict);
    QCOMPARE(r->mine.company, u"Teatret A/S"_s);
    QCOMPARE(r->theirs.phone, u"+4599887766"_s);
    QVERIFY(!r->theirChanges.isEmpty());
    // Nothing of mine was written.
    QCOMPARE(m_service->customer(id)->company, QString());
    // Saved again on top of their version, it goes through.
    Customer retry = r->theirs;
    retry.company = mine.company;
    auto ok = m_service->save(retry, testNow());
    QVERIFY(ok && !ok->conflict);
    QCOMPARE(m_service->customer(id)->company, u"Teatret A/S"_s);
}

void tst_CustomerService::flagsAddRemoveAndBlockSale()
{
    const CustomerId id = anyCustomerWithOrders();
    const auto definitions = *m_service->flagDefinitions();
    QCOMPARE(definitions.size(), 4);
    const auto blocked = std::find_if(definitions.cbegin(), definitions.cend(), [](const auto &f) {
        return f.kind == FlagKind::BlockedSale;
    });
    QVERIFY(blocked != definitions.cend());
    QVERIFY(m_service->checkSaleAllowed(id));
    QVERIFY(m_service->addFlag(id, definitions.first().id, testNow()));
    QVERIFY(m_service->addFlag(id, blocked->id, testNow()));
    QVERIFY(m_service->addFlag(id, blocked->id, testNow())); // twice: no second entry
    QCOMPARE(m_service->flags(id)->size(), 2);
    auto refused = m_service->checkSaleAllowed(id);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"Blocked from sale"_s));
    // The override needs a supervisor's login and password, and names who gave it.
    UserPasswords passwords(*m_db);
    QVERIFY(passwords.setPassword(m_supervisor, u"supervisor-secret"_s));
    QVERIFY(passwords.setPassword(m_counter, u"counter-secret"_s));
    QCOMPARE(passwords.setPassword(m_counter, u"short"_s).error().code, ErrorCode::InvalidArgument);
    const QString supervisorLogin = m_db->scalar(u"SELECT login FROM users WHERE id = ?"_s,
                                                 {m_supervisor.value})
                                        ->toString();
    const QString counterLogin = m_db->scalar(u"SELECT login FROM users WHERE id = ?"_s,
                                              {m_counter.value})
                                     ->toString();
    QCOMPARE(
        m_service->approveBlockedSale(id, counterLogin, u"counter-secret"_s, testNow()).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(m_service->approveBlockedSale(id, supervisorLogin, u"wrong-secret"_s, testNow())
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    auto approved = m_service->approveBlockedSale(id,
                                                  supervisorLogin,
                                                  u"supervisor-secret"_s,
                                                  testNow());
    QVERIFY(approved);
    QCOMPARE(*approved, m_supervisor);
    // The stored hash is Argon2id, never the password.
    const QString hash = m_db->scalar(u"SELECT password_hash FROM users WHERE id = ?"_s,
                                      {m_supervisor.value})
                             ->toString();
    QVERIFY(hash.startsWith(u"$argon2id$"_s));
    QVERIFY(!hash.contains(u"supervisor-secret"_s));
    QVERIFY(m_service->removeFlag(id, blocked->id, testNow()));
    QVERIFY(m_service->checkSaleAllowed(id));
    QStringList actions;
    const auto entries = *m_service->history(id);
    for (const auto &h : entries)
        actions.append(h.action + u':' + h.field + h.newValue);
    QCOMPARE(actions.count(u"flag-added:vip"_s), 1);
    QCOMPARE(actions.count(u"flag-added:blocked"_s), 1);
    QCOMPARE(actions.count(u"flag-removed:blocked"_s), 1);
    QCOMPARE(actions.count(u"sale-override:Supervisor (%1)"_s.arg(supervisorLogin)), 1);

    FlagDefinition bad{0, u"Bad Code"_s, u"x"_s, u"red"_s, u"star"_s, FlagKind::Info};
    QVERIFY(!m_service->defineFlag(bad));
    FlagDefinition fan{0, u"fan"_s, u"Fan club"_s, u"#00aa00"_s, u"heart"_s, FlagKind::Info};
    QVERIFY(m_service->defineFlag(fan));
    QCOMPARE(m_service->flagDefinitions()->last().name, u"Fan club"_s);
}

void tst_CustomerService::consentHistoryAndMailingList()
{
    const CustomerId id = anyCustomerWithOrders();
    QVERIFY(m_service->recordConsent(id,
                                     ConsentPurpose::Newsletter,
                                     ConsentChannel::Email,
                                     true,
                                     ConsentSource::Counter,
                                     testNow()));
    QVERIFY(m_service->recordConsent(
        id, ConsentPurpose::Newsletter, ConsentChannel::Sms, true, ConsentSource::Phone, testNow()));
    QCOMPARE(m_service->mailingList(ConsentPurpose::Newsletter, ConsentChannel::Email)->size(), 1);
    QVERIFY(m_service->recordConsent(id,
                                     ConsentPurpose::Newsletter,
                                     ConsentChannel::Email,
                                     false,
                                     ConsentSource::Web,
                                     testNow().addDays(1)));
    const auto records = *m_service->consents(id);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.last().source, ConsentSource::Web);
    QCOMPARE(records.last().userName, u"Counter staff"_s);
    QCOMPARE(records.last().at, testNow().addDays(1));
    QVERIFY(!hasConsent(records, ConsentPurpose::Newsletter, ConsentChannel::Email));
    QVERIFY(hasConsent(records, ConsentPurpose::Newsletter, ConsentChannel::Sms));
    QVERIFY(!hasConsent(records, ConsentPurpose::EventInformation, ConsentChannel::Post));
    QCOMPARE(m_service->mailingList(ConsentPurpose::Newsletter, ConsentChannel::Email)->size(), 0);
    QCOMPARE(m_service->mailingList(ConsentPurpose::Newsletter, ConsentChannel::Sms)->size(), 1);
    int consentEntries = 0;
    const auto entries = *m_service->history(id);
    for (const auto &h : entries) {
        if (h.action == u"consent"_s) {
            ++consentEntries;
            QCOMPARE(h.field.section(u'/', 0, 0), u"newsletter"_s);
        }
    }
    QCOMPARE(consentEntries, 3);
}

void tst_CustomerService::webProfileLinkAndUnlink()
{
    const CustomerId id = anyCustomerWithOrders();
    auto account = m_service->addWebAccount({0, u"shop.user@example.com"_s, u"Shop User"_s},
                                            testNow());
    QVERIFY(account);
    const auto found = *m_service->findWebAccounts(u"SHOP.u"_s);
    QCOMPARE(found.size(), 1);
    const int revision = m_service->customer(id)->revision;
    QVERIFY(m_service->linkWebAccount(id, found.first().id, testNow()));
    QCOMPARE(m_service->customer(id)->webAccountEmail, u"shop.user@example.com"_s);
    QCOMPARE(m_service->customer(id)->revision, revision + 1);
    // The same account cannot be linked to a second customer.
    const CustomerId other(
        m_db->scalar(u"SELECT id FROM customers WHERE id <> ? LIMIT 1"_s, {id.value})->toLongLong());
    QCOMPARE(m_service->linkWebAccount(other, *account, testNow()).error().code,
             ErrorCode::Conflict);
    QVERIFY(m_service->unlinkWebAccount(id, testNow()));
    QCOMPARE(m_service->customer(id)->webAccount, 0);
    const auto history = *m_service->history(id);
    QCOMPARE(history.at(history.size() - 2).action, u"web-linked"_s);
    QCOMPARE(history.at(history.size() - 2).newValue, u"shop.user@example.com"_s);
    QCOMPARE(history.last().action, u"web-unlinked"_s);
    QCOMPARE(history.last().oldValue, u"shop.user@example.com"_s);
}

void tst_CustomerService::alternativeEmailsAreSearchableWhenEnabled()
{
    const CustomerId id = anyCustomerWithOrders();
    QCOMPARE(*m_service->alternativeEmailsEnabled(), false);
    Customer c = *m_service->customer(id);
    c.alternativeEmails = {u"work.address@firma.example"_s};
    QVERIFY(m_service->save(c, testNow()));
    QCOMPARE(m_service->customer(id)->alternativeEmails, c.alternativeEmails);
    QVERIFY(m_service->search(u"work.address@fir"_s)->isEmpty());
    QVERIFY(m_service->setAlternativeEmailsEnabled(true));
    auto hits = m_service->search(u"work.address@fir"_s);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().customer.id, id);
    QCOMPARE(hits->first().matchedKey, u"work.address@firma.example"_s);
    // Switched off again: hidden from search, the data kept.
    QVERIFY(m_service->setAlternativeEmailsEnabled(false));
    QVERIFY(m_service->search(u"work.address@fir"_s)->isEmpty());
    QCOMPARE(m_service->customer(id)->alternativeEmails.size(), 1);
    // Removing it takes it out of the index.
    QVERIFY(m_service->setAlternativeEmailsEnabled(true));
    c = *m_service->customer(id);
    c.alternativeEmails.clear();
    QVERIFY(m_service->save(c, testNow()));
    QVERIFY(m_service->search(u"work.address@fir"_s)->isEmpty());
}

void tst_CustomerService::searchFindsOrderNumbersAndBarcodes()
{
    auto q = m_db->exec(u"SELECT o.number, t.barcode, o.customer_id FROM orders o JOIN tickets t"
                        " ON t.order_id = o.id WHERE o.customer_id IS NOT NULL LIMIT 1"_s);
    QVERIFY(q && q->next());
    const QString number = q->value(0).toString();
    const QString barcode = q->value(1).toString();
    const CustomerId customer(q->value(2).toLongLong());
    q->finish();
    auto byNumber = m_service->search(number);
    QVERIFY(byNumber && !byNumber->isEmpty());
    QCOMPARE(byNumber->first().customer.id, customer);
    QCOMPARE(byNumber->first().matchedKey, number);
    auto byBarcode = m_service->search(barcode.toLower());
    QVERIFY(byBarcode && !byBarcode->isEmpty());
    QCOMPARE(byBarcode->first().customer.id, customer);
    // Mobile numbers are in the keys index too.
    Customer c = *m_service->customer(customer);
    c.mobile = u"+4531415926"_s;
    QVERIFY(m_service->save(c, testNow()));
    QCOMPARE(m_service->search(u"31415926"_s)->first().customer.id, customer);
    // A new sale's order number is found at once.
    CatalogRepository catalog(*m_db);
    const auto upcoming = *catalog.upcoming(testNow(), testNow());
    const PerformanceId perf = upcoming.first().performance.id;
    auto plan = catalog.plan(upcoming.first().performance.plan);
    QVERIFY(plan);
    Basket basket(perf, &*plan, *catalog.priceList(perf), *catalog.priceTypes());
    const auto zones = plan->zones();
    QVERIFY(!zones.isEmpty());
    QVERIFY(basket.setStandingQuantity(zones.first().id, 1));
    basket.setCustomer(customer);
    SalesService sales(*m_db, SalesService::boxOfficeContext(catalog));
    auto order = sales.sell(basket, PaymentMethod::Cash, testNow());
    QVERIFY2(order, order ? "" : qPrintable(order.error().message));
    QCOMPARE(m_service->search(order->number())->first().customer.id, customer);
}

void tst_CustomerService::searchFindsNumberPrefixesByTheirIndexes()
{
    const CustomerId customer = anyCustomerWithOrders();
    const Customer c = *m_service->customer(customer);
    // A customer number as it is being typed, in small letters too.
    auto byNumber = m_service->search(c.number.left(c.number.size() - 1).toLower());
    QVERIFY(byNumber);
    const bool found = std::any_of(byNumber->cbegin(), byNumber->cend(), [&](const auto &hit) {
        return hit.customer.id == customer;
    });
    QVERIFY(found);
    for (const auto &hit : std::as_const(*byNumber))
        QVERIFY(hit.customer.number.startsWith(c.number.left(c.number.size() - 1)));
    // Many orders without a customer sorted before the customer's order do not hide it.
    QVERIFY(m_db->exec(u"INSERT INTO orders (number, performance_id, status, currency, total,"
                       " created_at) SELECT 'Z-1' || printf('%04d', value), (SELECT min(id) FROM"
                       " performances), 'sold', 'DKK', 100, '2026-01-01T00:00:00.000Z' FROM"
                       " json_each('[' || (WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1"
                       " FROM n WHERE i < 499) SELECT group_concat(i) FROM n) || ']')"_s));
    QVERIFY(m_db->exec(u"INSERT INTO orders (number, performance_id, customer_id, status, currency,"
                       " total, created_at) VALUES ('Z-19999', (SELECT min(id) FROM performances),"
                       " ?, 'sold', 'DKK', 100, '2026-01-01T00:00:00.000Z')"_s,
                       {customer.value}));
    auto byOrder = m_service->search(u"z-1"_s, 5);
    QVERIFY(byOrder);
    QCOMPARE(byOrder->size(), 1);
    QCOMPARE(byOrder->first().customer.id, customer);
    QCOMPARE(byOrder->first().matchedKey, u"Z-19999"_s);
    // Not a number: a hyphenated name still goes to the name index.
    QVERIFY(!CustomerRepository::isCustomerNumberLike(u"Hans-Peter"_s));
    QVERIFY(CustomerRepository::isCustomerNumberLike(u"c-0012"_s));
}

void tst_CustomerService::ordersCarrySubscriptionAndSeasonTags()
{
    const CustomerId customer = anyCustomerWithOrders();
    const auto before = *m_service->orders(customer);
    QVERIFY(!before.isEmpty());
    for (const CustomerOrderRow &row : before)
        QVERIFY(row.tags.isEmpty());
    const OrderId order = before.first().id;
    const OrderTag friday{OrderTag::Kind::Subscription, u"Friday series"_s};
    const OrderTag season{OrderTag::Kind::Season, u"Season 2026/27"_s};
    QVERIFY(m_service->addOrderTag(order, friday, testNow()));
    QVERIFY(m_service->addOrderTag(order, season, testNow()));
    QVERIFY(m_service->addOrderTag(order, friday, testNow())); // once only
    auto after = *m_service->orders(customer);
    QCOMPARE(after.first().id, order);
    QCOMPARE(after.first().tags, (QList<OrderTag>{friday, season}));
    QCOMPARE(customerOrderTagNames(after), (QStringList{u"Friday series"_s, u"Season 2026/27"_s}));
    // The order's history says so, once per tag.
    auto history = m_db->scalar(u"SELECT count(*) FROM order_history WHERE order_id = ?"
                                " AND event = 'tagged'"_s,
                                {order.value});
    QCOMPARE(history->toInt(), 2);
    QVERIFY(m_service->removeOrderTag(order, friday, testNow()));
    QCOMPARE(m_service->orders(customer)->first().tags, QList<OrderTag>{season});
    QCOMPARE(m_service->removeOrderTag(order, friday, testNow()).error().code, ErrorCode::NotFound);
    QCOMPARE(m_service->addOrderTag(OrderId(987654), season, testNow()).error().code,
             ErrorCode::NotFound);
    QCOMPARE(m_service->addOrderTag(order, OrderTag{OrderTag::Kind::Season, u"  "_s}, testNow())
                 .error()
                 .code,
             ErrorCode::InvalidArgument);
}

void tst_CustomerService::duplicatesBySameEmailPhoneAndSimilarName()
{
    const Customer existing = *m_service->customer(anyCustomerWithOrders());
    Customer c;
    c.firstName = existing.firstName;
    c.lastName = existing.lastName + u"n"_s; // a typo
    c.email = existing.email.toUpper();
    auto dup = m_service->duplicates(c);
    QVERIFY(dup);
    const auto hit = std::find_if(dup->cbegin(), dup->cend(), [&](const auto &d) {
        return d.customer.id == existing.id;
    });
    QVERIFY(hit != dup->cend());
    QVERIFY(hit->reasons & DuplicateCandidate::SameEmail);
    QVERIFY(hit->reasons & DuplicateCandidate::SimilarName);
    Customer byPhone;
    byPhone.lastName = u"Zzyzx"_s;
    byPhone.phone = existing.phone;
    dup = m_service->duplicates(byPhone);
    QCOMPARE(dup->size(), 1);
    QCOMPARE(dup->first().reasons, int(DuplicateCandidate::SamePhone));
    Customer stranger;
    stranger.lastName = u"Quuxley"_s;
    stranger.email = u"nobody@nowhere.example"_s;
    QVERIFY(m_service->duplicates(stranger)->isEmpty());
}

void tst_CustomerService::mergeMovesEverythingAndUndoRestores()
{
    auto withOrders = m_db->exec(u"SELECT customer_id FROM orders WHERE customer_id IS NOT NULL"
                                 " GROUP BY customer_id ORDER BY customer_id LIMIT 2"_s);
    QVERIFY(withOrders && withOrders->next());
    const CustomerId survivor(withOrders->value(0).toLongLong());
    QVERIFY(withOrders->next());
    const CustomerId other(withOrders->value(0).toLongLong());
    withOrders->finish();
    auto count = [this](CustomerId id) {
        return m_db->scalar(u"SELECT count(*) FROM orders WHERE customer_id = ?"_s, {id.value})
            ->toInt();
    };
    const int survivorOrders = count(survivor);
    const int otherOrders = count(other);
    QVERIFY(otherOrders > 0);
    const Customer survivorBefore = *m_service->customer(survivor);
    const Customer otherBefore = *m_service->customer(other);
    QVERIFY(m_service->recordConsent(other,
                                     ConsentPurpose::EventInformation,
                                     ConsentChannel::Post,
                                     true,
                                     ConsentSource::Outlet,
                                     testNow()));
    const qint64 vip = m_service->flagDefinitions()->first().id;
    QVERIFY(m_service->addFlag(other, vip, testNow()));

    QMap<CustomerField, MergeSide> choices;
    choices.insert(CustomerField::Phone, MergeSide::Other);
    auto merge = m_service->merge(survivor, other, choices, testNow());
    QVERIFY2(merge, merge ? "" : qPrintable(merge.error().message));
    QCOMPARE(count(survivor), survivorOrders + otherOrders);
    QCOMPARE(count(other), 0);
    QVERIFY(!m_service->customer(other));
    const Customer merged = *m_service->customer(survivor);
    QCOMPARE(merged.phone, otherBefore.phone);
    QCOMPARE(merged.email, survivorBefore.email);
    QVERIFY(merged.alternativeEmails.contains(otherBefore.email));
    QCOMPARE(m_service->consents(survivor)->size(), 1);
    QCOMPARE(m_service->flags(survivor)->size(), 1);
    QVERIFY(m_service->search(otherBefore.number)->isEmpty()
            || m_service->search(otherBefore.number)->first().customer.id != other);
    bool logged = false;
    const auto entries = *m_service->history(survivor);
    for (const auto &h : entries)
        logged = logged || (h.action == u"merged"_s && h.oldValue == otherBefore.number);
    QVERIFY(logged);
    QCOMPARE(m_service->merges(survivor)->size(), 1);

    auto undone = m_service->undoMerge(*merge, testNow().addDays(29));
    QVERIFY2(undone, undone ? "" : qPrintable(undone.error().message));
    QCOMPARE(count(survivor), survivorOrders);
    QCOMPARE(count(other), otherOrders);
    const Customer back = *m_service->customer(other);
    QCOMPARE(back.number, otherBefore.number);
    QCOMPARE(back.email, otherBefore.email);
    QCOMPARE(m_service->customer(survivor)->phone, survivorBefore.phone);
    QCOMPARE(m_service->consents(other)->size(), 1);
    QCOMPARE(m_service->consents(survivor)->size(), 0);
    QCOMPARE(m_service->flags(other)->size(), 1);
    QCOMPARE(m_service->flags(survivor)->size(), 0);
    QCOMPARE(m_service->history(other)->last().action, u"merge-undone"_s);
    QCOMPARE(m_service->search(otherBefore.number)->first().customer.id, other);
    QVERIFY(!m_service->undoMerge(*merge, testNow().addDays(29))); // only once
    QVERIFY(!m_service->merge(survivor, survivor, {}, testNow()));
}

void tst_CustomerService::mergeTooOldCannotBeUndone()
{
    auto ids = m_db->exec(u"SELECT id FROM customers ORDER BY id LIMIT 2"_s);
    QVERIFY(ids && ids->next());
    const CustomerId a(ids->value(0).toLongLong());
    QVERIFY(ids->next());
    const CustomerId b(ids->value(0).toLongLong());
    ids->finish();
    auto merge = m_service->merge(a, b, {}, testNow());
    QVERIFY(merge);
    auto late = m_service->undoMerge(*merge, testNow().addDays(31));
    QVERIFY(!late);
    QCOMPARE(late.error().code, ErrorCode::IllegalTransition);
    QVERIFY(!m_service->customer(b));
}

void tst_CustomerService::exportHoldsEverythingAndIsLogged()
{
    const CustomerId id = anyCustomerWithOrders();
    Customer c = *m_service->customer(id);
    c.note = u"Staff only"_s;
    QVERIFY(m_service->save(c, testNow()));
    QVERIFY(m_service->recordConsent(id,
                                     ConsentPurpose::Newsletter,
                                     ConsentChannel::Email,
                                     true,
                                     ConsentSource::Counter,
                                     testNow()));
    auto dossier = m_service->exportDossier(id, testNow().addDays(2));
    QVERIFY(dossier);
    const QJsonObject json = dossierToJson(*dossier);
    QCOMPARE(json.value(u"number"_s).toString(), c.number);
    QCOMPARE(json.value(u"contact"_s).toObject().value(u"note"_s).toString(), u"Staff only"_s);
    QCOMPARE(json.value(u"consents"_s).toArray().size(), 1);
    const int orders = m_db->scalar(u"SELECT count(*) FROM orders WHERE customer_id = ?"_s,
                                    {id.value})
                           ->toInt();
    QCOMPARE(json.value(u"orders"_s).toArray().size(), orders);
    QVERIFY(
        !json.value(u"orders"_s).toArray().first().toObject().value(u"tickets"_s).toArray().isEmpty());
    QCOMPARE(json.value(u"history"_s).toArray().last().toObject().value(u"action"_s).toString(),
             u"gdpr-export"_s);
    QCOMPARE(m_service->history(id)->last().action, u"gdpr-export"_s);
}

void tst_CustomerService::anonymiseKeepsOrders()
{
    const CustomerId id = anyCustomerWithOrders();
    Customer c = *m_service->customer(id);
    const QString email = c.email;
    c.note = u"Secret"_s;
    c.alternativeEmails = {u"old@mail.example"_s};
    QVERIFY(m_service->save(c, testNow()));
    QVERIFY(m_service->addFlag(id, m_service->flagDefinitions()->at(1).id, testNow()));
    QVERIFY(m_service->setAlternativeEmailsEnabled(true));
    const int orders = m_db->scalar(u"SELECT count(*) FROM orders WHERE customer_id = ?"_s,
                                    {id.value})
                           ->toInt();
    QVERIFY(m_service->anonymise(id, testNow()));
    const Customer after = *m_service->customer(id);
    QVERIFY(after.isAnonymised());
    QCOMPARE(after.number, c.number);
    QVERIFY(after.email.isEmpty());
    QVERIFY(after.phone.isEmpty());
    QVERIFY(after.note.isEmpty());
    QVERIFY(after.alternativeEmails.isEmpty());
    QVERIFY(m_service->flags(id)->isEmpty());
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM orders WHERE customer_id = ?"_s, {id.value})
                 ->toInt(),
             orders);
    const auto entries = *m_service->history(id);
    for (const auto &h : entries) {
        QVERIFY(!h.oldValue.contains(u"Secret"_s));
        QVERIFY(!h.newValue.contains(email));
    }
    QCOMPARE(m_service->history(id)->last().action, u"anonymised"_s);
    QVERIFY(m_service->search(email)->isEmpty());
    QVERIFY(m_service->search(u"old@mail"_s)->isEmpty());
}

void tst_CustomerService::upgradeFromVersion2IndexesKeys()
{
    const QString path = m_dir->filePath(u"v2.sqlite"_s);
    {
        auto v2 = Database::openAtVersion(path, 2);
        QVERIFY(v2);
        Database &db = **v2;
        QVERIFY(
            db.exec(u"INSERT INTO customers (number, first_name, last_name, email, phone,"
                    " created_at) VALUES ('C-000001', 'Olena', 'Kovalenko', 'olena@example.com',"
                    " '+380441234567', '2026-01-01T00:00:00.000Z')"_s));
        QVERIFY(db.exec(u"INSERT INTO venues (name) VALUES ('V')"_s));
        QVERIFY(db.exec(u"INSERT INTO seat_plans (venue_id, version, name, seat_count,"
                        " standing_capacity, document, created_at) VALUES (1, 1, 'p', 0, 10, '{}',"
                        " '2026')"_s));
        QVERIFY(db.exec(u"INSERT INTO productions (title) VALUES ('Play')"_s));
        QVERIFY(db.exec(u"INSERT INTO performances (production_id, venue_id, plan_id, starts_at,"
                        " status, currency) VALUES (1, 1, 1, '2026-12-01T19:00:00.000Z', 'on-sale',"
                        " 'DKK')"_s));
        QVERIFY(
            db.exec(u"INSERT INTO orders (number, performance_id, customer_id, status, currency,"
                    " total, created_at) VALUES ('O-000777', 1, 1, 'sold', 'DKK', 100,"
                    " '2026-01-01T00:00:00.000Z')"_s));
        QVERIFY(db.exec(
            u"INSERT INTO tickets (order_id, performance_id, zone_id, category_id,"
            " price_type_id, price, label, barcode, status, status_changed_at, active)"
            " VALUES (1, 1, 1, 1, 1, 100, 'Standing', 'K7PQ2M9XWA4T', 'valid', '2026', 1)"_s));
    }
    auto db = openOrFail(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
    CustomerService service(*db);
    QCOMPARE(service.search(u"koval"_s)->size(), 1);
    QCOMPARE(service.search(u"O-000777"_s)->first().customer.number, u"C-000001"_s);
    QCOMPARE(service.search(u"K7PQ2M"_s)->first().customer.number, u"C-000001"_s);
    const Customer c = *service.customer(CustomerId(1));
    QCOMPARE(c.revision, 1);
    QCOMPARE(c.address.country, u"DK"_s);
    QCOMPARE(service.flagDefinitions()->size(), 4);
    QVERIFY(db->integrityCheck());
}

QTEST_GUILESS_MAIN(tst_CustomerService)
#include "tst_customerservice.moc"
