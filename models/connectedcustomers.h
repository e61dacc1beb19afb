// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customerdesk.h"

#include <QObject>

namespace parkett {

class OnlineCustomers;
class SyncServices;

/** Connected mode's customer flags: once a server is configured for the file, a flag set or
    taken away at the customer card goes to the server (OnlineCustomers), so that every
    terminal sees it and the server refuses a sale to a customer blocked there; the cache
    takes the customer from the server's answer. Offline such a change is refused with
    nothing written: a block kept only here would let other counters sell, and an unblock
    kept only here would be undone by the server. While no server is configured, flags stay
    the local file's business (CustomerDesk writes them itself). */
/** Connected mode's customers themselves go the same way: created at the card online, a
    customer is made on the server first and the cache takes the server's row (id, number);
    offline, or when the server does not answer, it is made here under a local id with an
    outbox operation that creates it on the server before any offline sale to it
    (OfflineCustomers). A saved change of the contact fields the server keeps (names,
    e-mail, phone) goes to the server online and is refused offline; the other fields
    (mobile, company, address, language, birthday, internal note, alternative e-mails) are
    this terminal's and are saved here either way. */
class ConnectedCustomers final
    : public QObject
    , public CustomerFlagWriter
    , public CustomerRecordWriter
{
    Q_OBJECT

public:
    explicit ConnectedCustomers(SyncServices &sync, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConnectedCustomers)

    bool writesFlags() const override;
    void changeFlag(CustomerId customer, qint64 flag, bool set, QObject *context, Done done) override;

    bool writesCustomers() const override;
    void create(const Customer &customer, UserId user, QObject *context, CreateDone done) override;
    void save(const Customer &edited, UserId user, QObject *context, SaveDone done) override;
    /** Online only: the server anonymises or merges first (supervisor or admin), then the
        cache follows its answer; offline both are refused with nothing changed, since a
        merge or an erasure kept here alone would part this terminal from every other. */
    void anonymise(CustomerId id, UserId user, QObject *context, EraseDone done) override;
    void merge(CustomerId survivor,
               CustomerId other,
               const QMap<CustomerField, MergeSide> &choices,
               UserId user,
               QObject *context,
               MergeDone done) override;
    Error undoMergeRefused() const override;

    /** The server is in reach and not switched off by "Work offline". */
    bool isOnline() const;

private:
    SyncServices &m_sync;
    OnlineCustomers *m_online = nullptr;
};

} // namespace parkett
