// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "printing/ticketdata.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

namespace parkett::printing {

/** Which way the ticket is read. Landscape: text runs along the stock's length (a BOCA
    ticket); portrait: across it (thermal receipts, A4). */
enum class Orientation { Portrait, Landscape };

/** The printer language a layout is made for; QPainter output works from any layout. */
enum class PrinterLanguage { Fgl, EscPos, Page };

/** The paper: physical size, head resolution, and which way it is read. */
struct Stock
{
    double widthMm = 50.8;   ///< across the print head
    double lengthMm = 139.7; ///< along the paper feed
    int dpi = 200;
    Orientation orientation = Orientation::Landscape;

    /** The design canvas in dots, as the ticket is read (x right, y down). */
    QSize canvasDots() const;
    static int mmToDots(double mm, int dpi);
};

enum class FieldKind { Text, StaticText, Box, Line, Logo, Code128, QrCode };
enum class Align { Left, Center, Right };

/** One thing on the ticket. Geometry is in dots of the layout's resolution on the design
    canvas; \c fontSize is the character height in dots. */
struct LayoutField
{
    FieldKind kind = FieldKind::Text;
    Binding binding = Binding::None; ///< Text and barcodes: what they show
    QString text;                    ///< StaticText: the text
    QRect rect;                      ///< position and size in dots
    int fontSize = 24;
    bool bold = false;
    Align align = Align::Left;
    int rotation = 0;  ///< 0, 90, 180 or 270 degrees clockwise
    int lineWidth = 2; ///< Box, Line
    int module = 3;    ///< barcode module (narrow bar / QR cell) in dots
    bool humanReadable = false;
    QImage image; ///< Logo: one bit per dot at the layout's resolution

    /** What the field shows for \a ticket (static text, bound text, barcode data). */
    QString content(const TicketData &ticket) const;
};

/** A ticket layout as data: the stock and the fields on it, saved as JSON. */
struct TicketLayout
{
    QString name;
    PrinterLanguage language = PrinterLanguage::Fgl;
    Stock stock;
    QList<LayoutField> fields;

    QByteArray toJson() const;
    static Result<TicketLayout> fromJson(const QByteArray &json);

    /** The layouts shipped with Parkett: boca-200, boca-300, thermal-80, thermal-58, a4. */
    static QStringList defaultNames();
    static Result<TicketLayout> defaultLayout(const QString &name);
    /** The sample logo of the default layouts, \a size dots square, 1-bit. */
    static QImage sampleLogo(int size);
};

QString fieldKindName(FieldKind kind);
QString languageName(PrinterLanguage language);
Result<PrinterLanguage> languageFromName(QStringView name);

} // namespace parkett::printing
