// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "printing/ticketlayout.h"

#include <QByteArray>
#include <QList>

namespace parkett::printing {

/** A BOCA resident font as the renderer and the preview use it: its number and the cell
    (advance x height) in dots at multiplier 1. */
struct FglFont
{
    int number;
    int cellWidth;
    int cellHeight;
};

/** The resident fonts the renderer chooses from (F2, F3, F8, F6). */
const QList<FglFont> &fglFonts();
const FglFont *fglFont(int number);

/** Renders tickets to BOCA FGL (Friendly Ghost Language).

    Coordinates: the layout's canvas x is the FGL column (along the paper) and y the row
    (across the head), both in dots. Text is sent in code page 850 (the resident fonts);
    characters outside it are transliterated; '<' and '>' in ticket data become '(' and ')'
    so that no data can become a command. Every ticket ends with <p> (print and cut). */
class FglRenderer
{
public:
    explicit FglRenderer(TicketLayout layout);

    /** The bytes of one ticket, ending with print-and-cut. */
    Result<QByteArray> render(const TicketData &ticket) const;
    /** Appends one ticket to \a out (no allocation per field; for batches). */
    Result<void> renderInto(const TicketData &ticket, QByteArray &out) const;

    /** Ticket text made safe for the data stream: code page 850, no '<' '>' or controls. */
    static QByteArray escapeText(QStringView text);
    /** Barcode data: printable ASCII without the FGL delimiters of \a kind. */
    static QByteArray barcodeData(QStringView text, FieldKind kind);

    /** The font and multipliers for text \a dots high. */
    struct FontChoice
    {
        const FglFont *font;
        int heightMultiplier;
        int widthMultiplier;
    };
    static FontChoice chooseFont(int dots, bool bold);

    /** Where a BOCA head prints on \a stock, in dots (columns x rows): the guide gives
        1050 x 384 for 2" x 5.5" at 200 dpi; other sizes keep the same margins in inches. */
    static QSize printableDots(const Stock &stock);

private:
    TicketLayout m_layout;
    QByteArray m_logoBytes; ///< the logos' graphics commands, prepared once
    QList<qsizetype> m_logoAt;
};

} // namespace parkett::printing
