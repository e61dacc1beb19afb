// SPDX-License-Identifier: GPL-3.0-or-later
// parkett-printer-emulator: a networked BOCA (FGL) or ESC/POS printer on loopback, for tests
// and by hand. It stores each ticket it prints as a file, acknowledges FGL tickets like a
// BOCA (ACK after each, status byte on <S1>), answers ESC/POS DLE EOT, and runs into a fault
// when told: on the command line (--fault KIND --fault-at N: the N-th ticket meets it) or
// by a line on standard input (paper-out, jam, offline, cover-open, reload, quit).
// Like a BOCA, it keeps the tickets it could not print and prints them after "reload".
#include "escposparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

enum class Fault { None, PaperOut, Jam, Offline, CoverOpen };

Fault faultFromName(const QString &name)
{
    if (name == u"paper-out")
        return Fault::PaperOut;
    if (name == u"jam")
        return Fault::Jam;
    if (name == u"offline")
        return Fault::Offline;
    if (name == u"cover-open")
        return Fault::CoverOpen;
    return Fault::None;
}

class Emulator final : public QObject
{
public:
    Emulator(bool fgl, QString outDir, Fault fault, int faultAt)
        : m_fgl(fgl)
        , m_outDir(std::move(outDir))
        , m_pendingFault(fault)
        , m_faultAt(faultAt)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    bool listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }

    void control(const QString &line)
    {
        const QString cmd = line.trimmed();
        if (cmd == u"reload" || cmd == u"ok") {
            const bool wasOffline = m_fault == Fault::Offline;
            m_fault = Fault::None;
            if (wasOffline)
                listen(m_lastPort);
            // The printer prints what it held, as a BOCA does after paper is loaded.
            const QList<QByteArray> held = std::exchange(m_held, {});
            for (const QByteArray &t : held)
                print(t);
            if (m_fgl && m_socket)
                m_socket->write(QByteArray(1, char(12))); // paper loaded
        } else if (cmd == u"quit") {
            QCoreApplication::quit();
        } else if (faultFromName(cmd) != Fault::None) {
            enterFault(faultFromName(cmd));
        }
        report(QStringLiteral("state %1").arg(cmd));
    }

private:
    void report(const QString &line) { QTextStream(stdout) << line << Qt::endl; }

    void accept()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            if (m_fault == Fault::Offline) {
                s->abort();
                s->deleteLater();
                continue;
            }
            m_socket = s;
            m_buffer.clear();
            connect(s, &QTcpSocket::readyRead, this, [this, s] { received(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

    void enterFault(Fault f)
    {
        m_fault = f;
        if (f == Fault::Offline) {
            m_lastPort = m_server.serverPort();
            m_server.close();
            if (m_socket)
                m_socket->abort();
            return;
        }
        if (m_fgl && m_socket)
            m_socket->write(QByteArray(1, char(statusByte())));
    }

    quint8 statusByte() const
    {
        switch (m_fault) {
        case Fault::PaperOut:
            return 16;
        case Fault::Jam:
            return 24;
        case Fault::CoverOpen:
            return 21;
        default:
            return 17;
        }
    }

    void print(const QByteArray &ticket)
    {
        ++m_printed;
        const QString name = QStringLiteral("ticket-%1.%2")
                                 .arg(m_printed, 4, 10, QLatin1Char('0'))
                                 .arg(m_fgl ? QStringLiteral("fgl") : QStringLiteral("escpos"));
        QFile f(QDir(m_outDir).filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(ticket);
        f.close();
        if (m_fgl && m_socket)
            m_socket->write(QByteArray(1, char(6)));
        report(QStringLiteral("printed %1").arg(name));
    }

    /** A complete ticket arrived: print it, or meet the fault and hold it. */
    void ticket(const QByteArray &bytes)
    {
        ++m_received;
        if (m_pendingFault != Fault::None && m_received == m_faultAt) {
            enterFault(std::exchange(m_pendingFault, Fault::None));
            if (m_fault == Fault::Offline)
                return; // gone mid-ticket: nothing printed, nothing said
        }
        if (m_fault != Fault::None) {
            m_held.append(bytes);
            report(QStringLiteral("held %1").arg(m_held.size()));
            return;
        }
        print(bytes);
    }

    void received(QTcpSocket *s)
    {
        m_buffer.append(s->readAll());
        if (m_fgl)
            scanFgl();
        else
            scanEscPos();
    }

    void scanFgl()
    {
        qsizetype i = 0;
        qsizetype ticketStart = 0;
        while (i < m_buffer.size()) {
            if (m_buffer.at(i) != '<') {
                ++i;
                continue;
            }
            const qsizetype end = m_buffer.indexOf('>', i);
            if (end < 0)
                break;
            const QByteArray cmd = m_buffer.mid(i + 1, end - i - 1);
            qsizetype next = end + 1;
            if (cmd.startsWith('G')) {
                bool ok = false;
                const int n = cmd.mid(1).toInt(&ok);
                if (ok && next + n > m_buffer.size())
                    break; // graphics still coming
                if (ok)
                    next += n;
            }
            if (cmd == "S1" || cmd == "S2") {
                m_buffer.remove(i, next - i);
                if (m_socket) {
                    if (cmd == "S1")
                        m_socket->write(QByteArray(1, char(statusByte())));
                    else
                        m_socket->write(QStringLiteral("%1 PROM = FGL46EMU\r")
                                            .arg(m_printed, 7, 10, QLatin1Char('0'))
                                            .toLatin1());
                }
                continue;
            }
            i = next;
            if (cmd == "p" || cmd == "q") {
                const QByteArray t = m_buffer.mid(ticketStart, i - ticketStart);
                m_buffer.remove(0, i);
                i = 0;
                ticketStart = 0;
                ticket(t);
                if (!m_socket)
                    return;
            }
        }
    }

    quint8 escPosStatus(int n) const
    {
        quint8 b = 0x12;
        switch (n) {
        case 1:
            return m_fault != Fault::None ? quint8(b | 0x08) : b;
        case 2:
            if (m_fault == Fault::CoverOpen)
                b |= 0x04;
            if (m_fault == Fault::PaperOut)
                b |= 0x20;
            if (m_fault == Fault::Jam)
                b |= 0x40;
            return b;
        case 3:
            return m_fault == Fault::Jam ? quint8(b | 0x20) : b;
        default:
            return m_fault == Fault::PaperOut ? quint8(b | 0x60) : b;
        }
    }

    void scanEscPos()
    {
        const parkett::test::EscPosParse parsed = parkett::test::parseEscPos(m_buffer);
        // Status requests are answered at once, wherever they are in the stream.
        qsizetype cut = -1;
        for (const auto &e : parsed.events) {
            if (e.kind == parkett::test::EscPosEvent::Kind::Status && m_socket)
                m_socket->write(QByteArray(1, char(escPosStatus(e.value))));
            if (e.kind == parkett::test::EscPosEvent::Kind::Cut)
                cut = 1;
        }
        if (cut < 0) {
            // Only status requests so far: drop them, keep a ticket in progress.
            if (parsed.consumed == m_buffer.size()) {
                bool onlyStatus = true;
                for (const auto &e : parsed.events)
                    onlyStatus = onlyStatus && e.kind == parkett::test::EscPosEvent::Kind::Status;
                if (onlyStatus)
                    m_buffer.clear();
            }
            return;
        }
        // A ticket ends with its cut; everything up to it is the ticket.
        const qsizetype end = m_buffer.indexOf(QByteArray("\x1dV", 2));
        const qsizetype length = end + 4;
        QByteArray t = m_buffer.left(length);
        m_buffer.remove(0, length);
        // Status requests in front of the ticket were answered already.
        while (t.startsWith(QByteArray("\x10\x04", 2)))
            t.remove(0, 3);
        ticket(t);
        if (!m_buffer.isEmpty())
            scanEscPos();
    }

    bool m_fgl;
    QString m_outDir;
    Fault m_pendingFault;
    int m_faultAt;
    Fault m_fault = Fault::None;
    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QList<QByteArray> m_held;
    int m_received = 0;
    int m_printed = 0;
    quint16 m_lastPort = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A BOCA / ESC/POS printer on 127.0.0.1"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("language"),
         QStringLiteral("fgl or escpos"),
         QStringLiteral("L"),
         QStringLiteral("fgl")},
        {QStringLiteral("port"),
         QStringLiteral("TCP port (0 = any free one)"),
         QStringLiteral("PORT"),
         QStringLiteral("0")},
        {QStringLiteral("out"),
         QStringLiteral("directory for printed tickets"),
         QStringLiteral("DIR"),
         QStringLiteral(".")},
        {QStringLiteral("fault"),
         QStringLiteral("paper-out, jam, offline or cover-open"),
         QStringLiteral("KIND")},
        {QStringLiteral("fault-at"),
         QStringLiteral("the ticket that meets the fault (1 = first)"),
         QStringLiteral("N"),
         QStringLiteral("1")},
    });
    parser.process(app);
    const QString language = parser.value(QStringLiteral("language"));
    if (language != u"fgl" && language != u"escpos") {
        QTextStream(stderr) << "parkett-printer-emulator: --language is fgl or escpos\n";
        return 2;
    }
    const Fault fault = faultFromName(parser.value(QStringLiteral("fault")));
    if (parser.isSet(QStringLiteral("fault")) && fault == Fault::None) {
        QTextStream(stderr) << "parkett-printer-emulator: unknown --fault\n";
        return 2;
    }
    Emulator emulator(language == u"fgl",
                      parser.value(QStringLiteral("out")),
                      fault,
                      parser.value(QStringLiteral("fault-at")).toInt());
    if (!emulator.listen(quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        QTextStream(stderr) << "parkett-printer-emulator: cannot listen\n";
        return 1;
    }
    QTextStream(stdout) << "listening 127.0.0.1 " << emulator.port() << Qt::endl;

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &emulator, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            return;
        }
        pending.append(buffer, n);
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            emulator.control(QString::fromUtf8(pending.left(nl)));
            pending.remove(0, nl + 1);
        }
    });
    return app.exec();
}
