// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDateTime>
#include <QString>

namespace parkett {

class CatalogRepository;
class Database;
class OrderRepository;
class SalesService;

/** What the desktop widgets may use, built by the composition root (app/). The widgets read
    and write only through these storage facades; they never run SQL. Not owned. */
struct Services
{
    Database *database = nullptr;
    CatalogRepository *catalog = nullptr;
    OrderRepository *orders = nullptr;
    SalesService *sales = nullptr;
    /** The current time; fixed by --now for tests and screenshots. */
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTime(); };
    /** "Standalone" or the server the client is connected to. */
    QString modeName;
};

} // namespace parkett
