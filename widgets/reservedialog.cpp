// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/reservedialog.h"

#include <algorithm>

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace parkett {

namespace {
constexpr int CustomerIdRole = Qt::UserRole + 1;
} // namespace

ReserveDialog::ReserveDialog(const QDateTime &now,
                             const QDateTime &latest,
                             int tickets,
                             CustomerSearch search,
                             QWidget *parent)
    : QDialog(parent)
    , m_searchCustomers(std::move(search))
    , m_until(new QDateTimeEdit(this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Reserve tickets"));
    m_until->setObjectName(QStringLiteral("reserveUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_until->setMinimumDateTime(now.addSecs(60));
    if (latest.isValid())
        m_until->setMaximumDateTime(latest.toLocalTime());
    const QDateTime preferred = now.addDays(3);
    m_until->setDateTime(latest.isValid() ? std::min(preferred, latest.toLocalTime()) : preferred);

    m_search->setObjectName(QStringLiteral("reserveCustomerSearch"));
    m_search->setPlaceholderText(tr("Name, e-mail, phone or customer number"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("reserveCustomerResults"));
    m_results->setMinimumHeight(140);
    m_status->setObjectName(QStringLiteral("reserveCustomerStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Keep %n ticket(s) for the customer until the time below. "
                                    "Unpaid reservations are released after that.",
                                    nullptr,
                                    tickets),
                                 this));
    auto *form = new QFormLayout;
    form->addRow(tr("Reserved &until:"), m_until);
    if (latest.isValid())
        form->addRow(QString(),
                     new QLabel(tr("At the latest %1, when sales for the performance end.")
                                    .arg(QLocale().toString(latest.toLocalTime(),
                                                            QLocale::ShortFormat)),
                                this));
    form->addRow(tr("&Customer:"), m_search);
    form->addRow(QString(), m_results);
    form->addRow(QString(), m_status);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reserve"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ReserveDialog::runSearch);
    // Down from the search field moves into the results, as in any search-as-you-type list.
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        m_status->setText(row < 0 ? tr("No customer chosen: the reservation is anonymous.")
                                  : tr("Reserving for %1.").arg(m_results->item(row)->text()));
    });
    m_status->setText(tr("No customer chosen: the reservation is anonymous."));
    m_until->setFocus();
}

ReserveDialog::~ReserveDialog() = default;

void ReserveDialog::runSearch(const QString &text)
{
    m_results->clear();
    if (text.trimmed().size() < 2 || !m_searchCustomers)
        return;
    auto found = m_searchCustomers(text);
    if (!found) {
        m_status->setText(tr("The customer search failed: %1").arg(found.error().message));
        return;
    }
    for (const Customer &c : *found) {
        auto *item = new QListWidgetItem(tr("%1 (%2) %3").arg(c.displayName(), c.number, c.email),
                                         m_results);
        item->setData(CustomerIdRole, c.id.value);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    else
        m_status->setText(tr("No customer matches \"%1\".").arg(text));
}

QDateTime ReserveDialog::until() const
{
    return m_until->dateTime();
}

void ReserveDialog::setUntil(const QDateTime &until)
{
    m_until->setDateTime(until);
}

CustomerId ReserveDialog::customer() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? CustomerId(item->data(CustomerIdRole).toLongLong()) : CustomerId();
}

} // namespace parkett
