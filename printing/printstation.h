// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/result.h"
#include "printing/printerstatus.h"
#include "storage/printqueue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace parkett {

class Database;

namespace printing {

/** How printing an order's tickets went. Only printed tickets count; the others wait in the
    queue (never given to the printer) or are unknown (sent, not confirmed). */
struct PrintOutcome
{
    OrderId order;
    QString orderNumber;
    QString printer;
    bool notSold = false; ///< a reservation: it prints nothing until it is paid
    int printed = 0;
    int queued = 0;  ///< left in the queue, never sent
    int unknown = 0; ///< sent without the printer's confirmation: they may have come out
    PrinterState state = PrinterState::Unknown; ///< the printer's state when it stopped
    QString message; ///< what stopped it (the printer's words, or why nothing was sent)

    bool isComplete() const { return queued == 0 && unknown == 0 && message.isEmpty(); }
};

/** The terminal's printing for the desktop client. Print runs, receipts and status queries
    happen on a worker thread with its own connection to the store, so the window never waits
    for a printer: every request returns at once and its result comes as a signal. Settings
    and the printer list are read on the caller's thread (they are small and local).

    A sale is committed before printOrder() is called; a ticket counts as printed only on the
    printer's confirmation and nothing is resent automatically (see runQueue()). */
class PrintStation final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit PrintStation(Clock clock = {}, QObject *parent = nullptr);
    ~PrintStation() override;
    Q_DISABLE_COPY_MOVE(PrintStation)

    /** Opens the store at \a databasePath (a connection for this thread and one for the
        worker), turns jobs a crash left "sent" into "unknown", and reads the settings. */
    Result<void> open(const QString &databasePath);
    bool isOpen() const { return m_db != nullptr; }

    /** Re-reads printers and settings. */
    Result<void> reload();
    const QList<PrinterConfig> &printers() const { return m_printers; }
    QStringList printerNames() const;
    const PrintSettings &settings() const { return m_settings; }
    Result<void> saveSettings(const PrintSettings &settings);
    Result<QList<ChannelName>> channels();
    Result<QList<LayoutAssignment>> layoutAssignments();
    Result<void> assignLayout(const QString &printer, ChannelId channel, const QString &layout);

    /** Where a sale's tickets go: the setting, else the first ticket printer (FGL or ESC/POS),
        else the first printer; empty when none is set up. */
    QString ticketPrinter() const;
    /** Where receipts go: the setting, else the first ESC/POS or page printer; may be empty. */
    QString receiptPrinter() const;

    /** The last state \a printer reported (Unknown before the first answer). */
    PrinterState status(const QString &printer) const
    {
        return m_states.value(printer, PrinterState::Unknown);
    }
    /** Asks \a printer (every printer when empty) for its state, on the worker. */
    void requestStatus(const QString &printer = {});
    /** Asks every printer every \a intervalMs (0 stops); a query still running is not doubled. */
    void startPolling(int intervalMs);

    /** Queues the valid, never printed tickets of the sold \a order on \a printer (the ticket
        printer when empty) and runs that printer's queue; printFinished() tells how it went. */
    void printOrder(OrderId order, const QString &printer = {});
    /** The clerk's answer for \a order's tickets that went to \a printer without its
        confirmation: they came out (counted printed), or they did not (each is reprinted as a
        DUPLICATE with a new code and \a reason, the old code voided, and printed now).
        printFinished() tells how it went. */
    void resolveUnknown(OrderId order,
                        const QString &printer,
                        bool cameOut,
                        const QString &reason = {});
    /** Prints \a order's receipt on \a printer (the receipt printer when empty). */
    void printReceipt(OrderId order, const QString &printer = {});

    /** Runs queued work and waits until the worker is idle (tests and shutdown). */
    void waitForIdle();

    /** The station a widget can use: the one among the direct children of \a object or of
        one of its ancestors (the main window owns it), or nullptr. */
    static PrintStation *find(const QObject *object);

Q_SIGNALS:
    void statusChanged(const QString &printer, parkett::printing::PrinterState state);
    void printFinished(const parkett::printing::PrintOutcome &outcome);
    /** \a error is empty when the receipt went out. */
    void receiptFinished(parkett::OrderId order, const QString &printer, const QString &error);

private:
    class Worker;
    /** Prepares \a order's jobs in the worker (a message in the outcome stops the run). */
    using Prepare = std::function<void(PrintQueue &, const QDateTime &now, PrintOutcome &)>;
    void post(std::function<void(Database &)> job);
    /** Prepares, runs \a printer's queue for \a order, and emits printFinished(). */
    void postRun(OrderId order, const PrinterConfig &printer, Prepare prepare);
    PrinterConfig config(const QString &name) const;

    Clock m_clock;
    QString m_path;
    std::unique_ptr<Database> m_db; ///< this thread's connection
    QList<PrinterConfig> m_printers;
    PrintSettings m_settings;
    QHash<QString, PrinterState> m_states;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; ///< lives in m_thread
    QTimer *m_poll = nullptr;
    bool m_pollRunning = false;
};

} // namespace printing
} // namespace parkett
