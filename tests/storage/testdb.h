// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/demoseeder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace parkett::test {

/** The fixed clock of the storage tests. */
inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
}

inline std::unique_ptr<Database> openOrFail(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        qWarning("open %s: %s", qPrintable(path), qPrintable(db.error().message));
    return db ? std::move(*db) : nullptr;
}

inline std::unique_ptr<Database> seededDatabase(const QTemporaryDir &dir,
                                                const QString &name = QStringLiteral("demo.sqlite"))
{
    auto db = openOrFail(dir.filePath(name));
    if (!db)
        return nullptr;
    auto seeded = seedDemo(*db, testNow());
    if (!seeded) {
        qWarning("seed: %s", qPrintable(seeded.error().message));
        return nullptr;
    }
    return db;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace parkett::test
