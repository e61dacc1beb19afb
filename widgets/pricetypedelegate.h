// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace parkett {

/** Edits a basket line's price type with a combo box of the types priced for its category
    (BasketModel::AllowedPriceTypeIdsRole); the choice is committed as soon as it is made. */
class PriceTypeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PriceTypeDelegate(QObject *parent = nullptr);
    ~PriceTypeDelegate() override;
    Q_DISABLE_COPY_MOVE(PriceTypeDelegate)

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace parkett
