// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace parkett::printing {

/** What a printer reports, reduced to what the clerk has to know. */
enum class PrinterState {
    Ready,
    Busy,
    PaperLow,
    PaperOut,
    PaperJam,
    CoverOpen,
    CutterFault,
    Offline,
    Error,
    Unknown, ///< no answer (a one-way connection, or it did not reply in time)
};

/** True for states that stop printing until someone acts. */
bool isFault(PrinterState state);
/** Short text for the status bar: "Out of paper". */
QString stateText(PrinterState state);
/** What to do about it, for the print dialog. */
QString whatToDo(PrinterState state);
/** Machine name: "paper-out". */
QString stateName(PrinterState state);

/** BOCA status bytes (FGL <S1> replies and unsolicited status). 6 is the per-ticket ACK. */
namespace boca {
constexpr char kAck = 6;
constexpr char kReady = 17;
PrinterState stateOf(quint8 byte);
/** The byte an emulated BOCA sends for \a state. */
quint8 byteFor(PrinterState state);
} // namespace boca

/** ESC/POS real-time status (DLE EOT 1..4), replies in the order asked. */
namespace escpos {
PrinterState stateOf(const QByteArray &replies);
} // namespace escpos

} // namespace parkett::printing
