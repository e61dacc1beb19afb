// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmaplegend.h"

#include "widgets/seatmap/seatmaprenderer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace parkett {

namespace {

QPixmap seatIcon(const SeatLook &look, qreal dpr)
{
    const int size = 22;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    SeatMapRenderer::drawSeat(&painter,
                              QPointF(size / 2.0, size / 2.0),
                              look.selected ? 6.5 : 8,
                              look);
    return pixmap;
}

QWidget *legendItem(const QPixmap &icon, const QString &text, QWidget *parent)
{
    auto *item = new QWidget(parent);
    auto *layout = new QHBoxLayout(item);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(4);
    auto *iconLabel = new QLabel(item);
    iconLabel->setPixmap(icon);
    layout->addWidget(iconLabel);
    layout->addWidget(new QLabel(text, item));
    return item;
}

} // namespace

SeatMapLegend::SeatMapLegend(QWidget *parent)
    : QWidget(parent)
{
    rebuild();
}

SeatMapLegend::~SeatMapLegend() = default;

void SeatMapLegend::setCategories(const QList<Entry> &categories)
{
    m_categories = categories;
    rebuild();
}

void SeatMapLegend::rebuild()
{
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    delete layout();
    const qreal dpr = devicePixelRatioF();
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);

    auto *categories = new QHBoxLayout;
    categories->setSpacing(6);
    for (const Entry &e : std::as_const(m_categories)) {
        SeatLook look;
        look.color = e.color;
        const QString text = e.detail.isEmpty() ? e.name : tr("%1 %2").arg(e.name, e.detail);
        categories->addWidget(legendItem(seatIcon(look, dpr), text, this));
    }
    categories->addStretch();
    rows->addLayout(categories);

    auto *states = new QHBoxLayout;
    states->setSpacing(6);
    const QColor neutral(0x90, 0xa4, 0xae);
    auto addState = [&](SeatLook look, const QString &text) {
        look.color = look.color.isValid() ? look.color : neutral;
        states->addWidget(legendItem(seatIcon(look, dpr), text, this));
    };
    SeatLook selected;
    selected.selected = true;
    addState(selected, tr("In basket"));
    SeatLook reserved;
    reserved.status = SeatStatus::Reserved;
    addState(reserved, tr("Reserved"));
    SeatLook sold;
    sold.status = SeatStatus::Sold;
    addState(sold, tr("Sold"));
    SeatLook blocked;
    blocked.status = SeatStatus::Blocked;
    addState(blocked, tr("Blocked"));
    SeatLook wheelchair;
    wheelchair.wheelchair = true;
    addState(wheelchair, tr("Wheelchair place"));
    states->addStretch();
    rows->addLayout(states);
}

} // namespace parkett
