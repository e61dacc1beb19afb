// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/leasedialog.h"

#include "sync/syncservices.h"
#include "sync/syncstate.h"
#include "sync/terminalleases.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parkett {

namespace {

enum Column { TitleColumn, StartsColumn, SeatsColumn, StandingColumn, ColumnCount };

} // namespace

LeaseDialog::LeaseDialog(SyncServices &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("leaseDialog"));
    setWindowTitle(tr("Terminal leases"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    const qint64 terminal = sync.leases().terminal();
    const QString name = SyncState(sync.database()).value(QStringLiteral("terminal_name"));
    m_intro->setText(
        tr("Seats and standing places leased to this terminal (%1) can be sold here while the "
           "server is out of reach. Leased places are set aside on the server: no other counter "
           "sells them until the lease is released.")
            .arg(name.isEmpty() ? QString::number(terminal)
                                : QStringLiteral("%1, %2").arg(name).arg(terminal)));
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("leaseTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Performance"), tr("Starts"), tr("Leased seats"), tr("Leased standing")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c = StartsColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *box = new QGroupBox(tr("Lease to this terminal"), this);
    auto *grid = new QGridLayout(box);
    m_selectionLabel = new QLabel(box);
    m_leaseSelection = new QPushButton(tr("Lease the &selection"), box);
    m_leaseSelection->setObjectName(QStringLiteral("leaseSelectionButton"));
    grid->addWidget(m_selectionLabel, 0, 0, 1, 2);
    grid->addWidget(m_leaseSelection, 0, 2);

    m_seatCount = new QSpinBox(box);
    m_seatCount->setRange(1, 1000);
    m_seatCount->setValue(10);
    m_seatCount->setSuffix(tr(" seats"));
    m_leaseBest = new QPushButton(tr("Lease &free seats"), box);
    m_leaseBest->setObjectName(QStringLiteral("leaseBestButton"));
    m_leaseBest->setToolTip(tr("The first free seats of the plan, front rows first"));
    grid->addWidget(new QLabel(tr("Seats:"), box), 1, 0);
    grid->addWidget(m_seatCount, 1, 1);
    grid->addWidget(m_leaseBest, 1, 2);

    m_zone = new QComboBox(box);
    m_zone->setObjectName(QStringLiteral("leaseZoneBox"));
    m_standingCount = new QSpinBox(box);
    m_standingCount->setRange(1, 100000);
    m_standingCount->setValue(20);
    m_standingCount->setSuffix(tr(" places"));
    m_leaseStanding = new QPushButton(tr("Lease s&tanding places"), box);
    m_leaseStanding->setObjectName(QStringLiteral("leaseStandingButton"));
    auto *standingRow = new QHBoxLayout;
    standingRow->addWidget(m_zone, 1);
    standingRow->addWidget(m_standingCount);
    grid->addWidget(new QLabel(tr("Standing:"), box), 2, 0);
    grid->addLayout(standingRow, 2, 1);
    grid->addWidget(m_leaseStanding, 2, 2);

    m_release = new QPushButton(tr("&Release this performance's lease"), box);
    m_release->setObjectName(QStringLiteral("releaseLeaseButton"));
    m_release->setToolTip(tr("Unsold leased places become free for every counter"));
    grid->addWidget(m_release, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    layout->addWidget(box);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("leaseStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reload = buttons->addButton(tr("Re&load"), QDialogButtonBox::ActionRole);
    connect(reload, &QPushButton::clicked, this, &LeaseDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { onCurrentRowChanged(); });
    connect(m_leaseSelection, &QPushButton::clicked, this, &LeaseDialog::leaseSelection);
    connect(m_leaseBest, &QPushButton::clicked, this, &LeaseDialog::leaseBestSeats);
    connect(m_leaseStanding, &QPushButton::clicked, this, &LeaseDialog::leaseStanding);
    connect(m_release, &QPushButton::clicked, this, &LeaseDialog::releaseLease);

    resize(720, 480);
    fillPerformances();
    refresh();
}

QString LeaseDialog::statusText() const
{
    return m_status->text();
}

int LeaseDialog::leasedSeats(PerformanceId performance) const
{
    return m_counts.value(performance.value).first;
}

int LeaseDialog::leasedStanding(PerformanceId performance) const
{
    return m_counts.value(performance.value).second;
}

PerformanceId LeaseDialog::currentPerformance() const
{
    const int row = m_table->currentRow();
    if (row < 0)
        return {};
    return PerformanceId(m_table->item(row, TitleColumn)->data(Qt::UserRole).toLongLong());
}

void LeaseDialog::selectPerformance(PerformanceId performance)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, TitleColumn)->data(Qt::UserRole).toLongLong() == performance.value) {
            m_table->setCurrentCell(row, TitleColumn);
            return;
        }
    }
}

void LeaseDialog::setSelection(PerformanceId performance, const QList<SeatId> &seats)
{
    m_selectionPerformance = performance;
    m_selection = seats;
    selectPerformance(performance);
    updateButtons();
}

void LeaseDialog::fillPerformances()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto performances = m_sync.leases().performances(now);
    if (!performances) {
        m_status->setText(performances.error().message);
        return;
    }
    m_table->setRowCount(int(performances->size()));
    int row = 0;
    for (const PerformanceSummary &p : std::as_const(*performances)) {
        auto *title = new QTableWidgetItem(p.title);
        title->setData(Qt::UserRole, p.performance.id.value);
        m_table->setItem(row, TitleColumn, title);
        m_table->setItem(row,
                         StartsColumn,
                         new QTableWidgetItem(
                             QLocale().toString(p.performance.startsAt.toLocalTime(),
                                                QLocale::ShortFormat)));
        for (int c : {SeatsColumn, StandingColumn}) {
            auto *item = new QTableWidgetItem(QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, TitleColumn);
    updateButtons();
}

void LeaseDialog::onCurrentRowChanged()
{
    m_zone->clear();
    const PerformanceId performance = currentPerformance();
    if (performance.isValid()) {
        if (auto zones = m_sync.leases().zones(performance)) {
            for (const StandingZone &z : std::as_const(*zones))
                m_zone->addItem(z.name.isEmpty() ? tr("Zone %1").arg(z.id.value) : z.name,
                                z.id.value);
        }
    }
    updateButtons();
}

void LeaseDialog::updateButtons()
{
    const PerformanceId performance = currentPerformance();
    const bool signedIn = m_sync.leases().terminal() != 0;
    const bool selectionHere = performance.isValid() && performance == m_selectionPerformance
                               && !m_selection.isEmpty();
    m_selectionLabel->setText(
        selectionHere
            ? tr("Selected on the sales screen: %n seat(s)", nullptr, int(m_selection.size()))
            : tr("No seats of this performance are selected on the sales screen."));
    m_leaseSelection->setEnabled(!m_busy && signedIn && selectionHere);
    m_leaseBest->setEnabled(!m_busy && signedIn && performance.isValid());
    m_leaseStanding->setEnabled(!m_busy && signedIn && performance.isValid() && m_zone->count() > 0);
    m_zone->setEnabled(m_zone->count() > 0);
    m_release->setEnabled(!m_busy && signedIn && performance.isValid()
                          && (leasedSeats(performance) > 0 || leasedStanding(performance) > 0));
}

void LeaseDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void LeaseDialog::refresh()
{
    if (m_sync.leases().terminal() == 0) {
        m_status->setText(tr("Sign in to a server first (Server > Server settings)."));
        Q_EMIT refreshed(false);
        return;
    }
    m_sync.leases().fetch(this, [this](Result<QList<LeaseSummary>> leases) {
        if (!leases) {
            m_status->setText(tr("The lease could not be read: %1").arg(leases.error().message));
            Q_EMIT refreshed(false);
            return;
        }
        showLeases(*leases);
        Q_EMIT refreshed(true);
    });
}

void LeaseDialog::showLeases(const QList<LeaseSummary> &leases)
{
    m_counts.clear();
    for (const LeaseSummary &l : leases)
        m_counts.insert(l.performance.value, {int(l.seats.size()), l.standing()});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 id = m_table->item(row, TitleColumn)->data(Qt::UserRole).toLongLong();
        const auto counts = m_counts.value(id);
        m_table->item(row, SeatsColumn)->setText(QString::number(counts.first));
        m_table->item(row, StandingColumn)->setText(QString::number(counts.second));
    }
    updateButtons();
}

void LeaseDialog::requestDone(const QString &what, bool ok, const QString &error)
{
    setBusy(false);
    m_status->setText(ok ? what : tr("Refused by the server: %1").arg(error));
    Q_EMIT requestFinished(ok);
    refresh();
}

void LeaseDialog::leaseSelection()
{
    const PerformanceId performance = currentPerformance();
    if (!performance.isValid() || performance != m_selectionPerformance || m_selection.isEmpty())
        return;
    setBusy(true);
    const int n = int(m_selection.size());
    m_sync.leases().lease(performance, m_selection, {}, this, [this, n](Result<void> r) {
        requestDone(tr("%n selected seat(s) leased to this terminal.", nullptr, n),
                    bool(r),
                    r ? QString() : r.error().message);
    });
}

void LeaseDialog::leaseBestSeats()
{
    const PerformanceId performance = currentPerformance();
    if (!performance.isValid())
        return;
    auto seats = m_sync.leases().freeSeats(performance,
                                           m_seatCount->value(),
                                           QDateTime::currentDateTimeUtc());
    if (!seats || seats->isEmpty()) {
        m_status->setText(seats ? tr("No free seats are left to lease.") : seats.error().message);
        Q_EMIT requestFinished(false);
        return;
    }
    setBusy(true);
    const int n = int(seats->size());
    m_sync.leases().lease(performance, *seats, {}, this, [this, n](Result<void> r) {
        requestDone(tr("%n seat(s) leased to this terminal.", nullptr, n),
                    bool(r),
                    r ? QString() : r.error().message);
    });
}

void LeaseDialog::leaseStanding()
{
    const PerformanceId performance = currentPerformance();
    if (!performance.isValid() || m_zone->currentIndex() < 0)
        return;
    setBusy(true);
    const int n = m_standingCount->value();
    const ZoneId zone(m_zone->currentData().toLongLong());
    m_sync.leases().lease(performance, {}, {{zone, n}}, this, [this, n](Result<void> r) {
        requestDone(tr("%n standing place(s) leased to this terminal.", nullptr, n),
                    bool(r),
                    r ? QString() : r.error().message);
    });
}

void LeaseDialog::releaseLease()
{
    const PerformanceId performance = currentPerformance();
    if (!performance.isValid())
        return;
    setBusy(true);
    m_sync.leases().release(performance, this, [this](Result<void> r) {
        requestDone(tr("The lease was released; its unsold places are free again."),
                    bool(r),
                    r ? QString() : r.error().message);
    });
}

} // namespace parkett
