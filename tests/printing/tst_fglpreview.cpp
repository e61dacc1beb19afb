// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/fglpreview.h"
#include "printing/fglrenderer.h"

#include "zxingdecode.h"

#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

using ItemKind = FglPreviewItem::Kind;

class tst_FglPreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticketPrintsInsideThePrintableArea_data();
    void ticketPrintsInsideThePrintableArea();
    void textLandsWhereTheLayoutPutsIt();
    void barcodesDecodeFromThePreview_data();
    void barcodesDecodeFromThePreview();
    void hostileDataStaysText();
    void duplicateShows();
    void logoIsDrawnDotForDot();
    void problemsAreReported();

private:
    static FglPreviewResult preview(const QString &layout, const TicketData &ticket);
    static const FglPreviewItem *textItem(const FglPreviewTicket &t, const QString &text);
};

FglPreviewResult tst_FglPreview::preview(const QString &layout, const TicketData &ticket)
{
    const TicketLayout l = *TicketLayout::defaultLayout(layout);
    const QByteArray fgl = *FglRenderer(l).render(ticket);
    return FglPreview(l.stock.canvasDots(), FglRenderer::printableDots(l.stock)).run(fgl);
}

const FglPreviewItem *tst_FglPreview::textItem(const FglPreviewTicket &t, const QString &text)
{
    for (const FglPreviewItem &i : t.items) {
        if (i.kind == ItemKind::Text && i.text == text)
            return &i;
    }
    return nullptr;
}

void tst_FglPreview::ticketPrintsInsideThePrintableArea_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("200") << u"boca-200"_s;
    QTest::newRow("300") << u"boca-300"_s;
}

void tst_FglPreview::ticketPrintsInsideThePrintableArea()
{
    QFETCH(QString, layout);
    TicketData t = TicketData::sample();
    t.reprint = 1;
    const FglPreviewResult r = preview(layout, t);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(r.tickets.size(), 1);
    QVERIFY(r.tickets.first().cut);
    QVERIFY(r.tickets.first().items.size() > 15);
}

void tst_FglPreview::textLandsWhereTheLayoutPutsIt()
{
    const FglPreviewResult r = preview(u"boca-200"_s, TicketData::sample());
    const FglPreviewTicket &t = r.tickets.first();
    // Production: 40 dots high = F8 (20 x 40) at (column 136, row 24), 15 characters.
    const FglPreviewItem *title = textItem(t, u"Die Zauberflöte"_s);
    QVERIFY(title);
    QCOMPARE(title->rect, QRect(136, 24, 15 * 20, 40));
    QCOMPARE(title->font, 8);
    // The price is right-aligned against column 760.
    const QString price = TicketData::sample().text(Binding::Price);
    const FglPreviewItem *priceItem = textItem(t, price);
    QVERIFY2(priceItem, qPrintable(price));
    QCOMPARE(priceItem->rect.right(), 759);
    QCOMPARE(priceItem->rect.top(), 216);
    // The terms were cut to the room they have and their brackets defused.
    bool terms = false;
    for (const FglPreviewItem &i : t.items) {
        if (i.text.startsWith(u"No refund"_s)) {
            terms = true;
            QVERIFY(i.rect.right() < 24 + 760);
            QVERIFY(!i.text.contains(u'<'));
        }
    }
    QVERIFY(terms);
    // And the glyphs were drawn inside the title's box.
    int dark = 0;
    for (int y = title->rect.top(); y <= title->rect.bottom(); ++y) {
        for (int x = title->rect.left(); x <= title->rect.right(); ++x)
            dark += qGray(t.image.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY(dark > 300);
}

void tst_FglPreview::barcodesDecodeFromThePreview_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("expected");
    const QString code = TicketData::sample().code;
    QTest::newRow("QR at 200 dpi") << u"boca-200"_s << u"QRCode:"_s + code;
    QTest::newRow("Code 128 ladder at 300 dpi") << u"boca-300"_s << u"Code128:"_s + code;
}

void tst_FglPreview::barcodesDecodeFromThePreview()
{
    QFETCH(QString, layout);
    QFETCH(QString, expected);
    const FglPreviewResult r = preview(layout, TicketData::sample());
    QCOMPARE(decodeBarcodes(r.tickets.first().image), QStringList{expected});
}

void tst_FglPreview::hostileDataStaysText()
{
    TicketData t = TicketData::sample();
    t.production = u"<p><RC0,0><F6>X"_s;
    t.customer = u"<q>"_s;
    const FglPreviewResult r = preview(u"boca-200"_s, t);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(r.tickets.size(), 1);
    QVERIFY(textItem(r.tickets.first(), u"(p)(RC0,0)(F6)X"_s));
    QVERIFY(textItem(r.tickets.first(), u"(q)"_s));
}

void tst_FglPreview::duplicateShows()
{
    TicketData t = TicketData::sample();
    QVERIFY(!textItem(preview(u"boca-200"_s, t).tickets.first(), u"DUPLICATE 1"_s));
    t.reprint = 1;
    QVERIFY(textItem(preview(u"boca-200"_s, t).tickets.first(), u"DUPLICATE 1"_s));
}

void tst_FglPreview::logoIsDrawnDotForDot()
{
    const FglPreviewResult r = preview(u"boca-200"_s, TicketData::sample());
    const QImage logo = TicketLayout::sampleLogo(96);
    const QImage &page = r.tickets.first().image;
    for (int y = 0; y < 96; ++y) {
        for (int x = 0; x < 96; ++x) {
            const bool ink = qGray(page.pixel(24 + x, 24 + y)) < 128;
            QCOMPARE(ink, logo.pixelIndex(x, y) == 1);
        }
    }
}

void tst_FglPreview::problemsAreReported()
{
    const FglPreview p(QSize(1100, 400), QSize(1050, 384));
    const FglPreviewResult r = p.run("<NR><RC10,1040><F2>TOO LONG<ZZ9><G10>abc");
    QCOMPARE(r.problems.size(), 3);
    QVERIFY(r.problems.at(0).contains(u"outside the printable area"_s));
    QVERIFY(r.problems.at(1).contains(u"unknown command <ZZ9>"_s));
    QVERIFY(r.problems.at(2).contains(u"cut short"_s));
    QCOMPARE(r.tickets.size(), 1);
    QVERIFY(!r.tickets.first().cut);
}

QTEST_MAIN(tst_FglPreview)
#include "tst_fglpreview.moc"
