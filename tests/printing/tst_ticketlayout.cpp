// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/ticketlayout.h"

#include "golden.h"

#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_TicketLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsRoundTripThroughJson_data();
    void defaultsRoundTripThroughJson();
    void canvasSizes_data();
    void canvasSizes();
    void badLayoutsAreRefused_data();
    void badLayoutsAreRefused();
    void ticketTextsInTheVenueLocale();
    void standingAndDuplicate();
};

void tst_TicketLayout::defaultsRoundTripThroughJson_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : TicketLayout::defaultNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_TicketLayout::defaultsRoundTripThroughJson()
{
    QFETCH(QString, name);
    auto layout = TicketLayout::defaultLayout(name);
    QVERIFY2(layout, whyNot(layout).constData());
    QCOMPARE(layout->name, name);
    const QByteArray json = layout->toJson();
    auto back = TicketLayout::fromJson(json);
    QVERIFY2(back, whyNot(back).constData());
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->fields.size(), layout->fields.size());
    bool hasCode = false;
    const QRect canvas(QPoint(0, 0), layout->stock.canvasDots());
    for (qsizetype i = 0; i < layout->fields.size(); ++i) {
        const LayoutField &a = layout->fields.at(i);
        const LayoutField &b = back->fields.at(i);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.rect, a.rect);
        QCOMPARE(b.binding, a.binding);
        if (a.kind == FieldKind::Logo)
            QCOMPARE(b.image.convertToFormat(QImage::Format_Mono),
                     a.image.convertToFormat(QImage::Format_Mono));
        QVERIFY2(canvas.contains(a.rect),
                 qPrintable(u"field %1 of %2 is off the ticket"_s.arg(i).arg(name)));
        hasCode = hasCode
                  || ((a.kind == FieldKind::QrCode || a.kind == FieldKind::Code128)
                      && a.binding == Binding::Code);
    }
    QVERIFY(hasCode);
}

void tst_TicketLayout::canvasSizes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<int>("language");
    QTest::newRow("boca 200") << u"boca-200"_s << QSize(1100, 400) << int(PrinterLanguage::Fgl);
    QTest::newRow("boca 300") << u"boca-300"_s << QSize(1650, 600) << int(PrinterLanguage::Fgl);
    QTest::newRow("80 mm") << u"thermal-80"_s << QSize(576, 0) << int(PrinterLanguage::EscPos);
    QTest::newRow("58 mm") << u"thermal-58"_s << QSize(384, 0) << int(PrinterLanguage::EscPos);
    QTest::newRow("A4") << u"a4"_s << QSize(1241, 1754) << int(PrinterLanguage::Page);
}

void tst_TicketLayout::canvasSizes()
{
    QFETCH(QString, name);
    QFETCH(QSize, canvas);
    QFETCH(int, language);
    auto layout = TicketLayout::defaultLayout(name);
    QVERIFY(layout);
    QCOMPARE(int(layout->language), language);
    const QSize got = layout->stock.canvasDots();
    QCOMPARE(got.width(), canvas.width());
    if (canvas.height() > 0)
        QCOMPARE(got.height(), canvas.height());
}

void tst_TicketLayout::badLayoutsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"format":"parkett-ticket-layout","name":"x","language":"fgl",
        "stock":{"widthMm":50.8,"lengthMm":139.7,"dpi":200,"orientation":"landscape"},"fields":[)";
    QTest::newRow("not json") << QByteArray("{nope") << u"not a JSON object"_s;
    QTest::newRow("other format") << QByteArray(R"({"format":"pretix"})") << u"not a Parkett"_s;
    QTest::newRow("unknown kind") << head + R"({"kind":"hologram"}]})" << u"unknown kind"_s;
    QTest::newRow("odd rotation") << head + R"({"kind":"text","bind":"venue","rotation":45}]})"
                                  << u"rotation"_s;
    QTest::newRow("unknown binding")
        << head + R"({"kind":"text","bind":"shoeSize"}]})" << u"unknown binding"_s;
    QTest::newRow("bad logo") << head + R"({"kind":"logo","png":"AAAA"}]})" << u"not a PNG"_s;
    QTest::newRow("no dpi") << QByteArray(R"({"format":"parkett-ticket-layout","language":"fgl",
        "stock":{"widthMm":50.8,"lengthMm":139.7},"fields":[]})")
                            << u"dpi"_s;
}

void tst_TicketLayout::badLayoutsAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto layout = TicketLayout::fromJson(json);
    QVERIFY(!layout);
    QVERIFY2(layout.error().message.contains(message), whyNot(layout).constData());
}

void tst_TicketLayout::ticketTextsInTheVenueLocale()
{
    const TicketData t = TicketData::sample();
    // 18:30 UTC on 12 December is 19:30 in Copenhagen; Danish writes times with a dot.
    QCOMPARE(t.timeText(), u"19.30"_s);
    QVERIFY2(t.dateText().contains(u"december"_s), qPrintable(t.dateText()));
    QCOMPARE(t.text(Binding::Seat), u"Parket · Row C · Seat 11"_s);
    QVERIFY2(t.text(Binding::Price).contains(u"450,00"_s), qPrintable(t.text(Binding::Price)));
    QVERIFY2(t.text(Binding::Fee).contains(u"15,00"_s), qPrintable(t.text(Binding::Fee)));
    QCOMPARE(t.text(Binding::Category), u"Kategori A · Voksen"_s);
    QCOMPARE(t.text(Binding::Code), u"7KQ2M9XW4HZT3P8R"_s);

    TicketData us = t;
    us.locale = u"en_US"_s;
    us.timeZone = u"America/New_York"_s;
    QVERIFY(us.timeText().startsWith(u"1:30"_s));
}

void tst_TicketLayout::standingAndDuplicate()
{
    TicketData t = TicketData::sample();
    QCOMPARE(t.text(Binding::Duplicate), QString());
    t.reprint = 2;
    QCOMPARE(t.text(Binding::Duplicate), u"DUPLICATE 2"_s);
    t.standing = true;
    t.section.clear();
    QCOMPARE(t.text(Binding::Seat), u"Standing"_s);
    QCOMPARE(t.text(Binding::Section), u"Standing"_s);
    QCOMPARE(t.text(Binding::Row), QString());
    t.section = u"Floor"_s;
    QCOMPARE(t.text(Binding::Seat), u"Standing · Floor"_s);
}

QTEST_GUILESS_MAIN(tst_TicketLayout)
#include "tst_ticketlayout.moc"
