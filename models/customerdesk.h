// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/consent.h"
#include "core/customer.h"
#include "core/customerflag.h"
#include "core/customerhistory.h"
#include "core/customermerge.h"
#include "core/customerorders.h"
#include "core/customerrecords.h"
#include "core/gdpr.h"
#include "core/order.h"
#include "core/result.h"
#include "storage/salesservice.h"

#include <functional>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

class QObject;

namespace parkett {

class CustomerService;
class Database;

/** Where a customer's flags are written when they are not the local file's own business:
    connected mode shares them with every terminal through the server (ConnectedCustomers). */
class CustomerFlagWriter
{
public:
    using Done = std::function<void(Result<void>)>;

    virtual ~CustomerFlagWriter() = default;
    /** Flag changes go through this writer now instead of into the local file. */
    virtual bool writesFlags() const = 0;
    /** Sets (\a set) or takes away \a flag of \a customer. \a done runs exactly once,
        possibly before this returns, and never after \a context is gone. */
    virtual void changeFlag(CustomerId customer, qint64 flag, bool set, QObject *context, Done done)
        = 0;
};

/** Where customers are created and their details saved when that is not the local file's
    own business: connected mode keeps customers on the server (ConnectedCustomers). */
class CustomerRecordWriter
{
public:
    using CreateDone = std::function<void(Result<CustomerId>)>;
    using SaveDone = std::function<void(Result<CustomerSaveResult>)>;

    virtual ~CustomerRecordWriter() = default;
    /** Creating and saving go through this writer now instead of into the local file. */
    virtual bool writesCustomers() const = 0;
    /** Creates \a customer as \a user. \a done runs exactly once, possibly before this
        returns, and never after \a context is gone. */
    virtual void create(const Customer &customer, UserId user, QObject *context, CreateDone done) = 0;
    /** Saves \a edited (conflicts as CustomerService::save()); \a done as for create(). */
    virtual void save(const Customer &edited, UserId user, QObject *context, SaveDone done) = 0;

    using EraseDone = std::function<void(Result<void>)>;
    using MergeDone = std::function<void(Result<qint64>)>;
    /** Anonymises \a id as CustomerService::anonymise() does; \a done as for create(). */
    virtual void anonymise(CustomerId id, UserId user, QObject *context, EraseDone done) = 0;
    /** Merges \a other into \a survivor as CustomerService::merge() does (the merge's id);
        \a done as for create(). */
    virtual void merge(CustomerId survivor,
                       CustomerId other,
                       const QMap<CustomerField, MergeSide> &choices,
                       UserId user,
                       QObject *context,
                       MergeDone done)
        = 0;
    /** Why a merge cannot be undone while this writer takes customers. */
    virtual Error undoMergeRefused() const = 0;
};

/** Customers as the desktop widgets see them: the CustomerService with the box office's clock
    and user, so widgets depend on models/ and never on storage/. Also remembers which blocked
    customers a supervisor has let buy once in this session. */
class CustomerDesk
{
public:
    using Clock = std::function<QDateTime()>;

    CustomerDesk(Database &db, Clock clock, UserId user = {});
    ~CustomerDesk();
    Q_DISABLE_COPY_MOVE(CustomerDesk)

    void setUser(UserId user);
    QDateTime now() const { return m_clock(); }

    Result<QList<CustomerSearchHit>> search(const QString &text, int limit = 50);
    Result<QList<DuplicateCandidate>> duplicates(const Customer &customer);
    Result<CustomerId> create(const Customer &customer);
    Result<Customer> customer(CustomerId id);
    Result<CustomerSaveResult> save(const Customer &edited);
    /** Creates \a customer where the box office keeps customers: in this file at once, or
        through the record writer while it takes them (connected mode: on the server, or
        offline under a local id with an outbox operation). \a done as for
        CustomerRecordWriter::create(). */
    void create(const Customer &customer, QObject *context, CustomerRecordWriter::CreateDone done);
    /** Saves \a edited where the box office keeps customers, as create() does. */
    void save(const Customer &edited, QObject *context, CustomerRecordWriter::SaveDone done);
    /** Connected mode's record writer; null (the default) keeps customers in this file. Not
        owned. */
    void setRecordWriter(CustomerRecordWriter *writer) { m_recordWriter = writer; }

    Result<QList<FlagDefinition>> flagDefinitions();
    Result<QList<FlagDefinition>> flags(CustomerId id);
    Result<void> addFlag(CustomerId id, qint64 flag);
    Result<void> removeFlag(CustomerId id, qint64 flag);
    /** Sets (\a set) or takes away \a flag of \a id where the box office keeps flags: in
        this file at once, or through the flag writer while it takes them (connected mode:
        on the server, answered later). \a done as for CustomerFlagWriter::changeFlag(). */
    void changeFlag(
        CustomerId id, qint64 flag, bool set, QObject *context, CustomerFlagWriter::Done done);
    /** Connected mode's flag writer; null (the default) keeps flags in this file. Not owned. */
    void setFlagWriter(CustomerFlagWriter *writer) { m_flagWriter = writer; }

    Result<QList<ConsentRecord>> consents(CustomerId id);
    Result<void> recordConsent(CustomerId id,
                               ConsentPurpose purpose,
                               ConsentChannel channel,
                               bool granted,
                               ConsentSource source);
    Result<QList<CustomerHistoryEntry>> history(CustomerId id);

    Result<QList<WebAccount>> findWebAccounts(const QString &emailPrefix);
    /** Records a web-shop account (standalone mode keeps them locally). */
    Result<qint64> addWebAccount(const WebAccount &account);
    Result<void> linkWebAccount(CustomerId id, qint64 account);
    Result<void> unlinkWebAccount(CustomerId id);

    Result<bool> alternativeEmailsEnabled();
    Result<void> setAlternativeEmailsEnabled(bool enabled);

    Result<QList<CustomerOrderRow>> orders(CustomerId id);
    Result<Order> order(OrderId id);
    Result<void> addOrderTag(OrderId order, const OrderTag &tag);
    Result<void> removeOrderTag(OrderId order, const OrderTag &tag);

    Result<qint64> merge(CustomerId survivor,
                         CustomerId other,
                         const QMap<CustomerField, MergeSide> &choices);
    Result<CustomerId> undoMerge(qint64 merge);
    /** Merges into \a survivor, oldest first. */
    Result<QList<MergeRecord>> merges(CustomerId survivor);
    /** Merges where the box office keeps customers, as create() does. */
    void merge(CustomerId survivor,
               CustomerId other,
               const QMap<CustomerField, MergeSide> &choices,
               QObject *context,
               CustomerRecordWriter::MergeDone done);
    Result<CustomerDossier> exportDossier(CustomerId id);
    Result<void> anonymise(CustomerId id);
    /** Anonymises where the box office keeps customers, as create() does. */
    void anonymise(CustomerId id, QObject *context, CustomerRecordWriter::EraseDone done);

    /** Supervisors (and admins) who may let a blocked customer buy: id and name. */
    Result<QList<std::pair<UserId, QString>>> supervisors();
    /** Refused while the customer is blocked, unless a supervisor approved the next sale. */
    Result<void> checkSaleAllowed(CustomerId id);
    /** \a supervisor approves the next sale to \a id with their \a password: checked now
        (PermissionDenied when wrong) and again by SalesService when the sale is placed, which
        writes who approved it to the customer's and the order's history. */
    Result<void> allowBlockedSale(CustomerId id, UserId supervisor, const QString &password);
    /** Connected mode: \a login approves the next sale to \a id with their \a password, which
        the server checks when the order reaches it (nothing here can). Kept in memory only
        until that sale is placed or refused (saleCompleted()). */
    Result<void> allowBlockedSaleOnServer(CustomerId id,
                                          const QString &login,
                                          const QString &password);
    /** The approval for the next sale to \a id (empty when there is none). */
    SupervisorApproval approvalFor(CustomerId id) const { return m_approvals.value(id.value); }
    /** A sale to \a id went through, or its approval was refused: the approval (and its
        password) is forgotten. */
    void saleCompleted(CustomerId id) { m_approvals.remove(id.value); }

private:
    Database &m_db;
    std::unique_ptr<CustomerService> m_service;
    Clock m_clock;
    QHash<qint64, SupervisorApproval> m_approvals;
    CustomerFlagWriter *m_flagWriter = nullptr;
    CustomerRecordWriter *m_recordWriter = nullptr;
};

} // namespace parkett
