// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QTest>

#include "core/result.h"

namespace parkett::test {

/** The error text of \a r, or nothing when it holds a value (QVERIFY2 evaluates its message
    even when the check passes). */
template<typename R>
QByteArray whyNot(const R &r)
{
    return r ? QByteArray() : r.error().message.toLocal8Bit();
}

/** Compares \a bytes with the golden file tests/data/printing/\a name. With
    PARKETT_UPDATE_GOLDEN=1 the file is (re)written instead, for a reviewed change. */
inline bool matchesGolden(const QByteArray &bytes, const QString &name, QString *why)
{
    const QString path = qEnvironmentVariable("PARKETT_TEST_DATA") + QStringLiteral("/printing/")
                         + name;
    if (qEnvironmentVariableIntValue("PARKETT_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(bytes);
        return true;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no golden file %1").arg(path);
        return false;
    }
    const QByteArray golden = in.readAll();
    if (golden == bytes)
        return true;
    qsizetype i = 0;
    while (i < golden.size() && i < bytes.size() && golden.at(i) == bytes.at(i))
        ++i;
    *why = QStringLiteral("%1 differs from byte %2 on (%3 bytes now, %4 golden): now \"%5\", "
                          "golden \"%6\"")
               .arg(name)
               .arg(i)
               .arg(bytes.size())
               .arg(golden.size())
               .arg(QString::fromLatin1(bytes.mid(i, 40).toPercentEncoding("<>,^{} ")),
                    QString::fromLatin1(golden.mid(i, 40).toPercentEncoding("<>,^{} ")));
    return false;
}

} // namespace parkett::test
