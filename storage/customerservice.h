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

#include <memory>

#include <QDateTime>
#include <QList>
#include <QMap>

namespace parkett {

class CustomerRepository;
class Database;
class StatementCache;

/** The facade for customers: every write is one transaction (rolled back unless committed)
    that also appends the customer's history: who (the service's user), when, old and new
    value. */
class CustomerService
{
public:
    explicit CustomerService(Database &db, UserId user = {});
    ~CustomerService();
    Q_DISABLE_COPY_MOVE(CustomerService)

    void setUser(UserId user) { m_user = user; }
    UserId user() const { return m_user; }

    /** Creates a customer (history: created). Check duplicates() first. */
    Result<CustomerId> create(Customer customer, const QDateTime &now);
    /** Connected mode: writes \a customer under the id and number given to it elsewhere
        (the server's answer, or a local id while offline), with its history entry created.
        A row with that id that is there already (the change feed may bring the server's
        customer before the answer) takes the customer's fields instead. */
    Result<CustomerId> adopt(Customer customer, const QDateTime &now);
    Result<Customer> customer(CustomerId id);
    /** Customers that may be the same person as \a customer: same e-mail or phone, or a name
        at least \a nameThreshold similar among those the search finds by name. */
    Result<QList<DuplicateCandidate>> duplicates(const Customer &customer,
                                                 double nameThreshold = 0.85);
    /** Saves the contact fields of \a edited if its revision is still the stored one; else
        returns a conflict with both versions and writes nothing. Each changed field gets one
        history entry. Invalid fields are refused with the first problem. */
    Result<CustomerSaveResult> save(const Customer &edited, const QDateTime &now);
    /** save(), with the history written as the changes from \a base, the record the edit
        started from: connected mode, where the change feed may bring the server's copy of
        this very edit's contact fields before the server's answer does. */
    Result<CustomerSaveResult> save(const Customer &edited,
                                    const QDateTime &now,
                                    const Customer &base);

    /** Flags defined in the settings, in their order. */
    Result<QList<FlagDefinition>> flagDefinitions();
    Result<qint64> defineFlag(const FlagDefinition &flag);
    Result<QList<FlagDefinition>> flags(CustomerId id);
    Result<void> addFlag(CustomerId id, qint64 flag, const QDateTime &now);
    Result<void> removeFlag(CustomerId id, qint64 flag, const QDateTime &now);

    Result<QList<ConsentRecord>> consents(CustomerId id);
    /** Appends a grant or withdrawal to the consent history (and the customer history). */
    Result<void> recordConsent(CustomerId id,
                               ConsentPurpose purpose,
                               ConsentChannel channel,
                               bool granted,
                               ConsentSource source,
                               const QDateTime &now);
    /** Customers whose latest consent for \a purpose by \a channel is a grant. */
    Result<QList<Customer>> mailingList(ConsentPurpose purpose, ConsentChannel channel);

    Result<QList<CustomerHistoryEntry>> history(CustomerId id);

    Result<QList<WebAccount>> findWebAccounts(const QString &emailPrefix, int limit = 20);
    Result<qint64> addWebAccount(const WebAccount &account, const QDateTime &now);
    Result<void> linkWebAccount(CustomerId id, qint64 account, const QDateTime &now);
    Result<void> unlinkWebAccount(CustomerId id, const QDateTime &now);

    /** The alternative e-mails feature (off by default; data is kept while off). */
    Result<bool> alternativeEmailsEnabled();
    Result<void> setAlternativeEmailsEnabled(bool enabled);

    /** Search as you type over names, e-mails (alternative ones when enabled), phones,
        customer, order and ticket numbers. */
    Result<QList<CustomerSearchHit>> search(const QString &text, int limit = 50);

    /** Every order of the customer, newest performance first. */
    Result<QList<CustomerOrderRow>> orders(CustomerId id);
    Result<Order> order(OrderId id);
    /** Marks \a order as part of a subscription or season (history: tagged); adding a tag
        it has already is not an error. */
    Result<void> addOrderTag(OrderId order, const OrderTag &tag, const QDateTime &now);
    /** Takes the tag off again (history: untagged). */
    Result<void> removeOrderTag(OrderId order, const OrderTag &tag, const QDateTime &now);

    /** Merges \a other into \a survivor: fields as chosen, all orders, consents, flags,
        e-mails and history move to the survivor and \a other is removed. Refused if any order
        would be lost. Logged on both; undoable for kMergeUndoDays. Returns the merge id. */
    Result<qint64> merge(CustomerId survivor,
                         CustomerId other,
                         const QMap<CustomerField, MergeSide> &choices,
                         const QDateTime &now);
    /** Restores both customers as they were and moves back what the merge moved. */
    Result<CustomerId> undoMerge(qint64 merge, const QDateTime &now);
    Result<QList<MergeRecord>> merges(CustomerId survivor);

    /** Everything held about the customer (history: gdpr-export). */
    Result<CustomerDossier> exportDossier(CustomerId id, const QDateTime &now);
    /** Removes personal data; orders stay for accounting (history: anonymised, and the old
        values of earlier history entries are erased). */
    Result<void> anonymise(CustomerId id, const QDateTime &now);

    /** Refused while a blocking flag is set (ErrorCode::IllegalTransition). */
    Result<void> checkSaleAllowed(CustomerId id);
    /** A supervisor lets a customer blocked from sale buy: \a login and \a password must be
        a supervisor's (or an admin's), else PermissionDenied. Written to the customer's
        history with the supervisor's name and login. SalesService calls this inside the
        sale's transaction, so a refused sale leaves no entry. */
    Result<UserId> approveBlockedSale(CustomerId id,
                                      const QString &login,
                                      const QString &password,
                                      const QDateTime &now);
    /** The blocked-from-sale rule for a sale to \a id placed now: core's decideBlockedSale()
        on the customer's stored flags, then, for a blocked customer, approveBlockedSale()
        with \a approval. Returns the approving supervisor's login, empty when nobody had to
        approve. Call it inside the sale's transaction, before anything else is written. */
    Result<QString> approveSale(CustomerId id,
                                const SupervisorApproval &approval,
                                const QDateTime &now);
    /** Whether \a user may override a block (role supervisor or admin). */
    Result<bool> isSupervisor(UserId user);

private:
    Result<void> log(CustomerId id,
                     const QDateTime &now,
                     const QString &action,
                     const QString &field = {},
                     const QString &oldValue = {},
                     const QString &newValue = {});
    Result<void> touch(CustomerId id);
    Result<CustomerSaveResult> saveFrom(const Customer &edited,
                                        const QDateTime &now,
                                        const Customer *base);
    Result<QString> flagName(qint64 flag);

    Database &m_db;
    std::unique_ptr<CustomerRepository> m_repo;
    std::unique_ptr<StatementCache> m_statements; ///< the statements of every keystroke
    UserId m_user;
};

} // namespace parkett
