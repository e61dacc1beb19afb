// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace parkett::printing {

/** A connection to one printer. Blocking with timeouts: it runs in the print worker, never
    on the GUI thread. */
class PrinterTransport
{
public:
    virtual ~PrinterTransport() = default;

    virtual Result<void> open() = 0;
    virtual void close() = 0;
    virtual Result<void> write(const QByteArray &bytes) = 0;
    /** What the printer sent back: waits up to \a timeoutMs for the first byte, then takes
        what is there. Empty when nothing came; an error when the connection is gone. */
    virtual Result<QByteArray> read(int timeoutMs) = 0;
    /** False for one-way connections (a spooler queue): they never report status. */
    virtual bool canReadBack() const = 0;
    virtual QString description() const = 0;
};

/** Raw TCP, port 9100 by default; BOCA and ESC/POS printers answer on the same socket. */
class TcpTransport final : public PrinterTransport
{
public:
    TcpTransport(QString host, quint16 port, int connectTimeoutMs = 3000);
    ~TcpTransport() override;
    Q_DISABLE_COPY_MOVE(TcpTransport)

    Result<void> open() override;
    void close() override;
    Result<void> write(const QByteArray &bytes) override;
    Result<QByteArray> read(int timeoutMs) override;
    bool canReadBack() const override { return true; }
    QString description() const override;

private:
    QString m_host;
    quint16 m_port;
    int m_connectTimeoutMs;
    int m_fd = -1;
};

/** A printer device file: /dev/usb/lp0 (usblp) or a serial port set up beforehand. */
class DeviceFileTransport final : public PrinterTransport
{
public:
    explicit DeviceFileTransport(QString path);
    ~DeviceFileTransport() override;
    Q_DISABLE_COPY_MOVE(DeviceFileTransport)

    Result<void> open() override;
    void close() override;
    Result<void> write(const QByteArray &bytes) override;
    Result<QByteArray> read(int timeoutMs) override;
    bool canReadBack() const override { return m_readable; }
    QString description() const override { return m_path; }

private:
    QString m_path;
    int m_fd = -1;
    bool m_readable = false;
};

/** A raw job on a CUPS queue (libcups). One job per write(); the printer's own status is
    not available through CUPS, only the job's state. */
class CupsTransport final : public PrinterTransport
{
public:
    explicit CupsTransport(QString queue, QString server = {});

    Result<void> open() override;
    void close() override {}
    Result<void> write(const QByteArray &bytes) override;
    Result<QByteArray> read(int) override { return QByteArray(); }
    bool canReadBack() const override { return false; }
    QString description() const override;

    int lastJob() const { return m_lastJob; }
    /** The CUPS job state name: pending, held, processing, stopped, canceled, aborted,
        completed. */
    Result<QString> jobState(int job) const;
    /** Waits up to \a timeoutMs for \a job to end; returns its final state name. */
    Result<QString> waitForJob(int job, int timeoutMs) const;

private:
    QString m_queue;
    QString m_server;
    int m_lastJob = 0;
};

struct CupsPrinter
{
    QString name;
    QString info;
    QString uri;
    bool isDefault = false;
    QString state; ///< idle, processing, stopped
};

/** The queues CUPS knows (\a server empty = the default server). */
Result<QList<CupsPrinter>> cupsPrinters(const QString &server = {});

/** A transport for "tcp://HOST[:PORT]", "file:///dev/usb/lp0" or "cups://QUEUE". */
Result<std::unique_ptr<PrinterTransport>> transportForUri(const QString &uri);

} // namespace parkett::printing
