// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/reservedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parkett {

ReserveDialog::ReserveDialog(const QDateTime &now, int tickets, QWidget *parent)
    : QDialog(parent)
    , m_until(new QDateTimeEdit(now.addDays(3), this))
{
    setWindowTitle(tr("Reserve tickets"));
    m_until->setObjectName(QStringLiteral("reserveUntil"));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDateTime(now.addSecs(60));
    m_until->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Keep %n ticket(s) for the customer until the time below. "
                                    "Unpaid reservations are released after that.",
                                    nullptr,
                                    tickets),
                                 this));
    auto *form = new QFormLayout;
    form->addRow(tr("Reserved &until:"), m_until);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reserve"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_until->setFocus();
}

ReserveDialog::~ReserveDialog() = default;

QDateTime ReserveDialog::until() const
{
    return m_until->dateTime();
}

void ReserveDialog::setUntil(const QDateTime &until)
{
    m_until->setDateTime(until);
}

} // namespace parkett
