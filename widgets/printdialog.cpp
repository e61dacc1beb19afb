// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace parkett {

using namespace parkett::printing;

PrinterStatusLabel::PrinterStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("printerStatus"));
}

void PrinterStatusLabel::setState(const QString &printer, PrinterState state)
{
    m_state = state;
    setText(printer.isEmpty() ? stateText(state) : tr("%1: %2").arg(printer, stateText(state)));
    setToolTip(whatToDo(state));
    const char *colour = isFault(state)                    ? "#b00020"
                         : state == PrinterState::PaperLow ? "#8a5a00"
                         : state == PrinterState::Unknown  ? "#555555"
                                                           : "#1b5e20";
    setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1StringView(colour)));
}

PrintDialog::PrintDialog(const QStringList &printers,
                         StatusQuery query,
                         int tickets,
                         QWidget *parent)
    : QDialog(parent)
    , m_query(std::move(query))
{
    setWindowTitle(tr("Print tickets"));
    m_printers = new QComboBox;
    m_printers->addItems(printers);
    m_status = new PrinterStatusLabel;
    m_advice = new QLabel;
    m_advice->setWordWrap(true);
    m_advice->setObjectName(QStringLiteral("printerAdvice"));
    auto *check = new QPushButton(tr("Check &again"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_print = buttons->addButton(tr("&Print %n ticket(s)", nullptr, tickets),
                                 QDialogButtonBox::AcceptRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("Printer"), m_printers);
    form->addRow(tr("Status"), m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advice);
    layout->addWidget(check, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    connect(m_printers, &QComboBox::currentTextChanged, this, [this] { refresh(); });
    connect(check, &QPushButton::clicked, this, [this] { refresh(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (printers.isEmpty()) {
        m_advice->setText(tr("No ticket printer is set up for this terminal."));
        m_print->setEnabled(false);
    } else {
        refresh();
    }
}

QString PrintDialog::printer() const
{
    return m_printers->currentText();
}

void PrintDialog::setPrinter(const QString &name)
{
    m_printers->setCurrentText(name);
}

void PrintDialog::refresh()
{
    const QString name = printer();
    if (name.isEmpty())
        return;
    setStatus(name, m_query ? m_query(name) : PrinterState::Unknown);
}

void PrintDialog::setStatus(const QString &printer, PrinterState state)
{
    if (printer != this->printer())
        return;
    m_state = state;
    m_status->setState({}, m_state);
    QString advice = whatToDo(m_state);
    if (m_state == PrinterState::Unknown)
        advice = tr("The printer does not report its state over this connection. Watch that "
                    "every ticket comes out.");
    m_advice->setText(advice);
    // A printer that needs attention takes no new tickets: they would wait in it (a BOCA
    // keeps them and prints them later) while the clerk thinks they failed.
    m_print->setEnabled(!isFault(m_state));
}

} // namespace parkett
