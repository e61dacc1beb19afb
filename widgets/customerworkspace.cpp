// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/customerworkspace.h"

#include "models/boxoffice.h"
#include "models/customerdesk.h"
#include "widgets/customercard.h"
#include "widgets/customersearchpanel.h"
#include "widgets/salesscreen.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace parkett {

CustomerWorkspace::CustomerWorkspace(BoxOffice &boxOffice,
                                     QTabWidget *tabs,
                                     QMenuBar *menuBar,
                                     QWidget *window)
    : QObject(window)
    , m_box(boxOffice)
    , m_tabs(tabs)
    , m_window(window)
{
    QMenu *menu = menuBar->addMenu(tr("&Customers"));
    m_find = menu->addAction(tr("&Find customer…"), this, [this] { showSearch(); });
    m_find->setObjectName(QStringLiteral("findCustomerAction"));
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *create = menu->addAction(tr("&New customer…"), this, [this] {
        if (CustomerSearchPanel *panel = showSearch())
            panel->newCustomer();
    });
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    menu->addSeparator();
    QAction *alternatives = menu->addAction(tr("&Alternative e-mails on cards"));
    alternatives->setObjectName(QStringLiteral("alternativeEmailsAction"));
    alternatives->setCheckable(true);
    if (auto on = m_box.customers().alternativeEmailsEnabled())
        alternatives->setChecked(*on);
    connect(alternatives, &QAction::toggled, this, [this](bool on) {
        (void) m_box.customers().setAlternativeEmailsEnabled(on);
        for (CustomerCard *card : cards())
            (void) card->load();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { attachPending(); });
}

CustomerWorkspace::~CustomerWorkspace() = default;

QList<CustomerCard *> CustomerWorkspace::cards() const
{
    QList<CustomerCard *> out;
    for (const QPointer<CustomerCard> &card : m_cards) {
        if (card)
            out.append(card);
    }
    return out;
}

CustomerSearchPanel *CustomerWorkspace::showSearch()
{
    if (!m_search) {
        m_search = new CustomerSearchPanel(m_box, m_tabs);
        connect(m_search, &CustomerSearchPanel::openCustomer, this, [this](CustomerId id) {
            openCustomer(id);
        });
        m_tabs->insertTab(1, m_search, tr("Customers"));
    }
    m_tabs->setCurrentWidget(m_search);
    m_search->focusSearch();
    return m_search;
}

CustomerCard *CustomerWorkspace::openCustomer(CustomerId customer)
{
    for (CustomerCard *card : cards()) {
        if (card->customerId() == customer) {
            if (m_tabs->indexOf(card) >= 0)
                m_tabs->setCurrentWidget(card);
            else
                card->activateWindow();
            (void) card->load();
            return card;
        }
    }
    auto *card = new CustomerCard(m_box, customer, m_tabs);
    if (auto r = card->load(); !r) {
        delete card;
        QMessageBox::warning(m_window,
                             tr("Customer"),
                             tr("The customer could not be opened: %1").arg(r.error().message));
        return nullptr;
    }
    m_cards.append(card);
    connect(card, &CustomerCard::sellRequested, this, &CustomerWorkspace::startSale);
    connect(card, &CustomerCard::reserveRequested, this, &CustomerWorkspace::startSale);
    connect(card, &CustomerCard::openInWindowRequested, this, [this, card] { openInWindow(card); });
    connect(card, &CustomerCard::titleChanged, this, [this, card](const QString &title) {
        const int index = m_tabs->indexOf(card);
        if (index >= 0)
            m_tabs->setTabText(index, title);
        else
            card->setWindowTitle(title);
    });
    const int index = m_tabs->addTab(card, card->title());
    m_tabs->setCurrentIndex(index);
    card->setFocus();
    return card;
}

void CustomerWorkspace::openInWindow(CustomerCard *card)
{
    const int index = m_tabs->indexOf(card);
    if (index < 0)
        return;
    m_tabs->removeTab(index);
    card->setParent(m_window, Qt::Window);
    card->setWindowTitle(card->title());
    card->resize(1100, 720);
    card->show();
}

void CustomerWorkspace::startSale(CustomerId customer)
{
    auto c = m_box.customers().customer(customer);
    if (!c)
        return;
    QStringList flags;
    if (auto f = m_box.customers().flags(customer)) {
        for (const FlagDefinition &flag : std::as_const(*f))
            flags.append(flag.name);
    }
    m_pending = customer;
    m_pendingText = QStringLiteral("%1 (%2)").arg(c->displayName().toHtmlEscaped(), c->number);
    if (!flags.isEmpty())
        m_pendingText += QStringLiteral(" · ") + flags.join(QStringLiteral(", ")).toHtmlEscaped();
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("Open a performance to sell to %1.").arg(c->displayName()),
                                       15000);
    // An open sales tab takes the customer at once; else the list to choose a performance.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (qobject_cast<SalesScreen *>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            attachPending();
            return;
        }
    }
    m_tabs->setCurrentIndex(0);
}

void CustomerWorkspace::attachPending()
{
    if (!m_pending.isValid())
        return;
    auto *screen = qobject_cast<SalesScreen *>(m_tabs->currentWidget());
    if (!screen)
        return;
    screen->setCustomer(m_pending, m_pendingText);
    m_pending = CustomerId();
}

} // namespace parkett
