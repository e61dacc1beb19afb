// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printdialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace Qt::StringLiterals;

class tst_PrintDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultBlocksPrintingAndSaysWhatToDo();
    void checkAgainAsksThePrinter();
    void noPrinters();
    void statusLabel();
};

void tst_PrintDialog::faultBlocksPrintingAndSaysWhatToDo()
{
    QStringList asked;
    PrintDialog dialog(
        {u"Boca 1"_s, u"Epson"_s},
        [&asked](const QString &name) {
            asked.append(name);
            return name == u"Boca 1" ? PrinterState::PaperOut : PrinterState::Ready;
        },
        3);
    auto *print = dialog.findChild<QPushButton *>(u"printButton"_s);
    auto *advice = dialog.findChild<QLabel *>(u"printerAdvice"_s);
    QVERIFY(print && advice);
    QCOMPARE(print->text(), u"&Print 3 ticket(s)"_s);
    QCOMPARE(dialog.printer(), u"Boca 1"_s);
    QCOMPARE(dialog.state(), PrinterState::PaperOut);
    QVERIFY(!print->isEnabled());
    QVERIFY(advice->text().startsWith(u"Load tickets."_s));
    dialog.setPrinter(u"Epson"_s);
    QCOMPARE(dialog.state(), PrinterState::Ready);
    QVERIFY(print->isEnabled());
    QVERIFY(advice->text().isEmpty());
    QCOMPARE(asked, (QStringList{u"Boca 1"_s, u"Epson"_s}));
}

void tst_PrintDialog::checkAgainAsksThePrinter()
{
    PrinterState next = PrinterState::PaperJam;
    PrintDialog dialog(
        {u"Boca 1"_s}, [&next](const QString &) { return next; }, 1);
    auto *print = dialog.findChild<QPushButton *>(u"printButton"_s);
    QVERIFY(!print->isEnabled());
    next = PrinterState::Ready;
    dialog.refresh();
    QVERIFY(print->isEnabled());
    next = PrinterState::Unknown; // a one-way connection: allowed, with a warning
    dialog.refresh();
    QVERIFY(print->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"printerAdvice"_s)->text().contains(u"Watch"_s));
}

void tst_PrintDialog::noPrinters()
{
    PrintDialog dialog({}, {}, 2);
    QVERIFY(!dialog.findChild<QPushButton *>(u"printButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"printerAdvice"_s)->text().contains(u"No ticket printer"_s));
}

void tst_PrintDialog::statusLabel()
{
    PrinterStatusLabel label;
    label.setState(u"Boca 1"_s, PrinterState::CutterFault);
    QCOMPARE(label.text(), u"Boca 1: Cutter fault"_s);
    QVERIFY(label.toolTip().contains(u"cutter"_s));
    QVERIFY(label.styleSheet().contains(u"#b00020"_s));
    label.setState(u"Boca 1"_s, PrinterState::Ready);
    QCOMPARE(label.text(), u"Boca 1: Ready"_s);
    QVERIFY(label.toolTip().isEmpty());
}

QTEST_MAIN(tst_PrintDialog)
#include "tst_printdialog.moc"
