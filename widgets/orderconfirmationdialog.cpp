// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/orderconfirmationdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/printdesk.h"

namespace parkett {

OrderConfirmationDialog::OrderConfirmationDialog(const Order &order,
                                                 const QList<PriceType> &priceTypes,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_order(order.id())
    , m_number(order.number())
    , m_tickets(new QTableWidget(int(order.tickets().size()), 4, this))
{
    const QLocale locale;
    const bool sold = order.status() == OrderStatus::Sold;
    setWindowTitle(sold ? tr("Order %1 sold").arg(order.number())
                        : tr("Order %1 reserved").arg(order.number()));

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("orderHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    heading->setText(tr("Order %1").arg(order.number()));
    layout->addWidget(heading);

    auto *status = new QLabel(this);
    status->setObjectName(QStringLiteral("orderStatus"));
    if (sold)
        status->setText(tr("Sold and paid (%1). The tickets are stored and can be printed.")
                            .arg(order.payments().isEmpty()
                                     ? QString()
                                     : order.payments().first().amount.toLocaleString(locale)));
    else
        status->setText(
            tr("Reserved until %1. Unpaid, the seats are released after that.")
                .arg(locale.toString(order.reservedUntil().toLocalTime(), QLocale::LongFormat)));
    status->setWordWrap(true);
    layout->addWidget(status);

    m_tickets->setObjectName(QStringLiteral("orderTickets"));
    m_tickets->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Price type"), tr("Price"), tr("Barcode")});
    m_tickets->verticalHeader()->hide();
    m_tickets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tickets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tickets->setAlternatingRowColors(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (qsizetype i = 0; i < order.tickets().size(); ++i) {
        const Ticket &t = order.tickets().at(i);
        QString typeName;
        for (const PriceType &type : priceTypes) {
            if (type.id == t.priceType)
                typeName = type.name;
        }
        auto *price = new QTableWidgetItem(t.price.toLocaleString(locale));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *barcode = new QTableWidgetItem(t.barcode);
        barcode->setFont(mono);
        m_tickets->setItem(int(i), 0, new QTableWidgetItem(t.label));
        m_tickets->setItem(int(i), 1, new QTableWidgetItem(typeName));
        m_tickets->setItem(int(i), 2, price);
        m_tickets->setItem(int(i), 3, barcode);
    }
    m_tickets->resizeColumnsToContents();
    m_tickets->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tickets);

    auto *total = new QLabel(tr("Total: %1").arg(order.total().toLocaleString(locale)), this);
    total->setObjectName(QStringLiteral("orderTotal"));
    QFont totalFont = total->font();
    totalFont.setBold(true);
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.2);
    total->setFont(totalFont);
    total->setAlignment(Qt::AlignRight);
    layout->addWidget(total);

    if (QWidget *print = PrintDesk::orderButtons(order.id(), sold, int(order.tickets().size()), this))
        layout->addWidget(print);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    resize(720, 420);
}

OrderConfirmationDialog::~OrderConfirmationDialog() = default;

} // namespace parkett
