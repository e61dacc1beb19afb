// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace parkett {

/** The key to the seat map: one swatch per price category (with its price) and one symbol
    per seat state, drawn by the same code as the map. */
class SeatMapLegend final : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name;
        QColor color;
        QString detail; ///< "from 450,00 kr."
    };

    explicit SeatMapLegend(QWidget *parent = nullptr);
    ~SeatMapLegend() override;
    Q_DISABLE_COPY_MOVE(SeatMapLegend)

    void setCategories(const QList<Entry> &categories);

private:
    void rebuild();

    QList<Entry> m_categories;
};

} // namespace parkett
