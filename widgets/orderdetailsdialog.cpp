// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/orderdetailsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/printdesk.h"

namespace parkett {

namespace {

QTableWidget *table(const QStringList &headers, const QList<QStringList> &rows, QWidget *parent)
{
    auto *t = new QTableWidget(int(rows.size()), int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    }
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

OrderDetailsDialog::OrderDetailsDialog(const Order &order, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("orderDetails"));
    setWindowTitle(tr("Order %1").arg(order.number()));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(tr("<b>%1</b> · %2 · total %3 · paid %4 · created %5")
                                   .arg(order.number(),
                                        orderStatusName(order.status()),
                                        order.total().toString(),
                                        order.paid().toString(),
                                        when(order.createdAt())),
                               this);
    layout->addWidget(summary);
    m_tabs = new QTabWidget(this);
    QList<QStringList> lines;
    for (const Ticket &t : order.tickets())
        lines.append({t.label,
                      t.price.toString(),
                      ticketStatusName(t.status),
                      t.barcode,
                      QString::number(t.printCount)});
    m_tabs->addTab(table({tr("Ticket"), tr("Price"), tr("State"), tr("Code"), tr("Printed")},
                         lines,
                         m_tabs),
                   tr("&Lines and tickets (%1)").arg(order.tickets().size()));
    QList<QStringList> payments;
    for (const Payment &p : order.payments())
        payments.append({when(p.at), paymentMethodName(p.method), p.amount.toString(), p.reference});
    m_tabs->addTab(table({tr("When"), tr("Method"), tr("Amount"), tr("Reference")},
                         payments,
                         m_tabs),
                   tr("&Payments (%1)").arg(order.payments().size()));
    QList<QStringList> history;
    for (const OrderHistoryEntry &h : order.history())
        history.append({when(h.at), h.event, h.detail});
    m_tabs->addTab(table({tr("When"), tr("Event"), tr("Detail")}, history, m_tabs),
                   tr("&History (%1)").arg(order.history().size()));
    layout->addWidget(m_tabs, 1);
    int active = 0;
    for (const Ticket &t : order.tickets())
        active += t.isActive() ? 1 : 0;
    if (QWidget *print = PrintDesk::orderButtons(order.id(),
                                                 order.status() == OrderStatus::Sold,
                                                 active,
                                                 this))
        layout->addWidget(print);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

OrderDetailsDialog::~OrderDetailsDialog() = default;

} // namespace parkett
