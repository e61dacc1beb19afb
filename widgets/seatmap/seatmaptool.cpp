// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmaptool.h"

#include "widgets/seatmap/editorsettings.h"
#include "widgets/seatmap/seatmapview.h"

#include <QKeyEvent>

namespace parkett {

SeatMapTool::SeatMapTool(const QString &name,
                         const QIcon &icon,
                         const QKeySequence &shortcut,
                         SeatMapDocument *document,
                         EditorSettings *settings,
                         QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_icon(icon)
    , m_shortcut(shortcut)
    , m_document(document)
    , m_settings(settings)
{}

SeatMapTool::~SeatMapTool() = default;

void SeatMapTool::activate(SeatMapView *view)
{
    m_view = view;
}

void SeatMapTool::deactivate(SeatMapView *view)
{
    Q_UNUSED(view)
    cancel();
    m_view = nullptr;
}

bool SeatMapTool::keyPressed(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        updateOverlay();
        return true;
    }
    return false;
}

QPointF SeatMapTool::snapped(const SeatMapToolEvent &event) const
{
    if (event.modifiers & Qt::ShiftModifier)
        return event.planPos;
    return m_settings->snap(event.planPos);
}

void SeatMapTool::updateOverlay() const
{
    if (m_view)
        m_view->updateOverlay();
}

} // namespace parkett
