// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace parkett::schema {

/** The statements that take a database from version \a version - 1 to \a version. */
QStringList upgradeStatements(int version);

} // namespace parkett::schema
