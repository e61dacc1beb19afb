// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/order.h"

#include <QColor>
#include <QIcon>
#include <QIdentityProxyModel>

namespace parkett {

/** Painted icons of the customer card: each has its own shape, so none relies on colour alone. */
namespace customericons {
/** Reserved: yellow clock; sold: green tick; cancelled and expired: grey cross. */
QIcon orderStatus(int shownStatus);
/** Web: globe; counter: ticket desk; phone: handset; outlet: shop front. */
QIcon channel(SalesChannelKind kind);
/** A flag's icon ("star", "wheelchair", "hearing", "blocked", anything else: a dot). */
QIcon flag(const QString &icon, const QColor &colour);
/** The note indicator: a yellow sheet with lines. */
QIcon note();
/** The web-profile globe; grey outline when no account is linked. */
QIcon globe(bool linked);
} // namespace customericons

/** Adds the status and channel icons to a CustomerOrdersModel. */
class OrderIconProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit OrderIconProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace parkett
