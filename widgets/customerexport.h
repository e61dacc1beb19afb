// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gdpr.h"
#include "core/result.h"

#include <QString>

namespace parkett {

/** Writes a GDPR export as indented JSON. */
Result<void> writeDossierJson(const CustomerDossier &dossier, const QString &path);
/** Writes a GDPR export as a readable A4 PDF (QTextDocument on QPdfWriter). */
Result<void> writeDossierPdf(const CustomerDossier &dossier, const QString &path);
/** The export as HTML, what the PDF shows. */
QString dossierHtml(const CustomerDossier &dossier);

} // namespace parkett
