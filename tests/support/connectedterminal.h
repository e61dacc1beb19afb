// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "models/boxoffice.h"
#include "models/connectedcustomers.h"
#include "sync/syncservices.h"
#include "tests/support/serverfixture.h"
#include "tests/support/syncedterminal.h"

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace parkett::testing {

/** The base of a test class of this terminal in connected mode, as the composition root runs
    it: the demo server (DemoServerTest), the box office on a cache file with its SyncServices
    and, as chosen, ConnectedCustomers writing the customer desk's flags and records. signIn()
    switches to connected mode; m_other is a place for another counter (SyncedTerminal). */
class ConnectedTerminalTest : public DemoServerTest
{
    Q_OBJECT

public:
    /** What of the customer desk goes through ConnectedCustomers (m_customers). */
    enum class Writers { None, Flags, FlagsAndRecords };

    explicit ConnectedTerminalTest(Writers writers = Writers::None);

protected Q_SLOTS:
    void initTestCase() override;
    void cleanupTestCase() override;

protected:
    /** The single value of \a sql in this terminal's cache file; -1 when it fails. */
    qint64 cached(const QString &sql, std::initializer_list<QVariant> binds = {});
    /** Signs in as \a login (the demo password) at terminal 1, as the sign-in dialog does:
        the file's server, terminal and user, the cache pointed at the terminal; then starts
        syncing, unless the engine is online already, and waits until it has caught up. */
    bool signIn(const QString &login = QStringLiteral("counter"));

    QTemporaryDir m_dir;
    std::unique_ptr<BoxOffice> m_box;
    std::unique_ptr<SyncServices> m_sync;
    /** Null with Writers::None. */
    std::unique_ptr<ConnectedCustomers> m_customers;
    std::unique_ptr<SyncedTerminal> m_other;
    /** Who signed in last, and the channel the server gave the terminal. */
    UserId m_user;
    ChannelId m_channel;

private:
    Writers m_writers;
};

/** A box office on a file of its own that no server is configured for, with ConnectedCustomers
    writing the customer desk's flags and records as the composition root sets them up: what
    the standalone cases of the connected-mode tests start from. */
struct StandaloneBox
{
    StandaloneBox();
    ~StandaloneBox();
    bool isOpen() const { return box != nullptr; }

    QTemporaryDir dir;
    std::unique_ptr<BoxOffice> box;
    std::unique_ptr<SyncServices> sync;
    std::unique_ptr<ConnectedCustomers> customers;
};

} // namespace parkett::testing
