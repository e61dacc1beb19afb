// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/consent.h"
#include "core/customer.h"
#include "core/customerflag.h"
#include "core/customerrecords.h"
#include "core/result.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace parkett {

class BoxOffice;
class ConsentHistoryModel;
class CustomerHistoryModel;
class CustomerOrdersModel;

/** Everything about one customer: contact edited in place (Save / Cancel, problems shown at
    the field), note indicator, flags, consent with its history, web profile, orders with
    filters, the customer's history, and Sell / Reserve with the customer in the basket. Can
    live in a tab or its own window; several can be open at once. Talks only to BoxOffice. */
class CustomerCard final : public QWidget
{
    Q_OBJECT

public:
    CustomerCard(BoxOffice &boxOffice, CustomerId customer, QWidget *parent = nullptr);
    ~CustomerCard() override;
    Q_DISABLE_COPY_MOVE(CustomerCard)

    /** Reads the customer and everything shown. Call before showing, and to refresh. */
    Result<void> load();

    CustomerId customerId() const { return m_id; }
    const Customer &customer() const { return m_customer; }
    QString title() const;
    bool isDirty() const;

    CustomerOrdersModel *ordersModel() const { return m_orders; }
    QTableView *ordersView() const { return m_ordersView; }
    QLineEdit *field(CustomerField field) const { return m_edits.value(int(field)); }
    QLabel *fieldError(CustomerField field) const { return m_errors.value(int(field)); }
    QLabel *noteIndicator() const { return m_noteIcon; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    /** Validates and saves the contact; on a conflict shows both versions. True when saved
        at once; in connected mode the server's answer comes later (the card waits, the
        save button off). */
    bool save();
    void cancel();
    void addFlag(qint64 flag);
    void removeFlag(qint64 flag);
    void setConsent(ConsentPurpose purpose, ConsentChannel channel, bool granted);
    void linkWebAccount(qint64 account);
    void unlinkWebAccount();
    void setOrderFilter(int kind);
    void openOrder(const QModelIndex &index);
    /** Sell (or reserve) for this customer: refused with a message while the customer is
        blocked from sale, unless a supervisor overrides. */
    void sell();
    void reserve();
    void exportJson(const QString &path = {});
    void exportPdf(const QString &path = {});
    void anonymise();
    /** Undoes the latest merge into this customer that is younger than 30 days. */
    void undoLastMerge();
    /** Pays the reservation selected in the orders list, after asking how (the sales
        gateway: this file, or the server in connected mode). */
    void payReservation();
    /** Cancels the reservation selected in the orders list, after asking why. */
    void cancelReservation();
    /** Pays \a order (a reservation of this customer) by \a method, without asking. */
    void payReservation(parkett::OrderId order, parkett::PaymentMethod method);
    /** Cancels \a order (a reservation of this customer) with \a reason, without asking. */
    void cancelReservation(parkett::OrderId order, const QString &reason);

Q_SIGNALS:
    /** A reservation was paid or cancelled (\a order is the changed order). */
    void reservationChanged(parkett::OrderId order);
    void sellRequested(parkett::CustomerId customer);
    void reserveRequested(parkett::CustomerId customer);
    void titleChanged(const QString &title);
    void openInWindowRequested();

private:
    void buildUi();
    QWidget *buildContactTab();
    QWidget *buildOrdersTab();
    QWidget *buildConsentTab();
    QWidget *buildHistoryTab();
    void showCustomer();
    void showFlags();
    void showConsents();
    void reloadHistory();
    void reloadOrders();
    void showTagFilter();
    Customer editedCustomer() const;
    void showFieldErrors(const QList<FieldError> &errors);
    void updateButtons();
    void showProblem(const QString &text);
    /** Shows the outcome of a save of \a edited; true when it was saved. */
    bool finishSave(const Customer &edited, const Result<CustomerSaveResult> &saved);
    bool requestSale();
    /** Connected: asks for a supervisor's login and password for the server to check. */
    bool requestApprovalFromServer();
    /** The order selected in the orders list when it is a reservation, else invalid. */
    OrderId selectedReservation() const;
    void updateReservationButtons();
    void reservationDone(const Result<Order> &order, const QString &failure);
    void chooseWebAccount();
    QString fieldProblemText(const FieldError &error) const;

    BoxOffice &m_box;
    CustomerId m_id;
    Customer m_customer;
    QList<FlagDefinition> m_flags;
    QList<FlagDefinition> m_definitions;
    QList<ConsentRecord> m_consents;
    bool m_alternativeEmails = false;
    bool m_loading = false;

    QLabel *m_name = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_noteIcon = nullptr;
    QLabel *m_globeIcon = nullptr;
    QHBoxLayout *m_flagRow = nullptr;
    QToolButton *m_addFlag = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_payReservation = nullptr;
    QPushButton *m_cancelReservation = nullptr;
    QHash<int, QLineEdit *> m_edits;
    QHash<int, QLabel *> m_errors;
    QComboBox *m_country = nullptr;
    QComboBox *m_language = nullptr;
    QDateEdit *m_birthday = nullptr;
    QCheckBox *m_hasBirthday = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QWidget *m_alternativeRow = nullptr;
    QLabel *m_alternativeLabel = nullptr;
    QPushButton *m_save = nullptr;
    bool m_saving = false; ///< a save waits for the server's answer
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_webLabel = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_unlink = nullptr;
    CustomerOrdersModel *m_orders = nullptr;
    QTableView *m_ordersView = nullptr;
    QComboBox *m_orderFilter = nullptr;
    QComboBox *m_orderTag = nullptr; ///< subscription or season filter
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_orderCount = nullptr;
    QMap<std::pair<int, int>, QCheckBox *> m_consentBoxes;
    QComboBox *m_consentSource = nullptr;
    ConsentHistoryModel *m_consentHistory = nullptr;
    CustomerHistoryModel *m_history = nullptr;
};

} // namespace parkett
