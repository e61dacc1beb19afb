// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include <ZXing/ReadBarcode.h>

#include <cstring>

#include <QImage>
#include <QString>

namespace parkett::test {

/** The barcodes ZXing finds in \a image, as "FORMAT:text" (FORMAT = QRCode, Code128). */
inline QStringList decodeBarcodes(const QImage &source)
{
    // A quiet zone around everything so that symbols at the edge still decode.
    QImage image(source.width() + 80, source.height() + 80, QImage::Format_Grayscale8);
    image.fill(255);
    {
        const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < gray.height(); ++y)
            memcpy(image.scanLine(y + 40) + 40, gray.constScanLine(y), size_t(gray.width()));
    }
    const ZXing::ImageView view(image.constBits(),
                                image.width(),
                                image.height(),
                                ZXing::ImageFormat::Lum,
                                int(image.bytesPerLine()));
    QStringList out;
    // One format at a time: ZXing 1.4's ReadBarcodes asserts when it compares a 2-D result
    // with a 1-D one.
    for (const ZXing::BarcodeFormat format :
         {ZXing::BarcodeFormat::QRCode, ZXing::BarcodeFormat::Code128}) {
        ZXing::DecodeHints hints;
        hints.setFormats(format);
        hints.setTryRotate(true);
        hints.setTryHarder(true);
        const ZXing::Result r = ZXing::ReadBarcode(view, hints);
        if (!r.isValid())
            continue;
        out.append(QString::fromStdString(ZXing::ToString(r.format())) + QLatin1Char(':')
                   + QString::fromStdString(r.text()));
    }
    out.sort();
    return out;
}

} // namespace parkett::test
