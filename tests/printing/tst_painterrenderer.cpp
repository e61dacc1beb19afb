// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/painterrenderer.h"

#include "zxingdecode.h"

#include "golden.h"
#include <QRegularExpression>
#include <QTemporaryDir>

#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_PainterRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageHasTheCanvasSize_data();
    void imageHasTheCanvasSize();
    void barcodesDecode_data();
    void barcodesDecode();
    void pdfHasOnePagePerTicket();
    void pdfFileIsWritten();
};

void tst_PainterRenderer::imageHasTheCanvasSize_data()
{
    QTest::addColumn<QString>("layout");
    for (const QString &name : TicketLayout::defaultNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_PainterRenderer::imageHasTheCanvasSize()
{
    QFETCH(QString, layout);
    const PainterRenderer r(*TicketLayout::defaultLayout(layout));
    const QImage image = r.image(TicketData::sample());
    QCOMPARE(image.size(), r.layout().stock.canvasDots());
    // Something was drawn, and the paper stays mostly white.
    int dark = 0;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            dark += line[x] < 128 ? 1 : 0;
    }
    QVERIFY(dark > 1000);
    QVERIFY(dark < gray.width() * gray.height() / 3);
    QCOMPARE(r.image(TicketData::sample(), 2.0).size(), image.size() * 2);
}

void tst_PainterRenderer::barcodesDecode_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QStringList>("expected");
    const QString code = TicketData::sample().code;
    QTest::newRow("a4") << u"a4"_s << QStringList{u"Code128:"_s + code, u"QRCode:"_s + code};
    QTest::newRow("boca-200") << u"boca-200"_s << QStringList{u"QRCode:"_s + code};
    QTest::newRow("boca-300") << u"boca-300"_s << QStringList{u"Code128:"_s + code};
    QTest::newRow("thermal-80") << u"thermal-80"_s << QStringList{u"Code128:"_s + code};
    QTest::newRow("thermal-58") << u"thermal-58"_s << QStringList{u"QRCode:"_s + code};
}

void tst_PainterRenderer::barcodesDecode()
{
    QFETCH(QString, layout);
    QFETCH(QStringList, expected);
    const PainterRenderer r(*TicketLayout::defaultLayout(layout));
    QCOMPARE(decodeBarcodes(r.image(TicketData::sample())), expected);
}

void tst_PainterRenderer::pdfHasOnePagePerTicket()
{
    const PainterRenderer r(*TicketLayout::defaultLayout(u"a4"_s));
    QList<TicketData> tickets;
    for (int i = 0; i < 3; ++i) {
        TicketData t = TicketData::sample();
        t.code = u"CODE%1"_s.arg(i);
        tickets.append(t);
    }
    auto pdf = r.pdf(tickets);
    QVERIFY2(pdf, whyNot(pdf).constData());
    QVERIFY(pdf->startsWith("%PDF-"));
    static const QRegularExpression page(uR"(/Type\s*/Page[^s])"_s);
    QCOMPARE(QString::fromLatin1(*pdf).count(page), 3);
    QVERIFY(!r.pdf({}));
}

void tst_PainterRenderer::pdfFileIsWritten()
{
    QTemporaryDir dir;
    const PainterRenderer r(*TicketLayout::defaultLayout(u"boca-200"_s));
    const QString path = dir.filePath(u"t.pdf"_s);
    QVERIFY(r.writePdf({TicketData::sample()}, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // 5.5" x 2" = 396 x 144 points.
    static const QRegularExpression box(uR"(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\])"_s);
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(bytes));
    QVERIFY(m.hasMatch());
    QCOMPARE(qRound(m.captured(1).toDouble()), 396);
    QCOMPARE(qRound(m.captured(2).toDouble()), 144);
    QVERIFY(!r.writePdf({TicketData::sample()}, dir.filePath(u"missing/t.pdf"_s)));
}

QTEST_MAIN(tst_PainterRenderer)
#include "tst_painterrenderer.moc"
