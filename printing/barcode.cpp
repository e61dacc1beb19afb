// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/barcode.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>
#include <string>

namespace parkett::printing {

namespace {

Result<BarcodeModules> encode(ZXing::BarcodeFormat format, const QByteArray &data, int ecc)
{
    if (data.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no barcode data"));
    try {
        ZXing::MultiFormatWriter writer(format);
        writer.setMargin(0);
        if (ecc >= 0)
            writer.setEccLevel(ecc);
        const ZXing::BitMatrix m = writer.encode(std::string(data.constData(), size_t(data.size())),
                                                 0,
                                                 0);
        BarcodeModules out;
        out.width = m.width();
        // A 1-D symbol comes back with some height; one row is the symbol.
        out.height = format == ZXing::BarcodeFormat::Code128 ? 1 : m.height();
        out.cells.resize(qsizetype(out.width) * out.height);
        for (int y = 0; y < out.height; ++y) {
            for (int x = 0; x < out.width; ++x)
                out.cells[y * out.width + x] = m.get(x, y) ? 1 : 0;
        }
        return out;
    } catch (const std::exception &e) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("cannot encode \"%1\": %2")
                             .arg(QString::fromLatin1(data), QString::fromLocal8Bit(e.what())));
    }
}

} // namespace

Result<BarcodeModules> encodeCode128(const QByteArray &data)
{
    return encode(ZXing::BarcodeFormat::Code128, data, -1);
}

Result<BarcodeModules> encodeQr(const QByteArray &data)
{
    // ZXing's QR levels: 0..8 mapped to L/M/Q/H in quarters; 3 is M.
    return encode(ZXing::BarcodeFormat::QRCode, data, 3);
}

QImage barcodeImage(const BarcodeModules &modules, int module, int barHeight)
{
    const int rowsDots = modules.height == 1 ? barHeight : modules.height * module;
    QImage image(modules.width * module, rowsDots, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < rowsDots; ++y) {
        uchar *line = image.scanLine(y);
        const int my = modules.height == 1 ? 0 : y / module;
        for (int x = 0; x < image.width(); ++x) {
            if (modules.dark(x / module, my))
                line[x] = 0;
        }
    }
    return image;
}

} // namespace parkett::printing
