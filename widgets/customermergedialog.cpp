// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/customermergedialog.h"

#include <memory>

#include "models/boxoffice.h"
#include "models/customerdesk.h"
#include "models/customerhistorymodel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace parkett {

CustomerMergeDialog::CustomerMergeDialog(BoxOffice &boxOffice,
                                         const Customer &survivor,
                                         QWidget *parent)
    : QDialog(parent)
    , m_box(boxOffice)
    , m_survivor(survivor)
{
    setObjectName(QStringLiteral("customerMergeDialog"));
    setWindowTitle(tr("Merge a duplicate into %1").arg(survivor.displayName()));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find the duplicate: name, e-mail, phone or number"));
    layout->addWidget(m_search);
    m_results = new QListWidget(this);
    m_results->setMaximumHeight(120);
    layout->addWidget(m_results);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, [this] { (void) merge(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_results->clear();
        auto hits = m_box.customers().search(text, 20);
        if (!hits)
            return;
        for (const CustomerSearchHit &h : std::as_const(*hits)) {
            if (h.customer.id == m_survivor.id)
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1 (%2) %3")
                                                 .arg(h.customer.displayName(),
                                                      h.customer.number,
                                                      h.customer.email),
                                             m_results);
            item->setData(Qt::UserRole, h.customer.id.value);
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        setOther(CustomerId(item->data(Qt::UserRole).toLongLong()));
    });
    resize(640, 520);
}

CustomerMergeDialog::~CustomerMergeDialog() = default;

void CustomerMergeDialog::setOther(CustomerId other)
{
    auto c = m_box.customers().customer(other);
    if (!c)
        return;
    m_other = *c;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_groups);
    m_groups.clear();
    m_grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("<b>Keep (%1)</b>").arg(m_survivor.number), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("<b>Take from %1</b>").arg(m_other.number), this), 0, 2);
    int row = 1;
    for (CustomerField f : customerFields()) {
        if (f == CustomerField::AlternativeEmails || f == CustomerField::WebAccount)
            continue;
        const QString mine = customerFieldValue(m_survivor, f);
        const QString theirs = customerFieldValue(m_other, f);
        if (mine == theirs)
            continue;
        auto *group = new QButtonGroup(this);
        auto *keep = new QRadioButton(mine.isEmpty() ? tr("(empty)") : mine, this);
        auto *take = new QRadioButton(theirs.isEmpty() ? tr("(empty)") : theirs, this);
        take->setObjectName(QStringLiteral("take_") + customerFieldName(f));
        group->addButton(keep, int(MergeSide::Survivor));
        group->addButton(take, int(MergeSide::Other));
        (mine.isEmpty() ? take : keep)->setChecked(true);
        m_groups.insert(f, group);
        m_grid->addWidget(new QLabel(CustomerHistoryModel::fieldText(customerFieldName(f)), this),
                          row,
                          0);
        m_grid->addWidget(keep, row, 1);
        m_grid->addWidget(take, row, 2);
        ++row;
    }
    const auto orders = m_box.customers().orders(other);
    m_summary->setText(tr("%1 order(s) of %2 move to %3, with consents, flags and history; "
                          "%2's e-mail stays as another e-mail. The merge is logged and can be "
                          "undone for 30 days.")
                           .arg(orders ? orders->size() : 0)
                           .arg(m_other.number, m_survivor.number));
    m_merge->setEnabled(true);
}

QMap<CustomerField, MergeSide> CustomerMergeDialog::choices() const
{
    QMap<CustomerField, MergeSide> out;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        out.insert(it.key(), MergeSide(it.value()->checkedId()));
    return out;
}

qint64 CustomerMergeDialog::merge()
{
    if (!m_other.id.isValid())
        return 0;
    // In connected mode the server merges first and answers later; the dialog closes then.
    auto id = std::make_shared<qint64>(0);
    m_merge->setEnabled(false);
    m_box.customers().merge(m_survivor.id,
                            m_other.id,
                            choices(),
                            this,
                            [this, id](Result<qint64> merged) {
                                m_merge->setEnabled(true);
                                if (!merged) {
                                    QMessageBox::warning(this,
                                                         tr("Merge"),
                                                         tr("The customers were not merged: %1")
                                                             .arg(merged.error().message));
                                    return;
                                }
                                *id = *merged;
                                accept();
                            });
    return *id;
}

} // namespace parkett
