// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "printing/ticketlayout.h"

#include <QByteArray>

namespace parkett::printing {

/** The ESC/POS dialect of a printer model: code page numbers differ between makers. */
enum class EscPosModel {
    Epson, ///< ESC t 19 = PC858 (with the euro sign)
    Star,  ///< Star in ESC/POS emulation: ESC t 32 = Windows-1252
};

QString escPosModelName(EscPosModel model);
Result<EscPosModel> escPosModelFromName(QStringView name);

/** Renders tickets to ESC/POS for 58 and 80 mm thermal printers.

    A receipt printer prints line by line: fields are taken in reading order (by y, then x),
    text becomes one line each with its alignment, size (GS !) and weight (ESC E), lines and
    boxes become raster rules, logos raster images (GS v 0), barcodes the printer's own
    Code 128 (GS k) and QR (GS ( k). Each ticket starts with ESC @ and the model's code page
    and ends with a feed and a cut. */
class EscPosRenderer
{
public:
    explicit EscPosRenderer(TicketLayout layout, EscPosModel model = EscPosModel::Epson);

    Result<QByteArray> render(const TicketData &ticket) const;
    Result<void> renderInto(const TicketData &ticket, QByteArray &out) const;

    /** The ESC t number of the model's code page. */
    static int codePageNumber(EscPosModel model);
    /** Characters per line of font A (12 dots) at width multiplier \a scale. */
    int columns(int scale) const;

    /** Real-time status requests (DLE EOT n, n = 1..4). */
    static QByteArray statusRequest(int n);

private:
    TicketLayout m_layout;
    EscPosModel m_model;
    QList<int> m_order; ///< field indices in reading order
    QList<QByteArray> m_logos;
};

} // namespace parkett::printing
