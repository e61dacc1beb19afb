// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog.h"
#include "core/order.h"

#include <QDialog>

class QTableWidget;

namespace parkett {

/** Shown after a sale or reservation was committed: the order number, its status, every
    ticket with label, price type, price and barcode, and the total. */
class OrderConfirmationDialog final : public QDialog
{
    Q_OBJECT

public:
    OrderConfirmationDialog(const Order &order,
                            const QList<PriceType> &priceTypes,
                            QWidget *parent = nullptr);
    ~OrderConfirmationDialog() override;
    Q_DISABLE_COPY_MOVE(OrderConfirmationDialog)

    OrderId orderId() const { return m_order; }
    QString orderNumber() const { return m_number; }

private:
    OrderId m_order;
    QString m_number;
    QTableWidget *m_tickets = nullptr;
};

} // namespace parkett
