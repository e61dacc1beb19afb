// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ticketlayouteditor.h"

#include "printing/fglpreview.h"
#include "printing/fglrenderer.h"
#include "printing/painterrenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parkett {

using namespace parkett::printing;

namespace {

const QList<Binding> &bindings()
{
    static const QList<Binding> all{Binding::Production,
                                    Binding::Date,
                                    Binding::Time,
                                    Binding::DateTime,
                                    Binding::Venue,
                                    Binding::Seat,
                                    Binding::Section,
                                    Binding::Row,
                                    Binding::SeatNumber,
                                    Binding::Category,
                                    Binding::Price,
                                    Binding::Fee,
                                    Binding::OrderNumber,
                                    Binding::Customer,
                                    Binding::Channel,
                                    Binding::Terms,
                                    Binding::Code,
                                    Binding::Duplicate};
    return all;
}

QString describe(const LayoutField &f)
{
    switch (f.kind) {
    case FieldKind::StaticText:
        return TicketLayoutEditor::tr("Text \"%1\"").arg(f.text.left(24));
    case FieldKind::Box:
        return TicketLayoutEditor::tr("Box");
    case FieldKind::Line:
        return TicketLayoutEditor::tr("Line");
    case FieldKind::Logo:
        return TicketLayoutEditor::tr("Logo");
    case FieldKind::Code128:
        return TicketLayoutEditor::tr("Code 128: %1").arg(bindingName(f.binding));
    case FieldKind::QrCode:
        return TicketLayoutEditor::tr("QR code: %1").arg(bindingName(f.binding));
    case FieldKind::Text:
        break;
    }
    return TicketLayoutEditor::tr("Field: %1").arg(bindingName(f.binding));
}

QSpinBox *spin(int max)
{
    auto *s = new QSpinBox;
    s->setRange(0, max);
    return s;
}

} // namespace

TicketLayoutEditor::TicketLayoutEditor(QWidget *parent)
    : QWidget(parent)
    , m_sample(TicketData::sample())
{
    setWindowTitle(tr("Ticket layouts"));
    auto *top = new QHBoxLayout;
    m_builtIn = new QComboBox;
    m_builtIn->addItems(TicketLayout::defaultNames());
    top->addWidget(m_builtIn);
    auto *open = new QPushButton(tr("&Open…"));
    auto *save = new QPushButton(tr("&Save…"));
    top->addWidget(open);
    top->addWidget(save);
    m_printerView = new QCheckBox(tr("As the printer prints it (FGL)"));
    top->addWidget(m_printerView);
    top->addStretch();

    m_fields = new QListWidget;
    auto *addText = new QPushButton(tr("+ Field"));
    auto *addStatic = new QPushButton(tr("+ Text"));
    auto *addBox = new QPushButton(tr("+ Box"));
    auto *remove = new QPushButton(tr("Remove"));
    auto *fieldButtons = new QHBoxLayout;
    for (QPushButton *b : {addText, addStatic, addBox, remove})
        fieldButtons->addWidget(b);
    auto *left = new QVBoxLayout;
    left->addWidget(m_fields);
    left->addLayout(fieldButtons);

    m_preview = new TicketPreview(this);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(false);

    m_binding = new QComboBox;
    for (Binding b : bindings())
        m_binding->addItem(bindingName(b), int(b));
    m_text = new QLineEdit;
    m_x = spin(4000);
    m_y = spin(4000);
    m_width = spin(4000);
    m_height = spin(4000);
    m_fontSize = spin(400);
    m_fontSize->setMinimum(4);
    m_bold = new QCheckBox;
    m_align = new QComboBox;
    m_align->addItems({tr("Left"), tr("Centre"), tr("Right")});
    m_rotation = new QComboBox;
    m_rotation->addItems({QStringLiteral("0°"),
                          QStringLiteral("90°"),
                          QStringLiteral("180°"),
                          QStringLiteral("270°")});
    m_module = spin(16);
    m_module->setMinimum(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Shows"), m_binding);
    form->addRow(tr("Text"), m_text);
    form->addRow(tr("X (dots)"), m_x);
    form->addRow(tr("Y (dots)"), m_y);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height"), m_height);
    form->addRow(tr("Font size (dots)"), m_fontSize);
    form->addRow(tr("Bold"), m_bold);
    form->addRow(tr("Alignment"), m_align);
    form->addRow(tr("Rotation"), m_rotation);
    form->addRow(tr("Module / line (dots)"), m_module);

    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(scroll, 3);
    body->addLayout(form, 1);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(top);
    outer->addLayout(body);

    connect(m_builtIn, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (auto l = TicketLayout::defaultLayout(name))
            setTicketLayout(*l);
    });
    connect(m_printerView, &QCheckBox::toggled, this, [this](bool on) { setPrinterPreview(on); });
    connect(m_fields, &QListWidget::currentRowChanged, this, [this] { showProperties(); });
    connect(m_preview, &TicketPreview::fieldPicked, this, [this](int i) { setCurrentField(i); });
    connect(addText, &QPushButton::clicked, this, [this] { addField(FieldKind::Text); });
    connect(addStatic, &QPushButton::clicked, this, [this] { addField(FieldKind::StaticText); });
    connect(addBox, &QPushButton::clicked, this, [this] { addField(FieldKind::Box); });
    connect(remove, &QPushButton::clicked, this, [this] { removeCurrentField(); });
    connect(open, &QPushButton::clicked, this, [this] { openFile(); });
    connect(save, &QPushButton::clicked, this, [this] { saveFile(); });
    for (QSpinBox *s : {m_x, m_y, m_width, m_height, m_fontSize, m_module})
        connect(s, &QSpinBox::valueChanged, this, [this] { applyProperties(); });
    for (QComboBox *c : {m_binding, m_align, m_rotation})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { applyProperties(); });
    connect(m_bold, &QCheckBox::toggled, this, [this] { applyProperties(); });
    connect(m_text, &QLineEdit::textEdited, this, [this] { applyProperties(); });

    setTicketLayout(*TicketLayout::defaultLayout(TicketLayout::defaultNames().first()));
}

void TicketLayoutEditor::setTicketLayout(const TicketLayout &layout)
{
    m_layout = layout;
    m_printerView->setEnabled(m_layout.language == PrinterLanguage::Fgl);
    if (m_layout.language != PrinterLanguage::Fgl)
        m_printerPreview = false;
    rebuildList();
    refreshPreview();
    Q_EMIT ticketLayoutChanged();
}

int TicketLayoutEditor::currentField() const
{
    return m_fields->currentRow();
}

void TicketLayoutEditor::setCurrentField(int index)
{
    m_fields->setCurrentRow(index);
}

void TicketLayoutEditor::setPrinterPreview(bool on)
{
    m_printerPreview = on && m_layout.language == PrinterLanguage::Fgl;
    if (m_printerView->isChecked() != m_printerPreview)
        m_printerView->setChecked(m_printerPreview);
    refreshPreview();
}

double TicketLayoutEditor::previewScale() const
{
    return m_preview->scale();
}

void TicketLayoutEditor::moveField(int index, QPoint dots)
{
    if (index < 0 || index >= m_layout.fields.size())
        return;
    QRect &r = m_layout.fields[index].rect;
    const QSize canvas = m_layout.stock.canvasDots();
    r.moveTo(std::clamp(r.x() + dots.x(), 0, std::max(0, canvas.width() - r.width())),
             std::clamp(r.y() + dots.y(), 0, std::max(0, canvas.height() - r.height())));
    if (index == currentField())
        showProperties();
    refreshPreview();
    Q_EMIT ticketLayoutChanged();
}

void TicketLayoutEditor::rebuildList()
{
    const int row = m_fields->currentRow();
    m_updating = true;
    m_fields->clear();
    for (const LayoutField &f : m_layout.fields)
        m_fields->addItem(describe(f));
    m_updating = false;
    m_fields->setCurrentRow(std::min(std::max(row, 0), int(m_layout.fields.size()) - 1));
}

void TicketLayoutEditor::showProperties()
{
    const int i = currentField();
    const bool valid = i >= 0 && i < m_layout.fields.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_binding,
                                                       m_text,
                                                       m_x,
                                                       m_y,
                                                       m_width,
                                                       m_height,
                                                       m_fontSize,
                                                       m_bold,
                                                       m_align,
                                                       m_rotation,
                                                       m_module})
        w->setEnabled(valid);
    if (!valid)
        return;
    const LayoutField &f = m_layout.fields.at(i);
    m_updating = true;
    m_binding->setCurrentIndex(std::max(0, int(bindings().indexOf(f.binding))));
    m_binding->setEnabled(f.kind == FieldKind::Text || f.kind == FieldKind::Code128
                          || f.kind == FieldKind::QrCode);
    m_text->setText(f.text);
    m_text->setEnabled(f.kind == FieldKind::StaticText);
    m_x->setValue(f.rect.x());
    m_y->setValue(f.rect.y());
    m_width->setValue(f.rect.width());
    m_height->setValue(f.rect.height());
    m_fontSize->setValue(f.fontSize);
    m_bold->setChecked(f.bold);
    m_align->setCurrentIndex(int(f.align));
    m_rotation->setCurrentIndex(f.rotation / 90);
    m_module->setValue(f.kind == FieldKind::Box || f.kind == FieldKind::Line ? f.lineWidth
                                                                             : f.module);
    m_updating = false;
    m_preview->update();
}

void TicketLayoutEditor::applyProperties()
{
    const int i = currentField();
    if (m_updating || i < 0 || i >= m_layout.fields.size())
        return;
    LayoutField &f = m_layout.fields[i];
    if (m_binding->isEnabled())
        f.binding = Binding(m_binding->currentData().toInt());
    if (f.kind == FieldKind::StaticText)
        f.text = m_text->text();
    f.rect = QRect(m_x->value(), m_y->value(), m_width->value(), m_height->value());
    f.fontSize = m_fontSize->value();
    f.bold = m_bold->isChecked();
    f.align = Align(m_align->currentIndex());
    f.rotation = m_rotation->currentIndex() * 90;
    if (f.kind == FieldKind::Box || f.kind == FieldKind::Line)
        f.lineWidth = m_module->value();
    else
        f.module = m_module->value();
    m_fields->item(i)->setText(describe(f));
    refreshPreview();
    Q_EMIT ticketLayoutChanged();
}

void TicketLayoutEditor::refreshPreview()
{
    const QSize canvas = m_layout.stock.canvasDots();
    QImage image;
    if (m_printerPreview) {
        auto fgl = FglRenderer(m_layout).render(m_sample);
        if (fgl) {
            const FglPreviewResult r = FglPreview(canvas, FglRenderer::printableDots(m_layout.stock))
                                           .run(*fgl);
            if (!r.tickets.isEmpty())
                image = r.tickets.first().image;
            setToolTip(r.problems.join(QLatin1Char('\n')));
        }
    }
    if (image.isNull())
        image = PainterRenderer(m_layout).image(m_sample);
    m_preview->setImage(image, canvas);
}

void TicketLayoutEditor::addField(FieldKind kind)
{
    LayoutField f;
    f.kind = kind;
    f.binding = kind == FieldKind::Text ? Binding::Production : Binding::None;
    f.text = kind == FieldKind::StaticText ? tr("Text") : QString();
    f.rect = QRect(16, 16, kind == FieldKind::Box ? 200 : 300, kind == FieldKind::Box ? 80 : 24);
    m_layout.fields.append(f);
    rebuildList();
    setCurrentField(int(m_layout.fields.size()) - 1);
    refreshPreview();
    Q_EMIT ticketLayoutChanged();
}

void TicketLayoutEditor::removeCurrentField()
{
    const int i = currentField();
    if (i < 0 || i >= m_layout.fields.size())
        return;
    m_layout.fields.removeAt(i);
    rebuildList();
    refreshPreview();
    Q_EMIT ticketLayoutChanged();
}

void TicketLayoutEditor::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Open ticket layout"),
                                                      {},
                                                      tr("Ticket layouts (*.json)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open ticket layout"), f.errorString());
        return;
    }
    auto layout = TicketLayout::fromJson(f.readAll());
    if (!layout) {
        QMessageBox::warning(this, tr("Open ticket layout"), layout.error().message);
        return;
    }
    setTicketLayout(*layout);
}

void TicketLayoutEditor::saveFile()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save ticket layout"),
                                                      m_layout.name + QStringLiteral(".json"),
                                                      tr("Ticket layouts (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_layout.toJson()) < 0 || !f.commit())
        QMessageBox::warning(this, tr("Save ticket layout"), f.errorString());
}

TicketPreview::TicketPreview(TicketLayoutEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setMouseTracking(false);
}

void TicketPreview::setImage(const QImage &image, QSize canvasDots)
{
    m_image = image;
    m_canvas = canvasDots;
    resize(sizeHint());
    update();
}

double TicketPreview::scale() const
{
    // Tickets at up to 800 pixels wide; A4 pages smaller still.
    if (m_canvas.isEmpty())
        return 1.0;
    return std::min(1.0, 800.0 / m_canvas.width());
}

QSize TicketPreview::sizeHint() const
{
    return QSize(int(m_canvas.width() * scale()), int(m_canvas.height() * scale()));
}

QPoint TicketPreview::toWidget(QPoint dots) const
{
    return QPoint(int(dots.x() * scale()), int(dots.y() * scale()));
}

QPoint TicketPreview::toDots(QPointF widget) const
{
    return QPoint(int(widget.x() / scale()), int(widget.y() / scale()));
}

void TicketPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.drawImage(QRect(QPoint(0, 0), sizeHint()), m_image);
    const int i = m_editor->currentField();
    const auto &fields = m_editor->ticketLayout().fields;
    if (i >= 0 && i < fields.size()) {
        const QRect r = fields.at(i).rect;
        p.setPen(QPen(QColor(0, 120, 215), 2, Qt::DashLine));
        p.drawRect(QRect(toWidget(r.topLeft()), toWidget(r.bottomRight())));
    }
}

void TicketPreview::mousePressEvent(QMouseEvent *event)
{
    const QPoint at = toDots(event->position());
    const auto &fields = m_editor->ticketLayout().fields;
    // The topmost (last drawn) field under the mouse; boxes only by their edge area.
    m_dragging = -1;
    for (int i = int(fields.size()) - 1; i >= 0; --i) {
        const LayoutField &f = fields.at(i);
        if (f.kind == FieldKind::Box && f.rect.adjusted(8, 8, -8, -8).contains(at))
            continue;
        if (f.rect.contains(at)) {
            m_dragging = i;
            break;
        }
    }
    m_dragFrom = at;
    if (m_dragging >= 0)
        Q_EMIT fieldPicked(m_dragging);
}

void TicketPreview::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging < 0)
        return;
    const QPoint at = toDots(event->position());
    const QPoint delta = at - m_dragFrom;
    if (delta.isNull())
        return;
    m_dragFrom = at;
    m_editor->moveField(m_dragging, delta);
}

void TicketPreview::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = -1;
}

} // namespace parkett
