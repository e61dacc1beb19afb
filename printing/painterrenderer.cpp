// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/painterrenderer.h"

#include "printing/barcode.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace parkett::printing {

namespace {

QByteArray asciiData(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            out.append(char(c.unicode()));
    }
    return out;
}

void drawText(QPainter &p, const LayoutField &f, const QString &text)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    // fontSize is the character cell height in dots; the pixel size is the em height.
    font.setPixelSize(std::max(4, int(f.fontSize * 0.8)));
    font.setBold(f.bold);
    p.setFont(font);
    p.setPen(Qt::black);
    const QRect &r = f.rect;
    const bool vertical = f.rotation == 90 || f.rotation == 270;
    p.save();
    p.translate(r.center());
    p.rotate(f.rotation);
    const QSizeF box = vertical ? QSizeF(r.height(), r.width()) : QSizeF(r.width(), r.height());
    const QRectF area(-box.width() / 2, -box.height() / 2, box.width(), box.height());
    const Qt::Alignment h = f.align == Align::Center  ? Qt::AlignHCenter
                            : f.align == Align::Right ? Qt::AlignRight
                                                      : Qt::AlignLeft;
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, area.width());
    p.drawText(area, int(h | Qt::AlignVCenter) | Qt::TextDontClip, shown);
    p.restore();
}

void drawModules(QPainter &p, const LayoutField &f, const BarcodeModules &m)
{
    const QRect &r = f.rect;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    const bool vertical = f.rotation == 90 || f.rotation == 270;
    if (m.height == 1) {
        // Code 128: bars across the field's length, module dots wide.
        const int length = vertical ? r.height() : r.width();
        const int bars = vertical ? r.width() : r.height();
        const int module = std::max(1, std::min(f.module, length / std::max(1, m.width)));
        const int start = (length - m.width * module) / 2;
        for (int x = 0; x < m.width; ++x) {
            if (!m.dark(x, 0))
                continue;
            if (vertical)
                p.drawRect(QRect(r.x(), r.y() + start + x * module, bars, module));
            else
                p.drawRect(QRect(r.x() + start + x * module, r.y(), module, bars));
        }
    } else {
        const int module = std::max(1,
                                    std::min(f.module, std::min(r.width(), r.height()) / m.width));
        for (int y = 0; y < m.height; ++y) {
            for (int x = 0; x < m.width; ++x) {
                if (m.dark(x, y))
                    p.drawRect(QRect(r.x() + x * module, r.y() + y * module, module, module));
            }
        }
    }
    p.restore();
}

} // namespace

PainterRenderer::PainterRenderer(TicketLayout layout)
    : m_layout(std::move(layout))
{}

void PainterRenderer::paint(QPainter &p, const TicketData &ticket) const
{
    for (const LayoutField &f : m_layout.fields) {
        switch (f.kind) {
        case FieldKind::Text:
        case FieldKind::StaticText: {
            const QString text = f.content(ticket);
            if (!text.isEmpty())
                drawText(p, f, text);
            break;
        }
        case FieldKind::Box: {
            p.save();
            const qreal w = f.lineWidth;
            p.setPen(QPen(Qt::black, w, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(f.rect).adjusted(w / 2, w / 2, -w / 2, -w / 2));
            p.restore();
            break;
        }
        case FieldKind::Line:
            p.fillRect(f.rect.width() >= f.rect.height()
                           ? QRect(f.rect.x(), f.rect.y(), f.rect.width(), f.lineWidth)
                           : QRect(f.rect.x(), f.rect.y(), f.lineWidth, f.rect.height()),
                       Qt::black);
            break;
        case FieldKind::Logo:
            if (!f.image.isNull())
                p.drawImage(f.rect, f.image);
            break;
        case FieldKind::Code128:
        case FieldKind::QrCode: {
            const QByteArray data = asciiData(f.content(ticket));
            auto modules = f.kind == FieldKind::QrCode ? encodeQr(data) : encodeCode128(data);
            if (modules)
                drawModules(p, f, *modules);
            break;
        }
        }
    }
}

QImage PainterRenderer::image(const TicketData &ticket, double scale) const
{
    const QSize canvas = m_layout.stock.canvasDots();
    QImage out(QSize(int(canvas.width() * scale), int(canvas.height() * scale)),
               QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.scale(scale, scale);
    paint(p, ticket);
    p.end();
    return out;
}

Result<void> PainterRenderer::writePdfTo(const QList<TicketData> &tickets, QIODevice &device) const
{
    if (tickets.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no tickets to write"));
    const Stock &s = m_layout.stock;
    const bool landscape = s.orientation == Orientation::Landscape;
    const QSizeF pageMm = landscape ? QSizeF(s.lengthMm, s.widthMm) : QSizeF(s.widthMm, s.lengthMm);
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("Parkett"));
    writer.setTitle(tickets.first().production);
    writer.setResolution(s.dpi);
    writer.setPageSize(QPageSize(pageMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p;
    if (!p.begin(&writer))
        return makeError(ErrorCode::StorageFailure, QStringLiteral("cannot start the PDF"));
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        if (i > 0)
            writer.newPage();
        paint(p, tickets.at(i));
    }
    p.end();
    return {};
}

Result<QByteArray> PainterRenderer::pdf(const QList<TicketData> &tickets) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto r = writePdfTo(tickets, buffer); !r)
        return r.error();
    buffer.close();
    return bytes;
}

Result<void> PainterRenderer::writePdf(const QList<TicketData> &tickets, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (auto r = writePdfTo(tickets, file); !r)
        return r;
    if (!file.commit())
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace parkett::printing
