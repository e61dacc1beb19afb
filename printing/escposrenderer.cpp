// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/escposrenderer.h"

#include "printing/codepage.h"

#include <algorithm>

namespace parkett::printing {

namespace {

constexpr char ESC = 0x1b;
constexpr char GS = 0x1d;
constexpr char LF = 0x0a;

void append(QByteArray &out, std::initializer_list<int> bytes)
{
    for (const int b : bytes)
        out.append(char(b));
}

char alignByte(Align a)
{
    return a == Align::Center ? 1 : a == Align::Right ? 2 : 0;
}

/** GS v 0 of a 1-bit picture \a width dots wide, placed \a left dots in, in bands. */
QByteArray raster(const QImage &source, int left, int width)
{
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    const int total = std::min(left + image.width(), width);
    const int bytesPerRow = (total + 7) / 8;
    QByteArray out;
    constexpr int kBand = 256;
    for (int top = 0; top < image.height(); top += kBand) {
        const int rows = std::min(kBand, image.height() - top);
        append(out, {GS, 'v', '0', 0, bytesPerRow & 0xff, bytesPerRow >> 8, rows & 0xff, rows >> 8});
        for (int y = top; y < top + rows; ++y) {
            const uchar *line = image.constScanLine(y);
            for (int bx = 0; bx < bytesPerRow; ++bx) {
                quint8 byte = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = bx * 8 + bit - left;
                    if (x >= 0 && x < image.width() && line[x] < 128)
                        byte |= quint8(0x80 >> bit);
                }
                out.append(char(byte));
            }
        }
    }
    return out;
}

QImage rule(int width, int height)
{
    QImage image(width, std::max(1, height), QImage::Format_Grayscale8);
    image.fill(0);
    return image;
}

} // namespace

QString escPosModelName(EscPosModel model)
{
    return model == EscPosModel::Star ? QStringLiteral("star") : QStringLiteral("epson");
}

Result<EscPosModel> escPosModelFromName(QStringView name)
{
    if (name == u"epson")
        return EscPosModel::Epson;
    if (name == u"star")
        return EscPosModel::Star;
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown ESC/POS model \"%1\" (epson or star)").arg(name));
}

int EscPosRenderer::codePageNumber(EscPosModel model)
{
    return model == EscPosModel::Star ? 32 : 19;
}

QByteArray EscPosRenderer::statusRequest(int n)
{
    return QByteArray("\x10\x04", 2) + char(std::clamp(n, 1, 4));
}

EscPosRenderer::EscPosRenderer(TicketLayout layout, EscPosModel model)
    : m_layout(std::move(layout))
    , m_model(model)
{
    for (int i = 0; i < m_layout.fields.size(); ++i)
        m_order.append(i);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        const QRect &ra = m_layout.fields.at(a).rect;
        const QRect &rb = m_layout.fields.at(b).rect;
        return ra.y() != rb.y() ? ra.y() < rb.y() : ra.x() < rb.x();
    });
    const int width = m_layout.stock.canvasDots().width();
    for (const LayoutField &f : m_layout.fields) {
        m_logos.append(f.kind == FieldKind::Logo && !f.image.isNull()
                           ? raster(f.image, f.rect.x(), width)
                           : QByteArray());
    }
}

int EscPosRenderer::columns(int scale) const
{
    return m_layout.stock.canvasDots().width() / (12 * std::max(1, scale));
}

Result<QByteArray> EscPosRenderer::render(const TicketData &ticket) const
{
    QByteArray out;
    out.reserve(4096);
    if (auto r = renderInto(ticket, out); !r)
        return r.error();
    return out;
}

Result<void> EscPosRenderer::renderInto(const TicketData &ticket, QByteArray &out) const
{
    if (m_layout.stock.orientation != Orientation::Portrait)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("layout \"%1\" is landscape; receipt printers print "
                                        "portrait layouts")
                             .arg(m_layout.name));
    const CodePage &page = m_model == EscPosModel::Star ? CodePage::windows1252()
                                                        : CodePage::cp858();
    const int width = m_layout.stock.canvasDots().width();
    append(out, {ESC, '@', ESC, 't', codePageNumber(m_model)});
    for (const int index : m_order) {
        const LayoutField &f = m_layout.fields.at(index);
        switch (f.kind) {
        case FieldKind::Text:
        case FieldKind::StaticText: {
            const QString text = f.content(ticket);
            if (text.isEmpty())
                break;
            const int scale = std::clamp((f.fontSize + 12) / 24, 1, 8);
            QByteArray bytes = page.encode(text);
            if (bytes.size() > columns(scale))
                bytes.truncate(columns(scale));
            append(out, {ESC, 'a', alignByte(f.align)});
            append(out, {GS, '!', ((scale - 1) << 4) | (scale - 1)});
            if (f.bold)
                append(out, {ESC, 'E', 1});
            out.append(bytes);
            out.append(LF);
            if (f.bold)
                append(out, {ESC, 'E', 0});
            if (scale != 1)
                append(out, {GS, '!', 0});
            break;
        }
        case FieldKind::Box:
        case FieldKind::Line:
            append(out, {ESC, 'a', 0});
            out.append(raster(rule(std::min(f.rect.width(), width - f.rect.x()), f.lineWidth),
                              f.rect.x(),
                              width));
            break;
        case FieldKind::Logo:
            append(out, {ESC, 'a', 0});
            out.append(m_logos.at(index));
            break;
        case FieldKind::Code128: {
            QByteArray data;
            for (const QChar c : f.content(ticket)) {
                if (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'{')
                    data.append(char(c.unicode()));
            }
            if (data.isEmpty())
                break;
            data.prepend("{B");
            append(out, {ESC, 'a', alignByte(Align::Center)});
            append(out, {GS, 'h', std::clamp(f.rect.height(), 1, 255)});
            append(out, {GS, 'w', std::clamp(f.module, 2, 6)});
            append(out, {GS, 'H', f.humanReadable ? 2 : 0});
            append(out, {GS, 'k', 73, int(std::min<qsizetype>(data.size(), 255))});
            out.append(data.left(255));
            break;
        }
        case FieldKind::QrCode: {
            QByteArray data;
            for (const QChar c : f.content(ticket)) {
                if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
                    data.append(char(c.unicode()));
            }
            if (data.isEmpty())
                break;
            const int stored = int(data.size()) + 3;
            append(out, {ESC, 'a', alignByte(Align::Center)});
            append(out, {GS, '(', 'k', 4, 0, '1', 'A', '2', 0});                      // model 2
            append(out, {GS, '(', 'k', 3, 0, '1', 'C', std::clamp(f.module, 1, 16)}); // size
            append(out, {GS, '(', 'k', 3, 0, '1', 'E', '1'});                         // ECC M
            append(out, {GS, '(', 'k', stored & 0xff, stored >> 8, '1', 'P', '0'});
            out.append(data);
            append(out, {GS, '(', 'k', 3, 0, '1', 'Q', '0'}); // print
            out.append(LF);
            break;
        }
        }
    }
    // Feed past the cutter and cut (GS V 65 n: feed n lines, then a full cut).
    append(out, {ESC, 'a', 0, GS, 'V', 65, 3});
    return {};
}

} // namespace parkett::printing
