// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace parkett {

class BoxOffice;
class CustomerSearchModel;

/** Finding customers: one field over name, e-mail (also alternative ones), phone, customer,
    order and ticket numbers, with results as you type; Enter or a double click opens the
    card; "New customer" when nothing matches, with duplicate warnings. */
class CustomerSearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerSearchPanel(BoxOffice &boxOffice, QWidget *parent = nullptr);
    ~CustomerSearchPanel() override;
    Q_DISABLE_COPY_MOVE(CustomerSearchPanel)

    QLineEdit *searchField() const { return m_search; }
    QTableView *resultsView() const { return m_view; }
    CustomerSearchModel *model() const { return m_model; }
    void focusSearch();

public Q_SLOTS:
    void newCustomer();

Q_SIGNALS:
    void openCustomer(parkett::CustomerId customer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch(const QString &text);
    void openCurrent();

    BoxOffice &m_box;
    CustomerSearchModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_new = nullptr;
};

/** A new customer's name and contact, warning about possible duplicates as they are typed. */
class NewCustomerDialog final : public QDialog
{
    Q_OBJECT

public:
    NewCustomerDialog(BoxOffice &boxOffice, const QString &typed, QWidget *parent = nullptr);
    ~NewCustomerDialog() override;
    Q_DISABLE_COPY_MOVE(NewCustomerDialog)

    Customer customer() const;
    QStringList duplicateWarnings() const;
    QLineEdit *firstName() const { return m_first; }
    QLineEdit *lastName() const { return m_last; }
    QLineEdit *email() const { return m_email; }
    QLineEdit *phone() const { return m_phone; }
    /** Checks the fields and warns of duplicates now (also runs as the user types). */
    void checkDuplicates();

private:
    BoxOffice &m_box;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    QStringList m_warnings;
};

} // namespace parkett
