// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/ticketlayout.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>
#include <utility>

namespace parkett::printing {

namespace {

constexpr std::array<std::pair<FieldKind, const char *>, 7> kKinds{{
    {FieldKind::Text, "text"},
    {FieldKind::StaticText, "static"},
    {FieldKind::Box, "box"},
    {FieldKind::Line, "line"},
    {FieldKind::Logo, "logo"},
    {FieldKind::Code128, "code128"},
    {FieldKind::QrCode, "qr"},
}};

constexpr std::array<std::pair<PrinterLanguage, const char *>, 3> kLanguages{{
    {PrinterLanguage::Fgl, "fgl"},
    {PrinterLanguage::EscPos, "escpos"},
    {PrinterLanguage::Page, "page"},
}};

QString alignName(Align a)
{
    switch (a) {
    case Align::Left:
        return QStringLiteral("left");
    case Align::Center:
        return QStringLiteral("center");
    case Align::Right:
        return QStringLiteral("right");
    }
    return QStringLiteral("left");
}

Align alignFromName(QStringView name)
{
    if (name == u"center")
        return Align::Center;
    if (name == u"right")
        return Align::Right;
    return Align::Left;
}

/** A logo as the printers take it: one bit per dot, index 1 = black. */
QImage monoLogo(const QImage &source)
{
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    QImage out(gray.size(), QImage::Format_Mono);
    out.setColor(0, qRgb(255, 255, 255));
    out.setColor(1, qRgb(0, 0, 0));
    out.fill(0);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 128)
                out.setPixel(x, y, 1);
        }
    }
    return out;
}

QByteArray imageToPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    monoLogo(image).save(&buffer, "PNG");
    return bytes;
}

LayoutField text(Binding b, int x, int y, int w, int size, bool bold = false, Align a = Align::Left)
{
    LayoutField f;
    f.kind = FieldKind::Text;
    f.binding = b;
    f.rect = QRect(x, y, w, size);
    f.fontSize = size;
    f.bold = bold;
    f.align = a;
    return f;
}

LayoutField staticText(const QString &s, int x, int y, int w, int size)
{
    LayoutField f = text(Binding::None, x, y, w, size);
    f.kind = FieldKind::StaticText;
    f.text = s;
    return f;
}

LayoutField shape(FieldKind kind, QRect r, int lineWidth)
{
    LayoutField f;
    f.kind = kind;
    f.rect = r;
    f.lineWidth = lineWidth;
    return f;
}

LayoutField barcode(FieldKind kind, QRect r, int module, bool readable = false)
{
    LayoutField f;
    f.kind = kind;
    f.binding = Binding::Code;
    f.rect = r;
    f.module = module;
    f.humanReadable = readable;
    return f;
}

LayoutField logo(QRect r)
{
    LayoutField f;
    f.kind = FieldKind::Logo;
    f.rect = r;
    f.image = TicketLayout::sampleLogo(r.width());
    return f;
}

/** BOCA 2" x 5.5" at 200 dpi: 1100 x 400 canvas, 1050 x 384 printable. */
TicketLayout boca200()
{
    TicketLayout l;
    l.name = QStringLiteral("boca-200");
    l.language = PrinterLanguage::Fgl;
    l.stock = Stock{50.8, 139.7, 200, Orientation::Landscape};
    l.fields = {
        logo(QRect(24, 24, 96, 96)),
        text(Binding::Production, 136, 24, 640, 40),
        text(Binding::DateTime, 136, 80, 640, 24),
        text(Binding::Venue, 136, 112, 640, 16),
        shape(FieldKind::Box, QRect(24, 144, 752, 112), 3),
        text(Binding::Seat, 40, 160, 720, 40),
        text(Binding::Category, 40, 216, 460, 24),
        text(Binding::Price, 520, 216, 240, 24, false, Align::Right),
        text(Binding::Fee, 40, 268, 460, 16),
        text(Binding::Duplicate, 520, 264, 240, 24, true, Align::Right),
        text(Binding::Customer, 40, 292, 460, 16),
        text(Binding::OrderNumber, 40, 316, 200, 16),
        text(Binding::Channel, 260, 316, 300, 16),
        text(Binding::Terms, 24, 352, 760, 16),
        shape(FieldKind::Line, QRect(800, 16, 3, 352), 3),
        barcode(FieldKind::QrCode, QRect(840, 40, 180, 180), 6),
        text(Binding::Code, 820, 240, 220, 16, false, Align::Center),
        text(Binding::Seat, 820, 280, 220, 16, false, Align::Center),
        text(Binding::OrderNumber, 820, 310, 220, 16, false, Align::Center),
    };
    return l;
}

TicketLayout scaled(TicketLayout l, int dpi, const QString &name)
{
    const double k = double(dpi) / l.stock.dpi;
    auto s = [k](int v) { return int(std::lround(v * k)); };
    l.name = name;
    l.stock.dpi = dpi;
    for (LayoutField &f : l.fields) {
        f.rect = QRect(s(f.rect.x()), s(f.rect.y()), s(f.rect.width()), s(f.rect.height()));
        f.fontSize = s(f.fontSize);
        f.lineWidth = std::max(1, s(f.lineWidth));
        f.module = std::max(1, s(f.module));
        if (f.kind == FieldKind::Logo)
            f.image = TicketLayout::sampleLogo(f.rect.width());
    }
    return l;
}

/** BOCA 2" x 5.5" at 300 dpi: the 200 dpi design, and Code 128 instead of QR on the stub. */
TicketLayout boca300()
{
    TicketLayout l = scaled(boca200(), 300, QStringLiteral("boca-300"));
    for (LayoutField &f : l.fields) {
        if (f.kind == FieldKind::QrCode) {
            // Code 128 of a 16-character code is 211 modules: it runs up the stub.
            f.kind = FieldKind::Code128;
            f.rect = QRect(1230, 24, 96, 520);
            f.rotation = 90;
            f.module = 2;
        }
    }
    return l;
}

TicketLayout thermal(int widthDots, double widthMm, const QString &name, bool qr)
{
    TicketLayout l;
    l.name = name;
    l.language = PrinterLanguage::EscPos;
    l.stock = Stock{widthMm, 120.0, 203, Orientation::Portrait};
    const int w = widthDots;
    int y = 0;
    auto next = [&y](int h) {
        const int at = y;
        y += h + 8;
        return at;
    };
    l.fields.append(logo(QRect((w - 96) / 2, next(96), 96, 96)));
    l.fields.append(text(Binding::Production, 0, next(48), w, 48, true, Align::Center));
    l.fields.append(text(Binding::DateTime, 0, next(24), w, 24, false, Align::Center));
    l.fields.append(text(Binding::Venue, 0, next(24), w, 24, false, Align::Center));
    l.fields.append(shape(FieldKind::Line, QRect(0, next(2), w, 2), 2));
    l.fields.append(text(Binding::Seat, 0, next(48), w, 48, true, Align::Center));
    l.fields.append(text(Binding::Category, 0, next(24), w, 24));
    l.fields.append(text(Binding::Price, 0, next(24), w, 24, false, Align::Right));
    l.fields.append(text(Binding::Fee, 0, next(24), w, 24, false, Align::Right));
    l.fields.append(text(Binding::Duplicate, 0, next(48), w, 48, true, Align::Center));
    l.fields.append(text(Binding::Customer, 0, next(24), w, 24));
    l.fields.append(text(Binding::OrderNumber, 0, next(24), w, 24));
    l.fields.append(text(Binding::Channel, 0, next(24), w, 24));
    if (qr)
        l.fields.append(barcode(FieldKind::QrCode, QRect((w - 200) / 2, next(200), 200, 200), 8));
    else
        l.fields.append(barcode(FieldKind::Code128, QRect(0, next(80), w, 80), 2, true));
    l.fields.append(text(Binding::Code, 0, next(24), w, 24, false, Align::Center));
    l.fields.append(text(Binding::Terms, 0, next(24), w, 24));
    l.stock.lengthMm = std::ceil((y + 16) * 25.4 / l.stock.dpi);
    return l;
}

/** A4 print-at-home at 150 dpi: 1240 x 1754 canvas; the ticket fills the top third. */
TicketLayout a4()
{
    TicketLayout l;
    l.name = QStringLiteral("a4");
    l.language = PrinterLanguage::Page;
    l.stock = Stock{210.0, 297.0, 150, Orientation::Portrait};
    l.fields = {
        logo(QRect(90, 90, 150, 150)),
        text(Binding::Production, 270, 90, 880, 60, true),
        text(Binding::DateTime, 270, 165, 880, 36),
        text(Binding::Venue, 270, 210, 880, 30),
        shape(FieldKind::Box, QRect(90, 270, 1060, 300), 4),
        text(Binding::Seat, 120, 300, 620, 48, true),
        text(Binding::Category, 120, 370, 620, 30),
        text(Binding::Price, 120, 420, 620, 30),
        text(Binding::Fee, 120, 460, 620, 24),
        text(Binding::Duplicate, 120, 510, 620, 36, true),
        barcode(FieldKind::QrCode, QRect(860, 290, 260, 260), 10),
        barcode(FieldKind::Code128, QRect(90, 600, 640, 120), 3, true),
        text(Binding::Code, 760, 640, 390, 30, false, Align::Right),
        text(Binding::Customer, 90, 760, 700, 30),
        text(Binding::OrderNumber, 90, 800, 400, 30),
        text(Binding::Channel, 500, 800, 650, 30),
        shape(FieldKind::Line, QRect(90, 860, 1060, 2), 2),
        staticText(
            QStringLiteral("Print this page and bring it to the entrance."), 90, 890, 1060, 30),
        text(Binding::Terms, 90, 940, 1060, 26),
    };
    return l;
}

} // namespace

QSize Stock::canvasDots() const
{
    const int across = mmToDots(widthMm, dpi);
    const int along = mmToDots(lengthMm, dpi);
    return orientation == Orientation::Landscape ? QSize(along, across) : QSize(across, along);
}

int Stock::mmToDots(double mm, int dpi)
{
    return int(std::ceil(mm * dpi / 25.4 - 1e-6));
}

QString LayoutField::content(const TicketData &ticket) const
{
    if (kind == FieldKind::StaticText)
        return text;
    return ticket.text(binding);
}

QString fieldKindName(FieldKind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

QString languageName(PrinterLanguage language)
{
    for (const auto &[l, name] : kLanguages) {
        if (l == language)
            return QString::fromLatin1(name);
    }
    return {};
}

Result<PrinterLanguage> languageFromName(QStringView name)
{
    for (const auto &[l, n] : kLanguages) {
        if (name == QLatin1StringView(n))
            return l;
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown printer language \"%1\"").arg(name));
}

QByteArray TicketLayout::toJson() const
{
    QJsonArray fieldArray;
    for (const LayoutField &f : fields) {
        QJsonObject o{{QStringLiteral("kind"), fieldKindName(f.kind)},
                      {QStringLiteral("x"), f.rect.x()},
                      {QStringLiteral("y"), f.rect.y()},
                      {QStringLiteral("width"), f.rect.width()},
                      {QStringLiteral("height"), f.rect.height()}};
        switch (f.kind) {
        case FieldKind::Text:
        case FieldKind::StaticText:
            if (f.kind == FieldKind::Text)
                o.insert(QStringLiteral("bind"), bindingName(f.binding));
            else
                o.insert(QStringLiteral("text"), f.text);
            o.insert(QStringLiteral("fontSize"), f.fontSize);
            o.insert(QStringLiteral("bold"), f.bold);
            o.insert(QStringLiteral("align"), alignName(f.align));
            break;
        case FieldKind::Box:
        case FieldKind::Line:
            o.insert(QStringLiteral("lineWidth"), f.lineWidth);
            break;
        case FieldKind::Logo:
            o.insert(QStringLiteral("png"), QString::fromLatin1(imageToPng(f.image).toBase64()));
            break;
        case FieldKind::Code128:
        case FieldKind::QrCode:
            o.insert(QStringLiteral("bind"), bindingName(f.binding));
            o.insert(QStringLiteral("module"), f.module);
            o.insert(QStringLiteral("humanReadable"), f.humanReadable);
            break;
        }
        if (f.rotation != 0)
            o.insert(QStringLiteral("rotation"), f.rotation);
        fieldArray.append(o);
    }
    const QJsonObject stockObject{{QStringLiteral("widthMm"), stock.widthMm},
                                  {QStringLiteral("lengthMm"), stock.lengthMm},
                                  {QStringLiteral("dpi"), stock.dpi},
                                  {QStringLiteral("orientation"),
                                   stock.orientation == Orientation::Landscape
                                       ? QStringLiteral("landscape")
                                       : QStringLiteral("portrait")}};
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("parkett-ticket-layout")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("language"), languageName(language)},
                           {QStringLiteral("stock"), stockObject},
                           {QStringLiteral("fields"), fieldArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<TicketLayout> TicketLayout::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("layout is not a JSON object: %1")
                             .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != u"parkett-ticket-layout")
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("not a Parkett ticket layout (format is \"%1\")")
                             .arg(root.value(QStringLiteral("format")).toString()));
    TicketLayout l;
    l.name = root.value(QStringLiteral("name")).toString();
    auto language = languageFromName(
        root.value(QStringLiteral("language")).toString(QStringLiteral("page")));
    if (!language)
        return language.error();
    l.language = *language;
    const QJsonObject s = root.value(QStringLiteral("stock")).toObject();
    l.stock.widthMm = s.value(QStringLiteral("widthMm")).toDouble();
    l.stock.lengthMm = s.value(QStringLiteral("lengthMm")).toDouble();
    l.stock.dpi = s.value(QStringLiteral("dpi")).toInt();
    l.stock.orientation = s.value(QStringLiteral("orientation")).toString() == u"landscape"
                              ? Orientation::Landscape
                              : Orientation::Portrait;
    if (l.stock.widthMm <= 0 || l.stock.lengthMm <= 0 || l.stock.dpi < 72 || l.stock.dpi > 1200)
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("layout \"%1\": stock needs a positive size and a dpi "
                                        "between 72 and 1200")
                             .arg(l.name));
    const QJsonArray fieldArray = root.value(QStringLiteral("fields")).toArray();
    for (qsizetype i = 0; i < fieldArray.size(); ++i) {
        const QJsonObject o = fieldArray.at(i).toObject();
        LayoutField f;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        bool known = false;
        for (const auto &[k, n] : kKinds) {
            if (kind == QLatin1StringView(n)) {
                f.kind = k;
                known = true;
            }
        }
        if (!known)
            return makeError(ErrorCode::ParseError,
                             QStringLiteral("layout \"%1\", field %2: unknown kind \"%3\"")
                                 .arg(l.name)
                                 .arg(i + 1)
                                 .arg(kind));
        f.rect = QRect(o.value(QStringLiteral("x")).toInt(),
                       o.value(QStringLiteral("y")).toInt(),
                       o.value(QStringLiteral("width")).toInt(),
                       o.value(QStringLiteral("height")).toInt());
        f.binding = bindingFromName(o.value(QStringLiteral("bind")).toString());
        f.text = o.value(QStringLiteral("text")).toString();
        f.fontSize = o.value(QStringLiteral("fontSize")).toInt(24);
        f.bold = o.value(QStringLiteral("bold")).toBool();
        f.align = alignFromName(o.value(QStringLiteral("align")).toString());
        f.rotation = o.value(QStringLiteral("rotation")).toInt(0);
        f.lineWidth = o.value(QStringLiteral("lineWidth")).toInt(2);
        f.module = o.value(QStringLiteral("module")).toInt(3);
        f.humanReadable = o.value(QStringLiteral("humanReadable")).toBool();
        if (f.kind == FieldKind::Logo) {
            const QByteArray png = QByteArray::fromBase64(
                o.value(QStringLiteral("png")).toString().toLatin1());
            if (!f.image.loadFromData(png, "PNG"))
                return makeError(ErrorCode::ParseError,
                                 QStringLiteral("layout \"%1\", field %2: the logo is not a PNG")
                                     .arg(l.name)
                                     .arg(i + 1));
            f.image = monoLogo(f.image);
        }
        if (f.rotation % 90 != 0 || f.rotation < 0 || f.rotation >= 360)
            return makeError(ErrorCode::ParseError,
                             QStringLiteral("layout \"%1\", field %2: rotation is 0, 90, 180 or "
                                            "270, not %3")
                                 .arg(l.name)
                                 .arg(i + 1)
                                 .arg(f.rotation));
        if ((f.kind == FieldKind::Text && f.binding == Binding::None)
            || ((f.kind == FieldKind::Code128 || f.kind == FieldKind::QrCode)
                && f.binding == Binding::None))
            return makeError(ErrorCode::ParseError,
                             QStringLiteral("layout \"%1\", field %2: unknown binding \"%3\"")
                                 .arg(l.name)
                                 .arg(i + 1)
                                 .arg(o.value(QStringLiteral("bind")).toString()));
        if (f.fontSize < 4 || f.module < 1 || f.lineWidth < 1)
            return makeError(ErrorCode::ParseError,
                             QStringLiteral("layout \"%1\", field %2: font size, module and line "
                                            "width must be positive")
                                 .arg(l.name)
                                 .arg(i + 1));
        l.fields.append(f);
    }
    return l;
}

QStringList TicketLayout::defaultNames()
{
    return {QStringLiteral("boca-200"),
            QStringLiteral("boca-300"),
            QStringLiteral("thermal-80"),
            QStringLiteral("thermal-58"),
            QStringLiteral("a4")};
}

Result<TicketLayout> TicketLayout::defaultLayout(const QString &name)
{
    if (name == u"boca-200")
        return boca200();
    if (name == u"boca-300")
        return boca300();
    if (name == u"thermal-80")
        return thermal(576, 72.0, name, false);
    if (name == u"thermal-58")
        return thermal(384, 48.0, name, true);
    if (name == u"a4")
        return a4();
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("no layout \"%1\" (built in: %2)")
                         .arg(name, defaultNames().join(QStringLiteral(", "))));
}

QImage TicketLayout::sampleLogo(int size)
{
    // Drawn dot by dot (no fonts): a ring with a bar through it, the Parkett mark.
    QImage image(size, size, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    const double c = (size - 1) / 2.0;
    const double outer = size / 2.0;
    const double inner = outer * 0.72;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const double d = std::hypot(x - c, y - c);
            const bool ring = d <= outer && d >= inner;
            const bool bar = std::abs(y - c) <= size * 0.08 && d < inner;
            const bool stem = std::abs(x - c * 0.7) <= size * 0.08 && d < inner;
            if (ring || bar || stem)
                image.setPixel(x, y, 1);
        }
    }
    return image;
}

} // namespace parkett::printing
