// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace parkett::printing {

/** Something the interpreter put on a ticket, in printer dots (x = column, y = row). */
struct FglPreviewItem
{
    enum class Kind { Text, Box, Line, Graphic, Code128, QrCode };
    Kind kind = Kind::Text;
    QRect rect;
    QString text; ///< Text: the decoded characters; barcodes: their data
    int font = 0;
    int rotation = 0;
};

/** One ticket as a BOCA would print it. */
struct FglPreviewTicket
{
    QImage image; ///< white paper, black dots; the canvas size given to the interpreter
    QList<FglPreviewItem> items;
    bool cut = false; ///< ended with <p> (print and cut) rather than <q>
};

struct FglPreviewResult
{
    QList<FglPreviewTicket> tickets;
    /** Commands it does not know, graphics cut short, anything outside the printable area. */
    QStringList problems;
};

/** Our own interpreter of the FGL that FglRenderer emits: it draws each ticket into an
    image so that tests and the layout editor see what the printer would print. It knows
    positioning, rotation, the resident fonts of fglFonts(), multipliers, boxes and lines,
    dot graphics (<G#>), Code 128 (<OP#>/<OL#>) and QR (<QR...>{}), and <p>/<q>. Needs a
    QGuiApplication (fonts). */
class FglPreview
{
public:
    /** \a canvas: the ticket in dots (columns x rows); \a printable: where the head prints. */
    FglPreview(QSize canvas, QSize printable);

    FglPreviewResult run(const QByteArray &fgl) const;

private:
    QSize m_canvas;
    QSize m_printable;
};

} // namespace parkett::printing
