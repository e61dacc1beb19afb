// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/ticketlayout.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace parkett {

class TicketPreview;

/** The ticket layout editor: the fields of a layout in a list, a live preview with sample
    data where a field is picked and dragged into place, and a property panel for the
    selected field. For BOCA layouts the preview can show what the printer prints (our FGL
    interpreter) instead of the drawn ticket. */
class TicketLayoutEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketLayoutEditor(QWidget *parent = nullptr);

    void setTicketLayout(const printing::TicketLayout &layout);
    const printing::TicketLayout &ticketLayout() const { return m_layout; }
    int currentField() const;
    void setCurrentField(int index);
    /** Show the FGL the layout produces, interpreted, instead of the drawn ticket. */
    void setPrinterPreview(bool on);
    /** Screen pixels per dot of the preview. */
    double previewScale() const;
    TicketPreview *preview() const { return m_preview; }

    /** Moves field \a index by \a dots (what a drag does). */
    void moveField(int index, QPoint dots);

Q_SIGNALS:
    void ticketLayoutChanged();

private:
    void rebuildList();
    void showProperties();
    void applyProperties();
    void refreshPreview();
    void addField(printing::FieldKind kind);
    void removeCurrentField();
    void openFile();
    void saveFile();

    printing::TicketLayout m_layout;
    printing::TicketData m_sample;
    bool m_printerPreview = false;
    bool m_updating = false;

    QComboBox *m_builtIn = nullptr;
    QCheckBox *m_printerView = nullptr;
    QListWidget *m_fields = nullptr;
    TicketPreview *m_preview = nullptr;
    QComboBox *m_binding = nullptr;
    QLineEdit *m_text = nullptr;
    QSpinBox *m_x = nullptr;
    QSpinBox *m_y = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QCheckBox *m_bold = nullptr;
    QComboBox *m_align = nullptr;
    QComboBox *m_rotation = nullptr;
    QSpinBox *m_module = nullptr;
};

/** The preview surface: the rendered ticket scaled to fit, the selected field outlined;
    press picks the field under the mouse, dragging moves it. */
class TicketPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketPreview(TicketLayoutEditor *editor);

    void setImage(const QImage &image, QSize canvasDots);
    double scale() const;
    QImage image() const { return m_image; }
    /** Widget position of a canvas point in dots. */
    QPoint toWidget(QPoint dots) const;

Q_SIGNALS:
    void fieldPicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    QSize sizeHint() const override;

private:
    QPoint toDots(QPointF widget) const;

    TicketLayoutEditor *m_editor;
    QImage m_image;
    QSize m_canvas;
    int m_dragging = -1;
    QPoint m_dragFrom;
};

} // namespace parkett
