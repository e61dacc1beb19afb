// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seatplan.h"
#include "widgets/seatmap/seatmapdocument.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QListWidget;
class QTimer;
class QToolBar;
class QUndoView;

namespace parkett {

class EditorSettings;
class MiniMap;
struct PlanProblem;
class SeatMapTool;
class SeatMapView;
class SelectTool;
class ToolManager;

/** The venue manager's seat-map editor: the plan in a SeatMapView driven by tools (select,
    rows, blocks, tables, zones, shapes, sections, focal point, paint), a tool options bar, and
    docks for the selection's properties, areas with their rule settings, the undo history, a
    minimap and the plan's problems. Every change is an undo step of the SeatMapDocument.
    Saving hands the plan to whoever opened the editor (saveRequested()); it answers with
    saveFinished(). */
class SeatMapEditor final : public QMainWindow
{
    Q_OBJECT

public:
    explicit SeatMapEditor(SeatPlan plan, QWidget *parent = nullptr);
    ~SeatMapEditor() override;
    Q_DISABLE_COPY_MOVE(SeatMapEditor)

    SeatMapDocument *document() const { return m_document; }
    SeatMapView *view() const { return m_view; }
    ToolManager *toolManager() const { return m_tools; }
    EditorSettings *settings() const { return m_settings; }
    MiniMap *miniMap() const { return m_miniMap; }
    QListWidget *problemList() const { return m_problems; }
    QListWidget *areaList() const { return m_areas; }
    /** The tool with this name (as in the tool bar), or null. */
    SeatMapTool *tool(const QString &name) const;

    /** The outcome of a save the host did: an empty \a error means saved as \a version. */
    void saveFinished(int version, const QString &error);
    /** Recomputes the problem list now (it also follows edits on its own, a moment later, in
        a worker thread so that a big plan never stalls the window). */
    void validateNow();
    /** True while a background validation is running. */
    bool isValidating() const { return m_validating; }
    void copySelection();
    void paste();
    void zoomToSelection();

Q_SIGNALS:
    void saveRequested(const parkett::SeatPlan &plan);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildTools();
    void buildMenus();
    void buildDocks();
    void rebuildOptionsBar();
    void rebuildProperties();
    void seatProperties(QFormLayout *form);
    void objectProperties(QFormLayout *form, SeatMapDocument::ObjectRef ref);
    void areaProperties(QFormLayout *form, int index);
    void refreshAreas();
    void onDocumentChanged(const SeatMapChange &change);
    void onSelectionChanged();
    QComboBox *categoryCombo(CategoryId current, QWidget *parent) const;
    void updateTitle();
    void validateInBackground();
    void showProblems(const SeatPlan &plan, const QList<PlanProblem> &problems);

    SeatMapDocument *m_document;
    EditorSettings *m_settings;
    SeatMapView *m_view;
    ToolManager *m_tools;
    SelectTool *m_selectTool = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_optionsBar = nullptr;
    QWidget *m_propertiesHost = nullptr;
    QListWidget *m_areas = nullptr;
    QListWidget *m_problems = nullptr;
    QUndoView *m_history = nullptr;
    MiniMap *m_miniMap = nullptr;
    QTimer *m_validateTimer;
    QTimer *m_propertiesTimer;
    int m_pasteCount = 0;
    bool m_validating = false;
    bool m_validateAgain = false;
};

} // namespace parkett
