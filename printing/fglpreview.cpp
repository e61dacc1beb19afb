// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/fglpreview.h"

#include "printing/barcode.h"
#include "printing/codepage.h"
#include "printing/fglrenderer.h"

#include <QFont>
#include <QPainter>
#include <QRegularExpression>

namespace parkett::printing {

namespace {

struct State
{
    int row = 0;
    int column = 0;
    int font = 2;
    int heightMul = 1;
    int widthMul = 1;
    int rotation = 0;
    int lineThickness = 1;
    int expansion = 2;
    bool readable = false;
};

class Interpreter
{
public:
    Interpreter(QSize canvas, QSize printable, FglPreviewResult &result)
        : m_canvas(canvas)
        , m_printable(printable)
        , m_result(result)
    {
        startTicket();
    }

    void run(const QByteArray &data)
    {
        qsizetype i = 0;
        while (i < data.size()) {
            const char c = data.at(i);
            if (c != '<') {
                if (quint8(c) >= 0x20)
                    character(c);
                ++i;
                continue;
            }
            const qsizetype end = data.indexOf('>', i);
            if (end < 0) {
                problem(QStringLiteral("unterminated command at byte %1").arg(i));
                break;
            }
            const QByteArray cmd = data.mid(i + 1, end - i - 1);
            i = end + 1;
            i = command(cmd, data, i);
        }
        flushText();
        if (m_dirty)
            finishTicket(false);
    }

private:
    void startTicket()
    {
        m_ticket = FglPreviewTicket();
        m_ticket.image = QImage(m_canvas, QImage::Format_Grayscale8);
        m_ticket.image.fill(255);
        m_state = State();
        m_dirty = false;
    }

    void finishTicket(bool cut)
    {
        flushText();
        m_ticket.cut = cut;
        m_result.tickets.append(m_ticket);
        startTicket();
    }

    void problem(const QString &what) { m_result.problems.append(what); }

    void mark(const FglPreviewItem &item)
    {
        m_dirty = true;
        if (!QRect(QPoint(0, 0), m_printable).contains(item.rect))
            problem(QStringLiteral("%1 \"%2\" at column %3, row %4 (%5 x %6 dots) is outside "
                                   "the printable area")
                        .arg(kindName(item.kind), item.text)
                        .arg(item.rect.x())
                        .arg(item.rect.y())
                        .arg(item.rect.width())
                        .arg(item.rect.height()));
        m_ticket.items.append(item);
    }

    static QString kindName(FglPreviewItem::Kind k)
    {
        switch (k) {
        case FglPreviewItem::Kind::Text:
            return QStringLiteral("text");
        case FglPreviewItem::Kind::Box:
            return QStringLiteral("box");
        case FglPreviewItem::Kind::Line:
            return QStringLiteral("line");
        case FglPreviewItem::Kind::Graphic:
            return QStringLiteral("graphic");
        case FglPreviewItem::Kind::Code128:
            return QStringLiteral("Code 128");
        case FglPreviewItem::Kind::QrCode:
            return QStringLiteral("QR code");
        }
        return {};
    }

    /** Maps a point of the text's own frame (x along the text, y down the glyphs). */
    QPoint textPoint(int originRow, int originColumn, int tx, int ty) const
    {
        switch (m_state.rotation) {
        case 90:
            return QPoint(originColumn - ty, originRow + tx);
        case 180:
            return QPoint(originColumn - tx, originRow - ty);
        case 270:
            return QPoint(originColumn + ty, originRow - tx);
        default:
            return QPoint(originColumn + tx, originRow + ty);
        }
    }

    void character(char c)
    {
        const FglFont *font = fglFont(m_state.font);
        if (!font) {
            problem(QStringLiteral("text in unknown font F%1").arg(m_state.font));
            font = &fglFonts().first();
        }
        const int advance = font->cellWidth * m_state.widthMul;
        const int height = font->cellHeight * m_state.heightMul;
        if (m_text.isEmpty()) {
            m_textRow = m_state.row;
            m_textColumn = m_state.column;
        }
        const int index = int(m_text.size());
        m_text.append(c);
        // Draw the glyph into its cell, rotated like the printer would.
        QPainter p(&m_ticket.image);
        QFont qf(QStringLiteral("DejaVu Sans Mono"));
        qf.setPixelSize(std::max(4, int(font->cellHeight * 0.85)));
        p.setFont(qf);
        p.setPen(Qt::black);
        const QPoint at = textPoint(m_textRow, m_textColumn, index * advance, 0);
        p.translate(at);
        p.rotate(m_state.rotation);
        p.scale(double(advance) / font->cellWidth, double(height) / font->cellHeight);
        p.drawText(QRect(0, 0, font->cellWidth, font->cellHeight),
                   Qt::AlignCenter,
                   CodePage::cp850().decode(QByteArray(1, c)));
        p.end();
        // Successive characters continue where this one ends.
        const QPoint next = textPoint(m_textRow, m_textColumn, (index + 1) * advance, 0);
        m_state.row = next.y();
        m_state.column = next.x();
        m_textAdvance = advance;
        m_textHeight = height;
    }

    void flushText()
    {
        if (m_text.isEmpty())
            return;
        const int length = int(m_text.size()) * m_textAdvance;
        const QPoint a = textPoint(m_textRow, m_textColumn, 0, 0);
        const QPoint b = textPoint(m_textRow, m_textColumn, length - 1, m_textHeight - 1);
        FglPreviewItem item;
        item.kind = FglPreviewItem::Kind::Text;
        item.rect = QRect(a, b).normalized();
        item.text = CodePage::cp850().decode(m_text);
        item.font = m_state.font;
        item.rotation = m_state.rotation;
        m_text.clear();
        mark(item);
    }

    void fill(const QRect &r)
    {
        const QRect clipped = r.intersected(m_ticket.image.rect());
        for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
            uchar *line = m_ticket.image.scanLine(y);
            for (int x = clipped.left(); x <= clipped.right(); ++x)
                line[x] = 0;
        }
    }

    static bool numbers(const QByteArray &args, QList<int> &out, int count)
    {
        const QList<QByteArray> parts = args.split(',');
        if (args.isEmpty() || parts.size() != count)
            return false;
        for (const QByteArray &part : parts) {
            bool ok = false;
            out.append(part.toInt(&ok));
            if (!ok)
                return false;
        }
        return true;
    }

    qsizetype command(const QByteArray &cmd, const QByteArray &data, qsizetype next)
    {
        flushText();
        QList<int> n;
        if (cmd.startsWith("RC") && numbers(cmd.mid(2), n, 2)) {
            m_state.row = n[0];
            m_state.column = n[1];
        } else if (cmd == "NR" || cmd == "RR" || cmd == "RU" || cmd == "RL") {
            m_state.rotation = cmd == "RR" ? 90 : cmd == "RU" ? 180 : cmd == "RL" ? 270 : 0;
        } else if (cmd.startsWith("HW") && numbers(cmd.mid(2), n, 2)) {
            m_state.heightMul = std::clamp(n[0], 1, 16);
            m_state.widthMul = std::clamp(n[1], 1, 16);
        } else if (cmd.startsWith("LT") && numbers(cmd.mid(2), n, 1)) {
            m_state.lineThickness = std::max(1, n[0]);
        } else if (cmd.startsWith("BX") && numbers(cmd.mid(2), n, 2)) {
            const int t = m_state.lineThickness;
            const QRect r(m_state.column, m_state.row, n[1], n[0]);
            fill(QRect(r.left(), r.top(), r.width(), t));
            fill(QRect(r.left(), r.bottom() - t + 1, r.width(), t));
            fill(QRect(r.left(), r.top(), t, r.height()));
            fill(QRect(r.right() - t + 1, r.top(), t, r.height()));
            mark(FglPreviewItem{FglPreviewItem::Kind::Box, r, {}, 0, 0});
            m_state.lineThickness = 1;
        } else if (cmd.startsWith("HX") && numbers(cmd.mid(2), n, 1)) {
            const QRect r(m_state.column, m_state.row, n[0], m_state.lineThickness);
            fill(r);
            mark(FglPreviewItem{FglPreviewItem::Kind::Line, r, {}, 0, 0});
            m_state.lineThickness = 1;
        } else if (cmd.startsWith("VX") && numbers(cmd.mid(2), n, 1)) {
            const QRect r(m_state.column, m_state.row, m_state.lineThickness, n[0]);
            fill(r);
            mark(FglPreviewItem{FglPreviewItem::Kind::Line, r, {}, 0, 0});
            m_state.lineThickness = 1;
        } else if (cmd.startsWith('G') && numbers(cmd.mid(1), n, 1)) {
            const int count = n[0];
            if (next + count > data.size()) {
                problem(QStringLiteral("graphics <G%1> cut short").arg(count));
                return data.size();
            }
            for (int x = 0; x < count; ++x) {
                const auto byte = quint8(data.at(next + x));
                for (int bit = 0; bit < 8; ++bit) {
                    if (byte & (0x80 >> bit))
                        fill(QRect(m_state.column + x, m_state.row + bit, 1, 1));
                }
            }
            mark(FglPreviewItem{FglPreviewItem::Kind::Graphic,
                                QRect(m_state.column, m_state.row, count, 8),
                                {},
                                0,
                                0});
            return next + count;
        } else if (cmd.startsWith('F') && numbers(cmd.mid(1), n, 1)) {
            m_state.font = n[0];
            if (!fglFont(n[0]))
                problem(QStringLiteral("font F%1 is not one the renderer uses").arg(n[0]));
        } else if (cmd.startsWith('X') && numbers(cmd.mid(1), n, 1)) {
            m_state.expansion = std::clamp(n[0], 1, 9);
        } else if (cmd == "BI") {
            m_state.readable = true;
        } else if (cmd.size() >= 3 && (cmd.at(0) == 'O' || cmd.at(0) == 'o')
                   && (cmd.at(1) == 'P' || cmd.at(1) == 'L') && numbers(cmd.mid(2), n, 1)) {
            return code128(cmd.at(1) == 'L', n[0] * 8, data, next);
        } else if (cmd.startsWith("QR")) {
            return qr(cmd.mid(2), data, next);
        } else if (cmd == "p" || cmd == "q") {
            finishTicket(cmd == "p");
        } else {
            problem(QStringLiteral("unknown command <%1>").arg(QString::fromLatin1(cmd)));
        }
        return next;
    }

    qsizetype code128(bool ladder, int barLength, const QByteArray &data, qsizetype next)
    {
        if (next >= data.size() || data.at(next) != '^') {
            problem(QStringLiteral("Code 128 without ^data^"));
            return next;
        }
        const qsizetype end = data.indexOf('^', next + 1);
        if (end < 0) {
            problem(QStringLiteral("Code 128 data not closed with ^"));
            return data.size();
        }
        const QByteArray payload = data.mid(next + 1, end - next - 1);
        auto modules = encodeCode128(payload);
        if (!modules) {
            problem(modules.error().message);
            return end + 1;
        }
        const int x = m_state.expansion;
        const int length = modules->width * x;
        const QRect r = ladder ? QRect(m_state.column, m_state.row, barLength, length)
                               : QRect(m_state.column, m_state.row, length, barLength);
        for (int i = 0; i < modules->width; ++i) {
            if (!modules->dark(i, 0))
                continue;
            fill(ladder ? QRect(r.x(), r.y() + i * x, barLength, x)
                        : QRect(r.x() + i * x, r.y(), x, barLength));
        }
        mark(FglPreviewItem{
            FglPreviewItem::Kind::Code128, r, QString::fromLatin1(payload), 0, ladder ? 90 : 0});
        m_state.readable = false;
        return end + 1;
    }

    qsizetype qr(const QByteArray &args, const QByteArray &data, qsizetype next)
    {
        int size = 6;
        if (!args.isEmpty()) {
            bool ok = false;
            const int s = args.split(',').first().toInt(&ok);
            if (ok)
                size = std::clamp(s, 3, 16);
        }
        if (next >= data.size() || data.at(next) != '{') {
            problem(QStringLiteral("QR code without {data}"));
            return next;
        }
        const qsizetype end = data.indexOf('}', next + 1);
        if (end < 0) {
            problem(QStringLiteral("QR data not closed with }"));
            return data.size();
        }
        const QByteArray payload = data.mid(next + 1, end - next - 1);
        auto modules = encodeQr(payload);
        if (!modules) {
            problem(modules.error().message);
            return end + 1;
        }
        const QRect r(m_state.column, m_state.row, modules->width * size, modules->height * size);
        for (int y = 0; y < modules->height; ++y) {
            for (int x = 0; x < modules->width; ++x) {
                if (modules->dark(x, y))
                    fill(QRect(r.x() + x * size, r.y() + y * size, size, size));
            }
        }
        mark(FglPreviewItem{FglPreviewItem::Kind::QrCode, r, QString::fromLatin1(payload), 0, 0});
        return end + 1;
    }

    QSize m_canvas;
    QSize m_printable;
    FglPreviewResult &m_result;
    FglPreviewTicket m_ticket;
    State m_state;
    bool m_dirty = false;
    QByteArray m_text;
    int m_textRow = 0;
    int m_textColumn = 0;
    int m_textAdvance = 1;
    int m_textHeight = 1;
};

} // namespace

FglPreview::FglPreview(QSize canvas, QSize printable)
    : m_canvas(canvas)
    , m_printable(printable)
{}

FglPreviewResult FglPreview::run(const QByteArray &fgl) const
{
    FglPreviewResult result;
    Interpreter interpreter(m_canvas, m_printable, result);
    interpreter.run(fgl);
    return result;
}

} // namespace parkett::printing
