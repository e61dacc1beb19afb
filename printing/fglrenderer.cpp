// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/fglrenderer.h"

#include "printing/codepage.h"

namespace parkett::printing {

namespace {

void appendNumber(QByteArray &out, int n)
{
    out.append(QByteArray::number(n));
}

void moveTo(QByteArray &out, int row, int column)
{
    out.append("<RC");
    appendNumber(out, std::max(0, row));
    out.append(',');
    appendNumber(out, std::max(0, column));
    out.append('>');
}

const char *rotationCommand(int rotation)
{
    switch (rotation) {
    case 90:
        return "<RR>";
    case 180:
        return "<RU>";
    case 270:
        return "<RL>";
    default:
        return "<NR>";
    }
}

/** The graphics commands of a 1-bit logo at (row, column): 8-dot strips, MSB on top. */
QByteArray logoCommands(const QImage &source, QPoint at)
{
    const QImage image = source.convertToFormat(QImage::Format_Mono);
    QByteArray out;
    const int w = image.width();
    const bool blackIsOne = qGray(image.color(1)) < qGray(image.color(0));
    for (int strip = 0; strip < image.height(); strip += 8) {
        moveTo(out, at.y() + strip, at.x());
        out.append("<G");
        appendNumber(out, w);
        out.append('>');
        for (int x = 0; x < w; ++x) {
            quint8 byte = 0;
            for (int bit = 0; bit < 8; ++bit) {
                const int y = strip + bit;
                if (y < image.height() && (image.pixelIndex(x, y) == 1) == blackIsOne)
                    byte |= quint8(0x80 >> bit);
            }
            out.append(char(byte));
        }
    }
    return out;
}

} // namespace

const QList<FglFont> &fglFonts()
{
    // Cells as the FGL46 guide gives them; F2 per the newer guides (8 x 16).
    static const QList<FglFont> fonts{{2, 8, 16}, {3, 17, 31}, {8, 20, 40}, {6, 30, 52}};
    return fonts;
}

const FglFont *fglFont(int number)
{
    for (const FglFont &f : fglFonts()) {
        if (f.number == number)
            return &f;
    }
    return nullptr;
}

FglRenderer::FontChoice FglRenderer::chooseFont(int dots, bool bold)
{
    FontChoice best{&fglFonts().first(), 1, 1};
    int bestHeight = 0;
    for (const FglFont &f : fglFonts()) {
        for (int m = 1; m <= 4; ++m) {
            const int h = f.cellHeight * m;
            // The tallest that fits; on a tie the lower multiplier (a sharper glyph).
            if (h <= dots && h > bestHeight) {
                best = FontChoice{&f, m, m};
                bestHeight = h;
            }
        }
    }
    // Resident fonts have no bold face; bold text keeps its font (the PDF shows the weight).
    Q_UNUSED(bold)
    return best;
}

QSize FglRenderer::printableDots(const Stock &stock)
{
    const QSize canvas = stock.canvasDots();
    return QSize(canvas.width() - stock.dpi / 4, canvas.height() - stock.dpi * 2 / 25);
}

FglRenderer::FglRenderer(TicketLayout layout)
    : m_layout(std::move(layout))
{
    for (const LayoutField &f : m_layout.fields) {
        if (f.kind == FieldKind::Logo && !f.image.isNull()) {
            m_logoAt.append(m_logoBytes.size());
            m_logoBytes.append(logoCommands(f.image, f.rect.topLeft()));
        }
    }
    m_logoAt.append(m_logoBytes.size());
}

QByteArray FglRenderer::escapeText(QStringView text)
{
    QByteArray bytes = CodePage::cp850().encode(text);
    for (char &c : bytes) {
        if (c == '<')
            c = '(';
        else if (c == '>')
            c = ')';
    }
    return bytes;
}

QByteArray FglRenderer::barcodeData(QStringView text, FieldKind kind)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == '<' || u == '>')
            continue;
        if (kind == FieldKind::Code128 && u == '^')
            continue;
        if (kind == FieldKind::QrCode && (u == '{' || u == '}' || u == '~'))
            continue;
        out.append(char(u));
    }
    return out;
}

Result<QByteArray> FglRenderer::render(const TicketData &ticket) const
{
    QByteArray out;
    out.reserve(2048 + m_logoBytes.size());
    if (auto r = renderInto(ticket, out); !r)
        return r.error();
    return out;
}

Result<void> FglRenderer::renderInto(const TicketData &ticket, QByteArray &out) const
{
    if (m_layout.stock.orientation != Orientation::Landscape)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("layout \"%1\" is portrait; FGL tickets are landscape")
                             .arg(m_layout.name));
    int rotation = 0;
    out.append("<NR>");
    int logo = 0;
    for (const LayoutField &f : m_layout.fields) {
        const QRect &r = f.rect;
        switch (f.kind) {
        case FieldKind::Text:
        case FieldKind::StaticText: {
            const QString text = f.content(ticket);
            if (text.isEmpty())
                break;
            const FontChoice choice = chooseFont(f.fontSize, f.bold);
            const int advance = choice.font->cellWidth * choice.widthMultiplier;
            const int height = choice.font->cellHeight * choice.heightMultiplier;
            const bool vertical = f.rotation == 90 || f.rotation == 270;
            const int room = vertical ? r.height() : r.width();
            QByteArray bytes = escapeText(text);
            const int fits = std::max(0, room / std::max(1, advance));
            if (bytes.size() > fits)
                bytes.truncate(fits);
            const int used = int(bytes.size()) * advance;
            const int offset = f.align == Align::Center  ? (room - used) / 2
                               : f.align == Align::Right ? room - used
                                                         : 0;
            if (f.rotation != rotation) {
                out.append(rotationCommand(f.rotation));
                rotation = f.rotation;
            }
            // The FGL position is the top-left of the first character cell as it is read.
            int row = r.y();
            int column = r.x();
            switch (f.rotation) {
            case 90:
                row += offset;
                column += r.width() - 1;
                break;
            case 180:
                row += height - 1;
                column += r.width() - 1 - offset;
                break;
            case 270:
                row += r.height() - 1 - offset;
                break;
            default:
                column += offset;
                break;
            }
            moveTo(out, row, column);
            out.append("<F");
            appendNumber(out, choice.font->number);
            out.append("><HW");
            appendNumber(out, choice.heightMultiplier);
            out.append(',');
            appendNumber(out, choice.widthMultiplier);
            out.append('>');
            out.append(bytes);
            break;
        }
        case FieldKind::Box:
            moveTo(out, r.y(), r.x());
            out.append("<LT");
            appendNumber(out, f.lineWidth);
            out.append("><BX");
            appendNumber(out, r.height());
            out.append(',');
            appendNumber(out, r.width());
            out.append('>');
            break;
        case FieldKind::Line:
            moveTo(out, r.y(), r.x());
            out.append("<LT");
            appendNumber(out, f.lineWidth);
            out.append('>');
            if (r.width() >= r.height()) {
                out.append("<HX");
                appendNumber(out, r.width());
            } else {
                out.append("<VX");
                appendNumber(out, r.height());
            }
            out.append('>');
            break;
        case FieldKind::Logo:
            if (logo + 1 < m_logoAt.size()) {
                out.append(m_logoBytes.constData() + m_logoAt.at(logo),
                           m_logoAt.at(logo + 1) - m_logoAt.at(logo));
                ++logo;
            }
            break;
        case FieldKind::Code128: {
            const QByteArray data = barcodeData(f.content(ticket), f.kind);
            if (data.isEmpty())
                break;
            // Picket fence runs along the ticket; a ladder (rotated field) runs up the stub.
            const bool ladder = f.rotation == 90 || f.rotation == 270;
            const int barLength = ladder ? r.width() : r.height();
            if (rotation != 0) {
                out.append("<NR>");
                rotation = 0;
            }
            moveTo(out, r.y(), r.x());
            out.append("<X");
            appendNumber(out, std::clamp(f.module, 1, 9));
            out.append('>');
            if (f.humanReadable)
                out.append("<BI>");
            out.append(ladder ? "<OL" : "<OP");
            appendNumber(out, std::max(1, barLength / 8));
            out.append(">^");
            out.append(data);
            out.append('^');
            break;
        }
        case FieldKind::QrCode: {
            const QByteArray data = barcodeData(f.content(ticket), f.kind);
            if (data.isEmpty())
                break;
            moveTo(out, r.y(), r.x());
            // Point size = module dots, no tilde escapes, byte mode, ECC M (0).
            out.append("<QR");
            appendNumber(out, std::clamp(f.module, 3, 16));
            out.append(",0,0,0>{");
            out.append(data);
            out.append('}');
            break;
        }
        }
    }
    out.append("<p>");
    return {};
}

} // namespace parkett::printing
