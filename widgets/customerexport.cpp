// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/customerexport.h"

#include "models/consenthistorymodel.h"
#include "models/customerhistorymodel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace parkett {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parkett::CustomerExport", text);
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

Result<void> writeDossierJson(const CustomerDossier &dossier, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageFailure, file.errorString());
    file.write(QJsonDocument(dossierToJson(dossier)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ErrorCode::StorageFailure, file.errorString());
    return {};
}

QString dossierHtml(const CustomerDossier &d)
{
    const Customer &c = d.customer;
    QString h = QStringLiteral("<html><body style='font-family: sans-serif'>");
    h += QStringLiteral("<h1>%1</h1><p>%2 %3 · %4 %5</p>")
             .arg(esc(c.displayName()),
                  esc(tr("Customer")),
                  esc(c.number),
                  esc(tr("exported")),
                  esc(when(d.exportedAt)));
    h += QStringLiteral("<h2>%1</h2><table cellpadding=3>").arg(esc(tr("Contact")));
    for (CustomerField f : customerFields()) {
        const QString v = customerFieldValue(c, f);
        if (!v.isEmpty())
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                     .arg(esc(CustomerHistoryModel::fieldText(customerFieldName(f))), esc(v));
    }
    h += QStringLiteral("</table>");
    if (!d.flags.isEmpty()) {
        QStringList names;
        for (const FlagDefinition &f : d.flags)
            names.append(f.name);
        h += QStringLiteral("<h2>%1</h2><p>%2</p>")
                 .arg(esc(tr("Flags")), esc(names.join(QStringLiteral(", "))));
    }
    h += QStringLiteral("<h2>%1</h2><table border=1 cellspacing=0 cellpadding=3>")
             .arg(esc(tr("Consent history")));
    for (const ConsentRecord &r : d.consents)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(when(r.at)),
                      esc(ConsentHistoryModel::purposeText(r.purpose)),
                      esc(ConsentHistoryModel::channelText(r.channel)),
                      esc(r.granted ? tr("granted") : tr("withdrawn")),
                      esc(ConsentHistoryModel::sourceText(r.source)));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>%1</h2><table border=1 cellspacing=0 cellpadding=3>")
             .arg(esc(tr("Orders")));
    for (const DossierOrder &o : d.orders)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 %4</td><td>%5</td><td>%6</td></tr>")
                 .arg(esc(o.number),
                      esc(o.status),
                      esc(o.performance),
                      esc(when(o.performanceAt)),
                      esc(o.total),
                      esc(o.tickets.join(QStringLiteral("; "))));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>%1</h2><table border=1 cellspacing=0 cellpadding=3>")
             .arg(esc(tr("History")));
    for (const CustomerHistoryEntry &e : d.history)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                            "<td>%6</td></tr>")
                 .arg(esc(when(e.at)),
                      esc(e.userName),
                      esc(CustomerHistoryModel::actionText(e.action)),
                      esc(CustomerHistoryModel::fieldText(e.field)),
                      esc(e.oldValue),
                      esc(e.newValue));
    h += QStringLiteral("</table></body></html>");
    return h;
}

Result<void> writeDossierPdf(const CustomerDossier &dossier, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(dossier.customer.number);
    QTextDocument doc;
    doc.setHtml(dossierHtml(dossier));
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    doc.print(&writer);
    return {};
}

} // namespace parkett
