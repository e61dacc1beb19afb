// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/result.h"

#include <functional>

#include <QDateTime>
#include <QDialog>
#include <QList>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace parkett {

/** Asks until when a reservation holds its seats (three days from now by default, never past
    the performance) and for whom: a customer found by name, e-mail, phone or number. */
class ReserveDialog final : public QDialog
{
    Q_OBJECT

public:
    using CustomerSearch = std::function<Result<QList<Customer>>(const QString &)>;

    ReserveDialog(const QDateTime &now,
                  const QDateTime &latest,
                  int tickets,
                  CustomerSearch search,
                  QWidget *parent = nullptr);
    ~ReserveDialog() override;
    Q_DISABLE_COPY_MOVE(ReserveDialog)

    QDateTime until() const;
    void setUntil(const QDateTime &until);
    /** The chosen customer; invalid when the reservation is for nobody in particular. */
    CustomerId customer() const;
    QLineEdit *customerSearchField() const { return m_search; }

private:
    void runSearch(const QString &text);

    CustomerSearch m_searchCustomers;
    QDateTimeEdit *m_until = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace parkett
