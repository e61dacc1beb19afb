// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "printing/ticketlayout.h"

#include <QImage>
#include <QList>

class QPainter;

namespace parkett::printing {

/** Draws a ticket layout on any QPainter: PDF (QPdfWriter), PNG, a QPrinter, and every
    preview. The painter's coordinates are the layout's canvas dots; callers scale. Needs a
    QGuiApplication (fonts). */
class PainterRenderer
{
public:
    explicit PainterRenderer(TicketLayout layout);

    /** Paints \a ticket with the painter's current transform mapping canvas dots. */
    void paint(QPainter &painter, const TicketData &ticket) const;
    /** The ticket as an image, \a scale pixels per dot, white background. */
    QImage image(const TicketData &ticket, double scale = 1.0) const;
    /** One page per ticket, page size = the stock as read, at the layout's dpi. */
    Result<void> writePdf(const QList<TicketData> &tickets, const QString &path) const;
    /** The same into memory (for benchmarks and tests). */
    Result<QByteArray> pdf(const QList<TicketData> &tickets) const;

    const TicketLayout &layout() const { return m_layout; }

private:
    Result<void> writePdfTo(const QList<TicketData> &tickets, QIODevice &device) const;
    TicketLayout m_layout;
};

} // namespace parkett::printing
