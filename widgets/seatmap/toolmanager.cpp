// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/toolmanager.h"

#include "widgets/seatmap/seatmaptool.h"
#include "widgets/seatmap/seatmapview.h"

#include <QAction>
#include <QActionGroup>

namespace parkett {

ToolManager::ToolManager(SeatMapView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
}

ToolManager::~ToolManager()
{
    if (m_view)
        m_view->setTool(nullptr);
}

QAction *ToolManager::registerTool(SeatMapTool *tool)
{
    tool->setParent(this);
    m_tools.append(tool);
    auto *action = new QAction(tool->icon(), tool->name(), m_group);
    action->setCheckable(true);
    action->setShortcut(tool->shortcut());
    action->setToolTip(
        tool->shortcut().isEmpty()
            ? tool->name()
            : tr("%1 (%2)").arg(tool->name(), tool->shortcut().toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, tool] { selectTool(tool); });
    if (!m_selected)
        selectTool(tool);
    return action;
}

QList<QAction *> ToolManager::actions() const
{
    return m_group->actions();
}

void ToolManager::selectTool(SeatMapTool *tool)
{
    const qsizetype i = m_tools.indexOf(tool);
    if (i < 0)
        return;
    m_group->actions().at(i)->setChecked(true);
    if (m_selected == tool)
        return;
    m_selected = tool;
    if (m_view)
        m_view->setTool(tool);
    Q_EMIT selectedToolChanged(tool);
}

} // namespace parkett
