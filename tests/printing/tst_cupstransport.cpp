// SPDX-License-Identifier: GPL-3.0-or-later
// Printing through a real CUPS scheduler: a private cupsd on 127.0.0.1 with a raw queue whose
// device is the printer emulator (CUPS's socket backend, as for a networked BOCA). Skipped,
// with the reason, where cupsd cannot run.
#include "printing/fglrenderer.h"
#include "printing/ticketsender.h"
#include "printing/transport.h"

#include "emulatorprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_CupsTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsTheQueue();
    void rawJobReachesThePrinterAndCompletes();
    void unknownQueueIsAnError();

private:
    bool writeFile(const QString &name, const QByteArray &text);

    QTemporaryDir m_dir;
    QTemporaryDir m_printed;
    QProcess m_cupsd;
    EmulatorProcess m_emulator;
    QString m_server;
};

bool tst_CupsTransport::writeFile(const QString &name, const QByteArray &text)
{
    QFile f(m_dir.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

void tst_CupsTransport::initTestCase()
{
    const QString cupsd = QStandardPaths::findExecutable(u"cupsd"_s,
                                                         {u"/usr/sbin"_s, u"/usr/bin"_s});
    const QString lpadmin = QStandardPaths::findExecutable(u"lpadmin"_s,
                                                           {u"/usr/sbin"_s, u"/usr/bin"_s});
    if (cupsd.isEmpty() || lpadmin.isEmpty())
        QSKIP("cupsd or lpadmin is not installed (Debian: cups-daemon, cups-client)");
    if (::geteuid() != 0)
        QSKIP("a private cupsd needs root here (it drops to the lp user for its backends)");
    QVERIFY(m_dir.isValid());
    // The scheduler's helpers run as lp: they must reach the directory.
    QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
    for (const char *sub : {"spool", "tmp", "cache", "state", "out", "ppd"}) {
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)));
        QFile::setPermissions(m_dir.filePath(QString::fromLatin1(sub)),
                              QFileDevice::Permissions(0x7777));
    }
    const int port = 20000 + int(::getpid() % 20000);
    m_server = u"127.0.0.1:%1"_s.arg(port);
    QVERIFY(m_emulator.start(u"fgl"_s, m_printed.path()));
    const QByteArray root = m_dir.path().toUtf8();
    QVERIFY(writeFile(u"cupsd.conf"_s,
                      "Listen 127.0.0.1:" + QByteArray::number(port)
                          + "\n"
                            "ServerName 127.0.0.1\nLogLevel warn\nWebInterface No\n"
                            "DefaultAuthType None\nBrowsing No\n"
                            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                            "<Policy default>\n  <Limit All>\n    Order deny,allow\n    Allow all\n"
                            "  </Limit>\n</Policy>\n"));
    QVERIFY(writeFile(u"cups-files.conf"_s,
                      "ServerRoot " + root + "\nRequestRoot " + root + "/spool\nTempDir " + root
                          + "/tmp\nCacheDir " + root + "/cache\nStateDir " + root
                          + "/state\nErrorLog " + root + "/error_log\nAccessLog " + root
                          + "/access_log\nPageLog " + root
                          + "/page_log\nFileDevice Yes\nServerBin /usr/lib/cups\n"
                            "DataDir /usr/share/cups\n"));
    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(cupsd,
                  {u"-f"_s,
                   u"-c"_s,
                   m_dir.filePath(u"cupsd.conf"_s),
                   u"-s"_s,
                   m_dir.filePath(u"cups-files.conf"_s)});
    if (!m_cupsd.waitForStarted(5000))
        QSKIP("cupsd does not start here");
    QDeadlineTimer deadline(15000);
    bool up = false;
    while (!up && !deadline.hasExpired() && m_cupsd.state() == QProcess::Running) {
        up = bool(cupsPrinters(m_server));
        if (!up)
            QThread::msleep(200);
    }
    if (!up) {
        QFile log(m_dir.filePath(u"error_log"_s));
        log.open(QIODevice::ReadOnly);
        const QByteArray why = m_cupsd.readAll() + log.readAll();
        QSKIP(qPrintable(
            u"cupsd does not answer on %1 here: %2"_s.arg(m_server,
                                                          QString::fromLocal8Bit(why.left(300)))));
    }
    QProcess admin;
    admin.setProcessChannelMode(QProcess::MergedChannels);
    admin.start(lpadmin,
                {u"-h"_s,
                 m_server,
                 u"-p"_s,
                 u"Boca_Test"_s,
                 u"-v"_s,
                 u"socket://127.0.0.1:%1"_s.arg(m_emulator.port()),
                 u"-E"_s});
    QVERIFY(admin.waitForFinished(15000));
    QVERIFY2(admin.exitCode() == 0, admin.readAll().constData());
}

void tst_CupsTransport::cleanupTestCase()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(5000))
            m_cupsd.kill();
        m_cupsd.waitForFinished(5000);
    }
}

void tst_CupsTransport::listsTheQueue()
{
    auto printers = cupsPrinters(m_server);
    QVERIFY(printers);
    bool found = false;
    for (const CupsPrinter &p : *printers) {
        if (p.name == u"Boca_Test") {
            found = true;
            QVERIFY2(p.uri.startsWith(u"socket://127.0.0.1:"_s), qPrintable(p.uri));
        }
    }
    QVERIFY(found);
}

void tst_CupsTransport::rawJobReachesThePrinterAndCompletes()
{
    const QByteArray ticket = *FglRenderer(*TicketLayout::defaultLayout(u"boca-200"_s))
                                   .render(TicketData::sample());
    CupsTransport cups(u"Boca_Test"_s, m_server);
    QVERIFY(cups.open());
    TicketSender sender(cups, PrinterLanguage::Fgl, 20000);
    QCOMPARE(sender.status(), PrinterState::Unknown); // CUPS says nothing about the printer
    const SendOutcome o = sender.send(ticket);
    QVERIFY2(o.kind == SendOutcome::Kind::Confirmed, qPrintable(o.message));
    QVERIFY(cups.lastJob() > 0);
    QCOMPARE(*cups.jobState(cups.lastJob()), u"completed"_s);
    // Raw: the printer got the FGL byte for byte.
    QCOMPARE(m_emulator.printed(), QList<QByteArray>{ticket});
}

void tst_CupsTransport::unknownQueueIsAnError()
{
    CupsTransport cups(u"No_Such_Queue"_s, m_server);
    QVERIFY(!cups.write("<p>"));
}

QTEST_GUILESS_MAIN(tst_CupsTransport)
#include "tst_cupstransport.moc"
