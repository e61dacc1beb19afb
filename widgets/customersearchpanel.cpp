// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/customersearchpanel.h"

#include "models/boxoffice.h"
#include "models/customerdesk.h"
#include "models/customersearchmodel.h"
#include "widgets/customericons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace parkett {

namespace {

/** The first flag's icon on the flags column, the note icon on the name. */
class SearchIconProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.isValid()) {
            if (index.column() == CustomerSearchModel::FlagsColumn) {
                const QStringList icons = index.data(CustomerSearchModel::FlagIconsRole)
                                              .toStringList();
                const QStringList colours = index.data(CustomerSearchModel::FlagColoursRole)
                                                .toStringList();
                if (!icons.isEmpty())
                    return customericons::flag(icons.first(), QColor(colours.first()));
            }
            if (index.column() == CustomerSearchModel::NameColumn
                && index.data(CustomerSearchModel::HasNoteRole).toBool())
                return customericons::note();
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

CustomerSearchPanel::CustomerSearchPanel(BoxOffice &boxOffice, QWidget *parent)
    : QWidget(parent)
    , m_box(boxOffice)
    , m_model(new CustomerSearchModel(&boxOffice.customers(), this))
{
    setObjectName(QStringLiteral("customerSearchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(
        tr("Name, e-mail, phone, customer, order or ticket number (Ctrl+K); Enter opens"));
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_search, 1);
    m_new = new QPushButton(tr("&New customer…"), this);
    m_new->setObjectName(QStringLiteral("newCustomerButton"));
    row->addWidget(m_new);
    layout->addLayout(row);
    auto *icons = new SearchIconProxy(this);
    icons->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("customerResults"));
    m_view->setModel(icons);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CustomerSearchModel::EmailColumn,
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("customerSearchStatus"));
    layout->addWidget(m_status);

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CustomerSearchPanel::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_view->model()->index(0, 0));
            openCurrent();
        } else if (!m_search->text().trimmed().isEmpty()) {
            newCustomer();
        }
    });
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_new, &QPushButton::clicked, this, &CustomerSearchPanel::newCustomer);
}

CustomerSearchPanel::~CustomerSearchPanel() = default;

void CustomerSearchPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerSearchPanel::runSearch(const QString &text)
{
    if (auto r = m_model->search(text); !r) {
        m_status->setText(tr("Search failed: %1").arg(r.error().message));
        return;
    }
    if (text.trimmed().isEmpty())
        m_status->clear();
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("Nobody found. Enter creates a new customer."));
    else
        m_status->setText(tr("%n customer(s); Enter opens the first, Down moves to the list.",
                             nullptr,
                             m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
}

void CustomerSearchPanel::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        Q_EMIT openCustomer(index.data(CustomerSearchModel::CustomerIdRole).value<CustomerId>());
}

bool CustomerSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown
            || key == Qt::Key_PageUp) {
            m_view->setFocus(Qt::ShortcutFocusReason);
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerSearchPanel::newCustomer()
{
    NewCustomerDialog dialog(m_box, m_search->text(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // In connected mode the customer is made on the server first; the card opens on the
    // server's customer (or, offline, on the one made here for the outbox).
    m_box.customers().create(dialog.customer(), this, [this](Result<CustomerId> id) {
        if (!id) {
            QMessageBox::warning(this,
                                 tr("New customer"),
                                 tr("The customer could not be created: %1").arg(id.error().message));
            return;
        }
        Q_EMIT openCustomer(*id);
    });
}

NewCustomerDialog::NewCustomerDialog(BoxOffice &boxOffice, const QString &typed, QWidget *parent)
    : QDialog(parent)
    , m_box(boxOffice)
{
    setObjectName(QStringLiteral("newCustomerDialog"));
    setWindowTitle(tr("New customer"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_last = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    form->addRow(tr("&First name"), m_first);
    form->addRow(tr("&Last name"), m_last);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("&Phone"), m_phone);
    layout->addLayout(form);
    // What was typed in the search goes where it belongs.
    const QString t = typed.trimmed();
    if (t.contains(QLatin1Char('@')))
        m_email->setText(t);
    else if (!t.isEmpty() && normalizePhone(t))
        m_phone->setText(t);
    else if (t.contains(QLatin1Char(' '))) {
        m_first->setText(t.section(QLatin1Char(' '), 0, 0));
        m_last->setText(t.section(QLatin1Char(' '), 1));
    } else {
        m_last->setText(t);
    }
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("duplicateWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("background: #fff4ce; border: 1px solid #c9a227; padding: 6px;"));
    m_warning->hide();
    layout->addWidget(m_warning);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_first, m_last, m_email, m_phone})
        connect(e, &QLineEdit::textChanged, this, &NewCustomerDialog::checkDuplicates);
    checkDuplicates();
    resize(460, 300);
}

NewCustomerDialog::~NewCustomerDialog() = default;

Customer NewCustomerDialog::customer() const
{
    Customer c;
    c.firstName = m_first->text().trimmed();
    c.lastName = m_last->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    return c;
}

QStringList NewCustomerDialog::duplicateWarnings() const
{
    return m_warnings;
}

void NewCustomerDialog::checkDuplicates()
{
    const Customer c = customer();
    const QList<FieldError> errors = customerFieldErrors(c);
    QStringList problems;
    for (const FieldError &e : errors) {
        switch (e.problem) {
        case FieldProblem::Required:
            problems.append(tr("A name is needed."));
            break;
        case FieldProblem::InvalidEmail:
            problems.append(tr("The e-mail address is not valid."));
            break;
        case FieldProblem::InvalidPhone:
            problems.append(tr("The phone number is not valid."));
            break;
        default:
            problems.append(e.message);
        }
    }
    m_error->setText(problems.join(QLatin1Char(' ')));
    m_create->setEnabled(errors.isEmpty());
    m_warnings.clear();
    if (!errors.isEmpty() && (c.email.isEmpty() || !isValidEmail(c.email)) && c.lastName.isEmpty())
        return m_warning->hide();
    if (auto dup = m_box.customers().duplicates(c)) {
        for (const DuplicateCandidate &d : std::as_const(*dup)) {
            QStringList why;
            if (d.reasons & DuplicateCandidate::SameEmail)
                why.append(tr("same e-mail"));
            if (d.reasons & DuplicateCandidate::SamePhone)
                why.append(tr("same phone"));
            if (d.reasons & DuplicateCandidate::SimilarName)
                why.append(tr("similar name"));
            if (!why.isEmpty())
                m_warnings.append(tr("%1 (%2): %3")
                                      .arg(d.customer.displayName(),
                                           d.customer.number,
                                           why.join(QStringLiteral(", "))));
        }
    }
    m_warning->setVisible(!m_warnings.isEmpty());
    m_warning->setText(tr("<b>Possibly already a customer:</b><br>%1")
                           .arg(m_warnings.mid(0, 5).join(QStringLiteral("<br>"))));
}

} // namespace parkett
