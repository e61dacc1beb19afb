// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/printerstatus.h"

#include <QCoreApplication>

namespace parkett::printing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parkett::printing::PrinterStatus", text);
}

} // namespace

bool isFault(PrinterState state)
{
    switch (state) {
    case PrinterState::Ready:
    case PrinterState::Busy:
    case PrinterState::PaperLow:
    case PrinterState::Unknown:
        return false;
    default:
        return true;
    }
}

QString stateName(PrinterState state)
{
    switch (state) {
    case PrinterState::Ready:
        return QStringLiteral("ready");
    case PrinterState::Busy:
        return QStringLiteral("busy");
    case PrinterState::PaperLow:
        return QStringLiteral("paper-low");
    case PrinterState::PaperOut:
        return QStringLiteral("paper-out");
    case PrinterState::PaperJam:
        return QStringLiteral("paper-jam");
    case PrinterState::CoverOpen:
        return QStringLiteral("cover-open");
    case PrinterState::CutterFault:
        return QStringLiteral("cutter-fault");
    case PrinterState::Offline:
        return QStringLiteral("offline");
    case PrinterState::Error:
        return QStringLiteral("error");
    case PrinterState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString stateText(PrinterState state)
{
    switch (state) {
    case PrinterState::Ready:
        return tr("Ready");
    case PrinterState::Busy:
        return tr("Busy");
    case PrinterState::PaperLow:
        return tr("Paper low");
    case PrinterState::PaperOut:
        return tr("Out of paper");
    case PrinterState::PaperJam:
        return tr("Paper jam");
    case PrinterState::CoverOpen:
        return tr("Cover open / head up");
    case PrinterState::CutterFault:
        return tr("Cutter fault");
    case PrinterState::Offline:
        return tr("Offline");
    case PrinterState::Error:
        return tr("Printer error");
    case PrinterState::Unknown:
        return tr("Status unknown");
    }
    return {};
}

QString whatToDo(PrinterState state)
{
    switch (state) {
    case PrinterState::Ready:
    case PrinterState::Busy:
        return {};
    case PrinterState::PaperLow:
        return tr("Have a new stack of tickets ready.");
    case PrinterState::PaperOut:
        return tr("Load tickets. The printer keeps the ticket it could not print and prints it "
                  "when paper is loaded: check what comes out before you print again.");
    case PrinterState::PaperJam:
        return tr("Open the printer, remove the jammed ticket and close it. Compare the printed "
                  "tickets with the order; reprint only what is missing.");
    case PrinterState::CoverOpen:
        return tr("Close the cover / lower the print head.");
    case PrinterState::CutterFault:
        return tr("Switch the printer off, clear the cutter, switch it on again.");
    case PrinterState::Offline:
        return tr("Check the cable or network and that the printer is switched on.");
    case PrinterState::Error:
        return tr("Switch the printer off and on; call support if it persists.");
    case PrinterState::Unknown:
        return tr("The printer did not answer. Check whether the ticket came out before you "
                  "print it again.");
    }
    return {};
}

namespace boca {

PrinterState stateOf(quint8 byte)
{
    switch (byte) {
    case 6:
    case 12:
    case 13:
    case 17:
    case 18:
        return PrinterState::Ready;
    case 19:
        return PrinterState::Busy;
    case 15:
        return PrinterState::PaperLow;
    case 10:
    case 11:
    case 16:
        return PrinterState::PaperOut;
    case 3:
    case 4:
    case 14:
    case 24:
    case 30:
        return PrinterState::PaperJam;
    case 29:
    case 31:
        return PrinterState::CutterFault;
    default:
        return PrinterState::Error;
    }
}

quint8 byteFor(PrinterState state)
{
    switch (state) {
    case PrinterState::Ready:
        return 17;
    case PrinterState::Busy:
        return 19;
    case PrinterState::PaperLow:
        return 15;
    case PrinterState::PaperOut:
        return 16;
    case PrinterState::PaperJam:
        return 24;
    case PrinterState::CutterFault:
        return 29;
    default:
        return 21;
    }
}

} // namespace boca

namespace escpos {

PrinterState stateOf(const QByteArray &replies)
{
    if (replies.size() < 4)
        return PrinterState::Unknown;
    const auto printer = quint8(replies.at(0));
    const auto offline = quint8(replies.at(1));
    const auto errors = quint8(replies.at(2));
    const auto paper = quint8(replies.at(3));
    if ((errors & 0x08) != 0)
        return PrinterState::CutterFault;
    if ((offline & 0x04) != 0)
        return PrinterState::CoverOpen;
    if ((offline & 0x20) != 0 || (paper & 0x60) != 0)
        return PrinterState::PaperOut;
    if ((offline & 0x40) != 0 || (errors & 0x60) != 0)
        return PrinterState::Error;
    if ((printer & 0x08) != 0)
        return PrinterState::Offline;
    if ((paper & 0x0c) != 0)
        return PrinterState::PaperLow;
    return PrinterState::Ready;
}

} // namespace escpos

} // namespace parkett::printing
