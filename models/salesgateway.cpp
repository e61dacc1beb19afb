// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/salesgateway.h"

#include "models/boxoffice.h"

#include <QCoreApplication>

namespace parkett {

void StandaloneSales::sell(const Basket &basket,
                           PaymentMethod method,
                           const QString &overrideReason,
                           QObject *context,
                           Done done)
{
    Q_UNUSED(context)
    done(m_boxOffice.sell(basket, method, overrideReason));
}

void StandaloneSales::reserve(const Basket &basket,
                              const QDateTime &until,
                              const QString &overrideReason,
                              QObject *context,
                              Done done)
{
    Q_UNUSED(context)
    done(m_boxOffice.reserve(basket, until, overrideReason));
}

void StandaloneSales::payReservation(OrderId order,
                                     PaymentMethod method,
                                     QObject *context,
                                     Done done)
{
    Q_UNUSED(context)
    done(m_boxOffice.payReservation(order, method));
}

void StandaloneSales::cancelReservation(OrderId order,
                                        const QString &reason,
                                        QObject *context,
                                        Done done)
{
    Q_UNUSED(context)
    done(m_boxOffice.cancelReservation(order, reason));
}

QString StandaloneSales::modeText() const
{
    return QCoreApplication::translate("parkett::SalesGateway", "Standalone");
}

} // namespace parkett
