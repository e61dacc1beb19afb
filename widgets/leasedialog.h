// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace parkett {

class SyncServices;
struct LeaseSummary;

/** Server > Terminal leases: per on-sale performance, what the server has leased to this
    terminal for offline sales (seats and standing places), and a supervisor's requests:
    lease the seats selected on the sales screen, the first N free seats, N standing places
    of a zone, or release the lease. Every request goes to the server; the counts shown are
    the server's answer. */
class LeaseDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LeaseDialog(SyncServices &sync, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LeaseDialog)

    /** The seats selected on the sales screen of \a performance; that row is selected. */
    void setSelection(PerformanceId performance, const QList<SeatId> &seats);
    /** Selects \a performance's row. */
    void selectPerformance(PerformanceId performance);
    PerformanceId currentPerformance() const;

    QTableWidget *table() const { return m_table; }
    QSpinBox *seatCountEdit() const { return m_seatCount; }
    QSpinBox *standingCountEdit() const { return m_standingCount; }
    QComboBox *zoneBox() const { return m_zone; }
    QPushButton *leaseSelectionButton() const { return m_leaseSelection; }
    QPushButton *leaseBestButton() const { return m_leaseBest; }
    QPushButton *leaseStandingButton() const { return m_leaseStanding; }
    QPushButton *releaseButton() const { return m_release; }
    QString statusText() const;
    /** The leased seats and standing places of \a performance as last read. */
    int leasedSeats(PerformanceId performance) const;
    int leasedStanding(PerformanceId performance) const;

public Q_SLOTS:
    /** Reads the lease from the server. */
    void refresh();
    void leaseSelection();
    void leaseBestSeats();
    void leaseStanding();
    void releaseLease();

Q_SIGNALS:
    /** The lease was read from the server (\a ok) after refresh() or a request. */
    void refreshed(bool ok);
    /** A lease or release request was answered. */
    void requestFinished(bool ok);

private:
    void fillPerformances();
    void onCurrentRowChanged();
    void showLeases(const QList<LeaseSummary> &leases);
    void requestDone(const QString &what, bool ok, const QString &error);
    void setBusy(bool busy);
    void updateButtons();

    SyncServices &m_sync;
    QTableWidget *m_table = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QPushButton *m_leaseSelection = nullptr;
    QSpinBox *m_seatCount = nullptr;
    QPushButton *m_leaseBest = nullptr;
    QComboBox *m_zone = nullptr;
    QSpinBox *m_standingCount = nullptr;
    QPushButton *m_leaseStanding = nullptr;
    QPushButton *m_release = nullptr;
    QLabel *m_status = nullptr;
    PerformanceId m_selectionPerformance;
    QList<SeatId> m_selection;
    QHash<qint64, QPair<int, int>> m_counts; ///< performance -> leased seats, standing
    bool m_busy = false;
};

} // namespace parkett
