// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>

namespace parkett::printing {

/** The modules of a barcode symbol: 1 = dark. A Code 128 symbol is one row high. */
struct BarcodeModules
{
    int width = 0;
    int height = 0;
    QByteArray cells; ///< row-major, width * height bytes of 0 or 1

    bool dark(int x, int y) const { return cells.at(y * width + x) != 0; }
};

/** Encodes \a data (printable ASCII) with ZXing: Code 128 (quiet zones not included). */
Result<BarcodeModules> encodeCode128(const QByteArray &data);
/** QR code, error correction M, no quiet zone. */
Result<BarcodeModules> encodeQr(const QByteArray &data);

/** Draws \a modules into a 1-bit image, \a module dots per module, Code 128 bars
    \a barHeight dots tall. */
QImage barcodeImage(const BarcodeModules &modules, int module, int barHeight);

} // namespace parkett::printing
