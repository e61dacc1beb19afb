// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace parkett {

/** How rows are labelled: A, B, C ... (AA after Z) or 1, 2, 3 ..., from a start value. Only
    the displayed label changes; rows and seats keep their technical ids. */
struct RowNumbering
{
    enum class Style { Letters, Numbers };
    Style style = Style::Letters;
    QString start = QStringLiteral("A"); ///< a letter sequence or a number
    bool skipIO = true;                  ///< I and O read like 1 and 0 on a ticket
    QString prefix;                      ///< e.g. "R" for "R1", "R2"
};

/** How the seats of a row are numbered from a start value: every number, or only odd or even
    ones (theatres number one side odd, the other even). */
struct SeatNumbering
{
    enum class Parity { All, Odd, Even };
    int start = 1;
    Parity parity = Parity::All;
    QString prefix;
};

/** \a count row labels; an empty list when the start value does not fit the style. */
QStringList rowLabels(const RowNumbering &numbering, int count);
/** \a count seat labels, the first being the first number at or after the start that has the
    parity asked for. */
QStringList seatLabels(const SeatNumbering &numbering, int count);
/** The 1-based position of a letter sequence ("A" = 1, "Z" = 26, "AA" = 27) counting only the
    letters in use; 0 when \a text is not one. */
int letterSequenceIndex(const QString &text, bool skipIO);
/** The letter sequence at a 1-based position; the inverse of letterSequenceIndex(). */
QString letterSequence(int index, bool skipIO);

} // namespace parkett
