// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>
#include <QTextStream>

namespace parkett::cli {

/** True for rules, best and holds commands. */
bool isRulesCommand(const QStringList &positional);
/** The options these commands add to parkett-cli's parser. */
QList<QCommandLineOption> rulesOptions();

/** Runs rules check / blocked, best, and holds codes / create / apply / list / copy /
    release. Returns an ExitCode. */
int runRulesCommand(const QStringList &positional,
                    const QCommandLineParser &parser,
                    QTextStream &out,
                    QTextStream &err,
                    const QDateTime &now,
                    bool json);

} // namespace parkett::cli
