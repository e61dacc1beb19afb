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
class ConnectedCustomers final
    : public QObject
    , public CustomerFlagWriter
{
    Q_OBJECT

public:
    explicit ConnectedCustomers(SyncServices &sync, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConnectedCustomers)

    bool writesFlags() const override;
    void changeFlag(CustomerId customer, qint64 flag, bool set, QObject *context, Done done) override;

    /** The server is in reach and not switched off by "Work offline". */
    bool isOnline() const;

private:
    SyncServices &m_sync;
    OnlineCustomers *m_online = nullptr;
};

} // namespace parkett
