// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "printing/printerstatus.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QMainWindow;

namespace parkett {

class PrinterStatusLabel;

namespace printing {
class PrintStation;
struct PrintOutcome;
} // namespace printing

/** The main window's side of printing: a status-bar label per printer kept current by the
    station's polling, the tickets (and, when the settings ask, the receipt) of each sale
    sent to the terminal's printers, and what the clerk must know when a printer fails: its
    state, what to do, and which tickets did not come out. Nothing is resent by itself;
    "Print the rest" is the clerk's decision. */
class PrintDesk final : public QObject
{
    Q_OBJECT

public:
    /** Shows the printers in \a window's status bar. \a station must outlive this object. */
    PrintDesk(printing::PrintStation &station, QMainWindow *window);

    printing::PrintStation &station() const { return m_station; }
    PrinterStatusLabel *statusLabel(const QString &printer) const
    {
        return m_labels.value(printer);
    }
    /** "Print tickets…" and "Print receipt" for an order view, working through the station
        that owns \a parent's window; nullptr when there is none (no printing set up). */
    static QWidget *orderButtons(OrderId order, bool sold, int tickets, QWidget *parent);
    /** The print dialog for \a order's tickets: the printer's state (asked again in the
        background), and on Print the tickets go through the station's queue. */
    static void printWithDialog(printing::PrintStation &station,
                                OrderId order,
                                int tickets,
                                QWidget *parent);

    /** The last failure message box, for tests (nullptr when none is open). */
    QMessageBox *failureBox() const { return m_failure; }

public Q_SLOTS:
    /** A sale or reservation was committed: a sale's tickets print now. */
    void orderPlaced(parkett::OrderId order);
    /** The printers or settings changed: new labels, new polling. */
    void reload();
    /** The print settings (printers per terminal, layouts per channel). */
    void editSettings();

private:
    void finished(const printing::PrintOutcome &outcome);
    void showStatus(const QString &printer, printing::PrinterState state);

    printing::PrintStation &m_station;
    QMainWindow *m_window;
    QHash<QString, PrinterStatusLabel *> m_labels;
    QHash<OrderId, bool> m_automatic; ///< orders printed because they were just sold
    QPointer<QMessageBox> m_failure;
};

} // namespace parkett
