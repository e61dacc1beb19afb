// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>
#include <QTextStream>

namespace parkett::cli {

/** True for ticket, print and printers commands. */
bool isPrintCommand(const QStringList &positional);
/** True when the command draws with fonts (ticket render --format pdf|png). */
bool printCommandNeedsGui(const QStringList &args);
/** The options the print commands add to parkett-cli's parser. */
QList<QCommandLineOption> printOptions();

/** Runs ticket render, ticket reprint, print, print jobs / confirm, printers list / add /
    status. Returns an ExitCode. */
int runPrintCommand(const QStringList &positional,
                    const QCommandLineParser &parser,
                    QTextStream &out,
                    QTextStream &err,
                    const QDateTime &now,
                    bool json);

} // namespace parkett::cli
