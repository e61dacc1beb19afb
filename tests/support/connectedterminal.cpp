// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/connectedterminal.h"

#include "models/customerdesk.h"
#include "storage/database.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace parkett::testing {

ConnectedTerminalTest::ConnectedTerminalTest(Writers writers)
    : m_writers(writers)
{}

void ConnectedTerminalTest::initTestCase()
{
    DemoServerTest::initTestCase();
    if (QTest::currentTestFailed())
        return;
    auto db = Database::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(db);
    m_box = std::make_unique<BoxOffice>(std::move(*db));
    m_sync = std::make_unique<SyncServices>(m_box->database());
    if (m_writers == Writers::None)
        return;
    m_customers = std::make_unique<ConnectedCustomers>(*m_sync);
    m_box->customers().setFlagWriter(m_customers.get());
    if (m_writers == Writers::FlagsAndRecords)
        m_box->customers().setRecordWriter(m_customers.get());
}

void ConnectedTerminalTest::cleanupTestCase()
{
    if (m_box) {
        m_box->customers().setFlagWriter(nullptr);
        m_box->customers().setRecordWriter(nullptr);
    }
    m_other.reset();
    m_customers.reset();
    m_sync.reset();
    m_box.reset();
    DemoServerTest::cleanupTestCase();
}

qint64 ConnectedTerminalTest::cached(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto v = m_box->database().scalar(sql, binds);
    return v ? v->toLongLong() : -1;
}

StandaloneBox::StandaloneBox()
{
    auto db = Database::open(dir.filePath(QStringLiteral("standalone.sqlite")));
    if (!db)
        return;
    box = std::make_unique<BoxOffice>(std::move(*db));
    sync = std::make_unique<SyncServices>(box->database());
    customers = std::make_unique<ConnectedCustomers>(*sync);
    box->customers().setFlagWriter(customers.get());
    box->customers().setRecordWriter(customers.get());
}

StandaloneBox::~StandaloneBox()
{
    if (!box)
        return;
    box->customers().setFlagWriter(nullptr);
    box->customers().setRecordWriter(nullptr);
}

bool ConnectedTerminalTest::signIn(const QString &login)
{
    SyncServices &sync = *m_sync;
    sync.client().setBaseUrl(m_server.url());
    std::optional<ServerReply> reply;
    sync.client().login(login, demoPassword(), 1, this, [&reply](const ServerReply &r) {
        reply = r;
    });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 30000) || !reply->isSuccess())
        return false;
    sync.client().setToken(reply->body.value(QStringLiteral("token")).toString());
    const QJsonObject user = reply->body.value(QStringLiteral("user")).toObject();
    const qint64 terminal = reply->body.value(QStringLiteral("terminal"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
    m_user = UserId(user.value(QStringLiteral("id")).toInteger());
    m_channel = ChannelId(reply->body.value(QStringLiteral("channel"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger());
    SyncState state(sync.database());
    if (!state.setServerUrl(m_server.url()) || !state.setTerminalId(terminal)
        || !state.setValue(QStringLiteral("user_id"), QString::number(m_user.value)))
        return false;
    sync.cache().setTerminal(terminal);
    if (!sync.cache().applyUser(user))
        return false;
    if (sync.engine().isOnline())
        return true;
    sync.engine().setPollWait(1);
    sync.engine().setRetryInterval(100);
    QSignalSpy caughtUp(&sync.engine(), &SyncEngine::caughtUp);
    sync.engine().start();
    return caughtUp.wait(60000);
}

} // namespace parkett::testing
