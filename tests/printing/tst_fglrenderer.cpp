// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/codepage.h"
#include "printing/fglrenderer.h"

#include "golden.h"

#include <QRegularExpression>
#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_FglRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenTickets_data();
    void goldenTickets();
    void dataNeverBecomesACommand();
    void codePage850AndTransliteration_data();
    void codePage850AndTransliteration();
    void fontsAndMultipliers_data();
    void fontsAndMultipliers();
    void positionsAlignmentAndRotation();
    void barcodesUseNativeCommands();
    void everyTicketIsPrintedAndCut();
    void portraitLayoutRefused();

private:
    static FglRenderer renderer(const QString &name);
    static QStringList commands(const QByteArray &fgl);
};

FglRenderer tst_FglRenderer::renderer(const QString &name)
{
    return FglRenderer(*TicketLayout::defaultLayout(name));
}

QStringList tst_FglRenderer::commands(const QByteArray &fgl)
{
    // Graphics data (<G#> + # raw bytes) is skipped so that its bytes are not read as text.
    QStringList out;
    qsizetype i = 0;
    while ((i = fgl.indexOf('<', i)) >= 0) {
        const qsizetype end = fgl.indexOf('>', i);
        const QString cmd = QString::fromLatin1(fgl.mid(i + 1, end - i - 1));
        out.append(cmd);
        i = end + 1;
        if (cmd.startsWith(u'G'))
            i += cmd.mid(1).toInt();
    }
    return out;
}

void tst_FglRenderer::goldenTickets_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("reprint");
    QTest::newRow("boca-200") << u"boca-200"_s << 0;
    QTest::newRow("boca-300 duplicate") << u"boca-300"_s << 1;
}

void tst_FglRenderer::goldenTickets()
{
    QFETCH(QString, layout);
    QFETCH(int, reprint);
    TicketData t = TicketData::sample();
    t.reprint = reprint;
    auto bytes = renderer(layout).render(t);
    QVERIFY2(bytes, whyNot(bytes).constData());
    QString why;
    QVERIFY2(test::matchesGolden(*bytes, layout + u"-sample.fgl"_s, &why), qPrintable(why));
    // The same input gives the same bytes.
    QCOMPARE(*renderer(layout).render(t), *bytes);
}

void tst_FglRenderer::dataNeverBecomesACommand()
{
    TicketData t = TicketData::sample();
    t.production = u"<p><RC0,0><F6>Free beer<CB>"_s;
    t.customer = u"Bobby <script> \u000c Tables\u001b"_s;
    t.code = u"AB^<p>{}CD"_s;
    auto bytes = renderer(u"boca-200"_s).render(t);
    QVERIFY(bytes);
    QVERIFY(bytes->contains("(p)(RC0,0)(F6)Free beer(CB)"));
    QVERIFY(bytes->contains("Bobby (script)  Tables"));
    QVERIFY(!bytes->contains('\x0c'));
    QVERIFY(!bytes->contains('\x1b'));
    QVERIFY(bytes->contains("<QR6,0,0,0>{AB^pCD}")); // QR data without < > { } ~
    const QStringList cmds = commands(*bytes);
    QCOMPARE(cmds.count(u"p"_s), 1);
    QCOMPARE(cmds.last(), u"p"_s);
    QVERIFY(!cmds.contains(u"CB"_s));
    static const QRegularExpression allowed(
        uR"(^(NR|RR|RU|RL|RC\d+,\d+|F\d+|HW\d+,\d+|LT\d+|BX\d+,\d+|HX\d+|VX\d+|G\d+|X\d|BI|O[PL]\d+|QR\d+,0,0,0|p)$)"_s);
    for (const QString &c : cmds)
        QVERIFY2(allowed.match(c).hasMatch(), qPrintable(u"unexpected command <%1>"_s.arg(c)));
}

void tst_FglRenderer::codePage850AndTransliteration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("danish") << u"Åse Ærø Østergård"_s
                            << QByteArray("\x8f"
                                          "se \x92r\x9b \x9dsterg\x86rd");
    QTest::newRow("german") << u"Grüße Äö"_s
                            << QByteArray("Gr\x81\xe1"
                                          "e \x8e\x94");
    QTest::newRow("ukrainian") << u"Київ, Львів"_s << QByteArray("Kyiv, Lviv");
    QTest::newRow("polish") << u"Łódź"_s
                            << QByteArray("L\xa2"
                                          "dz");
    QTest::newRow("euro not in 850") << u"12 €"_s << QByteArray("12 EUR");
    QTest::newRow("typography") << u"„Hi“ – ok…"_s << QByteArray("\"Hi\" - ok...");
    QTest::newRow("controls") << u"A\fB\u001bC\nD"_s << QByteArray("ABCD");
    QTest::newRow("brackets") << u"<b>"_s << QByteArray("(b)");
    QTest::newRow("emoji") << u"ok 🎭"_s << QByteArray("ok ?");
}

void tst_FglRenderer::codePage850AndTransliteration()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(FglRenderer::escapeText(text), bytes);
}

void tst_FglRenderer::fontsAndMultipliers_data()
{
    QTest::addColumn<int>("dots");
    QTest::addColumn<int>("font");
    QTest::addColumn<int>("multiplier");
    QTest::newRow("16") << 16 << 2 << 1;
    QTest::newRow("24") << 24 << 2 << 1;
    QTest::newRow("31") << 31 << 3 << 1;
    QTest::newRow("40") << 40 << 8 << 1;
    QTest::newRow("48") << 48 << 2 << 3;
    QTest::newRow("60") << 60 << 6 << 1;
    QTest::newRow("62") << 62 << 3 << 2;
    QTest::newRow("104") << 104 << 6 << 2;
    QTest::newRow("tiny") << 6 << 2 << 1;
}

void tst_FglRenderer::fontsAndMultipliers()
{
    QFETCH(int, dots);
    QFETCH(int, font);
    QFETCH(int, multiplier);
    const auto choice = FglRenderer::chooseFont(dots, false);
    QCOMPARE(choice.font->number, font);
    QCOMPARE(choice.heightMultiplier, multiplier);
    QCOMPARE(choice.widthMultiplier, multiplier);
}

void tst_FglRenderer::positionsAlignmentAndRotation()
{
    TicketLayout l;
    l.name = u"t"_s;
    l.stock = Stock{50.8, 139.7, 200, Orientation::Landscape};
    LayoutField left;
    left.kind = FieldKind::StaticText;
    left.text = u"ABCDEFGHIJ"_s;
    left.rect = QRect(100, 50, 60, 16); // room for 7 characters of F2 (8 dots)
    left.fontSize = 16;
    LayoutField right = left;
    right.text = u"XY"_s;
    right.rect = QRect(100, 80, 100, 16);
    right.align = Align::Right;
    LayoutField centre = right;
    centre.rect = QRect(100, 110, 100, 16);
    centre.align = Align::Center;
    LayoutField up = left;
    up.text = u"UP"_s;
    up.rect = QRect(300, 20, 16, 200);
    up.rotation = 90;
    l.fields = {left, right, centre, up};
    const QByteArray fgl = *FglRenderer(l).render(TicketData::sample());
    QCOMPARE(fgl,
             QByteArray("<NR><RC50,100><F2><HW1,1>ABCDEFG"
                        "<RC80,184><F2><HW1,1>XY"
                        "<RC110,142><F2><HW1,1>XY"
                        "<RR><RC20,315><F2><HW1,1>UP<p>"));
}

void tst_FglRenderer::barcodesUseNativeCommands()
{
    const QByteArray qr = *renderer(u"boca-200"_s).render(TicketData::sample());
    QVERIFY(qr.contains("<RC40,840><QR6,0,0,0>{7KQ2M9XW4HZT3P8R}"));
    const QByteArray code128 = *renderer(u"boca-300"_s).render(TicketData::sample());
    QVERIFY(code128.contains("<RC24,1230><X2><OL12>^7KQ2M9XW4HZT3P8R^"));
}

void tst_FglRenderer::everyTicketIsPrintedAndCut()
{
    const FglRenderer r = renderer(u"boca-200"_s);
    QByteArray batch;
    for (int i = 0; i < 3; ++i) {
        TicketData t = TicketData::sample();
        t.code = u"CODE%1"_s.arg(i);
        QVERIFY(r.renderInto(t, batch));
    }
    const QStringList cmds = commands(batch);
    QCOMPARE(cmds.count(u"p"_s), 3);
    QCOMPARE(cmds.count(u"NR"_s), 3); // each ticket starts from unrotated text
    QVERIFY(batch.endsWith("<p>"));
    QVERIFY(batch.contains("{CODE0}") && batch.contains("{CODE2}"));
}

void tst_FglRenderer::portraitLayoutRefused()
{
    auto bytes = FglRenderer(*TicketLayout::defaultLayout(u"thermal-80"_s))
                     .render(TicketData::sample());
    QVERIFY(!bytes);
    QVERIFY(bytes.error().message.contains(u"portrait"_s));
}

QTEST_GUILESS_MAIN(tst_FglRenderer)
#include "tst_fglrenderer.moc"
