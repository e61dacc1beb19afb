// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printsettingsdialog.h"

#include "printing/printstation.h"
#include "printing/ticketlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parkett {

using namespace parkett::printing;

namespace {

QTableWidget *plainTable(int rows, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(rows, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

PrintSettingsDialog::PrintSettingsDialog(PrintStation &station, QWidget *parent)
    : QDialog(parent)
    , m_station(station)
{
    setObjectName(QStringLiteral("printSettings"));
    setWindowTitle(tr("Printing settings"));
    const PrintSettings &settings = m_station.settings();
    const QList<PrinterConfig> &printers = m_station.printers();

    m_terminal = new QLineEdit(settings.terminal, this);
    m_terminal->setPlaceholderText(tr("This computer's name"));
    m_ticketPrinter = new QComboBox(this);
    m_ticketPrinter->setObjectName(QStringLiteral("ticketPrinter"));
    m_ticketPrinter->addItem(tr("The first ticket printer"), QString());
    m_receiptPrinter = new QComboBox(this);
    m_receiptPrinter->setObjectName(QStringLiteral("receiptPrinter"));
    m_receiptPrinter->addItem(tr("The first receipt or page printer"), QString());
    for (const PrinterConfig &p : printers) {
        m_ticketPrinter->addItem(p.name, p.name);
        if (p.language != u"fgl")
            m_receiptPrinter->addItem(p.name, p.name);
    }
    m_ticketPrinter->setCurrentIndex(std::max(0, m_ticketPrinter->findData(settings.ticketPrinter)));
    m_receiptPrinter->setCurrentIndex(
        std::max(0, m_receiptPrinter->findData(settings.receiptPrinter)));
    m_receiptAfterSale = new QCheckBox(tr("Print a &receipt after each sale"), this);
    m_receiptAfterSale->setObjectName(QStringLiteral("receiptAfterSale"));
    m_receiptAfterSale->setChecked(settings.receiptAfterSale);

    auto *terminalBox = new QGroupBox(tr("This terminal"), this);
    auto *form = new QFormLayout(terminalBox);
    form->addRow(tr("&Name on receipts"), m_terminal);
    form->addRow(tr("&Tickets print on"), m_ticketPrinter);
    form->addRow(tr("R&eceipts print on"), m_receiptPrinter);
    form->addRow(QString(), m_receiptAfterSale);

    // The printers as set up (parkett-cli printers add), with their state.
    m_printers = plainTable(
        int(printers.size()),
        {tr("Printer"), tr("Address"), tr("Language"), tr("Own layout"), tr("State")},
        this);
    m_printers->setObjectName(QStringLiteral("printerTable"));
    m_printers->verticalHeader()->hide();
    for (int i = 0; i < printers.size(); ++i) {
        const PrinterConfig &p = printers.at(i);
        const QStringList cells{p.name,
                                p.uri,
                                p.language == u"fgl"      ? tr("BOCA (FGL)")
                                : p.language == u"escpos" ? tr("Thermal (ESC/POS)")
                                                          : tr("Page (PDF)"),
                                p.layout,
                                stateText(m_station.status(p.name))};
        for (int c = 0; c < cells.size(); ++c)
            m_printers->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    auto *printerBox = new QGroupBox(tr("Printers"), this);
    auto *printerLayout = new QVBoxLayout(printerBox);
    printerLayout->addWidget(m_printers);
    if (printers.isEmpty())
        printerLayout->addWidget(
            new QLabel(tr("No printer is set up yet: add one with \"parkett-cli printers add\"."),
                       this));

    // Layouts per sales channel (rows) and printer (columns).
    auto channels = m_station.channels();
    auto assignments = m_station.layoutAssignments();
    const QList<ChannelName> channelList = channels ? *channels : QList<ChannelName>();
    QStringList printerNames;
    for (const PrinterConfig &p : printers)
        printerNames.append(p.name);
    m_layouts = plainTable(int(channelList.size()), printerNames, this);
    m_layouts->setObjectName(QStringLiteral("layoutTable"));
    for (int row = 0; row < channelList.size(); ++row) {
        const ChannelName &channel = channelList.at(row);
        auto *header = new QTableWidgetItem(channel.name);
        header->setData(Qt::UserRole, QVariant::fromValue(channel.id.value));
        m_layouts->setVerticalHeaderItem(row, header);
        for (int col = 0; col < printers.size(); ++col) {
            const PrinterConfig &p = printers.at(col);
            auto *combo = new QComboBox(m_layouts);
            combo->addItem(tr("Printer's own (%1)").arg(p.layout), QString());
            for (const QString &name : TicketLayout::defaultNames()) {
                // Only the layouts made for this printer's language.
                auto l = TicketLayout::defaultLayout(name);
                if (l && languageName(l->language) == p.language)
                    combo->addItem(name, name);
            }
            if (assignments) {
                for (const LayoutAssignment &a : *assignments) {
                    if (a.printer != p.name || a.channel != channel.id)
                        continue;
                    if (combo->findData(a.layout) < 0)
                        combo->addItem(a.layout, a.layout); // a layout file
                    combo->setCurrentIndex(combo->findData(a.layout));
                }
            }
            m_layouts->setCellWidget(row, col, combo);
        }
    }
    auto *layoutBox = new QGroupBox(tr("Ticket layout per sales channel"), this);
    auto *layoutLayout = new QVBoxLayout(layoutBox);
    auto *hint = new QLabel(tr("A ticket sold through a channel prints with the layout chosen "
                               "for it on that printer; \"Printer's own\" uses the printer's "
                               "layout."),
                            this);
    hint->setWordWrap(true);
    layoutLayout->addWidget(hint);
    layoutLayout->addWidget(m_layouts);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrintSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(terminalBox);
    layout->addWidget(printerBox);
    layout->addWidget(layoutBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(860, 640);
}

bool PrintSettingsDialog::save()
{
    PrintSettings s;
    s.terminal = m_terminal->text().trimmed();
    s.ticketPrinter = m_ticketPrinter->currentData().toString();
    s.receiptPrinter = m_receiptPrinter->currentData().toString();
    s.receiptAfterSale = m_receiptAfterSale->isChecked();
    Result<void> r = m_station.saveSettings(s);
    const QList<PrinterConfig> &printers = m_station.printers();
    for (int row = 0; r && row < m_layouts->rowCount(); ++row) {
        const ChannelId channel(m_layouts->verticalHeaderItem(row)->data(Qt::UserRole).toLongLong());
        for (int col = 0; r && col < printers.size(); ++col) {
            auto *combo = qobject_cast<QComboBox *>(m_layouts->cellWidget(row, col));
            if (combo)
                r = m_station.assignLayout(printers.at(col).name,
                                           channel,
                                           combo->currentData().toString());
        }
    }
    if (!r) {
        m_error->setText(tr("The settings were not saved: %1").arg(r.error().message));
        m_error->show();
        return false;
    }
    return true;
}

void PrintSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace parkett
