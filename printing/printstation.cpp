// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/printstation.h"

#include "printing/ticketprinting.h"
#include "storage/database.h"
#include "storage/salesservice.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace parkett::printing {

/** Lives in the print thread and owns that thread's connection to the store. */
class PrintStation::Worker final : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {}

    /** The connection, opened on first use in the worker's thread. */
    Database *database()
    {
        if (!m_db) {
            auto db = Database::open(m_path);
            if (db)
                m_db = std::move(*db);
            else
                m_error = db.error().message;
        }
        return m_db.get();
    }
    QString openError() const { return m_error; }
    void close() { m_db.reset(); }

private:
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_db;
};

PrintStation::PrintStation(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    setObjectName(QStringLiteral("printStation"));
}

PrintStation::~PrintStation()
{
    if (m_thread) {
        // The worker's connection closes in its own thread, then the thread ends.
        auto *worker = static_cast<Worker *>(m_worker);
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

Result<void> PrintStation::open(const QString &databasePath)
{
    auto db = Database::open(databasePath);
    if (!db)
        return db.error();
    m_db = std::move(*db);
    m_path = databasePath;
    // Whatever a crashed client left "sent" may have come out: unknown, never resent.
    if (auto r = PrintQueue(*m_db).recover(m_clock()); !r)
        return r.error();
    if (auto r = reload(); !r)
        return r;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("print"));
    m_worker = new Worker(databasePath);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    return {};
}

Result<void> PrintStation::reload()
{
    if (!m_db)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("printing is not open"));
    PrintQueue queue(*m_db);
    auto printers = queue.printers();
    if (!printers)
        return printers.error();
    auto settings = queue.settings();
    if (!settings)
        return settings.error();
    m_printers = *printers;
    m_settings = *settings;
    return {};
}

QStringList PrintStation::printerNames() const
{
    QStringList out;
    for (const PrinterConfig &p : m_printers)
        out.append(p.name);
    return out;
}

Result<void> PrintStation::saveSettings(const PrintSettings &settings)
{
    if (!m_db)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("printing is not open"));
    if (auto r = PrintQueue(*m_db).saveSettings(settings); !r)
        return r;
    m_settings = settings;
    return {};
}

Result<QList<ChannelName>> PrintStation::channels()
{
    if (!m_db)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("printing is not open"));
    return PrintQueue(*m_db).channels();
}

Result<QList<LayoutAssignment>> PrintStation::layoutAssignments()
{
    if (!m_db)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("printing is not open"));
    return PrintQueue(*m_db).layoutAssignments();
}

Result<void> PrintStation::assignLayout(const QString &printer,
                                        ChannelId channel,
                                        const QString &layout)
{
    if (!m_db)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("printing is not open"));
    if (!layout.isEmpty()) {
        auto l = loadLayout(layout);
        if (!l)
            return l.error();
        // A layout is made for one printer language: a BOCA layout on a thermal printer
        // would print, but not as designed.
        const PrinterConfig p = config(printer);
        if (!p.name.isEmpty() && languageName(l->language) != p.language)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The layout %1 is for %2 printers; %3 prints %4.")
                                 .arg(layout, languageName(l->language), p.name, p.language));
    }
    return PrintQueue(*m_db).assignLayout(printer, channel, layout);
}

QString PrintStation::ticketPrinter() const
{
    if (!m_settings.ticketPrinter.isEmpty())
        return m_settings.ticketPrinter;
    for (const PrinterConfig &p : m_printers) {
        if (p.language == u"fgl" || p.language == u"escpos")
            return p.name;
    }
    return m_printers.isEmpty() ? QString() : m_printers.first().name;
}

QString PrintStation::receiptPrinter() const
{
    if (!m_settings.receiptPrinter.isEmpty())
        return m_settings.receiptPrinter;
    for (const PrinterConfig &p : m_printers) {
        if (p.language == u"escpos" || p.language == u"page")
            return p.name;
    }
    return {};
}

PrinterConfig PrintStation::config(const QString &name) const
{
    for (const PrinterConfig &p : m_printers) {
        if (p.name == name)
            return p;
    }
    return {};
}

void PrintStation::post(std::function<void(Database &)> job)
{
    if (!m_worker)
        return;
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(
        worker,
        [worker, job = std::move(job)] {
            if (Database *db = worker->database())
                job(*db);
        },
        Qt::QueuedConnection);
}

void PrintStation::requestStatus(const QString &printer)
{
    QList<PrinterConfig> asked;
    for (const PrinterConfig &p : m_printers) {
        if (printer.isEmpty() || p.name == printer)
            asked.append(p);
    }
    if (asked.isEmpty() || !m_worker)
        return;
    const bool poll = printer.isEmpty();
    if (poll)
        m_pollRunning = true;
    post([this, asked, poll](Database &) {
        for (const PrinterConfig &p : asked) {
            const PrinterState state = queryStatus(p, 2000);
            QMetaObject::invokeMethod(
                this,
                [this, name = p.name, state] {
                    m_states.insert(name, state);
                    Q_EMIT statusChanged(name, state);
                },
                Qt::QueuedConnection);
        }
        if (poll)
            QMetaObject::invokeMethod(
                this, [this] { m_pollRunning = false; }, Qt::QueuedConnection);
    });
}

void PrintStation::startPolling(int intervalMs)
{
    if (intervalMs <= 0) {
        if (m_poll)
            m_poll->stop();
        return;
    }
    if (!m_poll) {
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, [this] {
            // A printer that does not answer takes seconds; never pile queries up behind it.
            if (!m_pollRunning)
                requestStatus();
        });
    }
    m_poll->start(intervalMs);
    requestStatus();
}

void PrintStation::printOrder(OrderId order, const QString &printerName)
{
    const QString name = printerName.isEmpty() ? ticketPrinter() : printerName;
    const PrinterConfig printer = config(name);
    if (printer.name.isEmpty() || !m_worker) {
        PrintOutcome o;
        o.order = order;
        o.printer = name;
        o.message = name.isEmpty() ? tr("No ticket printer is set up for this terminal.")
                                   : tr("The printer %1 is not set up.").arg(name);
        Q_EMIT printFinished(o);
        return;
    }
    postRun(order,
            printer,
            [order, printer](PrintQueue &queue, const QDateTime &now, PrintOutcome &o) {
                auto hasQueued = [&] {
                    auto jobs = queue.jobsOfOrder(order);
                    if (!jobs)
                        return false;
                    for (const PrintJob &j : *jobs) {
                        if (j.printer == printer.name && j.state == PrintJobState::Queued)
                            return true;
                    }
                    return false;
                };
                auto jobs = queue.enqueueOrder(order, printer.name, now);
                // Tickets printed before need a reprint with a reason; the ones still queued (after
                // a printer failure) go now, as the clerk asked.
                if (!jobs && !(jobs.error().code == ErrorCode::Conflict && hasQueued()))
                    o.message = jobs.error().message;
            });
}

void PrintStation::resolveUnknown(OrderId order,
                                  const QString &printerName,
                                  bool cameOut,
                                  const QString &reason)
{
    const PrinterConfig printer = config(printerName);
    if (printer.name.isEmpty() || !m_worker)
        return;
    postRun(order,
            printer,
            [order, printer, cameOut, reason](PrintQueue &queue,
                                              const QDateTime &now,
                                              PrintOutcome &o) {
                auto jobs = queue.jobsOfOrder(order);
                if (!jobs) {
                    o.message = jobs.error().message;
                    return;
                }
                for (const PrintJob &j : *jobs) {
                    if (j.printer != printer.name || j.state != PrintJobState::Unknown)
                        continue;
                    // It came out: counted printed. It did not: a DUPLICATE with a new code
                    // replaces it (the old code no longer admits) and goes to the queue.
                    Result<void> r;
                    if (cameOut) {
                        r = queue.markPrinted(j.id, now);
                    } else if (auto again = queue.reprint(j.ticket,
                                                          printer.name,
                                                          reason,
                                                          SalesService::randomBarcode(),
                                                          UserId(),
                                                          now);
                               !again) {
                        r = again.error();
                    }
                    if (!r) {
                        o.message = r.error().message;
                        return;
                    }
                    if (cameOut)
                        ++o.printed;
                }
            });
}

void PrintStation::postRun(OrderId order, const PrinterConfig &printer, Prepare prepare)
{
    const QDateTime now = m_clock();
    post([this, order, printer, now, prepare = std::move(prepare)](Database &db) {
        PrintOutcome o;
        o.order = order;
        o.printer = printer.name;
        PrintQueue queue(db);
        if (auto info = queue.receiptInfo(order)) {
            o.orderNumber = info->orderNumber;
            o.notSold = info->status != u"sold";
        }
        if (o.notSold)
            o.message = tr("Order %1 is not paid: its tickets print once it is sold.")
                            .arg(o.orderNumber);
        else
            prepare(queue, now, o);
        if (!o.message.isEmpty()) {
            // Nothing goes to the printer.
        } else if (auto run = runPrinterQueue(db, printer, now, 15000, order); !run) {
            o.state = PrinterState::Offline;
            o.message = run.error().message;
        } else {
            o.printed += run->printed;
            o.state = run->stoppedAt != 0 || run->leftQueued > 0 ? run->stop.state
                                                                 : PrinterState::Ready;
            if (run->stoppedAt != 0 || run->leftQueued > 0)
                o.message = run->stop.message.isEmpty() ? stateText(run->stop.state)
                                                        : run->stop.message;
        }
        if (auto jobs = queue.jobsOfOrder(order)) {
            for (const PrintJob &j : *jobs) {
                if (j.printer != printer.name)
                    continue;
                if (j.state == PrintJobState::Queued)
                    ++o.queued;
                else if (j.state == PrintJobState::Unknown || j.state == PrintJobState::Sent)
                    ++o.unknown;
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, o] {
                if (o.state != PrinterState::Unknown || !o.message.isEmpty()) {
                    m_states.insert(o.printer, o.state);
                    Q_EMIT statusChanged(o.printer, o.state);
                }
                Q_EMIT printFinished(o);
            },
            Qt::QueuedConnection);
    });
}

void PrintStation::printReceipt(OrderId order, const QString &printerName)
{
    const QString name = printerName.isEmpty() ? receiptPrinter() : printerName;
    const PrinterConfig printer = config(name);
    if (printer.name.isEmpty() || !m_worker) {
        Q_EMIT receiptFinished(order,
                               name,
                               name.isEmpty()
                                   ? tr("No receipt printer is set up for this terminal.")
                                   : tr("The printer %1 is not set up.").arg(name));
        return;
    }
    const QString terminal = m_settings.terminal;
    post([this, order, printer, terminal](Database &db) {
        const auto r = printing::printReceipt(db, order, printer, terminal);
        const QString error = r ? QString() : r.error().message;
        QMetaObject::invokeMethod(
            this,
            [this, order, name = printer.name, error] {
                Q_EMIT receiptFinished(order, name, error);
            },
            Qt::QueuedConnection);
    });
}

void PrintStation::waitForIdle()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

PrintStation *PrintStation::find(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        if (auto *station = o->findChild<PrintStation *>(QString(), Qt::FindDirectChildrenOnly))
            return station;
    }
    return nullptr;
}

} // namespace parkett::printing
