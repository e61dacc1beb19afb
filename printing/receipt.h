// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money.h"
#include "core/result.h"
#include "printing/escposrenderer.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace parkett::printing {

/** An order's receipt as the renderers see it: plain values (printing never reads the
    database; the store's glue fills it in). */
struct ReceiptData
{
    struct Line
    {
        QString text;   ///< "Parket · Row C · Seat 11"
        QString detail; ///< the price type, "Adult"
        Money amount;   ///< gross, VAT included
        qint64 vatBasisPoints = 0;
    };
    struct Payment
    {
        QString method; ///< as the clerk reads it: "Cash"
        Money amount;
    };
    /** One VAT rate's share of the order. */
    struct VatRow
    {
        qint64 basisPoints = 0;
        Money net;
        Money vat;
        Money gross;
    };

    QString venue;
    QString orderNumber;
    QDateTime createdAt;
    QString timeZone; ///< the venue's zone; empty = as given
    QString locale;   ///< the venue's locale, "da_DK"
    QString production;
    QDateTime startsAt;
    QList<Line> lines;
    QList<Payment> payments;
    QString terminal;
    QString cashier;
    QString channel;
    QString customer;
    int copy = 0; ///< 0 = the original; n = the n-th copy ("COPY n")

    Money total() const;
    Money paid() const;
    /** Per VAT rate, in rising order: VAT taken from the gross of that rate's lines. */
    QList<VatRow> vatBreakdown() const;

    /** A fixed receipt for previews, golden tests and screenshots. */
    static ReceiptData sample();
};

/** One line of a receipt as printed: text on the left, an amount on the right. */
struct ReceiptRow
{
    enum class Kind { Text, Rule, Gap };
    Kind kind = Kind::Text;
    QString left;
    QString right;
    bool bold = false;
    bool large = false; ///< double width and height
    bool centered = false;
};

/** Turns a receipt into rows once, and the rows into ESC/POS, a PDF or a picture, so that
    every output shows the same thing. */
class ReceiptRenderer
{
public:
    explicit ReceiptRenderer(ReceiptData receipt);

    const QList<ReceiptRow> &rows() const { return m_rows; }

    /** ESC/POS for a roll \a columns characters wide (font A: 48 on 80 mm, 32 on 58 mm):
        init, the model's code page, the rows, feed and cut. */
    QByteArray escPos(EscPosModel model, int columns = 48) const;
    /** Paints the rows into \a area (a receipt-width column). Needs a QGuiApplication. */
    void paint(QPainter &painter, const QRectF &area) const;
    /** The receipt as a picture \a width pixels wide, white background. */
    QImage image(int width = 576) const;
    /** An A4 PDF page with the receipt. */
    Result<QByteArray> pdf() const;

    /** The same text as printed, one row a line, for tests and logs. */
    QString plainText(int columns = 48) const;

private:
    ReceiptData m_receipt;
    QList<ReceiptRow> m_rows;
};

} // namespace parkett::printing
