// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenuBar;
class QTabWidget;
class QWidget;

namespace parkett {

class BoxOffice;
class CustomerCard;
class CustomerSearchPanel;

/** The customer side of the main window: the Customers menu (find with Ctrl+K, new customer,
    the alternative e-mails setting), the search tab, one card tab per customer (or a window of
    its own), and Sell / Reserve from a card: the customer is attached to the basket of the
    sales tab opened (or switched to) next. */
class CustomerWorkspace final : public QObject
{
    Q_OBJECT

public:
    CustomerWorkspace(BoxOffice &boxOffice, QTabWidget *tabs, QMenuBar *menuBar, QWidget *window);
    ~CustomerWorkspace() override;
    Q_DISABLE_COPY_MOVE(CustomerWorkspace)

    /** Opens (or switches to) the search tab and puts the cursor in its field. */
    CustomerSearchPanel *showSearch();
    /** Opens (or switches to) the card of \a customer; nullptr when it cannot be read. */
    CustomerCard *openCustomer(CustomerId customer);
    /** Moves a card out of the tabs into its own window. */
    void openInWindow(CustomerCard *card);
    QList<CustomerCard *> cards() const;
    /** The customer waiting to be attached to the next sales tab. */
    CustomerId pendingCustomer() const { return m_pending; }
    QAction *findAction() const { return m_find; }

private:
    void startSale(CustomerId customer);
    void attachPending();

    BoxOffice &m_box;
    QTabWidget *m_tabs;
    QWidget *m_window;
    QPointer<CustomerSearchPanel> m_search;
    QList<QPointer<CustomerCard>> m_cards;
    QAction *m_find = nullptr;
    CustomerId m_pending;
    QString m_pendingText;
};

} // namespace parkett
