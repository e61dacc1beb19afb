// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace parkett {

namespace printing {
class PrintStation;
}

/** This terminal's printing settings: its name on receipts, which printer takes a sale's
    tickets and which its receipts, whether a receipt prints after each sale, and which
    ticket layout each printer uses per sales channel (a cell left on "printer's own" uses
    the printer's layout). Saved on OK. */
class PrintSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PrintSettingsDialog(printing::PrintStation &station, QWidget *parent = nullptr);

    QTableWidget *layoutTable() const { return m_layouts; }
    QComboBox *ticketPrinter() const { return m_ticketPrinter; }
    QComboBox *receiptPrinter() const { return m_receiptPrinter; }
    QCheckBox *receiptAfterSale() const { return m_receiptAfterSale; }

    /** Saves; false (with the reason shown) when the store refused. */
    bool save();

    void accept() override;

private:
    printing::PrintStation &m_station;
    QLineEdit *m_terminal = nullptr;
    QComboBox *m_ticketPrinter = nullptr;
    QComboBox *m_receiptPrinter = nullptr;
    QCheckBox *m_receiptAfterSale = nullptr;
    QTableWidget *m_printers = nullptr;
    QTableWidget *m_layouts = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace parkett
