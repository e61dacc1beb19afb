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

QString StandaloneSales::modeText() const
{
    return QCoreApplication::translate("parkett::SalesGateway", "Standalone");
}

} // namespace parkett
