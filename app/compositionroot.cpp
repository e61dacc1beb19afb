// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compositionroot.h"

#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/orderrepository.h"
#include "storage/salesservice.h"
#include "widgets/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace parkett {

CompositionRoot::CompositionRoot() = default;

CompositionRoot::~CompositionRoot()
{
    // The window uses the services; it goes first.
    m_window.reset();
}

QString CompositionRoot::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("parkett.sqlite"));
}

Result<void> CompositionRoot::open(const Options &options)
{
    const QString path = options.databasePath.isEmpty() ? defaultDatabasePath()
                                                        : options.databasePath;
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::StorageFailure,
                         QCoreApplication::translate("parkett::CompositionRoot",
                                                     "Cannot create the folder %1.")
                             .arg(QDir::toNativeSeparators(dir)));
    auto db = Database::open(path);
    if (!db)
        return db.error();
    m_database = std::move(*db);

    const QDateTime fixed = options.fixedNow;
    m_services.now = fixed.isValid()
                         ? std::function<QDateTime()>([fixed] { return fixed; })
                         : std::function<QDateTime()>([] { return QDateTime::currentDateTime(); });

    if (options.seedDemo) {
        auto empty = isEmptyDatabase(*m_database);
        if (!empty)
            return empty.error();
        if (*empty) {
            if (auto seeded = seedDemo(*m_database, m_services.now()); !seeded)
                return seeded.error();
        }
    }

    m_catalog = std::make_unique<CatalogRepository>(*m_database);
    m_orders = std::make_unique<OrderRepository>(*m_database);

    // Standalone: the counter sells as the first box-office user at the box-office channel.
    SalesContext context;
    if (auto channels = m_catalog->channels()) {
        for (const Channel &c : *channels) {
            if (c.kind == SalesChannelKind::BoxOffice) {
                context.channel = c.id;
                break;
            }
        }
    }
    if (auto users = m_catalog->users()) {
        for (const User &u : *users) {
            if (u.role == Role::BoxOffice) {
                context.user = u.id;
                break;
            }
        }
    }
    m_sales = std::make_unique<SalesService>(*m_database, context);

    m_services.database = m_database.get();
    m_services.catalog = m_catalog.get();
    m_services.orders = m_orders.get();
    m_services.sales = m_sales.get();
    m_services.modeName = QCoreApplication::translate("parkett::CompositionRoot", "Standalone");
    return {};
}

MainWindow *CompositionRoot::createMainWindow()
{
    m_window = std::make_unique<MainWindow>(m_services);
    return m_window.get();
}

} // namespace parkett
