// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/catalog.h"
#include "core/holds.h"
#include "core/inventory.h"
#include "core/order.h"
#include "core/seatplan.h"

#include <memory>

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace parkett {

class BasketModel;
class BoxOffice;
class SalesGateway;
class StandaloneSales;
class SeatMapLegend;
class SeatMapView;

/** Selling one performance: the seat map, standing places by quantity, "best seats" from the
    keyboard, the basket with a price type per ticket, and Sell (cash) / Reserve. Everything
    is reachable without a mouse; Enter pays. Reads and writes go through the BoxOffice facade only. */
class SalesScreen final : public QWidget
{
    Q_OBJECT

public:
    SalesScreen(BoxOffice &boxOffice, PerformanceId performance, QWidget *parent = nullptr);
    ~SalesScreen() override;
    Q_DISABLE_COPY_MOVE(SalesScreen)

    /** Reads the performance, its plan, prices and seat states. Call once before showing. */
    Result<void> load();

    PerformanceId performance() const { return m_performance; }
    QString title() const;
    const SeatPlan &plan() const { return *m_plan; }
    const Inventory &inventory() const { return m_inventory; }
    SeatMapView *seatMap() const { return m_map; }
    BasketModel *basketModel() const { return m_basket; }
    /** Where Sell sends the basket (connected mode's server and lease); by default the
        local file through BoxOffice. Not owned; set before load(). */
    void setSalesGateway(SalesGateway *gateway);
    /** Where a sale goes now ("Online: sales go to the server"), as shown in the header. */
    QString salesModeText() const;
    /** Attaches \a customer to the basket (shown above it as \a text, with its flags). */
    void setCustomer(CustomerId customer, const QString &text);
    CustomerId customer() const;

public Q_SLOTS:
    /** Adds \a count seats of \a category (any when invalid) chosen by suggestSeats(). */
    bool findBestSeats(int count, CategoryId category);
    void sell();
    void reserve();
    void removeSelectedLines();
    /** Takes the hold off the held seat last clicked on the map, if the user's role may. */
    void releaseHold();
    /** Re-reads the seat states, e.g. after a sale elsewhere. */
    void reloadInventory();

Q_SIGNALS:
    /** An order was committed (sold or reserved). */
    void orderPlaced(parkett::OrderId order);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void onMapSelectionChanged(const QList<SeatId> &seats);
    void onBasketChanged();
    void onSeatClicked(SeatId seat);
    void setStanding(ZoneId zone, int quantity);
    void updateHeader();
    void trimStandingToWhatIsLeft();
    /** Reads the standing holds the seller's role may sell (they count as places left). */
    void readStandingHolds();
    /** Free places of \a zone plus the held ones the seller may sell. */
    int standingLeft(ZoneId zone, const QDateTime &now) const;
    /** "12 free + 10 on hold DESK · basket takes 2 from DESK" for the zone's label. */
    QString standingText(ZoneId zone, const QDateTime &now) const;
    void showFeedback(const QString &text);
    void placed(const Result<Order> &order, const QString &failureTitle);
    /** After the seating rules refused \a order: a supervisor's reason to override them, or
        empty when the clerk did not override. */
    QString overrideReason(const Result<Order> &order);
    QString errorText(const Error &error) const;
    SalesGateway &gateway() const;
    void sellWith(const QString &overrideReason);
    void reserveWith(const Basket &basket, const QDateTime &until, const QString &overrideReason);
    /** Reserve is possible with tickets in the basket, on sale, and where the gateway can
        reserve now; its tooltip says why not. */
    void updateReserveButton();

    BoxOffice &m_boxOffice;
    PerformanceId m_performance;
    PerformanceSummary m_summary;
    std::unique_ptr<SeatPlan> m_plan;
    QList<PriceType> m_priceTypes;
    PriceList m_prices;
    Inventory m_inventory;

    BasketModel *m_basket = nullptr;
    SeatMapView *m_map = nullptr;
    SeatMapLegend *m_legend = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_feedback = nullptr;
    QHash<ZoneId, QSpinBox *> m_standing;
    QHash<ZoneId, QLabel *> m_standingFree;
    QList<PerformanceHolds::ZoneHold> m_standingHolds; ///< sellable by this seller, sale order
    QSpinBox *m_bestCount = nullptr;
    QComboBox *m_bestCategory = nullptr;
    QPushButton *m_find = nullptr;
    QTableView *m_basketView = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_ticketCount = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_reserve = nullptr;
    QPushButton *m_sell = nullptr;
    QWidget *m_standingBox = nullptr;
    QLabel *m_customerLabel = nullptr;
    QPushButton *m_releaseHold = nullptr;
    SeatId m_heldSeat; ///< the held seat last clicked, for Release hold
    std::unique_ptr<StandaloneSales> m_standaloneSales;
    SalesGateway *m_gateway = nullptr;
    QLabel *m_mode = nullptr;
    bool m_selling = false; ///< a sale is on its way to the server
};

} // namespace parkett
