// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/pricetypedelegate.h"

#include "models/basketmodel.h"

#include <QComboBox>

namespace parkett {

PriceTypeDelegate::PriceTypeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

PriceTypeDelegate::~PriceTypeDelegate() = default;

QWidget *PriceTypeDelegate::createEditor(QWidget *parent,
                                         const QStyleOptionViewItem &,
                                         const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("priceTypeEditor"));
    const QVariantList ids = index.data(BasketModel::AllowedPriceTypeIdsRole).toList();
    const QStringList names = index.data(BasketModel::AllowedPriceTypeNamesRole).toStringList();
    for (qsizetype i = 0; i < ids.size() && i < names.size(); ++i)
        combo->addItem(names.at(i), ids.at(i));
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<PriceTypeDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    return combo;
}

void PriceTypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QVariant current = index.data(BasketModel::PriceTypeIdRole);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).value<PriceTypeId>() == current.value<PriceTypeId>()) {
            combo->setCurrentIndex(i);
            break;
        }
    }
}

void PriceTypeDelegate::setModelData(QWidget *editor,
                                     QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace parkett
