// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parkett-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Parkett"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKETT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = parkett::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
