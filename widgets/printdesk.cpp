// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printdesk.h"

#include "printing/printstation.h"
#include "widgets/printdialog.h"
#include "widgets/printsettingsdialog.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace parkett {

using namespace parkett::printing;

namespace {
constexpr int kPollMs = 5000;
}

PrintDesk::PrintDesk(PrintStation &station, QMainWindow *window)
    : QObject(window)
    , m_station(station)
    , m_window(window)
{
    setObjectName(QStringLiteral("printDesk"));
    connect(&m_station, &PrintStation::statusChanged, this, &PrintDesk::showStatus);
    connect(&m_station, &PrintStation::printFinished, this, &PrintDesk::finished);
    connect(&m_station,
            &PrintStation::receiptFinished,
            this,
            [this](OrderId, const QString &printer, const QString &error) {
                if (error.isEmpty()) {
                    m_window->statusBar()->showMessage(tr("Receipt printed on %1.").arg(printer),
                                                       8000);
                    return;
                }
                auto *box = new QMessageBox(QMessageBox::Warning,
                                            tr("Receipt not printed"),
                                            tr("The receipt was not printed on %1.").arg(printer),
                                            QMessageBox::Close,
                                            m_window);
                box->setObjectName(QStringLiteral("receiptFailure"));
                box->setInformativeText(error);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    reload();
}

void PrintDesk::reload()
{
    (void) m_station.reload();
    const QStringList names = m_station.printerNames();
    for (auto it = m_labels.begin(); it != m_labels.end();) {
        if (!names.contains(it.key())) {
            m_window->statusBar()->removeWidget(it.value());
            it.value()->deleteLater();
            it = m_labels.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &name : names) {
        if (m_labels.contains(name))
            continue;
        auto *label = new PrinterStatusLabel(m_window);
        label->setObjectName(QStringLiteral("printerStatus-%1").arg(name));
        label->setState(name, m_station.status(name));
        // Before the database and mode labels: the printer is what the clerk watches.
        m_window->statusBar()->insertPermanentWidget(0, label);
        m_labels.insert(name, label);
    }
    m_station.startPolling(names.isEmpty() ? 0 : kPollMs);
}

void PrintDesk::showStatus(const QString &printer, PrinterState state)
{
    if (PrinterStatusLabel *label = m_labels.value(printer))
        label->setState(printer, state);
}

void PrintDesk::orderPlaced(OrderId order)
{
    if (m_station.ticketPrinter().isEmpty())
        return; // a terminal without printers sells without printing
    m_automatic.insert(order, true);
    m_station.printOrder(order);
}

void PrintDesk::finished(const PrintOutcome &o)
{
    const bool automatic = m_automatic.take(o.order);
    if (o.notSold)
        return; // a reservation: nothing to print yet
    if (automatic && m_station.settings().receiptAfterSale && !m_station.receiptPrinter().isEmpty())
        m_station.printReceipt(o.order);
    if (o.isComplete()) {
        m_window->statusBar()->showMessage(tr("Order %1: %n ticket(s) printed on %2.",
                                              nullptr,
                                              o.printed)
                                               .arg(o.orderNumber, o.printer),
                                           8000);
        return;
    }
    if (m_failure)
        m_failure->close();
    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("printFailure"));
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Tickets not printed"));
    box->setText(tr("Order %1 is saved, but not all of its tickets were printed on %2.")
                     .arg(o.orderNumber, o.printer));
    QStringList lines;
    lines << tr("Printer: %1.").arg(stateText(o.state));
    if (const QString todo = whatToDo(o.state); !todo.isEmpty())
        lines << todo;
    if (o.printed > 0)
        lines << tr("%n ticket(s) printed.", nullptr, o.printed);
    if (o.unknown > 0)
        lines << tr("%n ticket(s) went to the printer without its confirmation: check whether "
                    "they came out before anything is printed again (a missing ticket is "
                    "reprinted with a reason, as a duplicate).",
                    nullptr,
                    o.unknown);
    if (o.queued > 0)
        lines << tr("%n ticket(s) were not sent and wait in the queue.", nullptr, o.queued);
    lines << tr("Nothing is resent automatically.");
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    if (!o.message.isEmpty())
        box->setDetailedText(o.message);
    box->addButton(QMessageBox::Close);
    if (o.unknown > 0) {
        // The clerk looked at the printer: what came out counts, what did not is reprinted
        // (a new code; the old one no longer admits), never simply sent again.
        QPushButton *cameOut = box->addButton(tr("They &came out"), QMessageBox::AcceptRole);
        cameOut->setObjectName(QStringLiteral("cameOutButton"));
        connect(cameOut, &QPushButton::clicked, this, [this, order = o.order, printer = o.printer] {
            m_station.resolveUnknown(order, printer, true);
        });
        QPushButton *reprint = box->addButton(tr("Re&print them…"), QMessageBox::ActionRole);
        reprint->setObjectName(QStringLiteral("reprintButton"));
        connect(reprint, &QPushButton::clicked, this, [this, order = o.order, printer = o.printer] {
            bool ok = false;
            const QString reason = QInputDialog::getText(m_window,
                                                         tr("Reprint"),
                                                         tr("Reason for the reprint (kept in the "
                                                            "order's history):"),
                                                         QLineEdit::Normal,
                                                         tr("Did not come out of the printer"),
                                                         &ok)
                                       .trimmed();
            if (ok && !reason.isEmpty())
                m_station.resolveUnknown(order, printer, false, reason);
        });
    }
    if (o.queued > 0) {
        QPushButton *rest = box->addButton(tr("Print the &rest"), QMessageBox::AcceptRole);
        rest->setObjectName(QStringLiteral("printRestButton"));
        connect(rest, &QPushButton::clicked, this, [this, order = o.order, printer = o.printer] {
            m_station.printOrder(order, printer);
        });
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_failure = box;
    box->open();
}

QWidget *PrintDesk::orderButtons(OrderId order, bool sold, int tickets, QWidget *parent)
{
    PrintStation *station = PrintStation::find(parent);
    if (!station || station->printers().isEmpty())
        return nullptr;
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *ticketsButton = new QPushButton(tr("Print &tickets…"), box);
    ticketsButton->setObjectName(QStringLiteral("printTicketsButton"));
    ticketsButton->setEnabled(sold);
    ticketsButton->setToolTip(sold ? tr("Tickets not printed yet go to the chosen printer; a "
                                        "second copy is a reprint with a reason.")
                                   : tr("A reservation prints once it is paid."));
    auto *receiptButton = new QPushButton(tr("Print r&eceipt"), box);
    receiptButton->setObjectName(QStringLiteral("printReceiptButton"));
    receiptButton->setEnabled(!station->receiptPrinter().isEmpty());
    layout->addWidget(ticketsButton);
    layout->addWidget(receiptButton);
    layout->addStretch(1);
    QPointer<PrintStation> weak(station);
    connect(ticketsButton, &QPushButton::clicked, box, [weak, order, tickets, box] {
        if (weak)
            printWithDialog(*weak, order, tickets, box->window());
    });
    connect(receiptButton, &QPushButton::clicked, box, [weak, order] {
        if (weak)
            weak->printReceipt(order);
    });
    return box;
}

void PrintDesk::printWithDialog(PrintStation &station, OrderId order, int tickets, QWidget *parent)
{
    QPointer<PrintStation> weak(&station);
    PrintDialog dialog(
        station.printerNames(),
        [weak](const QString &printer) {
            if (!weak)
                return PrinterState::Unknown;
            weak->requestStatus(printer); // the answer comes through setStatus()
            return weak->status(printer);
        },
        tickets,
        parent);
    dialog.setPrinter(station.ticketPrinter());
    connect(&station, &PrintStation::statusChanged, &dialog, &PrintDialog::setStatus);
    if (dialog.exec() == QDialog::Accepted && weak)
        weak->printOrder(order, dialog.printer());
}

void PrintDesk::editSettings()
{
    PrintSettingsDialog dialog(m_station, m_window);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace parkett
