// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/numberingdialog.h"

#include "widgets/seatmap/seatmapdocument.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parkett {

namespace {

QPointF rowCentre(const SeatPlan &plan, const Row &row)
{
    QPointF sum;
    for (qint32 s : row.seats)
        sum += plan.seats().at(s).pos;
    return row.seats.isEmpty() ? sum : sum / double(row.seats.size());
}

} // namespace

QList<RowId> NumberingDialog::frontToBack(const SeatMapDocument *document, QList<RowId> rows)
{
    const SeatPlan &plan = document->plan();
    const QPointF focal = plan.focalPoint();
    std::stable_sort(rows.begin(), rows.end(), [&](RowId a, RowId b) {
        const QPointF ca = rowCentre(plan, plan.rows().at(plan.rowIndex(a)));
        const QPointF cb = rowCentre(plan, plan.rows().at(plan.rowIndex(b)));
        return QLineF(ca, focal).length() < QLineF(cb, focal).length();
    });
    return rows;
}

bool NumberingDialog::apply(SeatMapDocument *document, QList<RowId> rows, const Options &options)
{
    const SeatPlan &plan = document->plan();
    rows = frontToBack(document, rows);
    if (options.backToFront)
        std::reverse(rows.begin(), rows.end());
    QStringList rowLabels;
    if (options.numberRows) {
        rowLabels = parkett::rowLabels(options.rows, int(rows.size()));
        if (rowLabels.size() != rows.size())
            return false;
    }
    QList<SeatId> seats;
    QStringList labels;
    if (options.numberSeats) {
        for (RowId id : std::as_const(rows)) {
            QList<qint32> order = plan.rows().at(plan.rowIndex(id)).seats;
            if (options.reverseSeats)
                std::reverse(order.begin(), order.end());
            labels += seatLabels(options.seats, int(order.size()));
            for (qint32 s : order)
                seats.append(plan.seats().at(s).id);
        }
    }
    document->renumber(options.numberRows ? rows : QList<RowId>(), rowLabels, seats, labels);
    return true;
}

NumberingDialog::NumberingDialog(SeatMapDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_numberRows(new QCheckBox(tr("Number the rows"), this))
    , m_rowStyle(new QComboBox(this))
    , m_rowStart(new QLineEdit(QStringLiteral("A"), this))
    , m_skipIO(new QCheckBox(tr("Skip I and O"), this))
    , m_rowDirection(new QComboBox(this))
    , m_rowPrefix(new QLineEdit(this))
    , m_numberSeats(new QCheckBox(tr("Number the seats"), this))
    , m_seatStart(new QSpinBox(this))
    , m_parity(new QComboBox(this))
    , m_seatDirection(new QComboBox(this))
    , m_preview(new QLabel(this))
{
    setWindowTitle(tr("Number rows and seats"));
    const SeatPlan &plan = document->plan();
    QList<RowId> rows;
    for (SeatId id : document->selectedSeats()) {
        const Seat *seat = plan.seat(id);
        if (seat && seat->row >= 0 && !rows.contains(plan.rows().at(seat->row).id))
            rows.append(plan.rows().at(seat->row).id);
    }
    m_rows = frontToBack(document, rows);

    m_rowStyle->addItem(tr("Letters (A, B, C …)"));
    m_rowStyle->addItem(tr("Numbers (1, 2, 3 …)"));
    m_skipIO->setChecked(true);
    m_rowDirection->addItem(tr("Front to back (nearest the stage first)"));
    m_rowDirection->addItem(tr("Back to front"));
    m_rowPrefix->setPlaceholderText(tr("none"));
    m_numberRows->setChecked(true);
    m_numberSeats->setChecked(true);
    m_seatStart->setRange(0, 99999);
    m_seatStart->setValue(1);
    m_parity->addItem(tr("Every number"));
    m_parity->addItem(tr("Odd numbers"));
    m_parity->addItem(tr("Even numbers"));
    m_seatDirection->addItem(tr("In row order"));
    m_seatDirection->addItem(tr("Reversed"));

    auto *rowBox = new QGroupBox(tr("Rows"), this);
    auto *rowForm = new QFormLayout(rowBox);
    rowForm->addRow(m_numberRows);
    rowForm->addRow(tr("&Style:"), m_rowStyle);
    rowForm->addRow(tr("S&tart at:"), m_rowStart);
    rowForm->addRow(QString(), m_skipIO);
    rowForm->addRow(tr("&Direction:"), m_rowDirection);
    rowForm->addRow(tr("&Prefix:"), m_rowPrefix);
    auto *seatBox = new QGroupBox(tr("Seats"), this);
    auto *seatForm = new QFormLayout(seatBox);
    seatForm->addRow(m_numberSeats);
    seatForm->addRow(tr("Start &at:"), m_seatStart);
    seatForm->addRow(tr("&Numbers:"), m_parity);
    seatForm->addRow(tr("&Order:"), m_seatDirection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Number"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NumberingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NumberingDialog::reject);
    m_preview->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%n row(s) of the selection", nullptr, int(m_rows.size())), this));
    layout->addWidget(rowBox);
    layout->addWidget(seatBox);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    const auto changed = [this] { updatePreview(); };
    connect(m_rowStyle, &QComboBox::currentIndexChanged, this, [this](int style) {
        m_rowStart->setText(style == 0 ? QStringLiteral("A") : QStringLiteral("1"));
        m_skipIO->setEnabled(style == 0);
        updatePreview();
    });
    connect(m_rowStart, &QLineEdit::textChanged, this, changed);
    connect(m_skipIO, &QCheckBox::toggled, this, changed);
    connect(m_rowPrefix, &QLineEdit::textChanged, this, changed);
    connect(m_rowDirection, &QComboBox::currentIndexChanged, this, changed);
    connect(m_seatStart, &QSpinBox::valueChanged, this, changed);
    connect(m_parity, &QComboBox::currentIndexChanged, this, changed);
    connect(m_numberRows, &QCheckBox::toggled, this, changed);
    connect(m_numberSeats, &QCheckBox::toggled, this, changed);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_rows.isEmpty());
    updatePreview();
}

NumberingDialog::Options NumberingDialog::options() const
{
    Options o;
    o.numberRows = m_numberRows->isChecked();
    o.rows.style = m_rowStyle->currentIndex() == 0 ? RowNumbering::Style::Letters
                                                   : RowNumbering::Style::Numbers;
    o.rows.start = m_rowStart->text();
    o.rows.skipIO = m_skipIO->isChecked();
    o.rows.prefix = m_rowPrefix->text();
    o.backToFront = m_rowDirection->currentIndex() == 1;
    o.numberSeats = m_numberSeats->isChecked();
    o.seats.start = m_seatStart->value();
    o.seats.parity = SeatNumbering::Parity(m_parity->currentIndex());
    o.reverseSeats = m_seatDirection->currentIndex() == 1;
    return o;
}

void NumberingDialog::setOptions(const Options &o)
{
    m_numberRows->setChecked(o.numberRows);
    m_rowStyle->setCurrentIndex(o.rows.style == RowNumbering::Style::Letters ? 0 : 1);
    m_rowStart->setText(o.rows.start);
    m_skipIO->setChecked(o.rows.skipIO);
    m_rowPrefix->setText(o.rows.prefix);
    m_rowDirection->setCurrentIndex(o.backToFront ? 1 : 0);
    m_numberSeats->setChecked(o.numberSeats);
    m_seatStart->setValue(o.seats.start);
    m_parity->setCurrentIndex(int(o.seats.parity));
    m_seatDirection->setCurrentIndex(o.reverseSeats ? 1 : 0);
}

void NumberingDialog::updatePreview()
{
    const Options o = options();
    const QStringList rows = rowLabels(o.rows, std::min<int>(3, int(m_rows.size())));
    if (o.numberRows && rows.isEmpty() && !m_rows.isEmpty()) {
        m_preview->setText(tr("The start value does not fit the style."));
        return;
    }
    const QStringList seats = seatLabels(o.seats, 4);
    m_preview->setText(tr("Rows: %1 …   Seats: %2 …")
                           .arg(o.numberRows ? rows.join(QStringLiteral(", ")) : tr("unchanged"),
                                o.numberSeats ? seats.join(QStringLiteral(", ")) : tr("unchanged")));
}

void NumberingDialog::accept()
{
    if (!apply(m_document, m_rows, options())) {
        QMessageBox::warning(this,
                             windowTitle(),
                             tr("\"%1\" is not a start value for this style.")
                                 .arg(m_rowStart->text()));
        return;
    }
    QDialog::accept();
}

} // namespace parkett
