// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmapeditor.h"

#include "core/planvalidation.h"
#include "widgets/seatmap/editorsettings.h"
#include "widgets/seatmap/minimap.h"
#include "widgets/seatmap/numberingdialog.h"
#include "widgets/seatmap/seatmaptools.h"
#include "widgets/seatmap/seatmapview.h"
#include "widgets/seatmap/toolmanager.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace parkett {

namespace {

const QString kClipMime = QStringLiteral("application/x-parkett-seats+json");

QDoubleSpinBox *doubleSpin(
    double min, double max, double value, QWidget *parent, const QString &suffix = {})
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(min, max);
    spin->setDecimals(0);
    spin->setValue(value);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    return spin;
}

QSpinBox *intSpin(int min, int max, int value, QWidget *parent, const QString &special = {})
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setValue(value);
    spin->setKeyboardTracking(false);
    if (!special.isEmpty())
        spin->setSpecialValueText(special);
    return spin;
}

} // namespace

SeatMapEditor::SeatMapEditor(SeatPlan plan, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new SeatMapDocument(std::move(plan), this))
    , m_settings(new EditorSettings(this))
    , m_view(new SeatMapView(this))
    , m_tools(new ToolManager(m_view, this))
    , m_validateTimer(new QTimer(this))
    , m_propertiesTimer(new QTimer(this))
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_view->setPlan(&m_document->plan());
    m_view->setObjectName(QStringLiteral("seatMapEditorView"));
    setCentralWidget(m_view);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(400);
    connect(m_validateTimer, &QTimer::timeout, this, &SeatMapEditor::validateInBackground);
    // Properties follow the selection once per event loop turn, not once per seat clicked.
    m_propertiesTimer->setSingleShot(true);
    m_propertiesTimer->setInterval(0);
    connect(m_propertiesTimer, &QTimer::timeout, this, &SeatMapEditor::rebuildProperties);

    buildTools();
    buildDocks();
    buildMenus();
    connect(m_document, &SeatMapDocument::changed, this, &SeatMapEditor::onDocumentChanged);
    connect(m_document,
            &SeatMapDocument::selectionChanged,
            this,
            &SeatMapEditor::onSelectionChanged);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &SeatMapEditor::updateTitle);
    connect(m_settings, &EditorSettings::changed, this, [this] {
        if (SeatMapTool *t = m_tools->selectedTool())
            statusBar()->showMessage(t->statusHint());
    });
    rebuildOptionsBar();
    rebuildProperties();
    refreshAreas();
    validateInBackground();
    updateTitle();
    resize(1280, 820);
}

SeatMapEditor::~SeatMapEditor()
{
    m_view->setTool(nullptr);
    // A validation still running holds its own copy of the plan; its answer must not arrive.
    m_validateAgain = false;
    while (m_validating) {
        QThread::msleep(5);
        QCoreApplication::sendPostedEvents(this);
    }
}

void SeatMapEditor::updateTitle()
{
    const QString name = m_document->plan().name().isEmpty() ? tr("Untitled plan")
                                                             : m_document->plan().name();
    setWindowTitle(tr("%1 (version %2)%3 — Seat map editor")
                       .arg(name)
                       .arg(m_document->plan().version())
                       .arg(m_document->undoStack()->isClean() ? QString() : QStringLiteral(" *")));
}

SeatMapTool *SeatMapEditor::tool(const QString &name) const
{
    for (SeatMapTool *t : m_tools->tools()) {
        if (t->name() == name)
            return t;
    }
    return nullptr;
}

void SeatMapEditor::buildTools()
{
    m_selectTool = new SelectTool(m_document, m_settings);
    const QList<SeatMapTool *> tools{
        m_selectTool,
        new RowTool(m_document, m_settings),
        new BlockTool(m_document, m_settings),
        new TableTool(m_document, m_settings),
        new ShapeTool(ShapeTool::Target::Section, m_document, m_settings),
        new ShapeTool(ShapeTool::Target::StandingZone, m_document, m_settings),
        new ShapeTool(ShapeTool::Target::Decoration, m_document, m_settings),
        new FocalPointTool(m_document, m_settings),
        new PaintTool(m_document, m_settings),
    };
    m_toolBar = addToolBar(tr("Tools"));
    m_toolBar->setObjectName(QStringLiteral("tools"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (SeatMapTool *t : tools)
        m_toolBar->addAction(m_tools->registerTool(t));
    addToolBarBreak();
    m_optionsBar = addToolBar(tr("Tool options"));
    m_optionsBar->setObjectName(QStringLiteral("toolOptions"));
    connect(m_tools, &ToolManager::selectedToolChanged, this, [this](SeatMapTool *t) {
        rebuildOptionsBar();
        statusBar()->showMessage(t ? t->statusHint() : QString());
    });
}

QComboBox *SeatMapEditor::categoryCombo(CategoryId current, QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    for (const Category &c : m_document->plan().categories()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor::fromString(c.color));
        combo->addItem(QIcon(swatch), c.name, QVariant::fromValue(c.id.value));
        if (c.id == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
    return combo;
}

void SeatMapEditor::rebuildOptionsBar()
{
    m_optionsBar->clear();
    SeatMapTool *t = m_tools->selectedTool();
    EditorSettings *s = m_settings;
    const auto label = [this](const QString &text) {
        m_optionsBar->addWidget(new QLabel(text + QLatin1Char(' '), m_optionsBar));
    };
    const auto spin = [this, s, &label](const QString &text, double *value, double min, double max) {
        label(text);
        auto *w = doubleSpin(min, max, *value, m_optionsBar);
        connect(w, &QDoubleSpinBox::valueChanged, s, [s, value](double v) {
            *value = v;
            s->notifyChanged();
        });
        m_optionsBar->addWidget(w);
    };
    const auto ispin = [this, s, &label](const QString &text, int *value, int min, int max) {
        label(text);
        auto *w = intSpin(min, max, *value, m_optionsBar);
        connect(w, &QSpinBox::valueChanged, s, [s, value](int v) {
            *value = v;
            s->notifyChanged();
        });
        m_optionsBar->addWidget(w);
    };
    const auto category = [this, s, &label] {
        label(tr("Category:"));
        QComboBox *combo = categoryCombo(s->category, m_optionsBar);
        connect(combo, &QComboBox::currentIndexChanged, s, [s, combo](int) {
            s->category = CategoryId(combo->currentData().toLongLong());
            s->notifyChanged();
        });
        if (!s->category.isValid() && combo->count() > 0)
            s->category = CategoryId(combo->currentData().toLongLong());
        m_optionsBar->addWidget(combo);
    };
    const QString name = t ? t->name() : QString();
    if (qobject_cast<RowTool *>(t) || qobject_cast<BlockTool *>(t)) {
        category();
        ispin(tr("Seats per row:"), &s->seatsPerRow, 1, 500);
        if (qobject_cast<BlockTool *>(t)) {
            ispin(tr("Rows:"), &s->rowsPerBlock, 1, 200);
            spin(tr("Row spacing:"), &s->rowSpacing, 30, 500);
            spin(tr("Angle (°):"), &s->blockSkew, -60, 60);
        }
        spin(tr("Seat spacing:"), &s->seatSpacing, 30, 300);
        label(tr("Curve by:"));
        auto *curveBy = new QComboBox(m_optionsBar);
        curveBy->addItems({tr("sagitta"), tr("radius")});
        curveBy->setCurrentIndex(s->curveByRadius ? 1 : 0);
        connect(curveBy, &QComboBox::currentIndexChanged, this, [this, s](int i) {
            s->curveByRadius = i == 1;
            s->notifyChanged();
            QTimer::singleShot(0, this, &SeatMapEditor::rebuildOptionsBar);
        });
        m_optionsBar->addWidget(curveBy);
        if (s->curveByRadius)
            spin(QString(), &s->curveRadius, -100000, 100000);
        else
            spin(QString(), &s->curveSagitta, -2000, 2000);
    } else if (qobject_cast<TableTool *>(t)) {
        category();
        ispin(tr("Chairs:"), &s->tableChairs, 1, 40);
        label(tr("Shape:"));
        auto *shape = new QComboBox(m_optionsBar);
        shape->addItems({tr("Round"), tr("Rectangular")});
        shape->setCurrentIndex(s->tableRound ? 0 : 1);
        connect(shape, &QComboBox::currentIndexChanged, s, [s](int i) {
            s->tableRound = i == 0;
            s->notifyChanged();
        });
        m_optionsBar->addWidget(shape);
        label(tr("Booking:"));
        auto *booking = new QComboBox(m_optionsBar);
        booking->addItems({tr("By seat"), tr("Whole table"), tr("Party")});
        booking->setCurrentIndex(int(s->tableBooking));
        connect(booking, &QComboBox::currentIndexChanged, s, [s](int i) {
            s->tableBooking = TableBooking(i);
            s->notifyChanged();
        });
        m_optionsBar->addWidget(booking);
        ispin(tr("Party min:"), &s->tableMinPersons, 1, 40);
        ispin(tr("max:"), &s->tableMaxPersons, 1, 40);
    } else if (name == tr("Standing zone")) {
        category();
        ispin(tr("Capacity:"), &s->zoneCapacity, 1, 100000);
        label(tr("Outline:"));
        auto *outline = new QComboBox(m_optionsBar);
        outline->addItems({tr("Rectangle"), tr("Polygon")});
        outline->setCurrentIndex(s->zonePolygon ? 1 : 0);
        connect(outline, &QComboBox::currentIndexChanged, s, [s](int i) {
            s->zonePolygon = i == 1;
            s->notifyChanged();
        });
        m_optionsBar->addWidget(outline);
    } else if (name == tr("Shape")) {
        label(tr("Draw:"));
        auto *kind = new QComboBox(m_optionsBar);
        kind->addItems({tr("Rectangle"), tr("Ellipse"), tr("Polygon"), tr("Text")});
        kind->setCurrentIndex(int(s->shapeKind));
        connect(kind, &QComboBox::currentIndexChanged, s, [s](int i) {
            s->shapeKind = EditorSettings::ShapeKind(i);
            s->notifyChanged();
        });
        m_optionsBar->addWidget(kind);
        label(tr("Text:"));
        auto *text = new QLineEdit(s->shapeText, m_optionsBar);
        text->setPlaceholderText(tr("Stage, Bar, Exit …"));
        connect(text, &QLineEdit::textChanged, s, [s](const QString &v) {
            s->shapeText = v;
            s->notifyChanged();
        });
        m_optionsBar->addWidget(text);
        label(tr("Colour:"));
        auto *color = new QLineEdit(s->shapeColor, m_optionsBar);
        color->setMaximumWidth(90);
        connect(color, &QLineEdit::textChanged, s, [s](const QString &v) {
            s->shapeColor = v;
            s->notifyChanged();
        });
        m_optionsBar->addWidget(color);
    } else if (qobject_cast<PaintTool *>(t)) {
        label(tr("Paint:"));
        auto *target = new QComboBox(m_optionsBar);
        target->addItems({tr("Category"), tr("Seat flag"), tr("Area")});
        target->setCurrentIndex(int(s->paintTarget));
        m_optionsBar->addWidget(target);
        connect(target, &QComboBox::currentIndexChanged, this, [this, s](int i) {
            s->paintTarget = EditorSettings::PaintTarget(i);
            s->notifyChanged();
            // The options below follow the target; rebuilt once this handler has returned.
            QTimer::singleShot(0, this, &SeatMapEditor::rebuildOptionsBar);
        });
        switch (s->paintTarget) {
        case EditorSettings::PaintTarget::Category:
            category();
            break;
        case EditorSettings::PaintTarget::Flag: {
            auto *flag = new QComboBox(m_optionsBar);
            const QList<std::pair<QString, SeatFlag>> flags{
                {tr("Wheelchair place"), SeatFlag::Wheelchair},
                {tr("Companion seat"), SeatFlag::Companion},
                {tr("Restricted view"), SeatFlag::RestrictedView},
                {tr("Aisle seat"), SeatFlag::Aisle}};
            for (const auto &[text, f] : flags) {
                flag->addItem(text, int(f));
                if (f == s->paintFlag)
                    flag->setCurrentIndex(flag->count() - 1);
            }
            connect(flag, &QComboBox::currentIndexChanged, s, [s, flag](int) {
                s->paintFlag = SeatFlag(flag->currentData().toInt());
                s->notifyChanged();
            });
            m_optionsBar->addWidget(flag);
            break;
        }
        case EditorSettings::PaintTarget::Area: {
            auto *area = new QComboBox(m_optionsBar);
            for (const Area &a : m_document->plan().areas()) {
                area->addItem(a.name, QVariant::fromValue(a.id.value));
                if (a.id == s->paintArea)
                    area->setCurrentIndex(area->count() - 1);
            }
            if (!s->paintArea.isValid() && area->count() > 0)
                s->paintArea = AreaId(area->currentData().toLongLong());
            connect(area, &QComboBox::currentIndexChanged, s, [s, area](int) {
                s->paintArea = AreaId(area->currentData().toLongLong());
                s->notifyChanged();
            });
            m_optionsBar->addWidget(area);
            if (area->count() == 0)
                label(tr("(add an area in the Areas panel first)"));
            break;
        }
        }
        if (s->paintTarget != EditorSettings::PaintTarget::Category) {
            auto *erase = new QCheckBox(tr("Erase"), m_optionsBar);
            erase->setChecked(s->paintErase);
            connect(erase, &QCheckBox::toggled, s, [s](bool on) {
                s->paintErase = on;
                s->notifyChanged();
            });
            m_optionsBar->addWidget(erase);
        }
    }
    m_optionsBar->addSeparator();
    auto *grid = new QCheckBox(tr("Snap to grid"), m_optionsBar);
    grid->setChecked(s->snapToGrid);
    connect(grid, &QCheckBox::toggled, s, [s](bool on) {
        s->snapToGrid = on;
        s->notifyChanged();
    });
    m_optionsBar->addWidget(grid);
    spin(tr("Grid:"), &s->gridSize, 1, 500);
    auto *rows = new QCheckBox(tr("Snap to rows"), m_optionsBar);
    rows->setChecked(s->snapToRows);
    connect(rows, &QCheckBox::toggled, s, [s](bool on) {
        s->snapToRows = on;
        s->notifyChanged();
    });
    m_optionsBar->addWidget(rows);
}

void SeatMapEditor::buildMenus()
{
    QUndoStack *stack = m_document->undoStack();
    QMenu *file = menuBar()->addMenu(tr("&Plan"));
    QAction *save = file->addAction(tr("&Save as new version"), this, [this] {
        Q_EMIT saveRequested(m_document->plan());
    });
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, this, [this] {
        copySelection();
        m_document->deleteSelection();
    });
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, &SeatMapEditor::copySelection);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, this, &SeatMapEditor::paste);
    edit->addAction(tr("&Delete"),
                    QKeySequence::Delete,
                    m_document,
                    &SeatMapDocument::deleteSelection);
    edit->addAction(tr("Select &all"), QKeySequence::SelectAll, this, [this] {
        QList<SeatId> all;
        for (const Seat &seat : m_document->plan().seats())
            all.append(seat.id);
        m_document->setSelectedSeats(all);
    });
    edit->addSeparator();
    edit->addAction(tr("&Number rows and seats…"), QKeySequence(Qt::CTRL | Qt::Key_N), this, [this] {
        NumberingDialog dialog(m_document, this);
        dialog.exec();
    });
    QMenu *align = edit->addMenu(tr("&Align"));
    const QList<std::pair<QString, SeatMapDocument::Alignment>> alignments{
        {tr("Left edges"), SeatMapDocument::Alignment::Left},
        {tr("Horizontal centres"), SeatMapDocument::Alignment::HCenter},
        {tr("Right edges"), SeatMapDocument::Alignment::Right},
        {tr("Top edges"), SeatMapDocument::Alignment::Top},
        {tr("Vertical centres"), SeatMapDocument::Alignment::VCenter},
        {tr("Bottom edges"), SeatMapDocument::Alignment::Bottom},
        {tr("Distribute horizontally"), SeatMapDocument::Alignment::DistributeH},
        {tr("Distribute vertically"), SeatMapDocument::Alignment::DistributeV}};
    for (const auto &[text, a] : alignments) {
        align->addAction(text, this, [this, a] {
            m_document->alignSeats(m_document->selectedSeats(), a);
        });
    }
    edit->addAction(tr("Rotate 15° &left"),
                    QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
                    this,
                    [this] {
                        if (m_document->selectedSeats().isEmpty())
                            m_document->rotateObject(m_document->selectedObject(), -15);
                        else
                            m_document->rotateSeats(m_document->selectedSeats(),
                                                    -15,
                                                    m_document->selectionBounds().center(),
                                                    false);
                    });
    edit->addAction(tr("Rotate 15° &right"),
                    QKeySequence(Qt::CTRL | Qt::Key_BracketRight),
                    this,
                    [this] {
                        if (m_document->selectedSeats().isEmpty())
                            m_document->rotateObject(m_document->selectedObject(), 15);
                        else
                            m_document->rotateSeats(m_document->selectedSeats(),
                                                    15,
                                                    m_document->selectionBounds().center(),
                                                    false);
                    });
    edit->addAction(tr("An&gle the block…"), this, [this] {
        bool ok = false;
        const double degrees = QInputDialog::getDouble(this,
                                                       tr("Angle the block"),
                                                       tr("Shift each row sideways by (degrees):"),
                                                       10,
                                                       -60,
                                                       60,
                                                       1,
                                                       &ok);
        if (ok)
            m_document->skewSeats(m_document->selectedSeats(), degrees);
    });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, m_view, &SeatMapView::zoomIn);
    viewMenu->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, m_view, &SeatMapView::zoomOut);
    viewMenu->addAction(tr("Zoom to &fit"),
                        QKeySequence(Qt::CTRL | Qt::Key_0),
                        m_view,
                        &SeatMapView::fitToView);
    viewMenu->addAction(tr("Zoom to &selection"),
                        QKeySequence(Qt::CTRL | Qt::Key_3),
                        this,
                        &SeatMapEditor::zoomToSelection);
    viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
}

void SeatMapEditor::buildDocks()
{
    setDockNestingEnabled(true);
    auto *properties = new QDockWidget(tr("Properties"), this);
    properties->setObjectName(QStringLiteral("properties"));
    auto *scroll = new QScrollArea(properties);
    scroll->setWidgetResizable(true);
    m_propertiesHost = new QWidget(scroll);
    new QVBoxLayout(m_propertiesHost);
    scroll->setWidget(m_propertiesHost);
    properties->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, properties);

    auto *areas = new QDockWidget(tr("Areas"), this);
    areas->setObjectName(QStringLiteral("areas"));
    auto *areaBox = new QWidget(areas);
    auto *areaLayout = new QVBoxLayout(areaBox);
    areaLayout->setContentsMargins(4, 4, 4, 4);
    m_areas = new QListWidget(areaBox);
    auto *areaButtons = new QHBoxLayout;
    auto *addArea = new QPushButton(tr("&Add area"), areaBox);
    auto *removeArea = new QPushButton(tr("Remove"), areaBox);
    areaButtons->addWidget(addArea);
    areaButtons->addWidget(removeArea);
    areaLayout->addWidget(m_areas);
    areaLayout->addLayout(areaButtons);
    areas->setWidget(areaBox);
    addDockWidget(Qt::RightDockWidgetArea, areas);
    connect(addArea, &QPushButton::clicked, this, [this] {
        static const QStringList colors{QStringLiteral("#8e24aa"),
                                        QStringLiteral("#00897b"),
                                        QStringLiteral("#f4511e"),
                                        QStringLiteral("#3949ab")};
        const qsizetype n = m_document->plan().areas().size();
        const AreaId id = m_document->addArea(tr("Area %1").arg(n + 1),
                                              colors.at(n % colors.size()));
        m_settings->paintArea = id;
        m_document->setSelectedObject({PlanObjectKind::Area, int(n)});
        rebuildOptionsBar();
    });
    connect(removeArea, &QPushButton::clicked, this, [this] {
        const int row = m_areas->currentRow();
        if (row >= 0)
            m_document->removeObject({PlanObjectKind::Area, row});
    });
    connect(m_areas, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int row = m_areas->row(item);
        m_document->setSelectedObject({PlanObjectKind::Area, row});
        m_settings->paintArea = m_document->plan().areas().value(row).id;
        m_settings->notifyChanged();
    });

    auto *history = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("history"));
    m_history = new QUndoView(m_document->undoStack(), history);
    m_history->setEmptyLabel(tr("<opened>"));
    history->setWidget(m_history);
    addDockWidget(Qt::LeftDockWidgetArea, history);

    auto *mini = new QDockWidget(tr("Overview"), this);
    mini->setObjectName(QStringLiteral("overview"));
    m_miniMap = new MiniMap(m_view, mini);
    m_miniMap->setPlan(&m_document->plan());
    mini->setWidget(m_miniMap);
    addDockWidget(Qt::LeftDockWidgetArea, mini);

    auto *problems = new QDockWidget(tr("Problems"), this);
    problems->setObjectName(QStringLiteral("problems"));
    m_problems = new QListWidget(problems);
    problems->setWidget(m_problems);
    addDockWidget(Qt::LeftDockWidgetArea, problems);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        QList<SeatId> ids;
        const SeatPlan &plan = m_document->plan();
        for (const QVariant &v : item->data(Qt::UserRole).toList()) {
            const qint64 id = v.toLongLong();
            if (plan.seat(SeatId(id)))
                ids.append(SeatId(id));
        }
        const qint64 rowId = item->data(Qt::UserRole + 1).toLongLong();
        if (ids.isEmpty() && rowId > 0) {
            // An empty row has no seats to select: show where its section is.
            const int r = plan.rowIndex(RowId(rowId));
            if (r >= 0 && plan.rows().at(r).section >= 0)
                m_document->setSelectedObject({PlanObjectKind::Section, plan.rows().at(r).section});
            return;
        }
        m_document->setSelectedSeats(ids);
        zoomToSelection();
    });
    connect(m_problems, &QListWidget::itemClicked, m_problems, &QListWidget::itemActivated);
}

void SeatMapEditor::validateNow()
{
    showProblems(m_document->plan(), validatePlan(m_document->plan()));
}

void SeatMapEditor::validateInBackground()
{
    if (m_validating) {
        m_validateAgain = true; // one more run once this one is in
        return;
    }
    m_validating = true;
    // A copy of the plan shares its arrays with the document's until the next edit.
    auto *thread = QThread::create([this, plan = m_document->plan()] {
        QList<PlanProblem> problems = validatePlan(plan);
        QMetaObject::invokeMethod(
            this,
            [this, plan, problems = std::move(problems)] {
                m_validating = false;
                if (m_validateAgain) {
                    m_validateAgain = false;
                    validateInBackground();
                    return;
                }
                showProblems(plan, problems);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void SeatMapEditor::showProblems(const SeatPlan &plan, const QList<PlanProblem> &problems)
{
    m_problems->clear();
    for (const PlanProblem &p : problems) {
        auto *item = new QListWidgetItem(p.message, m_problems);
        QVariantList ids;
        for (int index : p.seats)
            ids.append(plan.seats().at(index).id.value);
        item->setData(Qt::UserRole, ids);
        item->setData(Qt::UserRole + 1, p.row >= 0 ? plan.rows().at(p.row).id.value : 0);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    if (problems.isEmpty())
        new QListWidgetItem(tr("No problems found"), m_problems);
}

void SeatMapEditor::refreshAreas()
{
    const int current = m_areas->currentRow();
    m_areas->clear();
    for (const Area &a : m_document->plan().areas()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor::fromString(a.color));
        QString text = tr("%1 (%n seat(s))", nullptr, int(a.seats.size())).arg(a.name);
        if (a.distancing.enabled)
            text += tr(" · distancing");
        new QListWidgetItem(QIcon(swatch), text, m_areas);
    }
    if (current >= 0 && current < m_areas->count())
        m_areas->setCurrentRow(current);
}

void SeatMapEditor::onDocumentChanged(const SeatMapChange &change)
{
    m_view->refresh();
    m_miniMap->planChanged();
    m_validateTimer->start();
    if (change.kind == SeatMapChange::Kind::ObjectsChanged)
        refreshAreas();
    // Edits made from the properties panel come back here; the panel is rebuilt after them.
    m_propertiesTimer->start();
    updateTitle();
}

void SeatMapEditor::onSelectionChanged()
{
    const QList<SeatId> &seats = m_document->selectedSeats();
    m_view->setSelection(QSet<SeatId>(seats.cbegin(), seats.cend()));
    m_view->updateOverlay();
    const SeatMapDocument::ObjectRef ref = m_document->selectedObject();
    if (ref.isValid() && ref.kind == PlanObjectKind::Area)
        m_areas->setCurrentRow(ref.index);
    m_propertiesTimer->stop();
    rebuildProperties();
}

void SeatMapEditor::rebuildProperties()
{
    QLayout *layout = m_propertiesHost->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Hidden now, deleted later: this may run from one of the page's own signals.
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    auto *page = new QWidget(m_propertiesHost);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const SeatMapDocument::ObjectRef ref = m_document->selectedObject();
    if (!m_document->selectedSeats().isEmpty())
        seatProperties(form);
    else if (ref.isValid())
        objectProperties(form, ref);
    else
        form->addRow(new QLabel(tr("Select seats or an object to see and change their "
                                   "properties.\n\n%n seat(s) in the plan.",
                                   nullptr,
                                   int(m_document->plan().seats().size())),
                                page));
    layout->addWidget(page);
    static_cast<QVBoxLayout *>(layout)->addStretch(1);
}

void SeatMapEditor::seatProperties(QFormLayout *form)
{
    QWidget *page = form->parentWidget();
    const SeatPlan &plan = m_document->plan();
    const QList<SeatId> seats = m_document->selectedSeats();
    form->addRow(new QLabel(tr("<b>%n seat(s) selected</b>", nullptr, int(seats.size())), page));
    QSet<qint32> rows;
    CategoryId category;
    bool sameCategory = true;
    for (qsizetype k = 0; k < seats.size(); ++k) {
        const Seat *seat = plan.seat(seats.at(k));
        rows.insert(seat->row);
        if (k == 0)
            category = seat->category;
        else if (seat->category != category)
            sameCategory = false;
    }
    if (seats.size() == 1) {
        const Seat *seat = plan.seat(seats.first());
        auto *label = new QLineEdit(seat->label, page);
        connect(label, &QLineEdit::editingFinished, this, [this, label, id = seat->id] {
            const Seat *s = m_document->plan().seat(id);
            if (s && s->label != label->text())
                m_document->relabelSeats({id}, {label->text()});
        });
        form->addRow(tr("&Label:"), label);
        form->addRow(tr("Technical id:"), new QLabel(QString::number(seat->id.value), page));
        if (!seat->externalId.isEmpty())
            form->addRow(tr("Imported id:"), new QLabel(seat->externalId, page));
        form->addRow(tr("Where:"),
                     new QLabel(tr("%1, row %2")
                                    .arg(plan.sectionNameOf(plan.seatIndex(seat->id)),
                                         plan.rowLabelOf(plan.seatIndex(seat->id))),
                                page));
    }
    if (rows.size() == 1 && *rows.cbegin() >= 0) {
        const Row &row = plan.rows().at(*rows.cbegin());
        auto *rowLabel = new QLineEdit(row.label, page);
        connect(rowLabel, &QLineEdit::editingFinished, this, [this, rowLabel, id = row.id] {
            const int r = m_document->plan().rowIndex(id);
            if (r >= 0 && m_document->plan().rows().at(r).label != rowLabel->text())
                m_document->renumber({id}, {rowLabel->text()}, {}, {});
        });
        form->addRow(tr("&Row:"), rowLabel);
    } else if (rows.size() > 1) {
        form->addRow(tr("Rows:"), new QLabel(QString::number(rows.size()), page));
    }
    QComboBox *categories = categoryCombo(sameCategory ? category : CategoryId(), page);
    if (!sameCategory) {
        categories->insertItem(0, tr("(several)"));
        categories->setCurrentIndex(0);
    }
    connect(categories, &QComboBox::activated, this, [this, categories](int) {
        const QVariant data = categories->currentData();
        if (data.isValid())
            m_document->setCategory(m_document->selectedSeats(), CategoryId(data.toLongLong()));
    });
    form->addRow(tr("&Category:"), categories);
    const QList<std::pair<QString, SeatFlag>> flags{{tr("Wheelchair place"), SeatFlag::Wheelchair},
                                                    {tr("Companion seat"), SeatFlag::Companion},
                                                    {tr("Restricted view"),
                                                     SeatFlag::RestrictedView},
                                                    {tr("Aisle seat"), SeatFlag::Aisle}};
    for (const auto &[text, flag] : flags) {
        int on = 0;
        for (SeatId id : seats)
            on += plan.seat(id)->flags.testFlag(flag) ? 1 : 0;
        auto *box = new QCheckBox(text, page);
        box->setTristate(on > 0 && on < seats.size());
        box->setCheckState(on == 0              ? Qt::Unchecked
                           : on == seats.size() ? Qt::Checked
                                                : Qt::PartiallyChecked);
        connect(box, &QCheckBox::clicked, this, [this, box, f = flag] {
            m_document->setFlag(m_document->selectedSeats(), f, box->checkState() != Qt::Unchecked);
        });
        form->addRow(QString(), box);
    }
    auto *number = new QPushButton(tr("&Number rows and seats…"), page);
    connect(number, &QPushButton::clicked, this, [this] {
        NumberingDialog dialog(m_document, this);
        dialog.exec();
    });
    form->addRow(number);
}

void SeatMapEditor::objectProperties(QFormLayout *form, SeatMapDocument::ObjectRef ref)
{
    QWidget *page = form->parentWidget();
    const PlanObject o = m_document->object(ref.kind, ref.index);
    // Each field edits a copy of the object and hands it back as one undo step.
    const auto commit = [this, ref](const QString &text, const auto &change) {
        PlanObject after = m_document->object(ref.kind, ref.index);
        change(after);
        m_document->changeObject(ref, after, text);
    };
    const auto lineEdit = [&](const QString &label, const QString &value, auto change) {
        auto *edit = new QLineEdit(value, page);
        connect(edit, &QLineEdit::editingFinished, this, [edit, value, commit, change, label] {
            if (edit->text() != value)
                commit(tr("Change %1")
                           .arg(label.toLower().remove(QLatin1Char('&')).remove(QLatin1Char(':'))),
                       [&](PlanObject &p) { change(p, edit->text()); });
        });
        form->addRow(label, edit);
    };
    const auto spinBox = [&](const QString &label,
                             int value,
                             int min,
                             int max,
                             auto change,
                             const QString &special = {}) {
        auto *spin = intSpin(min, max, value, page, special);
        connect(spin, &QSpinBox::valueChanged, this, [commit, change, label](int v) {
            commit(tr("Change %1")
                       .arg(label.toLower().remove(QLatin1Char('&')).remove(QLatin1Char(':'))),
                   [&](PlanObject &p) { change(p, v); });
        });
        form->addRow(label, spin);
    };
    switch (ref.kind) {
    case PlanObjectKind::Section:
        form->addRow(new QLabel(tr("<b>Section</b> · %n row(s)",
                                   nullptr,
                                   int(m_document->plan().sections().at(ref.index).rows.size())),
                                page));
        lineEdit(tr("&Name:"), o.section.name, [](PlanObject &p, const QString &v) {
            p.section.name = v;
        });
        break;
    case PlanObjectKind::Table: {
        form->addRow(new QLabel(tr("<b>Table</b> · %n chair(s)",
                                   nullptr,
                                   int(m_document->plan().tables().at(ref.index).seats.size())),
                                page));
        lineEdit(tr("&Label:"), o.table.label, [](PlanObject &p, const QString &v) {
            p.table.label = v;
        });
        auto *booking = new QComboBox(page);
        booking->addItems({tr("By seat"), tr("Whole table"), tr("Party of min–max persons")});
        booking->setCurrentIndex(int(o.table.booking));
        connect(booking, &QComboBox::activated, this, [commit](int i) {
            commit(tr("Change table booking"),
                   [&](PlanObject &p) { p.table.booking = TableBooking(i); });
        });
        form->addRow(tr("&Booking:"), booking);
        if (o.table.booking == TableBooking::Party) {
            spinBox(tr("M&in persons:"), o.table.minPersons, 0, 100, [](PlanObject &p, int v) {
                p.table.minPersons = v;
            });
            spinBox(
                tr("M&ax persons:"),
                o.table.maxPersons,
                0,
                100,
                [](PlanObject &p, int v) { p.table.maxPersons = v; },
                tr("all"));
        }
        break;
    }
    case PlanObjectKind::Zone: {
        form->addRow(new QLabel(tr("<b>Standing zone</b>"), page));
        lineEdit(tr("&Name:"), o.zone.name, [](PlanObject &p, const QString &v) {
            p.zone.name = v;
        });
        spinBox(tr("&Capacity:"), o.zone.capacity, 1, 1000000, [](PlanObject &p, int v) {
            p.zone.capacity = v;
        });
        QComboBox *category = categoryCombo(o.zone.category, page);
        connect(category, &QComboBox::activated, this, [commit, category](int) {
            commit(tr("Change category"), [&](PlanObject &p) {
                p.zone.category = CategoryId(category->currentData().toLongLong());
            });
        });
        form->addRow(tr("C&ategory:"), category);
        break;
    }
    case PlanObjectKind::Shape:
        form->addRow(new QLabel(tr("<b>Shape</b>"), page));
        lineEdit(tr("&Text:"), o.shape.text, [](PlanObject &p, const QString &v) {
            p.shape.text = v;
        });
        lineEdit(tr("&Colour:"), o.shape.color, [](PlanObject &p, const QString &v) {
            p.shape.color = v;
        });
        break;
    case PlanObjectKind::Area:
        areaProperties(form, ref.index);
        break;
    case PlanObjectKind::FocalPoint:
        form->addRow(new QLabel(tr("<b>Focal point</b>"), page));
        form->addRow(tr("Position:"),
                     new QLabel(QStringLiteral("%1, %2")
                                    .arg(o.focalPoint.x(), 0, 'f', 0)
                                    .arg(o.focalPoint.y(), 0, 'f', 0),
                                page));
        break;
    }
    auto *remove = new QPushButton(tr("&Delete"), page);
    remove->setEnabled(ref.kind != PlanObjectKind::FocalPoint);
    connect(remove, &QPushButton::clicked, this, [this, ref] { m_document->removeObject(ref); });
    form->addRow(remove);
}

void SeatMapEditor::areaProperties(QFormLayout *form, int index)
{
    QWidget *page = form->parentWidget();
    const Area area = m_document->plan().areas().value(index);
    const SeatMapDocument::ObjectRef ref{PlanObjectKind::Area, index};
    const auto commit = [this, ref](const QString &text, const auto &change) {
        PlanObject after = m_document->object(ref.kind, ref.index);
        change(after.area);
        m_document->changeObject(ref, after, text);
    };
    form->addRow(new QLabel(tr("<b>Area</b> · %n seat(s)",
                               nullptr,
                               int(m_document->plan().areaSeatIndices(index).size())),
                            page));
    auto *name = new QLineEdit(area.name, page);
    connect(name, &QLineEdit::editingFinished, this, [name, commit, old = area.name] {
        if (name->text() != old)
            commit(tr("Rename area"), [&](Area &a) { a.name = name->text(); });
    });
    form->addRow(tr("&Name:"), name);
    auto *color = new QLineEdit(area.color, page);
    connect(color, &QLineEdit::editingFinished, this, [color, commit, old = area.color] {
        if (color->text() != old)
            commit(tr("Change area colour"), [&](Area &a) { a.color = color->text(); });
    });
    form->addRow(tr("Co&lour:"), color);

    auto *distancing = new QGroupBox(tr("&Distancing seating"), page);
    distancing->setCheckable(true);
    distancing->setChecked(area.distancing.enabled);
    connect(distancing, &QGroupBox::toggled, this, [commit](bool on) {
        commit(on ? tr("Turn distancing on") : tr("Turn distancing off"),
               [&](Area &a) { a.distancing.enabled = on; });
    });
    auto *rules = new QFormLayout(distancing);
    const auto ruleSpin = [&](QFormLayout *into,
                              const QString &label,
                              int value,
                              int max,
                              auto change,
                              const QString &special = {}) {
        auto *spin = intSpin(0, max, value, distancing, special);
        connect(spin, &QSpinBox::valueChanged, this, [commit, change](int v) {
            commit(tr("Change area rules"), [&](Area &a) { change(a, v); });
        });
        into->addRow(label, spin);
        return spin;
    };
    const auto ruleCheck = [&](QFormLayout *into, const QString &label, bool value, auto change) {
        auto *box = new QCheckBox(label, distancing);
        box->setChecked(value);
        connect(box, &QCheckBox::toggled, this, [commit, change](bool on) {
            commit(tr("Change area rules"), [&](Area &a) { change(a, on); });
        });
        into->addRow(QString(), box);
    };
    const DistancingRules &d = area.distancing;
    ruleSpin(rules, tr("Seats blocked each side:"), d.seatsEachSide, 20, [](Area &a, int v) {
        a.distancing.seatsEachSide = v;
    });
    ruleCheck(rules, tr("Also in front and behind"), d.frontBehind, [](Area &a, bool v) {
        a.distancing.frontBehind = v;
    });
    ruleCheck(rules, tr("Also diagonally"), d.diagonal, [](Area &a, bool v) {
        a.distancing.diagonal = v;
    });
    ruleSpin(rules, tr("Free seats at row ends:"), d.rowEndSeats, 20, [](Area &a, int v) {
        a.distancing.rowEndSeats = v;
    });
    ruleSpin(
        rules,
        tr("Largest group:"),
        d.maxGroupSize,
        500,
        [](Area &a, int v) { a.distancing.maxGroupSize = v; },
        tr("no limit"));
    ruleSpin(
        rules,
        tr("Most seats taken:"),
        d.maxOccupancy,
        1000000,
        [](Area &a, int v) { a.distancing.maxOccupancy = v; },
        tr("no limit"));
    ruleCheck(rules,
              tr("Most seats taken is a percentage"),
              d.occupancyPercent,
              [](Area &a, bool v) { a.distancing.occupancyPercent = v; });
    ruleCheck(rules, tr("One party per table"), d.onePartyPerTable, [](Area &a, bool v) {
        a.distancing.onePartyPerTable = v;
    });
    ruleSpin(
        rules,
        tr("Radius instead of neighbours:"),
        int(d.radius),
        5000,
        [](Area &a, int v) { a.distancing.radius = v; },
        tr("off"));
    form->addRow(distancing);

    auto *limitsBox = new QGroupBox(tr("Order limits"), page);
    auto *limits = new QFormLayout(limitsBox);
    const OrderLimits &l = area.limits;
    const auto limitSpin = [&](const QString &label, int value, auto change) {
        auto *spin = intSpin(0, 100000, value, limitsBox, tr("no limit"));
        connect(spin, &QSpinBox::valueChanged, this, [commit, change](int v) {
            commit(tr("Change order limits"), [&](Area &a) { change(a, v); });
        });
        limits->addRow(label, spin);
    };
    limitSpin(tr("Most orders:"), l.maxOrders, [](Area &a, int v) { a.limits.maxOrders = v; });
    limitSpin(tr("Fewest persons per order:"), l.minPersons, [](Area &a, int v) {
        a.limits.minPersons = v;
    });
    limitSpin(tr("Most persons per order:"), l.maxPersons, [](Area &a, int v) {
        a.limits.maxPersons = v;
    });
    auto *priceTypes = new QLineEdit(l.allowedPriceTypes.join(QStringLiteral(", ")), limitsBox);
    priceTypes->setPlaceholderText(tr("every price type"));
    connect(priceTypes,
            &QLineEdit::editingFinished,
            this,
            [priceTypes, commit, old = l.allowedPriceTypes] {
                QStringList codes;
                for (const QString &c :
                     priceTypes->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                    codes.append(c.trimmed());
                if (codes != old)
                    commit(tr("Change order limits"),
                           [&](Area &a) { a.limits.allowedPriceTypes = codes; });
            });
    limits->addRow(tr("Price types (codes):"), priceTypes);
    form->addRow(limitsBox);
    auto *paint = new QPushButton(tr("&Paint seats into this area"), page);
    connect(paint, &QPushButton::clicked, this, [this, id = area.id] {
        m_settings->paintTarget = EditorSettings::PaintTarget::Area;
        m_settings->paintArea = id;
        m_settings->paintErase = false;
        for (SeatMapTool *t : m_tools->tools()) {
            if (qobject_cast<PaintTool *>(t))
                m_tools->selectTool(t);
        }
        rebuildOptionsBar();
    });
    form->addRow(paint);
}

void SeatMapEditor::copySelection()
{
    const SeatMapDocument::Clip clip = m_document->copy(m_document->selectedSeats());
    if (clip.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(kClipMime, QJsonDocument(clip.toJson()).toJson(QJsonDocument::Compact));
    mime->setText(tr("%n seat(s)", nullptr, int(clip.seats.size())));
    QApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
}

void SeatMapEditor::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(kClipMime))
        return;
    const SeatMapDocument::Clip clip = SeatMapDocument::Clip::fromJson(
        QJsonDocument::fromJson(mime->data(kClipMime)).object());
    if (clip.isEmpty())
        return;
    // Each paste lands a little further, so copies never hide each other.
    ++m_pasteCount;
    const double step = std::max(m_settings->gridSize, m_settings->seatSpacing);
    m_document->paste(clip, QPointF(step, step) * m_pasteCount, {});
}

void SeatMapEditor::zoomToSelection()
{
    const QRectF box = m_document->selectionBounds();
    if (!box.isNull())
        m_view->zoomToRect(box);
}

void SeatMapEditor::saveFinished(int version, const QString &error)
{
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Plan not saved"), error);
        return;
    }
    m_document->setPlanVersion(version);
    m_document->undoStack()->setClean();
    updateTitle();
    statusBar()->showMessage(tr("Saved as version %1").arg(version), 5000);
}

void SeatMapEditor::closeEvent(QCloseEvent *event)
{
    if (!m_document->undoStack()->isClean()) {
        const auto answer = QMessageBox::question(this,
                                                  tr("Unsaved changes"),
                                                  tr("The plan has changes that are not saved. "
                                                     "Close anyway and lose them?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace parkett
