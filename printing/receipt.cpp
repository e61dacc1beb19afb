// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/receipt.h"

#include "printing/codepage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace parkett::printing {

namespace {

constexpr char ESC = 0x1b;
constexpr char GS = 0x1d;
constexpr char LF = 0x0a;

QString tr(const char *text)
{
    return QCoreApplication::translate("parkett::printing::ReceiptRenderer", text);
}

QString rateText(qint64 basisPoints, const QLocale &locale)
{
    QString text = locale.toString(basisPoints / 100);
    if (basisPoints % 100 != 0)
        text += locale.decimalPoint()
                + QStringLiteral("%1").arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
    return text + QStringLiteral(" %");
}

QDateTime inZone(const QDateTime &t, const QString &zoneName)
{
    if (zoneName.isEmpty())
        return t;
    const QTimeZone zone(zoneName.toUtf8());
    return zone.isValid() ? t.toTimeZone(zone) : t;
}

/** The printed lines of \a row on a roll \a columns characters wide: the amount right-aligned
    on the text's line when both fit, else on a line of its own. */
QStringList layoutRow(const ReceiptRow &row, int columns)
{
    const int width = row.large ? std::max(1, columns / 2) : columns;
    switch (row.kind) {
    case ReceiptRow::Kind::Gap:
        return {QString()};
    case ReceiptRow::Kind::Rule:
        return {QString(columns, QLatin1Char('-'))};
    case ReceiptRow::Kind::Text:
        break;
    }
    if (row.right.isEmpty()) {
        QStringList out;
        QString rest = row.left;
        do {
            out.append(rest.left(width));
            rest = rest.mid(width);
        } while (!rest.isEmpty());
        return out;
    }
    if (row.left.size() + 1 + row.right.size() <= width)
        return {row.left + QString(width - row.left.size() - row.right.size(), QLatin1Char(' '))
                + row.right};
    return {row.left.left(width), row.right.rightJustified(width, QLatin1Char(' '), true)};
}

} // namespace

Money ReceiptData::total() const
{
    Money sum;
    for (const Line &l : lines)
        sum = sum.currency().isValid() ? sum + l.amount : l.amount;
    return sum;
}

Money ReceiptData::paid() const
{
    Money sum;
    for (const Payment &p : payments)
        sum = sum.currency().isValid() ? sum + p.amount : p.amount;
    return sum;
}

QList<ReceiptData::VatRow> ReceiptData::vatBreakdown() const
{
    std::map<qint64, Money> gross;
    for (const Line &l : lines) {
        auto it = gross.find(l.vatBasisPoints);
        if (it == gross.end())
            gross.emplace(l.vatBasisPoints, l.amount);
        else
            it->second += l.amount;
    }
    QList<VatRow> out;
    for (const auto &[rate, amount] : gross) {
        // VAT is taken from each rate's sum, not line by line: rounding once per rate is
        // what the receipt's totals have to add up to.
        const Money vat = amount.vatFromGross(rate);
        out.append(VatRow{rate, amount - vat, vat, amount});
    }
    return out;
}

ReceiptData ReceiptData::sample()
{
    const Currency dkk = Currency::fromCode(u"DKK");
    ReceiptData r;
    r.venue = QStringLiteral("Parkett Teatret");
    r.orderNumber = QStringLiteral("O-000123");
    r.createdAt = QDateTime(QDate(2026, 12, 1), QTime(10, 15), QTimeZone::utc());
    r.timeZone = QStringLiteral("Europe/Copenhagen");
    r.locale = QStringLiteral("da_DK");
    r.production = QStringLiteral("Die Zauberflöte");
    r.startsAt = QDateTime(QDate(2026, 12, 12), QTime(18, 30), QTimeZone::utc());
    r.lines = {
        {QStringLiteral("Parket · Row C · Seat 11"),
         QStringLiteral("Voksen"),
         Money(45000, dkk),
         2500},
        {QStringLiteral("Parket · Row C · Seat 12"), QStringLiteral("Barn"), Money(22500, dkk), 2500},
        {QStringLiteral("Programme"), QString(), Money(5000, dkk), 0},
    };
    r.payments = {{QStringLiteral("Card"), Money(72500, dkk)}};
    r.terminal = QStringLiteral("Billetkontor 1");
    r.cashier = QStringLiteral("Åse Ærø");
    r.channel = QStringLiteral("Billetkontoret");
    r.customer = QStringLiteral("Jens Jensen");
    return r;
}

ReceiptRenderer::ReceiptRenderer(ReceiptData receipt)
    : m_receipt(std::move(receipt))
{
    const ReceiptData &r = m_receipt;
    const QLocale locale(r.locale.isEmpty() ? QStringLiteral("C") : r.locale);
    auto money = [&locale](const Money &m) { return m.toLocaleString(locale); };
    auto text = [this](const QString &left, const QString &right = {}) {
        m_rows.append(ReceiptRow{ReceiptRow::Kind::Text, left, right});
    };
    auto centered = [this](const QString &left, bool bold = false, bool large = false) {
        m_rows.append(ReceiptRow{ReceiptRow::Kind::Text, left, {}, bold, large, true});
    };
    auto rule = [this] { m_rows.append(ReceiptRow{ReceiptRow::Kind::Rule, {}, {}}); };
    auto gap = [this] { m_rows.append(ReceiptRow{ReceiptRow::Kind::Gap, {}, {}}); };

    centered(r.venue, true, true);
    centered(tr("Receipt %1").arg(r.orderNumber));
    centered(locale.toString(inZone(r.createdAt, r.timeZone), QLocale::ShortFormat));
    if (r.copy > 0)
        centered(tr("COPY %1").arg(r.copy), true);
    gap();
    if (!r.production.isEmpty()) {
        m_rows.append(ReceiptRow{ReceiptRow::Kind::Text, r.production, {}, true});
        if (r.startsAt.isValid())
            text(locale.toString(inZone(r.startsAt, r.timeZone), QLocale::ShortFormat));
    }
    rule();
    for (const ReceiptData::Line &l : r.lines) {
        text(l.text, money(l.amount));
        if (!l.detail.isEmpty())
            text(QStringLiteral("  ") + l.detail);
    }
    rule();
    m_rows.append(ReceiptRow{ReceiptRow::Kind::Text, tr("TOTAL"), money(r.total()), true, true});
    gap();
    for (const ReceiptData::VatRow &v : r.vatBreakdown()) {
        if (v.basisPoints == 0) {
            text(tr("Without VAT"), money(v.gross));
            continue;
        }
        const QString rate = rateText(v.basisPoints, locale);
        text(tr("Net %1").arg(rate), money(v.net));
        text(tr("VAT %1").arg(rate), money(v.vat));
    }
    rule();
    for (const ReceiptData::Payment &p : r.payments)
        text(p.method, money(p.amount));
    if (r.payments.isEmpty())
        text(tr("Not paid"));
    rule();
    if (!r.terminal.isEmpty())
        text(tr("Terminal: %1").arg(r.terminal));
    if (!r.cashier.isEmpty())
        text(tr("Cashier: %1").arg(r.cashier));
    if (!r.channel.isEmpty())
        text(tr("Channel: %1").arg(r.channel));
    if (!r.customer.isEmpty())
        text(tr("Customer: %1").arg(r.customer));
    gap();
    centered(tr("Thank you for your visit"));
}

QString ReceiptRenderer::plainText(int columns) const
{
    QStringList out;
    for (const ReceiptRow &row : m_rows)
        out += layoutRow(row, columns);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray ReceiptRenderer::escPos(EscPosModel model, int columns) const
{
    const CodePage &page = model == EscPosModel::Star ? CodePage::windows1252() : CodePage::cp858();
    QByteArray out;
    out.append(ESC).append('@');
    out.append(ESC).append('t').append(char(EscPosRenderer::codePageNumber(model)));
    for (const ReceiptRow &row : m_rows) {
        out.append(ESC).append('a').append(char(row.centered ? 1 : 0));
        out.append(ESC).append('E').append(char(row.bold ? 1 : 0));
        out.append(GS).append('!').append(char(row.large ? 0x11 : 0x00));
        for (const QString &line : layoutRow(row, columns))
            out.append(page.encode(row.centered ? line.trimmed() : line)).append(LF);
    }
    out.append(ESC).append('a').append(char(0));
    out.append(ESC).append('E').append(char(0));
    out.append(GS).append('!').append(char(0));
    // Feed past the cutter and cut, as after a ticket.
    out.append(GS).append('V').append(char(65)).append(char(3));
    return out;
}

void ReceiptRenderer::paint(QPainter &painter, const QRectF &area) const
{
    painter.save();
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPixelSize(std::max(8, int(area.width() / 30)));
    QFont bold = base;
    bold.setBold(true);
    QFont large = bold;
    large.setPixelSize(int(base.pixelSize() * 1.6));
    painter.setPen(Qt::black);
    double y = area.top();
    for (const ReceiptRow &row : m_rows) {
        const QFont &font = row.large ? large : row.bold ? bold : base;
        painter.setFont(font);
        const double height = QFontMetricsF(font).lineSpacing();
        switch (row.kind) {
        case ReceiptRow::Kind::Gap:
            y += height / 2;
            continue;
        case ReceiptRow::Kind::Rule:
            painter.drawLine(QPointF(area.left(), y + height / 2),
                             QPointF(area.right(), y + height / 2));
            y += height;
            continue;
        case ReceiptRow::Kind::Text:
            break;
        }
        const QRectF line(area.left(), y, area.width(), height);
        if (row.centered) {
            painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, row.left);
        } else {
            const QFontMetricsF metrics(font);
            const double rightWidth = row.right.isEmpty()
                                          ? 0
                                          : metrics.horizontalAdvance(row.right) + height;
            painter.drawText(line.adjusted(0, 0, -rightWidth, 0),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(row.left,
                                                Qt::ElideRight,
                                                line.width() - rightWidth));
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, row.right);
        }
        y += height;
    }
    painter.restore();
}

QImage ReceiptRenderer::image(int width) const
{
    // Measure with a throw-away pass: the height follows from the rows and the font.
    QFont base(QStringLiteral("DejaVu Sans"));
    const int margin = width / 24;
    const double inner = width - 2 * margin;
    base.setPixelSize(std::max(8, int(inner / 30)));
    const double line = QFontMetricsF(base).lineSpacing();
    double height = 2 * margin + line / 2;
    for (const ReceiptRow &row : m_rows)
        height += row.kind == ReceiptRow::Kind::Gap ? line / 2 : row.large ? line * 1.6 : line;
    QImage image(width, int(height) + 1, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(p, QRectF(margin, margin, inner, height - 2 * margin));
    return image;
}

Result<QByteArray> ReceiptRenderer::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageFailure, QStringLiteral("cannot open a PDF buffer"));
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Receipt %1").arg(m_receipt.orderNumber));
    writer.setCreator(QStringLiteral("Parkett"));
    QPainter p;
    if (!p.begin(&writer))
        return makeError(ErrorCode::StorageFailure, QStringLiteral("cannot draw the receipt PDF"));
    // An 80 mm column at the top of the page, as the thermal receipt looks.
    const double mm = 300 / 25.4;
    paint(p, QRectF(20 * mm, 20 * mm, 80 * mm, 250 * mm));
    p.end();
    buffer.close();
    return bytes;
}

} // namespace parkett::printing
