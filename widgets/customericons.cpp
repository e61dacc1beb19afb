// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/customericons.h"

#include "models/customerordersmodel.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace parkett {

namespace {

constexpr int kSize = 32;

template<typename Paint>
QIcon painted(Paint paint)
{
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paint(p);
    p.end();
    return QIcon(pixmap);
}

QPen pen(const QColor &c, qreal width)
{
    QPen out(c, width);
    out.setCapStyle(Qt::RoundCap);
    out.setJoinStyle(Qt::RoundJoin);
    return out;
}

} // namespace

namespace customericons {

QIcon orderStatus(int shownStatus)
{
    using S = CustomerOrdersModel::ShownStatus;
    switch (S(shownStatus)) {
    case S::Reserved:
        return painted([](QPainter &p) {
            p.setPen(pen(QColor(0x8a, 0x6d, 0x00), 2.5));
            p.setBrush(QColor(0xf5, 0xc5, 0x18));
            p.drawEllipse(QRectF(3, 3, 26, 26));
            p.setPen(pen(QColor(0x3d, 0x30, 0x00), 3));
            p.drawLine(QPointF(16, 16), QPointF(16, 8));
            p.drawLine(QPointF(16, 16), QPointF(22, 19));
        });
    case S::Sold:
        return painted([](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x2e, 0x8b, 0x3e));
            p.drawEllipse(QRectF(3, 3, 26, 26));
            p.setPen(pen(Qt::white, 3.5));
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
        });
    case S::Cancelled:
    case S::Expired:
        return painted([](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x8c, 0x8c, 0x8c));
            p.drawEllipse(QRectF(3, 3, 26, 26));
            p.setPen(pen(Qt::white, 3.5));
            p.drawLine(QPointF(11, 11), QPointF(21, 21));
            p.drawLine(QPointF(21, 11), QPointF(11, 21));
        });
    }
    return {};
}

QIcon globe(bool linked)
{
    return painted([linked](QPainter &p) {
        const QColor c = linked ? QColor(0x1f, 0x5f, 0xa8) : QColor(0x9a, 0x9a, 0x9a);
        p.setPen(pen(c, 2.2));
        p.setBrush(linked ? QColor(0xd8, 0xe8, 0xfa) : QColor(Qt::transparent));
        p.drawEllipse(QRectF(4, 4, 24, 24));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(10.5, 4, 11, 24));
        p.drawLine(QPointF(4, 16), QPointF(28, 16));
        p.drawLine(QPointF(6.5, 10), QPointF(25.5, 10));
        p.drawLine(QPointF(6.5, 22), QPointF(25.5, 22));
    });
}

QIcon channel(SalesChannelKind kind)
{
    const QColor ink(0x3c, 0x4a, 0x5c);
    switch (kind) {
    case SalesChannelKind::Web:
        return globe(true);
    case SalesChannelKind::BoxOffice:
        return painted([ink](QPainter &p) {
            // A ticket with a notch.
            QPainterPath path;
            path.addRoundedRect(QRectF(3, 8, 26, 16), 3, 3);
            QPainterPath notch;
            notch.addEllipse(QPointF(3, 16), 3.5, 3.5);
            notch.addEllipse(QPointF(29, 16), 3.5, 3.5);
            p.setPen(pen(ink, 2));
            p.setBrush(QColor(0xe6, 0xec, 0xf2));
            p.drawPath(path.subtracted(notch));
            p.setPen(QPen(ink, 1.5, Qt::DashLine));
            p.drawLine(QPointF(20, 10), QPointF(20, 22));
        });
    case SalesChannelKind::Phone:
        return painted([ink](QPainter &p) {
            QPainterPath handset;
            handset.moveTo(8, 5);
            handset.lineTo(13, 5);
            handset.lineTo(14, 11);
            handset.lineTo(11, 13);
            handset.quadTo(13, 19, 19, 21);
            handset.lineTo(21, 18);
            handset.lineTo(27, 19);
            handset.lineTo(27, 24);
            handset.quadTo(26, 28, 21, 27);
            handset.quadTo(7, 23, 5, 9);
            handset.quadTo(5, 5, 8, 5);
            p.setPen(pen(ink, 1.5));
            p.setBrush(ink);
            p.drawPath(handset);
        });
    case SalesChannelKind::Outlet:
        return painted([ink](QPainter &p) {
            p.setPen(pen(ink, 2));
            p.setBrush(QColor(0xe6, 0xec, 0xf2));
            p.drawRect(QRectF(6, 14, 20, 14));
            p.setBrush(QColor(0xc8, 0x55, 0x3d));
            p.drawPolygon(
                QPolygonF({QPointF(4, 14), QPointF(8, 6), QPointF(24, 6), QPointF(28, 14)}));
            p.setBrush(ink);
            p.drawRect(QRectF(13, 19, 6, 9));
        });
    }
    return {};
}

QIcon flag(const QString &icon, const QColor &colour)
{
    return painted([icon, colour](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        if (icon == QLatin1StringView("star")) {
            QPolygonF star;
            for (int i = 0; i < 10; ++i) {
                const qreal r = i % 2 == 0 ? 14 : 6;
                const qreal a = -M_PI / 2 + i * M_PI / 5;
                star.append(QPointF(16 + r * std::cos(a), 17 + r * std::sin(a)));
            }
            p.drawPolygon(star);
        } else if (icon == QLatin1StringView("blocked")) {
            p.setPen(pen(colour, 4));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(5, 5, 22, 22));
            p.drawLine(QPointF(9, 23), QPointF(23, 9));
        } else if (icon == QLatin1StringView("wheelchair")) {
            p.drawEllipse(QRectF(3, 3, 26, 26));
            p.setPen(pen(Qt::white, 2.2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(16, 8.5), 2, 2);
            p.drawLine(QPointF(15, 12), QPointF(15, 19));
            p.drawLine(QPointF(15, 19), QPointF(21, 19));
            p.drawLine(QPointF(21, 19), QPointF(23, 24));
            p.drawArc(QRectF(8, 14, 12, 12), 90 * 16, 200 * 16);
        } else if (icon == QLatin1StringView("hearing")) {
            p.drawEllipse(QRectF(3, 3, 26, 26));
            p.setPen(pen(Qt::white, 2.4));
            p.setBrush(Qt::NoBrush);
            p.drawArc(QRectF(10, 7, 12, 14), 0, 200 * 16);
            p.drawLine(QPointF(22, 14), QPointF(17, 24));
        } else {
            p.drawEllipse(QRectF(7, 7, 18, 18));
        }
    });
}

QIcon note()
{
    return painted([](QPainter &p) {
        const QColor ink(0x6b, 0x55, 0x00);
        p.setPen(pen(ink, 1.8));
        p.setBrush(QColor(0xff, 0xe0, 0x6b));
        QPolygonF sheet(
            {QPointF(6, 3), QPointF(21, 3), QPointF(27, 9), QPointF(27, 29), QPointF(6, 29)});
        p.drawPolygon(sheet);
        p.drawLine(QPointF(10, 13), QPointF(23, 13));
        p.drawLine(QPointF(10, 18), QPointF(23, 18));
        p.drawLine(QPointF(10, 23), QPointF(19, 23));
    });
}

} // namespace customericons

OrderIconProxy::OrderIconProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QVariant OrderIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.isValid()) {
        // Painted once per kind: a view asks for the icon of every visible row on every paint.
        if (index.column() == CustomerOrdersModel::StatusColumn) {
            static QHash<int, QIcon> cache;
            const int status = index.data(CustomerOrdersModel::StatusRole).toInt();
            auto it = cache.find(status);
            if (it == cache.end())
                it = cache.insert(status, customericons::orderStatus(status));
            return *it;
        }
        if (index.column() == CustomerOrdersModel::ChannelColumn) {
            static QHash<int, QIcon> cache;
            const int channel = index.data(CustomerOrdersModel::ChannelRole).toInt();
            auto it = cache.find(channel);
            if (it == cache.end())
                it = cache.insert(channel, customericons::channel(SalesChannelKind(channel)));
            return *it;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace parkett
