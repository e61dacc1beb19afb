// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/receipt.h"

#include "core/basket.h"
#include "printing/codepage.h"
#include "printing/ticketprinting.h"
#include "storage/catalogrepository.h"
#include "storage/printqueue.h"
#include "storage/salesservice.h"
#include "tests/storage/testdb.h"

#include "escposparser.h"
#include "golden.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

/** Receipts: the VAT breakdown, the ESC/POS bytes read back, the picture and PDF, and the
    receipt of a stored sale. */
class tst_Receipt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vatBreakdownPerRate();
    void escPosGolden();
    void escPosReadBack();
    void narrowRollKeepsToItsWidth();
    void copyIsMarked();
    void imageDrawsEveryRule();
    void pdfIsOnePage();
    void fromTheStore();
};

void tst_Receipt::vatBreakdownPerRate()
{
    const ReceiptData r = ReceiptData::sample();
    const Currency dkk = Currency::fromCode(u"DKK");
    QCOMPARE(r.total(), Money(72500, dkk));
    QCOMPARE(r.paid(), Money(72500, dkk));
    const QList<ReceiptData::VatRow> vat = r.vatBreakdown();
    QCOMPARE(vat.size(), 2);
    QCOMPARE(vat.at(0).basisPoints, 0);
    QCOMPARE(vat.at(0).gross, Money(5000, dkk));
    QCOMPARE(vat.at(0).vat, Money(0, dkk));
    QCOMPARE(vat.at(1).basisPoints, 2500);
    QCOMPARE(vat.at(1).gross, Money(67500, dkk));
    QCOMPARE(vat.at(1).vat, Money(13500, dkk)); // 675.00 incl. 25 % = 540.00 + 135.00
    QCOMPARE(vat.at(1).net, Money(54000, dkk));
}

void tst_Receipt::escPosGolden()
{
    const QByteArray bytes = ReceiptRenderer(ReceiptData::sample()).escPos(EscPosModel::Epson, 48);
    QString why;
    QVERIFY2(matchesGolden(bytes, u"receipt-epson-80.escpos"_s, &why), qPrintable(why));
}

void tst_Receipt::escPosReadBack()
{
    const ReceiptRenderer renderer(ReceiptData::sample());
    const EscPosParse parsed = parseEscPos(renderer.escPos(EscPosModel::Epson, 48));
    QVERIFY(parsed.unknown.isEmpty());
    QCOMPARE(parsed.events.first().kind, EscPosEvent::Kind::Init);
    QCOMPARE(parsed.events.at(1).kind, EscPosEvent::Kind::CodePage);
    QCOMPARE(parsed.events.at(1).value, 19); // PC858, with the euro sign
    QCOMPARE(parsed.events.last().kind, EscPosEvent::Kind::Cut);
    QStringList lines;
    const EscPosEvent *total = nullptr;
    const EscPosEvent *venue = nullptr;
    for (const EscPosEvent &e : parsed.events) {
        if (e.kind != EscPosEvent::Kind::Text)
            continue;
        const QString text = CodePage::cp858().decode(e.data);
        lines.append(text);
        if (text.startsWith(u"TOTAL"_s))
            total = &e;
        if (text == u"Parkett Teatret"_s)
            venue = &e;
    }
    QVERIFY(venue);
    QCOMPARE(venue->align, 1);
    QCOMPARE(venue->width, 2);
    QVERIFY(venue->bold);
    QVERIFY(total);
    QCOMPARE(total->width, 2);
    QCOMPARE(total->height, 2);
    QVERIFY(total->bold);
    // Double width: the amount sits at the right end of 24 columns.
    QCOMPARE(CodePage::cp858().decode(total->data).size(), 24);
    QVERIFY(CodePage::cp858().decode(total->data).contains(u"725,00"_s));
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(u"Receipt O-000123"_s), qPrintable(all));
    QVERIFY(all.contains(u"Die Zauberflöte"_s));
    QVERIFY(all.contains(u"Parket · Row C · Seat 11"_s)
            || all.contains(u"Parket . Row C . Seat 11"_s));
    QVERIFY(all.contains(u"Voksen"_s));
    QVERIFY(all.contains(u"Net 25 %"_s));
    QVERIFY(all.contains(u"VAT 25 %"_s));
    QVERIFY(all.contains(u"135,00"_s));
    QVERIFY(all.contains(u"540,00"_s));
    QVERIFY(all.contains(u"Without VAT"_s));
    QVERIFY(all.contains(u"Card"_s));
    QVERIFY(all.contains(u"Terminal: Billetkontor 1"_s));
    QVERIFY(all.contains(u"Cashier: Åse Ærø"_s));
    for (const QString &line : std::as_const(lines))
        QVERIFY2(line.size() <= 48, qPrintable(line));
    // The same text as the plain rendering, line for line.
    QCOMPARE(lines.size(), renderer.plainText(48).count(u'\n'));
}

void tst_Receipt::narrowRollKeepsToItsWidth()
{
    ReceiptData r = ReceiptData::sample();
    r.lines.append({u"A very long line name that does not fit on a narrow roll at all"_s,
                    {},
                    Money(100, Currency::fromCode(u"DKK")),
                    2500});
    const ReceiptRenderer renderer(r);
    const EscPosParse parsed = parseEscPos(renderer.escPos(EscPosModel::Star, 32));
    QCOMPARE(parsed.events.at(1).value, 32); // Star numbers Windows-1252 as 32
    int texts = 0;
    for (const EscPosEvent &e : parsed.events) {
        if (e.kind != EscPosEvent::Kind::Text)
            continue;
        ++texts;
        QVERIFY2(e.data.size() * e.width <= 32, e.data.constData());
    }
    QVERIFY(texts > 20);
    // The long line's amount is not lost: it goes on its own line, right-aligned.
    const QStringList plain = renderer.plainText(32).split(u'\n');
    const qsizetype at = plain.indexOf(u"A very long line name that does "_s);
    QVERIFY(at > 0);
    QCOMPARE(plain.at(at + 1).size(), 32);
    QVERIFY(plain.at(at + 1).trimmed().startsWith(u"1,00"_s));
}

void tst_Receipt::copyIsMarked()
{
    ReceiptData r = ReceiptData::sample();
    QVERIFY(!ReceiptRenderer(r).plainText().contains(u"COPY"_s));
    r.copy = 2;
    QVERIFY(ReceiptRenderer(r).plainText().contains(u"COPY 2"_s));
}

void tst_Receipt::imageDrawsEveryRule()
{
    const ReceiptRenderer renderer(ReceiptData::sample());
    const QImage image = renderer.image(576).convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(image.width(), 576);
    QVERIFY(image.height() > image.width()); // a roll, taller than wide
    int rules = 0;
    int dark = 0;
    bool previousWasRule = false;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        int inRow = 0;
        for (int x = 0; x < image.width(); ++x)
            inRow += line[x] < 128 ? 1 : 0;
        dark += inRow;
        const bool rule = inRow > image.width() * 8 / 10;
        if (rule && !previousWasRule)
            ++rules;
        previousWasRule = rule;
        // The margins stay white.
        QVERIFY(line[0] > 200 && line[image.width() - 1] > 200);
    }
    int expectedRules = 0;
    for (const ReceiptRow &row : renderer.rows())
        expectedRules += row.kind == ReceiptRow::Kind::Rule ? 1 : 0;
    QCOMPARE(rules, expectedRules);
    QVERIFY(dark > image.width() * 20); // text was drawn
}

void tst_Receipt::pdfIsOnePage()
{
    auto pdf = ReceiptRenderer(ReceiptData::sample()).pdf();
    QVERIFY2(pdf, whyNot(pdf).constData());
    QVERIFY(pdf->startsWith("%PDF-"));
    QCOMPARE(pdf->count("/Type /Page\n") + pdf->count("/Type /Page>>") + pdf->count("/Type /Page "),
             1);
}

void tst_Receipt::fromTheStore()
{
    QTemporaryDir dir;
    auto db = seededDatabase(dir);
    QVERIFY(db);
    CatalogRepository catalog(*db);
    const PerformanceId performance(4);
    const Performance perf = *catalog.performance(performance);
    const SeatPlan plan = *catalog.plan(perf.plan);
    Basket b(performance, &plan, *catalog.priceList(performance), *catalog.priceTypes());
    QVERIFY(b.addSeat(plan.seats().at(0).id));
    QVERIFY(b.addSeat(plan.seats().at(1).id));
    auto order = SalesService(*db, SalesContext{UserId(1), ChannelId(1)})
                     .sell(b, PaymentMethod::Card, testNow());
    QVERIFY2(order, whyNot(order).constData());
    QVERIFY(PrintQueue(*db).saveSettings(PrintSettings{{}, {}, true, u"Counter 3"_s}));

    auto data = receiptDataOf(*db, order->id());
    QVERIFY2(data, whyNot(data).constData());
    QCOMPARE(data->orderNumber, order->number());
    QCOMPARE(data->lines.size(), 2);
    QCOMPARE(data->total(), order->total());
    QCOMPARE(data->paid(), order->total());
    QCOMPARE(data->terminal, u"Counter 3"_s);
    QVERIFY(!data->cashier.isEmpty());
    QVERIFY(!data->channel.isEmpty());
    QCOMPARE(data->payments.first().method, u"Card"_s);
    for (const ReceiptData::Line &l : data->lines) {
        QCOMPARE(l.vatBasisPoints, perf.vatRateBasisPoints);
        QVERIFY(!l.detail.isEmpty()); // the price type
    }
    const QList<ReceiptData::VatRow> vat = data->vatBreakdown();
    QCOMPARE(vat.size(), 1);
    QCOMPARE(vat.first().gross, order->total());
    QCOMPARE(vat.first().vat, order->total().vatFromGross(perf.vatRateBasisPoints));
    // The terminal given by the caller wins over the setting.
    QCOMPARE(receiptDataOf(*db, order->id(), u"Kiosk"_s)->terminal, u"Kiosk"_s);
    QVERIFY(!receiptDataOf(*db, OrderId(999999)));
}

QTEST_MAIN(tst_Receipt)
#include "tst_receipt.moc"
