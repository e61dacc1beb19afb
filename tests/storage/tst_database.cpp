// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "testdb.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_Database final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshCreate();
    void reopenKeepsData();
    void upgradePathFromVersion1();
    void newerSchemaRefusedAndUntouched_data();
    void newerSchemaRefusedAndUntouched();
    void corruptFilesRefusedAndUntouched_data();
    void corruptFilesRefusedAndUntouched();
    void damagedPagesReportedByIntegrityCheck();
    void transactionGuardRollsBack();
    void nestedGuardsAreSavepoints();
    void backgroundCheckpointCopiesTheWal();
    void timeTextSortsAndRoundTrips();

private:
    QTemporaryDir m_dir;
};

void tst_Database::freshCreate()
{
    const QString path = m_dir.filePath(u"fresh.sqlite"_s);
    auto db = openOrFail(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(db->scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s)->toInt(),
             Database::kSchemaVersion);
    QCOMPARE(db->scalar(u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
    QCOMPARE(db->scalar(u"PRAGMA synchronous"_s)->toInt(), 2); // FULL
    QCOMPARE(db->scalar(u"PRAGMA foreign_keys"_s)->toInt(), 1);
    QCOMPARE(db->scalar(u"PRAGMA user_version"_s)->toInt(), Database::kSchemaVersion);
    for (const QString &table : {u"orders"_s, u"tickets"_s, u"customers_fts"_s, u"seat_plans"_s})
        QCOMPARE(db->scalar(u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s, {table})->toInt(),
                 1);
    QVERIFY(db->integrityCheck());
}

void tst_Database::reopenKeepsData()
{
    const QString path = m_dir.filePath(u"reopen.sqlite"_s);
    {
        auto db = openOrFail(path);
        QVERIFY(db);
        Customer c;
        c.lastName = u"Berg"_s;
        QVERIFY(CustomerRepository(*db).add(c));
    }
    auto db = openOrFail(path);
    QVERIFY(db);
    QCOMPARE(*CustomerRepository(*db).count(), 1);
}

void tst_Database::upgradePathFromVersion1()
{
    const QString path = m_dir.filePath(u"v1.sqlite"_s);
    {
        auto v1 = Database::openAtVersion(path, 1);
        QVERIFY(v1);
        QCOMPARE((*v1)->schemaVersion(), 1);
        QCOMPARE((*v1)
                     ->scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'customers_fts'"_s)
                     ->toInt(),
                 0);
        QVERIFY((*v1)->exec(
            u"INSERT INTO customers (number, first_name, last_name, email, phone, created_at)"
            " VALUES ('C-1', 'Olena', 'Kovalenko', 'olena@example.com', '+380441234567', '2026')"_s));
    }
    auto db = openOrFail(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
    // The upgrade filled the search index from the rows that were already there.
    const auto found = CustomerRepository(*db).search(u"koval"_s);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().firstName, u"Olena"_s);
    QCOMPARE(CustomerRepository(*db).search(u"441234"_s)->size(), 1);
}

void tst_Database::newerSchemaRefusedAndUntouched_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("file header") << u"PRAGMA user_version = 99"_s;
    QTest::newRow("meta table") << u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s;
}

void tst_Database::newerSchemaRefusedAndUntouched()
{
    QFETCH(QString, statement);
    const QString path = m_dir.filePath(
        u"future-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    {
        auto db = openOrFail(path);
        QVERIFY(db);
        QVERIFY(db->exec(statement));
        QVERIFY(db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-shm"_s));
    const QByteArray before = fileHash(path);
    const auto refused = Database::open(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::SchemaTooNew);
    QVERIFY2(refused.error().message.contains(u"schema 99"_s), qPrintable(refused.error().message));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-shm"_s));
}

void tst_Database::corruptFilesRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("name,seats\nStalls,288\n");
    QTest::newRow("truncated header") << QByteArray("SQLite format");
    QByteArray garbage("SQLite format 3\0", 16);
    garbage += QByteArray(4096, '\xAB');
    QTest::newRow("garbage pages") << garbage;
}

void tst_Database::corruptFilesRefusedAndUntouched()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(
        u"corrupt-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const auto refused = Database::open(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::CorruptDatabase);
    QVERIFY(refused.error().message.contains(u"left as it is"_s)
            || refused.error().message.contains(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void tst_Database::damagedPagesReportedByIntegrityCheck()
{
    const QString path = m_dir.filePath(u"damaged.sqlite"_s);
    {
        auto db = seededDatabase(m_dir, u"damaged.sqlite"_s);
        QVERIFY(db);
        QVERIFY(db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    // Overwrite a page in the middle of the file: the header stays valid, the data does not.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 8 * 4096);
    // Whole pages from their start, so a page header is hit whatever the page holds.
    f.seek(size / 2 / 4096 * 4096);
    f.write(QByteArray(3 * 4096, '\x5A'));
    f.close();
    auto db = Database::open(path);
    if (!db) {
        QCOMPARE(db.error().code, ErrorCode::CorruptDatabase);
        return;
    }
    const auto check = (*db)->integrityCheck();
    QVERIFY(!check);
    QCOMPARE(check.error().code, ErrorCode::CorruptDatabase);
}

void tst_Database::transactionGuardRollsBack()
{
    auto db = openOrFail(m_dir.filePath(u"tx.sqlite"_s));
    QVERIFY(db);
    {
        TransactionGuard tx(*db);
        QVERIFY(tx.isActive());
        QVERIFY(db->exec(u"INSERT INTO counters (name, value) VALUES ('a', 1)"_s));
        // no commit: rolled back
    }
    QCOMPARE(db->scalar(u"SELECT count(*) FROM counters"_s)->toInt(), 0);
    {
        TransactionGuard tx(*db);
        QVERIFY(db->exec(u"INSERT INTO counters (name, value) VALUES ('b', 1)"_s));
        QVERIFY(tx.commit());
        QVERIFY(!tx.commit());
    }
    QCOMPARE(db->scalar(u"SELECT count(*) FROM counters"_s)->toInt(), 1);
}

void tst_Database::nestedGuardsAreSavepoints()
{
    auto db = openOrFail(m_dir.filePath(u"nested.sqlite"_s));
    QVERIFY(db);
    {
        TransactionGuard outer(*db);
        {
            TransactionGuard inner(*db);
            QVERIFY(inner.isActive());
            QVERIFY(
                db->exec(u"INSERT INTO counters (name, value) VALUES ('inner-rolled-back', 1)"_s));
        }
        {
            TransactionGuard inner(*db);
            QVERIFY(db->exec(u"INSERT INTO counters (name, value) VALUES ('inner-kept', 1)"_s));
            QVERIFY(inner.commit());
        }
        QCOMPARE(db->scalar(u"SELECT group_concat(name) FROM counters"_s)->toString(),
                 u"inner-kept"_s);
        // The outer guard is not committed: the released savepoint goes with it.
    }
    QCOMPARE(db->scalar(u"SELECT count(*) FROM counters"_s)->toInt(), 0);
}

void tst_Database::backgroundCheckpointCopiesTheWal()
{
    // A bulk write with the automatic checkpoint off leaves its pages in the WAL; the
    // background checkpoint copies them into the file on a connection of its own, and the
    // automatic checkpoint comes back with the first transaction after it.
    auto db = openOrFail(m_dir.filePath(u"wal.sqlite"_s));
    QVERIFY(db);
    QVERIFY(db->setAutoCheckpoint(false));
    QCOMPARE(db->scalar(u"PRAGMA wal_autocheckpoint"_s)->toInt(), 0);
    {
        TransactionGuard tx(*db);
        for (int i = 0; i < 3000; ++i)
            QVERIFY(db->exec(u"INSERT INTO counters (name, value) VALUES (?, ?)"_s,
                             {u"counter %1 with a name long enough to fill pages"_s.arg(i), i}));
        QVERIFY(tx.commit());
    }
    const auto walFrames = [&db] {
        // busy, frames in the WAL, frames copied into the file: a checkpoint that finds
        // nothing left to copy reports the two equal.
        auto q = db->exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
        return q && q->next() ? qMakePair(q->value(1).toInt(), q->value(2).toInt())
                              : qMakePair(-1, -1);
    };
    const QString wal = db->path() + u"-wal"_s;
    QVERIFY(QFileInfo(wal).size() > 100 * 1024);

    db->checkpointInBackground();
    // Until it is joined, this connection does not start a checkpoint of its own.
    QCOMPARE(db->scalar(u"PRAGMA wal_autocheckpoint"_s)->toInt(), 0);
    QVERIFY(db->waitForCheckpoint());
    QCOMPARE(db->scalar(u"PRAGMA wal_autocheckpoint"_s)->toInt(), 1000);
    const auto [frames, copied] = walFrames();
    QVERIFY(frames > 0);
    QCOMPARE(copied, frames);
    // The file itself now holds the rows: a copy of it alone, without the WAL, has them.
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    QVERIFY(QFile::copy(db->path(), copy));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
        c.setDatabaseName(copy);
        QVERIFY(c.open());
        QSqlQuery q(c);
        QVERIFY(q.exec(u"SELECT count(*) FROM counters"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3000);
        c.close();
    }
    QSqlDatabase::removeDatabase(u"copy"_s);

    // A checkpoint that finished is joined by the next transaction, which turns the
    // automatic one on again.
    QVERIFY(db->setAutoCheckpoint(false));
    db->checkpointInBackground();
    for (int i = 0; i < 200; ++i) {
        QTest::qWait(5);
        TransactionGuard tx(*db);
        QVERIFY(tx.commit());
        if (db->scalar(u"PRAGMA wal_autocheckpoint"_s)->toInt() == 1000)
            break;
    }
    QCOMPARE(db->scalar(u"PRAGMA wal_autocheckpoint"_s)->toInt(), 1000);
}

void tst_Database::timeTextSortsAndRoundTrips()
{
    const QDateTime a(QDate(2026, 1, 2), QTime(9, 5, 1, 7), Qt::UTC);
    const QDateTime b = a.addMSecs(1);
    QCOMPARE(Database::timeFromText(Database::timeText(a)), a);
    QVERIFY(Database::timeText(a) < Database::timeText(b));
    QVERIFY(Database::timeText(QDateTime()).isEmpty());
    // A local time is stored as the same instant in UTC.
    const QDateTime local = a.toLocalTime();
    QCOMPARE(Database::timeText(local), Database::timeText(a));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
