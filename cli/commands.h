// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace parkett::cli {

/** Exit codes: 0 done, 1 refused or failed (nothing written), 2 bad command line. */
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

/** True for commands that draw (plan render): main() then starts a QGuiApplication. */
bool needsGui(const QStringList &args);

/** Runs one parkett-cli command; \a args excludes the program name. */
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace parkett::cli
