// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/numbering.h"

namespace parkett {

namespace {

QString alphabet(bool skipIO)
{
    return skipIO ? QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ")
                  : QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
}

} // namespace

int letterSequenceIndex(const QString &text, bool skipIO)
{
    const QString letters = alphabet(skipIO);
    const int base = int(letters.size());
    if (text.isEmpty())
        return 0;
    int index = 0;
    for (QChar c : text) {
        const int digit = int(letters.indexOf(c.toUpper()));
        if (digit < 0)
            return 0;
        index = index * base + digit + 1; // bijective base: no zero digit
    }
    return index;
}

QString letterSequence(int index, bool skipIO)
{
    const QString letters = alphabet(skipIO);
    const int base = int(letters.size());
    QString out;
    while (index > 0) {
        const int digit = (index - 1) % base;
        out.prepend(letters.at(digit));
        index = (index - 1) / base;
    }
    return out;
}

QStringList rowLabels(const RowNumbering &numbering, int count)
{
    QStringList out;
    if (numbering.style == RowNumbering::Style::Numbers) {
        bool ok = false;
        const int start = numbering.start.trimmed().isEmpty() ? 1 : numbering.start.toInt(&ok);
        if (!ok && !numbering.start.trimmed().isEmpty())
            return {};
        for (int i = 0; i < count; ++i)
            out.append(numbering.prefix + QString::number(start + i));
        return out;
    }
    const QString start = numbering.start.trimmed().isEmpty() ? QStringLiteral("A")
                                                              : numbering.start.trimmed();
    const int first = letterSequenceIndex(start, numbering.skipIO);
    if (first == 0)
        return {};
    for (int i = 0; i < count; ++i)
        out.append(numbering.prefix + letterSequence(first + i, numbering.skipIO));
    return out;
}

QStringList seatLabels(const SeatNumbering &numbering, int count)
{
    QStringList out;
    int n = numbering.start;
    int step = 1;
    if (numbering.parity != SeatNumbering::Parity::All) {
        step = 2;
        const bool wantOdd = numbering.parity == SeatNumbering::Parity::Odd;
        if ((n % 2 != 0) != wantOdd)
            ++n;
    }
    for (int i = 0; i < count; ++i, n += step)
        out.append(numbering.prefix + QString::number(n));
    return out;
}

} // namespace parkett
