// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/customermerge.h"

#include <QDialog>
#include <QMap>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace parkett {

class BoxOffice;

/** Merging a duplicate into this customer: find the other, choose per field which value
    survives, see how many orders move; the merge is logged and can be undone for 30 days. */
class CustomerMergeDialog final : public QDialog
{
    Q_OBJECT

public:
    CustomerMergeDialog(BoxOffice &boxOffice, const Customer &survivor, QWidget *parent = nullptr);
    ~CustomerMergeDialog() override;
    Q_DISABLE_COPY_MOVE(CustomerMergeDialog)

    /** Shows \a other as the customer to merge in, with a choice per differing field. */
    void setOther(CustomerId other);
    CustomerId other() const { return m_other.id; }
    QMap<CustomerField, MergeSide> choices() const;
    /** Merges and closes the dialog; the merge's id, or 0 when it was refused (the reason
        is shown) or is still with the server (connected mode: the dialog closes when the
        server's merge is followed here). */
    qint64 merge();

private:
    BoxOffice &m_box;
    Customer m_survivor;
    Customer m_other;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_merge = nullptr;
    QMap<CustomerField, QButtonGroup *> m_groups;
};

} // namespace parkett
