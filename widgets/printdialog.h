// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/printerstatus.h"

#include <QDialog>
#include <QLabel>

#include <functional>

class QComboBox;
class QPushButton;

namespace parkett {

/** The printer state for the status bar: "Boca 1: Out of paper", coloured by severity,
    with what to do in its tool tip. */
class PrinterStatusLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit PrinterStatusLabel(QWidget *parent = nullptr);

    void setState(const QString &printer, printing::PrinterState state);
    printing::PrinterState state() const { return m_state; }

private:
    printing::PrinterState m_state = printing::PrinterState::Unknown;
};

/** Choosing the printer for an order's tickets. It shows the chosen printer's state and,
    when the printer needs attention, what to do; printing is offered only when the
    printer can print. The state comes from \a query (the composition root asks the
    printer, off the GUI thread when it is slow). */
class PrintDialog final : public QDialog
{
    Q_OBJECT

public:
    using StatusQuery = std::function<printing::PrinterState(const QString &printer)>;

    PrintDialog(const QStringList &printers,
                StatusQuery query,
                int tickets,
                QWidget *parent = nullptr);

    QString printer() const;
    void setPrinter(const QString &name);
    /** Asks the printer again (the Check button). */
    void refresh();
    /** An answer that came later (the station's polling): shown when it is about the chosen
        printer. */
    void setStatus(const QString &printer, printing::PrinterState state);
    printing::PrinterState state() const { return m_state; }

private:
    StatusQuery m_query;
    printing::PrinterState m_state = printing::PrinterState::Unknown;
    QComboBox *m_printers = nullptr;
    PrinterStatusLabel *m_status = nullptr;
    QLabel *m_advice = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace parkett
