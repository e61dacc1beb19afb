// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <QCursor>
#include <QIcon>
#include <QKeySequence>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>
#include <QTransform>

class QKeyEvent;
class QPainter;

namespace parkett {

class SeatMapDocument;
class SeatMapView;
class EditorSettings;

/** A mouse event as a tool sees it: where in the plan, and the seat under it. */
struct SeatMapToolEvent
{
    QPointF viewportPos;
    QPointF planPos;
    Qt::MouseButton button = Qt::NoButton;
    Qt::MouseButtons buttons;
    Qt::KeyboardModifiers modifiers;
    SeatId seat;
    double planPerPixel = 1; ///< plan units one viewport pixel covers at the current zoom
};

/** An editing tool of the seat-map editor (select, add row, paint, ...). The view hands it the
    left mouse button and the keyboard while it is active; the tool changes the document only
    through its undoable edits and draws its previews with paintOverlay(). Tools are owned and
    switched by the ToolManager. */
class SeatMapTool : public QObject
{
    Q_OBJECT

public:
    SeatMapTool(const QString &name,
                const QIcon &icon,
                const QKeySequence &shortcut,
                SeatMapDocument *document,
                EditorSettings *settings,
                QObject *parent = nullptr);
    ~SeatMapTool() override;
    Q_DISABLE_COPY_MOVE(SeatMapTool)

    QString name() const { return m_name; }
    QIcon icon() const { return m_icon; }
    QKeySequence shortcut() const { return m_shortcut; }
    /** One line for the status bar: what a click does now. */
    virtual QString statusHint() const { return {}; }

    /** Called when the tool becomes the view's tool, and when it stops being it. */
    virtual void activate(SeatMapView *view);
    virtual void deactivate(SeatMapView *view);

    virtual void mousePressed(const SeatMapToolEvent &event) = 0;
    virtual void mouseMoved(const SeatMapToolEvent &event) { Q_UNUSED(event) }
    virtual void mouseReleased(const SeatMapToolEvent &event) { Q_UNUSED(event) }
    virtual void mouseDoubleClicked(const SeatMapToolEvent &event) { mousePressed(event); }
    /** Returns true when the tool used the key. Escape cancels what is being drawn. */
    virtual bool keyPressed(QKeyEvent *event);
    /** Draws previews in viewport pixels; \a planToViewport maps plan units to them. */
    virtual void paintOverlay(QPainter *painter, const QTransform &planToViewport) const
    {
        Q_UNUSED(painter)
        Q_UNUSED(planToViewport)
    }
    virtual QCursor cursor() const { return Qt::CrossCursor; }

    SeatMapDocument *document() const { return m_document; }
    EditorSettings *settings() const { return m_settings; }
    SeatMapView *view() const { return m_view; }

Q_SIGNALS:
    void statusHintChanged(const QString &hint);

protected:
    /** Drops what is being drawn (Escape, tool change). */
    virtual void cancel() {}
    /** The point snapped to the grid when snapping is on (Shift held turns it off). */
    QPointF snapped(const SeatMapToolEvent &event) const;
    void updateOverlay() const;

private:
    QString m_name;
    QIcon m_icon;
    QKeySequence m_shortcut;
    SeatMapDocument *m_document;
    EditorSettings *m_settings;
    QPointer<SeatMapView> m_view;
};

} // namespace parkett
