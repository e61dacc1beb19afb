// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/order.h"

#include <QDialog>

class QTabWidget;

namespace parkett {

/** One order read-only: its lines (tickets with their codes and states), payments and the
    order's history, in tabs. */
class OrderDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OrderDetailsDialog(const Order &order, QWidget *parent = nullptr);
    ~OrderDetailsDialog() override;
    Q_DISABLE_COPY_MOVE(OrderDetailsDialog)

    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace parkett
