// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/codepage.h"
#include "printing/escposrenderer.h"

#include "escposparser.h"
#include "golden.h"

#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

using Kind = EscPosEvent::Kind;

class tst_EscPosRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void readsBackAsTheLayout80mm();
    void qrOn58mm();
    void codePagePerModel_data();
    void codePagePerModel();
    void linesFitThePaper_data();
    void linesFitThePaper();
    void duplicateIsPrinted();
    void landscapeLayoutRefused();
    void statusRequests();

private:
    static QList<EscPosEvent> of(const QList<EscPosEvent> &events, Kind kind);
};

QList<EscPosEvent> tst_EscPosRenderer::of(const QList<EscPosEvent> &events, Kind kind)
{
    QList<EscPosEvent> out;
    for (const EscPosEvent &e : events) {
        if (e.kind == kind && !(kind == Kind::Text && e.data.isEmpty()))
            out.append(e);
    }
    return out;
}

void tst_EscPosRenderer::golden_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("model");
    QTest::newRow("80 mm epson") << u"thermal-80"_s << u"epson"_s;
    QTest::newRow("58 mm star") << u"thermal-58"_s << u"star"_s;
}

void tst_EscPosRenderer::golden()
{
    QFETCH(QString, layout);
    QFETCH(QString, model);
    const EscPosRenderer r(*TicketLayout::defaultLayout(layout), *escPosModelFromName(model));
    auto bytes = r.render(TicketData::sample());
    QVERIFY2(bytes, whyNot(bytes).constData());
    QString why;
    QVERIFY2(matchesGolden(*bytes, u"%1-%2-sample.escpos"_s.arg(layout, model), &why),
             qPrintable(why));
}

void tst_EscPosRenderer::readsBackAsTheLayout80mm()
{
    const EscPosRenderer r(*TicketLayout::defaultLayout(u"thermal-80"_s), EscPosModel::Epson);
    const QByteArray bytes = *r.render(TicketData::sample());
    QVERIFY(bytes.startsWith(QByteArray("\x1b@\x1bt\x13", 5)));
    const EscPosParse parsed = parseEscPos(bytes);
    QVERIFY2(parsed.unknown.isEmpty(), parsed.unknown.value(0).toHex().constData());
    QCOMPARE(parsed.consumed, bytes.size());
    const QList<EscPosEvent> &ev = parsed.events;
    QCOMPARE(ev.first().kind, Kind::Init);
    QCOMPARE(ev.at(1).kind, Kind::CodePage);
    QCOMPARE(ev.at(1).value, 19);
    QCOMPARE(ev.last().kind, Kind::Cut);
    QCOMPARE(ev.last().value, 65);

    // The logo first, as a raster from the left margin to its right edge: centred on 576
    // dots, it starts 240 dots in and is 96 wide (42 bytes a row).
    const QList<EscPosEvent> rasters = of(ev, Kind::Raster);
    QVERIFY(rasters.size() >= 2);
    QCOMPARE(rasters.first().width, 42);
    for (int row = 0; row < 96; ++row)
        QCOMPARE(rasters.first().data.mid(row * 42, 30), QByteArray(30, '\0'));
    QCOMPARE(rasters.first().height, 96);
    QVERIFY(rasters.first().data.count('\0') < rasters.first().data.size()); // not blank

    const QList<EscPosEvent> lines = of(ev, Kind::Text);
    const CodePage &cp = CodePage::cp858();
    QCOMPARE(cp.decode(lines.at(0).data), u"Die Zauberflöte"_s);
    QCOMPARE(lines.at(0).align, 1);
    QCOMPARE(lines.at(0).width, 2);
    QCOMPARE(lines.at(0).height, 2);
    QVERIFY(lines.at(0).bold);
    QVERIFY(cp.decode(lines.at(1).data).endsWith(u"19.30"_s));
    QCOMPARE(cp.decode(lines.at(3).data), TicketData::sample().seatText());
    QCOMPARE(lines.at(5).align, 2); // price, right aligned
    QVERIFY(cp.decode(lines.at(5).data).contains(u"450,00"_s));
    QVERIFY(!lines.at(5).bold);
    QCOMPARE(lines.at(5).width, 1);

    const QList<EscPosEvent> codes = of(ev, Kind::Barcode);
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().value, 73); // CODE128, function B
    QCOMPARE(codes.first().data, QByteArray("{B7KQ2M9XW4HZT3P8R"));
    QCOMPARE(codes.first().height, 80);
    QVERIFY(of(ev, Kind::QrStore).isEmpty());
}

void tst_EscPosRenderer::qrOn58mm()
{
    const EscPosRenderer r(*TicketLayout::defaultLayout(u"thermal-58"_s), EscPosModel::Epson);
    const EscPosParse parsed = parseEscPos(*r.render(TicketData::sample()));
    QVERIFY(parsed.unknown.isEmpty());
    const QList<EscPosEvent> stored = of(parsed.events, Kind::QrStore);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().data, QByteArray("7KQ2M9XW4HZT3P8R"));
    QCOMPARE(stored.first().align, 1);
    QCOMPARE(of(parsed.events, Kind::QrPrint).size(), 1);
    QCOMPARE(of(parsed.events, Kind::Raster).first().width, 30); // (144 + 96) / 8
}

void tst_EscPosRenderer::codePagePerModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("table");
    QTest::addColumn<QByteArray>("oe");
    QTest::newRow("epson PC858") << u"epson"_s << 19 << QByteArray("\x94");
    QTest::newRow("star 1252") << u"star"_s << 32 << QByteArray("\xf6");
}

void tst_EscPosRenderer::codePagePerModel()
{
    QFETCH(QString, model);
    QFETCH(int, table);
    QFETCH(QByteArray, oe);
    const EscPosRenderer r(*TicketLayout::defaultLayout(u"thermal-80"_s),
                           *escPosModelFromName(model));
    const EscPosParse parsed = parseEscPos(*r.render(TicketData::sample()));
    QCOMPARE(of(parsed.events, Kind::CodePage).first().value, table);
    QCOMPARE(of(parsed.events, Kind::Text).first().data, QByteArray("Die Zauberfl") + oe + "te");
    // The euro sign: a byte of its own in PC858 (0xD5) and in 1252 (0x80).
    TicketData t = TicketData::sample();
    t.venue = u"€"_s;
    const QList<EscPosEvent> lines = of(parseEscPos(*r.render(t)).events, Kind::Text);
    QCOMPARE(lines.at(2).data, QByteArray(model == u"star" ? "\x80" : "\xd5"));
}

void tst_EscPosRenderer::linesFitThePaper_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("dots");
    QTest::newRow("80") << u"thermal-80"_s << 576;
    QTest::newRow("58") << u"thermal-58"_s << 384;
}

void tst_EscPosRenderer::linesFitThePaper()
{
    QFETCH(QString, layout);
    QFETCH(int, dots);
    TicketData t = TicketData::sample();
    t.production = QString(200, u'W');
    t.terms = QString(300, u't');
    const EscPosParse parsed = parseEscPos(
        *EscPosRenderer(*TicketLayout::defaultLayout(layout)).render(t));
    for (const EscPosEvent &e : of(parsed.events, Kind::Text))
        QVERIFY2(e.data.size() * 12 * e.width <= dots,
                 qPrintable(u"%1 characters at %2x"_s.arg(e.data.size()).arg(e.width)));
    for (const EscPosEvent &e : of(parsed.events, Kind::Raster))
        QVERIFY(e.width * 8 <= dots);
}

void tst_EscPosRenderer::duplicateIsPrinted()
{
    TicketData t = TicketData::sample();
    const EscPosRenderer r(*TicketLayout::defaultLayout(u"thermal-80"_s));
    QVERIFY(!r.render(t)->contains("DUPLICATE"));
    t.reprint = 3;
    QVERIFY(r.render(t)->contains("DUPLICATE 3"));
}

void tst_EscPosRenderer::landscapeLayoutRefused()
{
    auto bytes = EscPosRenderer(*TicketLayout::defaultLayout(u"boca-200"_s))
                     .render(TicketData::sample());
    QVERIFY(!bytes);
}

void tst_EscPosRenderer::statusRequests()
{
    QCOMPARE(EscPosRenderer::statusRequest(1), QByteArray("\x10\x04\x01", 3));
    QCOMPARE(EscPosRenderer::statusRequest(4), QByteArray("\x10\x04\x04", 3));
    const EscPosParse parsed = parseEscPos(EscPosRenderer::statusRequest(2));
    QCOMPARE(parsed.events.size(), 1);
    QCOMPARE(parsed.events.first().kind, Kind::Status);
    QCOMPARE(parsed.events.first().value, 2);
}

QTEST_GUILESS_MAIN(tst_EscPosRenderer)
#include "tst_escposrenderer.moc"
