// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/salesscreen.h"

#include "models/basketmodel.h"
#include "models/boxoffice.h"
#include "models/performancelistmodel.h"
#include "models/salesgateway.h"
#include "widgets/orderconfirmationdialog.h"
#include "widgets/pricetypedelegate.h"
#include "widgets/reservedialog.h"
#include "widgets/seatmap/seatmaplegend.h"
#include "widgets/seatmap/seatmaprenderer.h"
#include "widgets/seatmap/seatmapview.h"

#include <algorithm>

#include <QAbstractButton>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace parkett {

SalesScreen::SalesScreen(BoxOffice &boxOffice, PerformanceId performance, QWidget *parent)
    : QWidget(parent)
    , m_boxOffice(boxOffice)
    , m_performance(performance)
    , m_plan(std::make_unique<SeatPlan>())
    , m_basket(new BasketModel(this))
    , m_standaloneSales(std::make_unique<StandaloneSales>(boxOffice))
{
    setObjectName(QStringLiteral("salesScreen"));
}

SalesScreen::~SalesScreen() = default;

QString SalesScreen::title() const
{
    return tr("%1, %2").arg(m_summary.title,
                            PerformanceListModel::dateTimeText(m_summary.performance.startsAt));
}

Result<void> SalesScreen::load()
{
    auto opened = m_boxOffice.openPerformance(m_performance);
    if (!opened)
        return opened.error();
    const QDateTime now = m_boxOffice.now();
    m_summary = opened->summary;
    *m_plan = std::move(opened->plan);
    m_prices = opened->prices;
    m_priceTypes = opened->priceTypes;
    m_inventory = opened->inventory;

    m_basket->setBasket(Basket(m_performance, m_plan.get(), m_prices, m_priceTypes));
    buildUi();
    m_map->setPlan(m_plan.get());
    m_map->setPrices(m_prices, m_priceTypes);
    m_map->setSeatStates(m_inventory, now, {});
    // Seats the seating rules keep free (distancing), striped with their reason.
    if (auto blocked = m_boxOffice.blockedSeats(m_performance, *m_plan))
        m_map->setDerivedBlocks(*blocked);
    connect(m_basket, &BasketModel::basketChanged, this, &SalesScreen::onBasketChanged);
    readStandingHolds();
    onBasketChanged();
    updateHeader();
    trimStandingToWhatIsLeft();
    return {};
}

void SalesScreen::buildUi()
{
    const QLocale locale;
    auto *root = new QHBoxLayout(this);
    root->setContentsMargins(8, 8, 8, 8);
    root->setSpacing(10);

    // Left: what is being sold and the map.
    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("performanceHeader"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.35);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("performanceCounts"));
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header);
    headerRow->addStretch();
    headerRow->addWidget(m_counts);
    left->addLayout(headerRow);
    // Where Sell goes: the local file, the server, or this terminal's lease.
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("salesMode"));
    left->addWidget(m_mode);

    m_map = new SeatMapView(this);
    m_map->setObjectName(QStringLiteral("seatMap"));
    m_map->setAccessibleName(tr("Seat map"));
    left->addWidget(m_map, 1);

    auto *mapBar = new QHBoxLayout;
    m_legend = new SeatMapLegend(this);
    QList<SeatMapLegend::Entry> entries;
    for (const Category &c : m_plan->categories()) {
        const QList<PriceTypeId> types = m_prices.typesFor(c.id, m_priceTypes);
        QString detail;
        if (!types.isEmpty()) {
            if (auto price = m_prices.price(c.id, types.first()))
                detail = price->toLocaleString(locale);
        }
        entries.append({c.name, SeatMapRenderer::categoryColor(c.color), detail});
    }
    m_legend->setCategories(entries);
    // The legend yields width to the map rather than widening the window.
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    mapBar->addWidget(m_legend, 1);
    // Shown when a held seat is clicked; the role check is the store's, not the screen's.
    m_releaseHold = new QPushButton(this);
    m_releaseHold->setObjectName(QStringLiteral("releaseHoldButton"));
    m_releaseHold->setToolTip(tr("Take the hold off this seat so it can be sold to everybody"));
    m_releaseHold->hide();
    mapBar->addWidget(m_releaseHold, 0, Qt::AlignBottom);
    connect(m_releaseHold, &QPushButton::clicked, this, &SalesScreen::releaseHold);
    auto addZoomButton = [&](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, m_map, slot);
        mapBar->addWidget(button, 0, Qt::AlignBottom);
    };
    addZoomButton(tr("−"), tr("Zoom out (Ctrl+−)"), &SeatMapView::zoomOut);
    addZoomButton(tr("Fit"), tr("Fit the whole plan (Ctrl+0)"), &SeatMapView::fitToView);
    addZoomButton(tr("+"), tr("Zoom in (Ctrl++)"), &SeatMapView::zoomIn);
    left->addLayout(mapBar);
    root->addLayout(left, 1);

    // Right: the keyboard way in, the basket and payment.
    auto *panel = new QWidget(this);
    panel->setFixedWidth(560);
    auto *right = new QVBoxLayout(panel);
    right->setContentsMargins(0, 0, 0, 0);
    m_customerLabel = new QLabel(panel);
    m_customerLabel->setObjectName(QStringLiteral("basketCustomer"));
    m_customerLabel->setWordWrap(true);
    m_customerLabel->hide();
    right->addWidget(m_customerLabel);

    auto *best = new QGroupBox(tr("Best available"), panel);
    auto *bestRow = new QHBoxLayout(best);
    m_bestCount = new QSpinBox(best);
    m_bestCount->setObjectName(QStringLiteral("bestCount"));
    m_bestCount->setRange(1, 20);
    m_bestCount->setValue(2);
    auto *countLabel = new QLabel(tr("&Seats:"), best);
    countLabel->setBuddy(m_bestCount);
    m_bestCategory = new QComboBox(best);
    m_bestCategory->setObjectName(QStringLiteral("bestCategory"));
    m_bestCategory->addItem(tr("Any category"), QVariant::fromValue(qint64(0)));
    for (const Category &c : m_plan->categories())
        m_bestCategory->addItem(c.name, QVariant::fromValue(c.id.value));
    m_find = new QPushButton(tr("&Find seats"), best);
    m_find->setObjectName(QStringLiteral("findSeatsButton"));
    m_find->setAutoDefault(true);
    bestRow->addWidget(countLabel);
    bestRow->addWidget(m_bestCount);
    bestRow->addWidget(m_bestCategory, 1);
    bestRow->addWidget(m_find);
    right->addWidget(best);
    connect(m_find, &QPushButton::clicked, this, [this] {
        findBestSeats(m_bestCount->value(), CategoryId(m_bestCategory->currentData().toLongLong()));
    });
    m_bestCount->installEventFilter(this);
    m_bestCategory->installEventFilter(this);

    if (!m_plan->zones().isEmpty()) {
        auto *standing = new QGroupBox(tr("Standing"), panel);
        m_standingBox = standing;
        auto *grid = new QGridLayout(standing);
        int row = 0;
        for (const StandingZone &zone : m_plan->zones()) {
            auto *spin = new QSpinBox(standing);
            spin->setObjectName(QStringLiteral("standingSpin_%1").arg(zone.id.value));
            spin->setAccessibleName(tr("Standing places in %1").arg(zone.name));
            auto *name = new QLabel(zone.name, standing);
            name->setBuddy(spin);
            auto *free = new QLabel(standing);
            free->setObjectName(QStringLiteral("standingFree_%1").arg(zone.id.value));
            grid->addWidget(name, row, 0);
            grid->addWidget(free, row, 1);
            grid->addWidget(spin, row, 2);
            m_standing.insert(zone.id, spin);
            m_standingFree.insert(zone.id, free);
            const ZoneId id = zone.id;
            connect(spin, &QSpinBox::valueChanged, this, [this, id](int value) {
                setStanding(id, value);
            });
            ++row;
        }
        grid->setColumnStretch(1, 1);
        right->addWidget(standing);
    }

    auto *basketBox = new QGroupBox(tr("Basket"), panel);
    auto *basketLayout = new QVBoxLayout(basketBox);
    m_basketView = new QTableView(basketBox);
    m_basketView->setObjectName(QStringLiteral("basketView"));
    m_basketView->setModel(m_basket);
    m_basketView->setItemDelegateForColumn(BasketModel::PriceTypeColumn,
                                           new PriceTypeDelegate(m_basketView));
    m_basketView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_basketView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_basketView->setAlternatingRowColors(true);
    m_basketView->verticalHeader()->hide();
    m_basketView->setTabKeyNavigation(false);
    m_basketView->setWordWrap(false);
    m_basketView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_basketView->horizontalHeader();
    // Fixed widths from what the columns can hold, so the ticket label gets the rest.
    const QFontMetrics fm(m_basketView->font());
    auto widest = [&fm](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w + 24;
    };
    QStringList categoryNames{
        m_basket->headerData(BasketModel::CategoryColumn, Qt::Horizontal, Qt::DisplayRole)
            .toString()};
    QStringList priceTexts{
        m_basket->headerData(BasketModel::PriceColumn, Qt::Horizontal, Qt::DisplayRole).toString()};
    for (const Category &c : m_plan->categories())
        categoryNames.append(c.name);
    for (const PriceList::Entry &e : m_prices.entries())
        priceTexts.append(e.price.toLocaleString(locale));
    QStringList typeNames{
        m_basket->headerData(BasketModel::PriceTypeColumn, Qt::Horizontal, Qt::DisplayRole)
            .toString()};
    for (const PriceType &t : m_priceTypes)
        typeNames.append(t.name);
    header->setSectionResizeMode(BasketModel::TicketColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BasketModel::CategoryColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(BasketModel::PriceTypeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(BasketModel::PriceColumn, QHeaderView::Interactive);
    header->resizeSection(BasketModel::CategoryColumn, widest(categoryNames));
    header->resizeSection(BasketModel::PriceTypeColumn,
                          widest(typeNames) + 24); // room for the combo arrow
    header->resizeSection(BasketModel::PriceColumn, widest(priceTexts));
    m_basketView->installEventFilter(this);
    basketLayout->addWidget(m_basketView, 1);
    auto *basketBar = new QHBoxLayout;
    m_remove = new QPushButton(tr("&Remove"), basketBox);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setToolTip(tr("Remove the selected tickets (Delete)"));
    m_total = new QLabel(basketBox);
    m_total->setObjectName(QStringLiteral("basketTotal"));
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.5);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_ticketCount = new QLabel(basketBox);
    m_ticketCount->setObjectName(QStringLiteral("ticketCount"));
    basketBar->addWidget(m_remove);
    basketBar->addWidget(m_ticketCount);
    basketBar->addStretch();
    basketBar->addWidget(m_total);
    basketLayout->addLayout(basketBar);
    right->addWidget(basketBox, 1);
    connect(m_remove, &QPushButton::clicked, this, &SalesScreen::removeSelectedLines);

    m_feedback = new QLabel(panel);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setWordWrap(true);
    m_feedback->hide();
    right->addWidget(m_feedback);

    auto *actions = new QHBoxLayout;
    m_reserve = new QPushButton(tr("Reser&ve…"), panel);
    m_reserve->setObjectName(QStringLiteral("reserveButton"));
    m_sell = new QPushButton(tr("&Sell (cash)"), panel);
    m_sell->setObjectName(QStringLiteral("sellButton"));
    m_sell->setDefault(true);
    m_sell->setToolTip(tr("Take cash payment and sell the basket (Enter)"));
    m_sell->setMinimumHeight(m_sell->sizeHint().height() * 3 / 2);
    m_reserve->setMinimumHeight(m_sell->minimumHeight());
    QFont sellFont = m_sell->font();
    sellFont.setBold(true);
    m_sell->setFont(sellFont);
    actions->addWidget(m_reserve);
    actions->addWidget(m_sell, 1);
    right->addLayout(actions);
    connect(m_sell, &QPushButton::clicked, this, &SalesScreen::sell);
    connect(m_reserve, &QPushButton::clicked, this, &SalesScreen::reserve);

    root->addWidget(panel);

    connect(m_map, &SeatMapView::selectionChanged, this, &SalesScreen::onMapSelectionChanged);
    connect(m_map, &SeatMapView::seatClicked, this, &SalesScreen::onSeatClicked);
    connect(m_map, &SeatMapView::standingZoneActivated, this, [this](ZoneId zone) {
        if (QSpinBox *spin = m_standing.value(zone)) {
            spin->setFocus(Qt::OtherFocusReason);
            spin->selectAll();
        }
    });

    QWidget *order[] = {m_bestCount, m_bestCategory, m_find};
    QWidget *previous = nullptr;
    for (QWidget *w : order) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    for (const StandingZone &zone : m_plan->zones()) {
        setTabOrder(previous, m_standing.value(zone.id));
        previous = m_standing.value(zone.id);
    }
    setTabOrder(previous, m_basketView);
    setTabOrder(m_basketView, m_remove);
    setTabOrder(m_remove, m_reserve);
    setTabOrder(m_reserve, m_sell);
    setTabOrder(m_sell, m_map);
    setFocusProxy(m_bestCount);
}

void SalesScreen::trimStandingToWhatIsLeft()
{
    // Places sold elsewhere meanwhile leave the basket too, so it never holds more than the
    // spin box allows.
    const QDateTime now = m_boxOffice.now();
    for (const StandingZone &zone : m_plan->zones()) {
        const int left = standingLeft(zone.id, now);
        if (m_basket->basket().standingQuantity(zone.id) > left) {
            (void) m_basket->setStandingQuantity(zone.id, left);
            showFeedback(
                tr("Only %n standing place(s) left in %1; the basket was reduced.", nullptr, left)
                    .arg(zone.name));
        }
    }
}

void SalesScreen::updateHeader()
{
    const QDateTime now = m_boxOffice.now();
    m_header->setText(tr("%1 · %2 · %3")
                          .arg(m_summary.title,
                               PerformanceListModel::dateTimeText(m_summary.performance.startsAt),
                               m_summary.venueName));
    const Inventory::Counts counts = m_inventory.counts(*m_plan, now);
    int standingFree = 0;
    for (const StandingZone &zone : m_plan->zones()) {
        const Inventory::ZoneCounts z = m_inventory.zoneCounts(zone.id, now);
        standingFree += z.free();
        if (QLabel *label = m_standingFree.value(zone.id))
            label->setText(standingText(zone.id, now));
        if (QSpinBox *spin = m_standing.value(zone.id)) {
            const QSignalBlocker block(spin);
            spin->setMaximum(standingLeft(zone.id, now));
        }
    }
    // Inventory::counts() includes free standing places; the header lists them separately.
    QString text = tr("Free: %1 seats").arg(counts.free - standingFree);
    if (!m_plan->zones().isEmpty())
        text += tr(", %1 standing").arg(standingFree);
    text += tr(" · Sold: %1 · Reserved: %2").arg(counts.sold).arg(counts.reserved);
    m_counts->setText(text);
    m_mode->setText(gateway().modeText());
    updateReserveButton(); // online and offline differ
    const bool onSale = m_summary.performance.isOnSale(now);
    if (!onSale)
        showFeedback(tr("This performance is not on sale any more."));
}

void SalesScreen::readStandingHolds()
{
    // Held standing places the seller's role may sell are on offer too; the sale takes them
    // only once the free ones are used up (SalesService decides, this is what it will do).
    auto holds = m_boxOffice.sellableStandingHolds(m_performance);
    m_standingHolds = holds ? *holds : QList<PerformanceHolds::ZoneHold>();
}

int SalesScreen::standingLeft(ZoneId zone, const QDateTime &now) const
{
    int left = std::max(0, m_inventory.zoneCounts(zone, now).free());
    for (const PerformanceHolds::ZoneHold &h : m_standingHolds) {
        if (h.zone == zone)
            left += h.quantity;
    }
    return left;
}

QString SalesScreen::standingText(ZoneId zone, const QDateTime &now) const
{
    const int free = std::max(0, m_inventory.zoneCounts(zone, now).free());
    int beyond = m_basket->basket().standingQuantity(zone) - free;
    QStringList held;
    QStringList taken;
    for (const PerformanceHolds::ZoneHold &h : m_standingHolds) {
        if (h.zone != zone)
            continue;
        held.append(tr("%1 on hold %2").arg(h.quantity).arg(h.code));
        const int take = std::clamp(beyond, 0, h.quantity);
        if (take > 0)
            taken.append(tr("%1 from %2").arg(take).arg(h.code));
        beyond -= take;
    }
    QString text = tr("%1 free").arg(free);
    if (!held.isEmpty())
        text += tr(" + %1").arg(held.join(QStringLiteral(", ")));
    if (!taken.isEmpty())
        text += tr(" · basket takes %1").arg(taken.join(QStringLiteral(", ")));
    return text;
}

void SalesScreen::showFeedback(const QString &text)
{
    m_feedback->setText(text);
    m_feedback->setVisible(!text.isEmpty());
}

void SalesScreen::onMapSelectionChanged(const QList<SeatId> &seats)
{
    if (auto r = m_basket->setSeats(seats); !r)
        showFeedback(errorText(r.error()));
    else
        showFeedback({});
    // The basket is the truth: a seat it refused is not shown as selected.
    m_map->setSelection(m_basket->seatSet());
    // The seats this selection would keep free for others, shown before the sale.
    m_map->setHighlighted(m_boxOffice.distancedNeighbours(*m_plan, m_basket->seatSet()));
}

void SalesScreen::setStanding(ZoneId zone, int quantity)
{
    if (auto r = m_basket->setStandingQuantity(zone, quantity); !r) {
        showFeedback(errorText(r.error()));
        onBasketChanged();
    }
}

void SalesScreen::onBasketChanged()
{
    m_map->setSelection(m_basket->seatSet());
    QHash<ZoneId, int> standing;
    for (const StandingZone &zone : m_plan->zones()) {
        const int n = m_basket->basket().standingQuantity(zone.id);
        standing.insert(zone.id, n);
        if (QLabel *label = m_standingFree.value(zone.id))
            label->setText(standingText(zone.id, m_boxOffice.now()));
        if (QSpinBox *spin = m_standing.value(zone.id); spin && spin->value() != n) {
            const QSignalBlocker block(spin);
            spin->setValue(n);
        }
    }
    m_map->setStandingInBasket(standing);
    const int tickets = m_basket->rowCount();
    m_total->setText(tickets == 0 ? tr("Basket empty") : tr("Total %1").arg(m_basket->totalText()));
    m_ticketCount->setText(tickets == 0 ? QString() : tr("Tickets: %1").arg(tickets));
    const bool onSale = m_summary.performance.isOnSale(m_boxOffice.now());
    m_sell->setEnabled(tickets > 0 && onSale && !m_selling);
    updateReserveButton();
    m_remove->setEnabled(tickets > 0);
}

bool SalesScreen::findBestSeats(int count, CategoryId category)
{
    // The staged best-available search, on the stored state, with the rules and holds.
    BestAvailableRequest request;
    request.count = count;
    if (category.isValid())
        request.categories.append(category);
    request.exclude = m_basket->seatSet();
    request.allowStanding = false;
    const auto found = m_boxOffice.bestAvailable(m_performance, *m_plan, request);
    const QList<SeatId> seats = found ? found->seats : QList<SeatId>();
    if (seats.isEmpty()) {
        showFeedback(category.isValid()
                         ? tr("There are not %n free seat(s) left in %1.", nullptr, count)
                               .arg(m_plan->category(category) ? m_plan->category(category)->name
                                                               : QString())
                         : tr("There are not %n free seat(s) left.", nullptr, count));
        return false;
    }
    for (SeatId seat : seats) {
        if (auto r = m_basket->addSeat(seat); !r) {
            showFeedback(errorText(r.error()));
            return false;
        }
    }
    showFeedback({});
    return true;
}

void SalesScreen::removeSelectedLines()
{
    QList<int> rows;
    const QModelIndexList selected = m_basketView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_basketView->currentIndex().isValid())
        rows.append(m_basketView->currentIndex().row());
    m_basket->removeRows(rows);
}

void SalesScreen::onSeatClicked(SeatId seat)
{
    const SeatClaim *claim = m_inventory.seatClaim(seat);
    bool held = claim && !claim->holdCode.isEmpty()
                && m_inventory.seatStatus(seat, m_boxOffice.now()) != SeatStatus::Free;
    if (held) {
        // Another counter's hold (connected mode) is the server's to release, not ours.
        const auto elsewhere = m_boxOffice.isHeldAtOtherTerminal(claim->holdCode);
        held = elsewhere && !*elsewhere;
    }
    m_heldSeat = held ? seat : SeatId();
    if (held)
        m_releaseHold->setText(tr("Release hold %1").arg(claim->holdCode));
    m_releaseHold->setVisible(held);
}

void SalesScreen::releaseHold()
{
    if (!m_heldSeat.isValid())
        return;
    const auto released = m_boxOffice.releaseHolds(m_performance, {m_heldSeat});
    m_heldSeat = SeatId();
    m_releaseHold->hide();
    if (!released)
        showFeedback(tr("The hold was not released: %1").arg(released.error().message));
    else
        showFeedback(tr("Hold released on %n seat(s).", nullptr, *released));
    reloadInventory();
}

void SalesScreen::reloadInventory()
{
    auto inventory = m_boxOffice.inventory(m_performance, *m_plan);
    if (!inventory) {
        showFeedback(errorText(inventory.error()));
        return;
    }
    m_inventory = *inventory;
    if (auto summary = m_boxOffice.summary(m_performance))
        m_summary = *summary;
    readStandingHolds();
    m_map->setSeatStates(m_inventory, m_boxOffice.now(), m_basket->seatSet());
    if (auto blocked = m_boxOffice.blockedSeats(m_performance, *m_plan))
        m_map->setDerivedBlocks(*blocked);
    updateHeader();
    trimStandingToWhatIsLeft();
}

void SalesScreen::updateReserveButton()
{
    const bool possible = gateway().canReserve();
    m_reserve->setEnabled(m_basket->rowCount() > 0
                          && m_summary.performance.isOnSale(m_boxOffice.now()) && !m_selling
                          && possible);
    m_reserve->setToolTip(possible ? tr("Reserve the basket for a customer, unpaid, until a time")
                                   : gateway().reserveRefusal());
}

void SalesScreen::setSalesGateway(SalesGateway *gateway)
{
    m_gateway = gateway;
}

SalesGateway &SalesScreen::gateway() const
{
    return m_gateway ? *m_gateway : *m_standaloneSales;
}

QString SalesScreen::salesModeText() const
{
    return gateway().modeText();
}

void SalesScreen::sell()
{
    if (m_basket->basket().isEmpty() || !m_sell->isEnabled() || m_selling)
        return;
    sellWith(QString());
}

void SalesScreen::sellWith(const QString &reason)
{
    // Connected, the answer comes later: nothing is sold twice meanwhile.
    m_selling = true;
    m_sell->setEnabled(false);
    m_reserve->setEnabled(false);
    gateway().sell(m_basket->basket(),
                   PaymentMethod::Cash,
                   reason,
                   this,
                   [this, reason](Result<Order> order) {
                       m_selling = false;
                       if (reason.isEmpty() && gateway().canOverrideRules()) {
                           if (const QString again = overrideReason(order); !again.isEmpty()) {
                               sellWith(again);
                               return;
                           }
                       }
                       placed(order, tr("The sale was refused"));
                       onBasketChanged();
                   });
}

QString SalesScreen::overrideReason(const Result<Order> &order)
{
    if (order || order.error().code != ErrorCode::RuleViolation)
        return {};
    // The seating rules refused the seats. A supervisor may sell them anyway, with a reason
    // that goes into the order's history; the service refuses the override for other roles.
    QMessageBox box(QMessageBox::Warning,
                    tr("Seating rules"),
                    tr("These seats break the seating rules:\n\n%1").arg(order.error().message),
                    QMessageBox::Cancel,
                    this);
    QPushButton *override = box.addButton(tr("&Override as supervisor…"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != override)
        return {};
    bool ok = false;
    const QString reason = QInputDialog::getText(this,
                                                 tr("Override the seating rules"),
                                                 tr("Reason (kept in the order's history):"),
                                                 QLineEdit::Normal,
                                                 {},
                                                 &ok)
                               .trimmed();
    return ok ? reason : QString();
}

void SalesScreen::reserve()
{
    if (m_basket->basket().isEmpty() || m_selling
        || !m_summary.performance.isOnSale(m_boxOffice.now()))
        return;
    // Connected but offline: a reservation needs the server; say so before asking anything.
    if (!gateway().canReserve()) {
        placed(makeError(ErrorCode::IllegalTransition, gateway().reserveRefusal()),
               tr("The reservation was refused"));
        return;
    }
    ReserveDialog dialog(
        m_boxOffice.now(),
        m_summary.performance.latestReservationEnd(),
        m_basket->rowCount(),
        [this](const QString &text) { return m_boxOffice.searchCustomers(text); },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Basket basket = m_basket->basket();
    if (dialog.customer().isValid()) // else the customer attached from the card, if any
        basket.setCustomer(dialog.customer());
    reserveWith(basket, dialog.until(), QString());
}

void SalesScreen::reserveWith(const Basket &basket, const QDateTime &until, const QString &reason)
{
    // Connected, the answer comes later: nothing is reserved twice meanwhile.
    m_selling = true;
    m_sell->setEnabled(false);
    m_reserve->setEnabled(false);
    gateway().reserve(basket,
                      until,
                      reason,
                      this,
                      [this, basket, until, reason](Result<Order> order) {
                          m_selling = false;
                          if (reason.isEmpty() && gateway().canOverrideRules()) {
                              if (const QString again = overrideReason(order); !again.isEmpty()) {
                                  reserveWith(basket, until, again);
                                  return;
                              }
                          }
                          placed(order, tr("The reservation was refused"));
                          onBasketChanged();
                      });
}

void SalesScreen::placed(const Result<Order> &order, const QString &failureTitle)
{
    if (!order) {
        // Nothing was written. Show the seats as they are now, take the ones that are gone out
        // of the basket and keep the rest for a retry.
        reloadInventory();
        QList<SeatId> stillFree;
        QStringList gone;
        const QDateTime now = m_boxOffice.now();
        for (SeatId seat : m_basket->basket().seats()) {
            if (m_inventory.seatStatus(seat, now) == SeatStatus::Free)
                stillFree.append(seat);
            else
                gone.append(Basket::seatLabel(*m_plan, m_plan->seatIndex(seat)));
        }
        if (!gone.isEmpty()) {
            (void) m_basket->setSeats(stillFree);
            showFeedback(tr("Taken meanwhile and removed from the basket: %1")
                             .arg(gone.join(QStringLiteral("; "))));
        }
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    failureTitle,
                                    errorText(order.error()),
                                    QMessageBox::Ok,
                                    this);
        box->setObjectName(QStringLiteral("saleError"));
        box->setInformativeText(tr("Nothing was saved."));
        box->setDetailedText(order.error().message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_basket->clear();
    showFeedback({});
    reloadInventory();
    auto *dialog = new OrderConfirmationDialog(*order, m_priceTypes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_bestCount->setFocus(); });
    dialog->open();
    Q_EMIT orderPlaced(order->id());
}

void SalesScreen::setCustomer(CustomerId customer, const QString &text)
{
    m_basket->setCustomer(customer);
    m_customerLabel->setText(tr("<b>Customer:</b> %1").arg(text));
    m_customerLabel->setVisible(customer.isValid());
}

CustomerId SalesScreen::customer() const
{
    return m_basket->basket().customer();
}

QString SalesScreen::errorText(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::SeatUnavailable:
        return tr("Some seats in the basket were taken meanwhile. They were removed from the "
                  "basket; check the rest and sell again.\n\n%1")
            .arg(error.message);
    case ErrorCode::CapacityExceeded:
        return tr("There are not enough standing places left.\n\n%1").arg(error.message);
    case ErrorCode::PriceMissing:
        return tr("A ticket has no price for its price type at this performance.");
    case ErrorCode::NotFound:
        return tr("Something in the basket no longer exists: %1").arg(error.message);
    case ErrorCode::StorageFailure:
    case ErrorCode::CorruptDatabase:
        return tr("The database could not be written. Nothing was saved.\n\n%1").arg(error.message);
    default:
        return tr("The request was refused: %1").arg(error.message);
    }
}

void SalesScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // Enter on a focused button does what the button says; anywhere else it pays.
        if (auto *button = qobject_cast<QAbstractButton *>(focusWidget());
            button && button != m_sell) {
            button->click();
            event->accept();
            return;
        }
        sell();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool SalesScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (watched == m_bestCount || watched == m_bestCategory)) {
            m_bestCount->interpretText();
            m_find->click();
            return true;
        }
        // While a price type is being edited the keys go to the editor, not the view.
        if (watched == m_basketView && key->key() == Qt::Key_Delete) {
            removeSelectedLines();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace parkett
