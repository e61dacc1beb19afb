// SPDX-License-Identifier: GPL-3.0-or-later
// The client's printing as the clerk sees it, offscreen, against the printer emulator: a sale
// prints its tickets on the terminal's printer, the status bar shows the printer's state, a
// printer failure says what happened and what to do, the settings assign layouts per channel.
// With PARKETT_SCREENSHOT_DIR set it also saves the pictures of docs/screenshots.
#include "models/boxoffice.h"
#include "printing/printstation.h"
#include "printing/receipt.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/printqueue.h"
#include "widgets/mainwindow.h"
#include "widgets/orderconfirmationdialog.h"
#include "widgets/printdesk.h"
#include "widgets/printdialog.h"
#include "widgets/printsettingsdialog.h"
#include "widgets/salesscreen.h"

#include "tests/printing/emulatorprocess.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_PrintDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saleTicketsPrintAndTheStatusBarShowsThePrinter();
    void printerFailureSaysWhatToDo();
    void receiptAfterSaleWhenTheSettingAsks();
    void settingsAssignLayoutsPerChannel();
    void screenshots();

private:
    /** Starts the window with \a printers (name, language, port) set up, as the app does. */
    void startWindow(const QList<std::tuple<QString, QString, quint16>> &printers,
                     const PrintSettings &settings = {});
    /** Sells the first performance's two best seats at the counter. */
    OrderConfirmationDialog *sellTwo();

    QDateTime m_now;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<BoxOffice> m_boxOffice;
    std::unique_ptr<MainWindow> m_window;
    PrintStation *m_station = nullptr;
};

void tst_PrintDesk::init()
{
    m_now = QDateTime(QDate(2025, 3, 3), QTime(10, 0));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"parkett.sqlite"_s);
    auto db = Database::open(m_path);
    QVERIFY(db);
    QVERIFY(seedDemo(**db, m_now));
    const QDateTime now = m_now;
    m_boxOffice = std::make_unique<BoxOffice>(std::move(*db), [now] { return now; });
}

void tst_PrintDesk::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            delete w;
    }
    m_window.reset();
    m_boxOffice.reset();
    m_dir.reset();
}

void tst_PrintDesk::startWindow(const QList<std::tuple<QString, QString, quint16>> &printers,
                                const PrintSettings &settings)
{
    PrintQueue queue(m_boxOffice->database());
    for (const auto &[name, language, port] : printers)
        QVERIFY(
            queue.savePrinter(PrinterConfig{name,
                                            u"tcp://127.0.0.1:%1"_s.arg(port),
                                            language,
                                            language == u"fgl"_s ? u"boca-200"_s : u"thermal-80"_s,
                                            {}}));
    QVERIFY(queue.saveSettings(settings));
    m_window = std::make_unique<MainWindow>(*m_boxOffice);
    const QDateTime now = m_now;
    m_station = new PrintStation([now] { return now; }, m_window.get());
    QVERIFY(m_station->open(m_path));
    m_window->setPrintStation(m_station);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

OrderConfirmationDialog *tst_PrintDesk::sellTwo()
{
    auto *table = m_window->findChild<QTableView *>(u"performanceTable"_s);
    if (!table)
        return nullptr;
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    SalesScreen *screen = m_window->currentSalesScreen();
    if (!screen || !screen->findBestSeats(2, CategoryId()))
        return nullptr;
    auto *sell = screen->findChild<QPushButton *>(u"sellButton"_s);
    if (!sell)
        return nullptr;
    QTest::mouseClick(sell, Qt::LeftButton);
    OrderConfirmationDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = screen->findChild<OrderConfirmationDialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

void tst_PrintDesk::saleTicketsPrintAndTheStatusBarShowsThePrinter()
{
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s, out.path()));
    startWindow({{u"Boca 1"_s, u"fgl"_s, emulator.port()}});
    PrintDesk *desk = m_window->printDesk();
    QVERIFY(desk);
    PrinterStatusLabel *label = desk->statusLabel(u"Boca 1"_s);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(label->state(), PrinterState::Ready, 10000);
    QVERIFY(label->text().contains(u"Boca 1"_s));

    OrderConfirmationDialog *dialog = sellTwo();
    QVERIFY(dialog);
    // The order view offers printing too.
    QVERIFY(dialog->findChild<QPushButton *>(u"printTicketsButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(emulator.printed().size(), 2, 15000);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"printed on Boca 1"_s));
    QVERIFY(!desk->failureBox());
    auto jobs = PrintQueue(m_boxOffice->database()).jobsOfOrder(dialog->orderId());
    QCOMPARE(jobs->size(), 2);
    for (const PrintJob &j : *jobs) {
        QCOMPARE(j.state, PrintJobState::Printed);
        QVERIFY(emulator.printed().at(0).contains(j.code.toLatin1())
                || emulator.printed().at(1).contains(j.code.toLatin1()));
    }
}

void tst_PrintDesk::printerFailureSaysWhatToDo()
{
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s,
                           out.path(),
                           {u"--fault"_s, u"paper-out"_s, u"--fault-at"_s, u"2"_s}));
    startWindow({{u"Boca 1"_s, u"fgl"_s, emulator.port()}});
    PrintDesk *desk = m_window->printDesk();
    OrderConfirmationDialog *dialog = sellTwo();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(desk->failureBox() && desk->failureBox()->isVisible(), 15000);
    QMessageBox *box = desk->failureBox();
    QVERIFY(box->text().contains(dialog->orderNumber()));
    QVERIFY(box->informativeText().contains(stateText(PrinterState::PaperOut)));
    QVERIFY(box->informativeText().contains(whatToDo(PrinterState::PaperOut)));
    QVERIFY(box->informativeText().contains(u"resent"_s));
    QCOMPARE(desk->statusLabel(u"Boca 1"_s)->state(), PrinterState::PaperOut);
    // One ticket printed, the second held by the printer: nothing sent again by itself.
    QTest::qWait(200);
    QCOMPARE(emulator.printed().size(), 1);
    auto jobs = *PrintQueue(m_boxOffice->database()).jobsOfOrder(dialog->orderId());
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(0).state, PrintJobState::Printed);
    QCOMPARE(jobs.at(1).state, PrintJobState::Unknown);
    // The order is sold and stays sold.
    QCOMPARE(m_boxOffice->database()
                 .scalar(u"SELECT status FROM orders WHERE id = ?"_s, {dialog->orderId().value})
                 ->toString(),
             u"sold"_s);
}

void tst_PrintDesk::receiptAfterSaleWhenTheSettingAsks()
{
    QTemporaryDir tickets;
    QTemporaryDir receipts;
    EmulatorProcess boca;
    EmulatorProcess thermal;
    QVERIFY(boca.start(u"fgl"_s, tickets.path()));
    QVERIFY(thermal.start(u"escpos"_s, receipts.path()));
    startWindow({{u"Boca 1"_s, u"fgl"_s, boca.port()}, {u"Till"_s, u"escpos"_s, thermal.port()}},
                PrintSettings{u"Boca 1"_s, u"Till"_s, true, u"Counter 1"_s});
    OrderConfirmationDialog *dialog = sellTwo();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(boca.printed().size(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(thermal.printed().size(), 1, 15000);
    const QByteArray receipt = thermal.printed().first();
    QVERIFY(receipt.contains(dialog->orderNumber().toLatin1()));
    QVERIFY(receipt.contains("Counter 1"));
    QVERIFY(receipt.contains("TOTAL"));

    // From the order view, a receipt again.
    auto *again = dialog->findChild<QPushButton *>(u"printReceiptButton"_s);
    QVERIFY(again && again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(thermal.printed().size(), 2, 15000);
    QCOMPARE(boca.printed().size(), 2); // the tickets are not printed twice
}

void tst_PrintDesk::settingsAssignLayoutsPerChannel()
{
    startWindow({{u"Boca 1"_s, u"fgl"_s, 1}, {u"Till"_s, u"escpos"_s, 2}});
    PrintSettingsDialog dialog(*m_station);
    QTableWidget *table = dialog.layoutTable();
    QCOMPARE(table->columnCount(), 2);
    QVERIFY(table->rowCount() >= 2); // the demo's channels
    auto *cell = qobject_cast<QComboBox *>(table->cellWidget(1, 0));
    QVERIFY(cell);
    QCOMPARE(cell->currentData().toString(), QString()); // the printer's own
    cell->setCurrentIndex(cell->findData(u"boca-300"_s));
    dialog.ticketPrinter()->setCurrentIndex(dialog.ticketPrinter()->findData(u"Boca 1"_s));
    dialog.receiptPrinter()->setCurrentIndex(dialog.receiptPrinter()->findData(u"Till"_s));
    QCOMPARE(dialog.receiptPrinter()->findData(u"Boca 1"_s), -1); // a BOCA prints no receipts
    dialog.receiptAfterSale()->setChecked(true);
    QVERIFY(dialog.save());

    const ChannelId channel(table->verticalHeaderItem(1)->data(Qt::UserRole).toLongLong());
    PrintQueue queue(m_boxOffice->database());
    QCOMPARE(*queue.layoutFor(u"Boca 1"_s, channel), u"boca-300"_s);
    QCOMPARE(*queue.layoutFor(u"Till"_s, channel), u"thermal-80"_s);
    const PrintSettings saved = *queue.settings();
    QCOMPARE(saved.ticketPrinter, u"Boca 1"_s);
    QCOMPARE(saved.receiptPrinter, u"Till"_s);
    QVERIFY(saved.receiptAfterSale);

    // Opened again, the dialog shows what was saved.
    PrintSettingsDialog reopened(*m_station);
    auto *again = qobject_cast<QComboBox *>(reopened.layoutTable()->cellWidget(1, 0));
    QCOMPARE(again->currentData().toString(), u"boca-300"_s);
    QVERIFY(reopened.receiptAfterSale()->isChecked());
}

void tst_PrintDesk::screenshots()
{
    const QString dir = qEnvironmentVariable("PARKETT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set PARKETT_SCREENSHOT_DIR to write the printing screenshots");
    QDir().mkpath(dir);
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s,
                           out.path(),
                           {u"--fault"_s, u"paper-out"_s, u"--fault-at"_s, u"2"_s}));
    startWindow({{u"Boca 1"_s, u"fgl"_s, emulator.port()}, {u"Till"_s, u"escpos"_s, 9}});
    QTRY_COMPARE_WITH_TIMEOUT(m_window->printDesk()->statusLabel(u"Boca 1"_s)->state(),
                              PrinterState::Ready,
                              10000);
    OrderConfirmationDialog *dialog = sellTwo();
    QVERIFY(dialog);
    PrintDesk *desk = m_window->printDesk();
    QTRY_VERIFY_WITH_TIMEOUT(desk->failureBox() && desk->failureBox()->isVisible(), 15000);
    QTest::qWait(100);
    // No path of the machine that made the pictures.
    if (auto *database = m_window->findChild<QLabel *>(u"databaseLabel"_s))
        database->setText(u"Database: demo.sqlite"_s);
    // The window with its message box over it, as the clerk sees them.
    QImage window = m_window->grab().toImage();
    const QImage box = desk->failureBox()->grab().toImage();
    {
        QPainter p(&window);
        const QPoint at((window.width() - box.width()) / 2, (window.height() - box.height()) / 3);
        p.fillRect(QRect(at, box.size()).adjusted(-1, -1, 1, 1), Qt::darkGray);
        p.drawImage(at, box);
    }
    QVERIFY(window.save(QDir(dir).filePath(u"print-failure-window.png"_s)));
    QVERIFY(box.save(QDir(dir).filePath(u"print-failure.png"_s)));
    desk->failureBox()->close();
    QVERIFY(dialog->grab().save(QDir(dir).filePath(u"order-confirmation-print.png"_s)));

    PrintDialog print(
        m_station->printerNames(), [this](const QString &p) { return m_station->status(p); }, 2);
    print.setPrinter(u"Boca 1"_s);
    print.show();
    QVERIFY(QTest::qWaitForWindowExposed(&print));
    QVERIFY(print.grab().save(QDir(dir).filePath(u"print-dialog.png"_s)));

    PrintSettingsDialog settings(*m_station);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    QVERIFY(settings.grab().save(QDir(dir).filePath(u"print-settings.png"_s)));

    QVERIFY(
        ReceiptRenderer(ReceiptData::sample()).image(576).save(QDir(dir).filePath(u"receipt.png"_s)));
}

QTEST_MAIN(tst_PrintDesk)
#include "tst_printdesk.moc"
