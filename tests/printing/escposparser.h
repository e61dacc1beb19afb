// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace parkett::test {

/** Reads ESC/POS bytes back into what a printer would do with them: the subset the
    renderer emits, and anything else reported as unknown. Shared by the renderer test and
    the printer emulator. */
struct EscPosEvent
{
    enum class Kind { Init, CodePage, Text, Raster, Barcode, QrStore, QrPrint, Cut, Status };
    Kind kind;
    QByteArray data; ///< Text: the line's bytes; Barcode / QrStore: the symbol's data
    int align = 0;
    int width = 1;  ///< Text: width multiplier; Raster: bytes per row
    int height = 1; ///< Text: height multiplier; Raster: rows; Barcode: bar height
    bool bold = false;
    int value = 0; ///< CodePage: the ESC t number; Status: DLE EOT n; Cut: GS V m
};

struct EscPosParse
{
    QList<EscPosEvent> events;
    QList<QByteArray> unknown;
    qsizetype consumed = 0; ///< bytes read; a command cut short at the end stays unread
};

inline EscPosParse parseEscPos(const QByteArray &b)
{
    EscPosParse out;
    int align = 0;
    int size = 0;
    bool bold = false;
    int barHeight = 162;
    QByteArray line;
    auto at = [&b](qsizetype i) { return i < b.size() ? int(quint8(b.at(i))) : -1; };
    qsizetype i = 0;
    while (i < b.size()) {
        const int c = at(i);
        const qsizetype start = i;
        auto need = [&](qsizetype n) { return start + n <= b.size(); };
        if (c == 0x1b) {
            const int op = at(i + 1);
            if (!need(2))
                break;
            if (op == '@') {
                out.events.append({EscPosEvent::Kind::Init, {}, 0, 1, 1, false, 0});
                align = 0;
                size = 0;
                bold = false;
                i += 2;
            } else if (op == 't' || op == 'a' || op == 'E' || op == 'd') {
                if (!need(3))
                    break;
                const int n = at(i + 2);
                if (op == 't')
                    out.events.append({EscPosEvent::Kind::CodePage, {}, 0, 1, 1, false, n});
                else if (op == 'a')
                    align = n;
                else if (op == 'E')
                    bold = n != 0;
                i += 3;
            } else {
                out.unknown.append(b.mid(i, 2));
                i += 2;
            }
        } else if (c == 0x1d) {
            const int op = at(i + 1);
            if (!need(2))
                break;
            if (op == '!' || op == 'h' || op == 'w' || op == 'H') {
                if (!need(3))
                    break;
                if (op == '!')
                    size = at(i + 2);
                if (op == 'h')
                    barHeight = at(i + 2);
                i += 3;
            } else if (op == 'v' && at(i + 2) == '0') {
                if (!need(8))
                    break;
                const int xb = at(i + 4) | (at(i + 5) << 8);
                const int rows = at(i + 6) | (at(i + 7) << 8);
                if (!need(8 + qsizetype(xb) * rows))
                    break;
                out.events.append({EscPosEvent::Kind::Raster,
                                   b.mid(i + 8, qsizetype(xb) * rows),
                                   align,
                                   xb,
                                   rows,
                                   false,
                                   0});
                i += 8 + qsizetype(xb) * rows;
            } else if (op == 'k') {
                if (!need(4))
                    break;
                const int n = at(i + 3);
                if (!need(4 + n))
                    break;
                out.events.append({EscPosEvent::Kind::Barcode,
                                   b.mid(i + 4, n),
                                   align,
                                   1,
                                   barHeight,
                                   false,
                                   at(i + 2)});
                i += 4 + n;
            } else if (op == '(' && at(i + 2) == 'k') {
                if (!need(5))
                    break;
                const int len = at(i + 3) | (at(i + 4) << 8);
                if (!need(5 + len))
                    break;
                const int fn = at(i + 6);
                if (fn == 'P')
                    out.events.append(
                        {EscPosEvent::Kind::QrStore, b.mid(i + 8, len - 3), align, 1, 1, false, 0});
                else if (fn == 'Q')
                    out.events.append({EscPosEvent::Kind::QrPrint, {}, align, 1, 1, false, 0});
                i += 5 + len;
            } else if (op == 'V') {
                if (!need(3))
                    break;
                const int m = at(i + 2);
                const bool feed = m == 65 || m == 66;
                if (feed && !need(4))
                    break;
                out.events.append({EscPosEvent::Kind::Cut, {}, 0, 1, 1, false, m});
                i += feed ? 4 : 3;
            } else {
                out.unknown.append(b.mid(i, 2));
                i += 2;
            }
        } else if (c == 0x10) {
            if (!need(3))
                break;
            if (at(i + 1) == 0x04)
                out.events.append({EscPosEvent::Kind::Status, {}, 0, 1, 1, false, at(i + 2)});
            else
                out.unknown.append(b.mid(i, 3));
            i += 3;
        } else if (c == 0x0a) {
            out.events.append(
                {EscPosEvent::Kind::Text, line, align, (size >> 4) + 1, (size & 0x0f) + 1, bold, 0});
            line.clear();
            i += 1;
        } else {
            line.append(char(c));
            i += 1;
        }
        out.consumed = i;
    }
    return out;
}

} // namespace parkett::test
