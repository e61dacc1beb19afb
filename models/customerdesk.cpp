// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customerdesk.h"

#include "storage/customerservice.h"
#include "storage/database.h"
#include "storage/userpasswords.h"

namespace parkett {

CustomerDesk::CustomerDesk(Database &db, Clock clock, UserId user)
    : m_db(db)
    , m_service(std::make_unique<CustomerService>(db, user))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{}

CustomerDesk::~CustomerDesk() = default;

void CustomerDesk::setUser(UserId user)
{
    m_service->setUser(user);
}

Result<QList<CustomerSearchHit>> CustomerDesk::search(const QString &text, int limit)
{
    return m_service->search(text, limit);
}

Result<QList<DuplicateCandidate>> CustomerDesk::duplicates(const Customer &customer)
{
    return m_service->duplicates(customer);
}

Result<CustomerId> CustomerDesk::create(const Customer &customer)
{
    return m_service->create(customer, m_clock());
}

Result<Customer> CustomerDesk::customer(CustomerId id)
{
    return m_service->customer(id);
}

Result<CustomerSaveResult> CustomerDesk::save(const Customer &edited)
{
    return m_service->save(edited, m_clock());
}

void CustomerDesk::create(const Customer &customer,
                          QObject *context,
                          CustomerRecordWriter::CreateDone done)
{
    if (m_recordWriter && m_recordWriter->writesCustomers()) {
        m_recordWriter->create(customer, m_service->user(), context, std::move(done));
        return;
    }
    done(create(customer));
}

void CustomerDesk::save(const Customer &edited,
                        QObject *context,
                        CustomerRecordWriter::SaveDone done)
{
    if (m_recordWriter && m_recordWriter->writesCustomers()) {
        m_recordWriter->save(edited, m_service->user(), context, std::move(done));
        return;
    }
    done(save(edited));
}

Result<QList<FlagDefinition>> CustomerDesk::flagDefinitions()
{
    return m_service->flagDefinitions();
}

Result<QList<FlagDefinition>> CustomerDesk::flags(CustomerId id)
{
    return m_service->flags(id);
}

Result<void> CustomerDesk::addFlag(CustomerId id, qint64 flag)
{
    return m_service->addFlag(id, flag, m_clock());
}

Result<void> CustomerDesk::removeFlag(CustomerId id, qint64 flag)
{
    return m_service->removeFlag(id, flag, m_clock());
}

void CustomerDesk::changeFlag(
    CustomerId id, qint64 flag, bool set, QObject *context, CustomerFlagWriter::Done done)
{
    if (m_flagWriter && m_flagWriter->writesFlags()) {
        m_flagWriter->changeFlag(id, flag, set, context, std::move(done));
        return;
    }
    done(set ? addFlag(id, flag) : removeFlag(id, flag));
}

Result<QList<ConsentRecord>> CustomerDesk::consents(CustomerId id)
{
    return m_service->consents(id);
}

Result<void> CustomerDesk::recordConsent(CustomerId id,
                                         ConsentPurpose purpose,
                                         ConsentChannel channel,
                                         bool granted,
                                         ConsentSource source)
{
    return m_service->recordConsent(id, purpose, channel, granted, source, m_clock());
}

Result<QList<CustomerHistoryEntry>> CustomerDesk::history(CustomerId id)
{
    return m_service->history(id);
}

Result<QList<WebAccount>> CustomerDesk::findWebAccounts(const QString &emailPrefix)
{
    return m_service->findWebAccounts(emailPrefix);
}

Result<qint64> CustomerDesk::addWebAccount(const WebAccount &account)
{
    return m_service->addWebAccount(account, m_clock());
}

Result<void> CustomerDesk::linkWebAccount(CustomerId id, qint64 account)
{
    return m_service->linkWebAccount(id, account, m_clock());
}

Result<void> CustomerDesk::unlinkWebAccount(CustomerId id)
{
    return m_service->unlinkWebAccount(id, m_clock());
}

Result<bool> CustomerDesk::alternativeEmailsEnabled()
{
    return m_service->alternativeEmailsEnabled();
}

Result<void> CustomerDesk::setAlternativeEmailsEnabled(bool enabled)
{
    return m_service->setAlternativeEmailsEnabled(enabled);
}

Result<QList<CustomerOrderRow>> CustomerDesk::orders(CustomerId id)
{
    return m_service->orders(id);
}

Result<Order> CustomerDesk::order(OrderId id)
{
    return m_service->order(id);
}

Result<void> CustomerDesk::addOrderTag(OrderId order, const OrderTag &tag)
{
    return m_service->addOrderTag(order, tag, m_clock());
}

Result<void> CustomerDesk::removeOrderTag(OrderId order, const OrderTag &tag)
{
    return m_service->removeOrderTag(order, tag, m_clock());
}

Result<qint64> CustomerDesk::merge(CustomerId survivor,
                                   CustomerId other,
                                   const QMap<CustomerField, MergeSide> &choices)
{
    return m_service->merge(survivor, other, choices, m_clock());
}

void CustomerDesk::merge(CustomerId survivor,
                         CustomerId other,
                         const QMap<CustomerField, MergeSide> &choices,
                         QObject *context,
                         CustomerRecordWriter::MergeDone done)
{
    if (m_recordWriter && m_recordWriter->writesCustomers()) {
        m_recordWriter->merge(survivor, other, choices, m_service->user(), context, std::move(done));
        return;
    }
    done(merge(survivor, other, choices));
}

Result<CustomerId> CustomerDesk::undoMerge(qint64 merge)
{
    // The server keeps no undo: bringing the duplicate back here alone would part this
    // terminal from every other.
    if (m_recordWriter && m_recordWriter->writesCustomers())
        return m_recordWriter->undoMergeRefused();
    return m_service->undoMerge(merge, m_clock());
}

Result<QList<MergeRecord>> CustomerDesk::merges(CustomerId survivor)
{
    return m_service->merges(survivor);
}

Result<CustomerDossier> CustomerDesk::exportDossier(CustomerId id)
{
    return m_service->exportDossier(id, m_clock());
}

Result<void> CustomerDesk::anonymise(CustomerId id)
{
    return m_service->anonymise(id, m_clock());
}

void CustomerDesk::anonymise(CustomerId id, QObject *context, CustomerRecordWriter::EraseDone done)
{
    if (m_recordWriter && m_recordWriter->writesCustomers()) {
        m_recordWriter->anonymise(id, m_service->user(), context, std::move(done));
        return;
    }
    done(anonymise(id));
}

Result<QList<std::pair<UserId, QString>>> CustomerDesk::supervisors()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name FROM users WHERE role IN ('supervisor',"
                                      " 'admin') ORDER BY name"));
    if (!q)
        return q.error();
    QList<std::pair<UserId, QString>> out;
    while (q->next())
        out.append({UserId(q->value(0).toLongLong()), q->value(1).toString()});
    return out;
}

Result<void> CustomerDesk::checkSaleAllowed(CustomerId id)
{
    if (!id.isValid() || m_approvals.contains(id.value))
        return {};
    return m_service->checkSaleAllowed(id);
}

Result<void> CustomerDesk::allowBlockedSale(CustomerId id,
                                            UserId supervisor,
                                            const QString &password)
{
    auto login = m_db.scalar(QStringLiteral("SELECT login FROM users WHERE id = ?"),
                             {supervisor.value});
    if (!login)
        return login.error();
    const SupervisorApproval approval{login->toString(), password};
    if (auto r = UserPasswords(m_db).verifySupervisor(approval.login, approval.password); !r)
        return r.error();
    m_approvals.insert(id.value, approval);
    return {};
}

Result<void> CustomerDesk::allowBlockedSaleOnServer(CustomerId id,
                                                    const QString &login,
                                                    const QString &password)
{
    if (!id.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no customer"));
    if (login.trimmed().isEmpty() || password.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("the supervisor's login and password are needed"));
    m_approvals.insert(id.value, SupervisorApproval{login.trimmed(), password});
    return {};
}

} // namespace parkett
