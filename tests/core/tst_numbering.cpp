// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/numbering.h"

#include <QTest>

using namespace parkett;

class TestNumbering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("start");
        QTest::addColumn<bool>("skipIO");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("expected");
        const int letters = int(RowNumbering::Style::Letters);
        const int numbers = int(RowNumbering::Style::Numbers);
        QTest::newRow("letters from A")
            << letters << QStringLiteral("A") << true << QStringLiteral("") << 3
            << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        QTest::newRow("skips I") << letters << QStringLiteral("G") << true << QStringLiteral("")
                                 << 4
                                 << QStringList{QStringLiteral("G"),
                                                QStringLiteral("H"),
                                                QStringLiteral("J"),
                                                QStringLiteral("K")};
        QTest::newRow("keeps I when asked")
            << letters << QStringLiteral("G") << false << QStringLiteral("") << 3
            << QStringList{QStringLiteral("G"), QStringLiteral("H"), QStringLiteral("I")};
        QTest::newRow("skips O") << letters << QStringLiteral("N") << true << QStringLiteral("")
                                 << 2 << QStringList{QStringLiteral("N"), QStringLiteral("P")};
        QTest::newRow("after Z comes AA")
            << letters << QStringLiteral("Y") << true << QStringLiteral("") << 4
            << QStringList{QStringLiteral("Y"),
                           QStringLiteral("Z"),
                           QStringLiteral("AA"),
                           QStringLiteral("AB")};
        QTest::newRow("lower-case start")
            << letters << QStringLiteral("c") << true << QStringLiteral("") << 2
            << QStringList{QStringLiteral("C"), QStringLiteral("D")};
        QTest::newRow("start I refused when skipped")
            << letters << QStringLiteral("I") << true << QStringLiteral("") << 2 << QStringList{};
        QTest::newRow("numbers") << numbers << QStringLiteral("7") << true << QStringLiteral("")
                                 << 3
                                 << QStringList{QStringLiteral("7"),
                                                QStringLiteral("8"),
                                                QStringLiteral("9")};
        QTest::newRow("numbers with prefix")
            << numbers << QStringLiteral("1") << true << QStringLiteral("R") << 2
            << QStringList{QStringLiteral("R1"), QStringLiteral("R2")};
        QTest::newRow("number style, letter start")
            << numbers << QStringLiteral("A") << true << QStringLiteral("") << 2 << QStringList{};
    }

    void rows()
    {
        QFETCH(int, style);
        QFETCH(QString, start);
        QFETCH(bool, skipIO);
        QFETCH(QString, prefix);
        QFETCH(int, count);
        QFETCH(QStringList, expected);
        RowNumbering n;
        n.style = RowNumbering::Style(style);
        n.start = start;
        n.skipIO = skipIO;
        n.prefix = prefix;
        QCOMPARE(rowLabels(n, count), expected);
    }

    void seats_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("parity");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << 1 << int(SeatNumbering::Parity::All) << 4
                             << QStringList{QStringLiteral("1"),
                                            QStringLiteral("2"),
                                            QStringLiteral("3"),
                                            QStringLiteral("4")};
        QTest::newRow("odd") << 1 << int(SeatNumbering::Parity::Odd) << 3
                             << QStringList{QStringLiteral("1"),
                                            QStringLiteral("3"),
                                            QStringLiteral("5")};
        QTest::newRow("even from 1")
            << 1 << int(SeatNumbering::Parity::Even) << 3
            << QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6")};
        QTest::newRow("odd from 10") << 10 << int(SeatNumbering::Parity::Odd) << 2
                                     << QStringList{QStringLiteral("11"), QStringLiteral("13")};
        QTest::newRow("from 101") << 101 << int(SeatNumbering::Parity::All) << 2
                                  << QStringList{QStringLiteral("101"), QStringLiteral("102")};
    }

    void seats()
    {
        QFETCH(int, start);
        QFETCH(int, parity);
        QFETCH(int, count);
        QFETCH(QStringList, expected);
        SeatNumbering n;
        n.start = start;
        n.parity = SeatNumbering::Parity(parity);
        QCOMPARE(seatLabels(n, count), expected);
    }

    void letterSequenceRoundTrip()
    {
        for (bool skip : {true, false}) {
            for (int i = 1; i < 800; ++i)
                QCOMPARE(letterSequenceIndex(letterSequence(i, skip), skip), i);
        }
        QCOMPARE(letterSequence(27, false), QStringLiteral("AA"));
        QCOMPARE(letterSequence(25, true), QStringLiteral("AA"));
        QCOMPARE(letterSequenceIndex(QStringLiteral("A1"), true), 0);
    }
};

QTEST_GUILESS_MAIN(TestNumbering)
#include "tst_numbering.moc"
