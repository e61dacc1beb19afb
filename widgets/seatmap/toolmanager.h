// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;

namespace parkett {

class SeatMapTool;
class SeatMapView;

/** Owns the editor's tools, one checkable action each in an exclusive group, and makes the
    chosen one the view's tool. */
class ToolManager final : public QObject
{
    Q_OBJECT

public:
    explicit ToolManager(SeatMapView *view, QObject *parent = nullptr);
    ~ToolManager() override;
    Q_DISABLE_COPY_MOVE(ToolManager)

    /** Takes ownership of \a tool and returns its action. */
    QAction *registerTool(SeatMapTool *tool);
    QList<QAction *> actions() const;
    void selectTool(SeatMapTool *tool);
    SeatMapTool *selectedTool() const { return m_selected; }
    QList<SeatMapTool *> tools() const { return m_tools; }

Q_SIGNALS:
    void selectedToolChanged(parkett::SeatMapTool *tool);

private:
    QPointer<SeatMapView> m_view;
    QActionGroup *m_group;
    QList<SeatMapTool *> m_tools;
    SeatMapTool *m_selected = nullptr;
};

} // namespace parkett
