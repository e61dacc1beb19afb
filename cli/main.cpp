// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include <QCoreApplication>
#include <memory>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    // Drawing needs fonts, hence a GUI application; it never needs a display.
    std::unique_ptr<QCoreApplication> application;
    if (parkett::cli::needsGui(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
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
