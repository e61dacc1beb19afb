// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/customercard.h"

#include "core/gdpr.h"
#include "models/boxoffice.h"
#include "models/consenthistorymodel.h"
#include "models/customerdesk.h"
#include "models/customerhistorymodel.h"
#include "models/customerordersmodel.h"
#include "models/salesgateway.h"
#include "widgets/customerexport.h"
#include "widgets/customericons.h"
#include "widgets/customermergedialog.h"
#include "widgets/orderdetailsdialog.h"

#include <memory>
#include <optional>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace parkett {

namespace {

constexpr int kIconSize = 20;

QLabel *iconLabel(const QIcon &icon, int size, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setPixmap(icon.pixmap(size, size));
    label->setFixedSize(size + 4, size + 4);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

const std::pair<const char *, const char *> kCountries[] = {
    {"DK", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Denmark")},
    {"NO", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Norway")},
    {"SE", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Sweden")},
    {"DE", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Germany")},
    {"GB", QT_TRANSLATE_NOOP("parkett::CustomerCard", "United Kingdom")},
    {"NL", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Netherlands")},
    {"PL", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Poland")},
    {"UA", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Ukraine")},
    {"US", QT_TRANSLATE_NOOP("parkett::CustomerCard", "United States")},
};

const std::pair<const char *, const char *> kLanguages[] = {
    {"", QT_TRANSLATE_NOOP("parkett::CustomerCard", "—")},
    {"da", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Danish")},
    {"en", QT_TRANSLATE_NOOP("parkett::CustomerCard", "English")},
    {"de", QT_TRANSLATE_NOOP("parkett::CustomerCard", "German")},
    {"nb", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Norwegian")},
    {"sv", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Swedish")},
    {"uk", QT_TRANSLATE_NOOP("parkett::CustomerCard", "Ukrainian")},
};

} // namespace

CustomerCard::CustomerCard(BoxOffice &boxOffice, CustomerId customer, QWidget *parent)
    : QWidget(parent)
    , m_box(boxOffice)
    , m_id(customer)
    , m_orders(new CustomerOrdersModel(this))
    , m_consentHistory(new ConsentHistoryModel(this))
    , m_history(new CustomerHistoryModel(this))
{
    setObjectName(QStringLiteral("customerCard"));
    buildUi();
}

CustomerCard::~CustomerCard() = default;

QString CustomerCard::title() const
{
    return QStringLiteral("%1 (%2)").arg(m_customer.displayName(), m_customer.number);
}

void CustomerCard::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);

    // Header: name, number, note and web indicators, flags, actions.
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_name);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("customerNumber"));
    m_number->setStyleSheet(QStringLiteral("color: palette(mid); padding-top: 6px;"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_number);
    m_noteIcon = iconLabel(customericons::note(), 22, this);
    m_noteIcon->setObjectName(QStringLiteral("noteIndicator"));
    header->addWidget(m_noteIcon);
    m_globeIcon = iconLabel(customericons::globe(false), 22, this);
    m_globeIcon->setObjectName(QStringLiteral("webIndicator"));
    header->addWidget(m_globeIcon);
    m_flagRow = new QHBoxLayout;
    m_flagRow->setSpacing(4);
    header->addLayout(m_flagRow);
    m_addFlag = new QToolButton(this);
    m_addFlag->setObjectName(QStringLiteral("addFlagButton"));
    m_addFlag->setText(tr("+ Flag"));
    m_addFlag->setToolTip(tr("Add a flag from the list defined in the settings"));
    m_addFlag->setPopupMode(QToolButton::InstantPopup);
    m_addFlag->setMenu(new QMenu(m_addFlag));
    header->addWidget(m_addFlag);
    header->addStretch(1);

    auto *sellButton = new QPushButton(tr("&Sell…"), this);
    sellButton->setObjectName(QStringLiteral("sellButton"));
    sellButton->setToolTip(tr("Sell tickets with this customer in the basket"));
    connect(sellButton, &QPushButton::clicked, this, &CustomerCard::sell);
    auto *reserveButton = new QPushButton(tr("&Reserve…"), this);
    reserveButton->setObjectName(QStringLiteral("reserveButton"));
    connect(reserveButton, &QPushButton::clicked, this, &CustomerCard::reserve);
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("moreButton"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(tr("Export data (JSON)…"), this, [this] { exportJson(); });
    menu->addAction(tr("Export data (PDF)…"), this, [this] { exportPdf(); });
    menu->addSeparator();
    menu->addAction(tr("Merge a duplicate into this customer…"), this, [this] {
        CustomerMergeDialog dialog(m_box, m_customer, this);
        if (dialog.exec() == QDialog::Accepted) {
            (void) load();
            m_status->setText(tr("Merged. The merge can be undone for 30 days."));
        }
    });
    menu->addAction(tr("Undo the last merge…"), this, &CustomerCard::undoLastMerge);
    menu->addAction(tr("Anonymise…"), this, &CustomerCard::anonymise);
    menu->addSeparator();
    menu->addAction(tr("Open in own window"), this, [this] { Q_EMIT openInWindowRequested(); });
    more->setMenu(menu);
    header->addWidget(sellButton);
    header->addWidget(reserveButton);
    header->addWidget(more);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cardTabs"));
    m_tabs->addTab(buildContactTab(), tr("&Contact"));
    m_tabs->addTab(buildOrdersTab(), tr("&Orders"));
    m_tabs->addTab(buildConsentTab(), tr("Co&nsent"));
    m_tabs->addTab(buildHistoryTab(), tr("&History"));
    layout->addWidget(m_tabs, 1);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, [this] {
        if (isDirty())
            cancel();
    });
}

QWidget *CustomerCard::buildContactTab()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *columns = new QHBoxLayout;
    outer->addLayout(columns);
    auto addField = [this, page](QFormLayout *form, CustomerField f, const QString &label) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(customerFieldName(f));
        auto *error = new QLabel(page);
        error->setObjectName(customerFieldName(f) + QStringLiteral("_error"));
        error->setStyleSheet(QStringLiteral("color: #b3261e;"));
        error->setWordWrap(true);
        error->hide();
        auto *box = new QWidget(page);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(edit);
        v->addWidget(error);
        auto *l = new QLabel(label, page);
        l->setBuddy(edit);
        form->addRow(l, box);
        m_edits.insert(int(f), edit);
        m_errors.insert(int(f), error);
        connect(edit, &QLineEdit::textEdited, this, [this, error] {
            error->hide();
            updateButtons();
        });
        return box;
    };
    auto *person = new QGroupBox(tr("Person"), page);
    auto *left = new QFormLayout(person);
    addField(left, CustomerField::FirstName, tr("&First name"));
    addField(left, CustomerField::LastName, tr("&Last name"));
    addField(left, CustomerField::Company, tr("Compan&y"));
    addField(left, CustomerField::Email, tr("&E-mail"));
    m_alternativeRow = addField(left, CustomerField::AlternativeEmails, tr("Other e-&mails"));
    m_alternativeLabel = qobject_cast<QLabel *>(left->labelForField(m_alternativeRow));
    field(CustomerField::AlternativeEmails)
        ->setPlaceholderText(tr("Separated by commas; searchable"));
    addField(left, CustomerField::Phone, tr("&Phone"));
    addField(left, CustomerField::Mobile, tr("M&obile"));
    field(CustomerField::Phone)->setPlaceholderText(tr("+45 12 34 56 78"));
    m_language = new QComboBox(person);
    m_language->setObjectName(QStringLiteral("language"));
    for (const auto &[code, name] : kLanguages)
        m_language->addItem(tr(name), QString::fromLatin1(code));
    auto *languageLabel = new QLabel(tr("La&nguage"), person);
    languageLabel->setBuddy(m_language);
    left->addRow(languageLabel, m_language);
    auto *birthdayRow = new QHBoxLayout;
    m_hasBirthday = new QCheckBox(person);
    m_hasBirthday->setObjectName(QStringLiteral("hasBirthday"));
    m_hasBirthday->setToolTip(tr("Birthday known"));
    m_birthday = new QDateEdit(person);
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_birthday->setCalendarPopup(true);
    m_birthday->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthday->setDate(QDate(1980, 1, 1));
    birthdayRow->addWidget(m_hasBirthday);
    birthdayRow->addWidget(m_birthday, 1);
    auto *birthdayLabel = new QLabel(tr("&Birthday"), person);
    birthdayLabel->setBuddy(m_hasBirthday);
    left->addRow(birthdayLabel, birthdayRow);
    columns->addWidget(person, 1);

    auto *right = new QVBoxLayout;
    auto *addressBox = new QGroupBox(tr("Address"), page);
    auto *address = new QFormLayout(addressBox);
    addField(address, CustomerField::Street, tr("S&treet"));
    addField(address, CustomerField::Postcode, tr("Postco&de"));
    addField(address, CustomerField::City, tr("C&ity"));
    m_country = new QComboBox(addressBox);
    m_country->setObjectName(QStringLiteral("country"));
    for (const auto &[code, name] : kCountries)
        m_country->addItem(tr(name), QString::fromLatin1(code));
    auto *countryLabel = new QLabel(tr("Co&untry"), addressBox);
    countryLabel->setBuddy(m_country);
    address->addRow(countryLabel, m_country);
    right->addWidget(addressBox);

    auto *noteBox = new QGroupBox(tr("Internal note (staff only, never printed or sent)"), page);
    auto *noteLayout = new QVBoxLayout(noteBox);
    m_note = new QPlainTextEdit(noteBox);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    noteLayout->addWidget(m_note);
    right->addWidget(noteBox);

    auto *webBox = new QGroupBox(tr("Web profile"), page);
    auto *web = new QHBoxLayout(webBox);
    m_webLabel = new QLabel(webBox);
    m_webLabel->setObjectName(QStringLiteral("webProfileLabel"));
    web->addWidget(m_webLabel, 1);
    m_link = new QPushButton(tr("&Link…"), webBox);
    m_link->setObjectName(QStringLiteral("linkWebButton"));
    connect(m_link, &QPushButton::clicked, this, &CustomerCard::chooseWebAccount);
    m_unlink = new QPushButton(tr("Unlin&k"), webBox);
    m_unlink->setObjectName(QStringLiteral("unlinkWebButton"));
    connect(m_unlink, &QPushButton::clicked, this, &CustomerCard::unlinkWebAccount);
    web->addWidget(m_link);
    web->addWidget(m_unlink);
    right->addWidget(webBox);
    right->addStretch(1);
    columns->addLayout(right, 1);

    outer->addStretch(1);
    auto *buttons = new QHBoxLayout;
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("contactStatus"));
    buttons->addWidget(m_status, 1);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_save = new QPushButton(tr("Save"), page);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the contact (Ctrl+S)"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, &CustomerCard::cancel);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    connect(m_country, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });
    connect(m_birthday, &QDateEdit::dateChanged, this, [this] { updateButtons(); });
    connect(m_hasBirthday, &QCheckBox::toggled, this, [this](bool on) {
        m_birthday->setEnabled(on);
        updateButtons();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { updateButtons(); });
    return page;
}

QWidget *CustomerCard::buildOrdersTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *filters = new QHBoxLayout;
    m_orderFilter = new QComboBox(page);
    m_orderFilter->setObjectName(QStringLiteral("orderFilter"));
    m_orderFilter->addItem(tr("All orders"), int(CustomerOrderFilter::Kind::All));
    m_orderFilter->addItem(tr("Upcoming performances"), int(CustomerOrderFilter::Kind::Upcoming));
    m_orderFilter->addItem(tr("Past performances"), int(CustomerOrderFilter::Kind::Past));
    m_orderFilter->addItem(tr("Cancelled orders"), int(CustomerOrderFilter::Kind::Cancelled));
    auto *show = new QLabel(tr("Sho&w"), page);
    show->setBuddy(m_orderFilter);
    filters->addWidget(show);
    filters->addWidget(m_orderFilter);
    m_from = new QDateEdit(page);
    m_from->setObjectName(QStringLiteral("orderFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(page);
    m_to->setObjectName(QStringLiteral("orderTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Past performances: the last year up to today, until the user picks another range.
    const QDate today = m_box.now().date();
    m_from->setDate(today.addYears(-1));
    m_to->setDate(today);
    filters->addWidget(new QLabel(tr("from"), page));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), page));
    filters->addWidget(m_to);
    m_orderTag = new QComboBox(page);
    m_orderTag->setObjectName(QStringLiteral("orderTag"));
    m_orderTag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *tagLabel = new QLabel(tr("Su&bscription / season"), page);
    tagLabel->setBuddy(m_orderTag);
    filters->addWidget(tagLabel);
    filters->addWidget(m_orderTag);
    filters->addStretch(1);
    m_orderCount = new QLabel(page);
    m_orderCount->setObjectName(QStringLiteral("orderCount"));
    filters->addWidget(m_orderCount);
    layout->addLayout(filters);

    auto *icons = new OrderIconProxy(page);
    icons->setSourceModel(m_orders);
    auto *sort = new QSortFilterProxyModel(page);
    sort->setSourceModel(icons);
    sort->setSortRole(CustomerOrdersModel::SortRole);
    m_ordersView = new QTableView(page);
    m_ordersView->setObjectName(QStringLiteral("ordersView"));
    m_ordersView->setModel(sort);
    m_ordersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ordersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ordersView->setAlternatingRowColors(true);
    m_ordersView->setSortingEnabled(true);
    m_ordersView->sortByColumn(CustomerOrdersModel::PerformanceColumn, Qt::DescendingOrder);
    m_ordersView->verticalHeader()->hide();
    m_ordersView->setTabKeyNavigation(false);
    m_ordersView->setIconSize(QSize(kIconSize, kIconSize));
    m_ordersView->setWordWrap(false);
    m_ordersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Column widths from the first rows, not from all of a regular's hundreds of orders.
    m_ordersView->horizontalHeader()->setResizeContentsPrecision(40);
    m_ordersView->horizontalHeader()->setSectionResizeMode(CustomerOrdersModel::SummaryColumn,
                                                           QHeaderView::Stretch);
    layout->addWidget(m_ordersView, 1);
    connect(m_ordersView, &QTableView::activated, this, &CustomerCard::openOrder);
    // A reservation is paid or cancelled here, through the sales gateway (the server in
    // connected mode).
    auto *reservationRow = new QHBoxLayout;
    reservationRow->addStretch(1);
    m_payReservation = new QPushButton(tr("&Pay reservation…"), page);
    m_payReservation->setObjectName(QStringLiteral("payReservationButton"));
    m_cancelReservation = new QPushButton(tr("Cance&l reservation…"), page);
    m_cancelReservation->setObjectName(QStringLiteral("cancelReservationButton"));
    reservationRow->addWidget(m_cancelReservation);
    reservationRow->addWidget(m_payReservation);
    layout->addLayout(reservationRow);
    connect(m_payReservation, &QPushButton::clicked, this, [this] { payReservation(); });
    connect(m_cancelReservation, &QPushButton::clicked, this, [this] { cancelReservation(); });
    connect(m_ordersView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &CustomerCard::updateReservationButtons);
    updateReservationButtons();

    auto applyFilter = [this] {
        const auto kind = CustomerOrderFilter::Kind(m_orderFilter->currentData().toInt());
        m_from->setEnabled(kind == CustomerOrderFilter::Kind::Past);
        m_to->setEnabled(kind == CustomerOrderFilter::Kind::Past);
        CustomerOrderFilter f;
        f.kind = kind;
        if (kind == CustomerOrderFilter::Kind::Past) {
            f.from = m_from->date();
            f.to = m_to->date();
        }
        f.tag = m_orderTag->currentData().toString();
        m_orders->setFilter(f);
        m_orderCount->setText(
            tr("%1 of %n order(s)", nullptr, m_orders->totalCount()).arg(m_orders->rowCount()));
    };
    connect(m_orderFilter, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_orderTag, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, applyFilter);
    connect(m_orders, &QAbstractItemModel::modelReset, this, [this] {
        m_orderCount->setText(
            tr("%1 of %n order(s)", nullptr, m_orders->totalCount()).arg(m_orders->rowCount()));
    });
    return page;
}

QWidget *CustomerCard::buildConsentTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *now = new QGroupBox(tr("Consent now"), page);
    auto *grid = new QGridLayout(now);
    int column = 1;
    for (ConsentChannel c : consentChannels())
        grid->addWidget(new QLabel(ConsentHistoryModel::channelText(c), now), 0, column++);
    int row = 1;
    for (ConsentPurpose p : consentPurposes()) {
        grid->addWidget(new QLabel(ConsentHistoryModel::purposeText(p), now), row, 0);
        column = 1;
        for (ConsentChannel c : consentChannels()) {
            auto *box = new QCheckBox(now);
            box->setObjectName(
                QStringLiteral("consent_%1_%2").arg(consentPurposeName(p), consentChannelName(c)));
            box->setToolTip(
                tr("%1 by %2")
                    .arg(ConsentHistoryModel::purposeText(p), ConsentHistoryModel::channelText(c)));
            m_consentBoxes.insert({int(p), int(c)}, box);
            connect(box, &QCheckBox::toggled, this, [this, p, c](bool on) {
                if (!m_loading)
                    setConsent(p, c, on);
            });
            grid->addWidget(box, row, column++, Qt::AlignCenter);
        }
        ++row;
    }
    m_consentSource = new QComboBox(now);
    m_consentSource->setObjectName(QStringLiteral("consentSource"));
    for (ConsentSource s :
         {ConsentSource::Counter, ConsentSource::Phone, ConsentSource::Web, ConsentSource::Outlet})
        m_consentSource->addItem(ConsentHistoryModel::sourceText(s), int(s));
    auto *sourceLabel = new QLabel(tr("Given &at"), now);
    sourceLabel->setBuddy(m_consentSource);
    grid->addWidget(sourceLabel, row, 0);
    grid->addWidget(m_consentSource, row, 1, 1, 2);
    grid->setColumnStretch(4, 1);
    layout->addWidget(now);
    auto *historyBox = new QGroupBox(tr("Consent history"), page);
    auto *h = new QVBoxLayout(historyBox);
    auto *view = new QTableView(historyBox);
    view->setObjectName(QStringLiteral("consentHistoryView"));
    view->setModel(m_consentHistory);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    h->addWidget(view);
    layout->addWidget(historyBox, 1);
    return page;
}

QWidget *CustomerCard::buildHistoryTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *view = new QTableView(page);
    view->setObjectName(QStringLiteral("historyView"));
    view->horizontalHeader()->setResizeContentsPrecision(40);
    view->setModel(m_history);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view);
    return page;
}

Result<void> CustomerCard::load()
{
    CustomerDesk &desk = m_box.customers();
    auto customer = desk.customer(m_id);
    if (!customer)
        return customer.error();
    auto definitions = desk.flagDefinitions();
    if (!definitions)
        return definitions.error();
    auto flags = desk.flags(m_id);
    if (!flags)
        return flags.error();
    auto consents = desk.consents(m_id);
    if (!consents)
        return consents.error();
    auto alternatives = desk.alternativeEmailsEnabled();
    if (!alternatives)
        return alternatives.error();
    auto orders = desk.orders(m_id);
    if (!orders)
        return orders.error();
    auto history = desk.history(m_id);
    if (!history)
        return history.error();
    m_customer = *customer;
    m_definitions = *definitions;
    m_flags = *flags;
    m_consents = *consents;
    m_alternativeEmails = *alternatives;
    m_orders->setOrders(std::move(*orders), m_box.now());
    showTagFilter();
    m_history->setEntries(*history);
    showCustomer();
    showFlags();
    showConsents();
    return {};
}

void CustomerCard::showCustomer()
{
    m_loading = true;
    const Customer &c = m_customer;
    m_name->setText(c.displayName());
    m_number->setText(c.isAnonymised() ? tr("%1 · anonymised").arg(c.number) : c.number);
    for (CustomerField f : customerFields()) {
        if (QLineEdit *edit = field(f)) {
            edit->setText(customerFieldValue(c, f));
            edit->setCursorPosition(0);
            fieldError(f)->hide();
        }
    }
    m_country->setCurrentIndex(std::max(0, m_country->findData(c.address.country)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(c.language)));
    m_hasBirthday->setChecked(c.birthday.isValid());
    m_birthday->setEnabled(c.birthday.isValid());
    if (c.birthday.isValid())
        m_birthday->setDate(c.birthday);
    m_note->setPlainText(c.note);
    m_noteIcon->setVisible(!c.note.isEmpty());
    m_noteIcon->setToolTip(tr("<b>Internal note</b><br>%1").arg(c.note.toHtmlEscaped()));
    m_alternativeRow->setVisible(m_alternativeEmails);
    if (m_alternativeLabel)
        m_alternativeLabel->setVisible(m_alternativeEmails);
    const bool linked = c.webAccount != 0;
    m_globeIcon->setPixmap(customericons::globe(linked).pixmap(22, 22));
    m_globeIcon->setToolTip(linked ? tr("Web-shop account: %1").arg(c.webAccountEmail)
                                   : tr("No web-shop account linked"));
    m_webLabel->setText(linked ? tr("Linked to the web-shop account %1").arg(c.webAccountEmail)
                               : tr("No web-shop account linked"));
    m_unlink->setEnabled(linked);
    m_loading = false;
    updateButtons();
    Q_EMIT titleChanged(title());
}

void CustomerCard::showFlags()
{
    while (QLayoutItem *item = m_flagRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const FlagDefinition &f : std::as_const(m_flags)) {
        auto *chip = new QFrame(this);
        chip->setObjectName(QStringLiteral("flag_") + f.code);
        chip->setStyleSheet(QStringLiteral("QFrame#flag_%1 { border: 1px solid %2; border-radius: "
                                           "11px; background: %3; }")
                                .arg(f.code, f.colour, QColor(f.colour).lighter(185).name()));
        auto *h = new QHBoxLayout(chip);
        h->setContentsMargins(6, 1, 2, 1);
        h->setSpacing(3);
        h->addWidget(iconLabel(customericons::flag(f.icon, QColor(f.colour)), 16, chip));
        auto *text = new QLabel(f.name, chip);
        text->setStyleSheet(QStringLiteral("border: none; background: transparent; color: %1;"
                                           " font-weight: 600;")
                                .arg(QColor(f.colour).darker(160).name()));
        h->addWidget(text);
        auto *remove = new QToolButton(chip);
        remove->setObjectName(QStringLiteral("removeFlag_") + f.code);
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove the flag %1").arg(f.name));
        const qint64 id = f.id;
        connect(remove, &QToolButton::clicked, this, [this, id] { removeFlag(id); });
        h->addWidget(remove);
        m_flagRow->addWidget(chip);
    }
    QMenu *menu = m_addFlag->menu();
    menu->clear();
    for (const FlagDefinition &f : std::as_const(m_definitions)) {
        const bool set = std::any_of(m_flags.cbegin(), m_flags.cend(), [&f](const auto &x) {
            return x.id == f.id;
        });
        QAction *a = menu->addAction(customericons::flag(f.icon, QColor(f.colour)), f.name);
        a->setObjectName(QStringLiteral("addFlag_") + f.code);
        a->setEnabled(!set);
        const qint64 id = f.id;
        connect(a, &QAction::triggered, this, [this, id] { addFlag(id); });
    }
}

void CustomerCard::showConsents()
{
    m_loading = true;
    for (auto it = m_consentBoxes.cbegin(); it != m_consentBoxes.cend(); ++it)
        it.value()->setChecked(
            hasConsent(m_consents, ConsentPurpose(it.key().first), ConsentChannel(it.key().second)));
    m_consentHistory->setRecords(m_consents);
    m_loading = false;
}

void CustomerCard::reloadHistory()
{
    if (auto h = m_box.customers().history(m_id))
        m_history->setEntries(*h);
}

void CustomerCard::reloadOrders()
{
    if (auto o = m_box.customers().orders(m_id)) {
        m_orders->setOrders(std::move(*o), m_box.now());
        showTagFilter();
    }
}

OrderId CustomerCard::selectedReservation() const
{
    if (!m_ordersView)
        return {};
    const QModelIndex index = m_ordersView->currentIndex();
    if (!index.isValid()
        || index.data(CustomerOrdersModel::StatusRole).toInt()
               != int(CustomerOrdersModel::ShownStatus::Reserved))
        return {};
    return index.data(CustomerOrdersModel::OrderIdRole).value<OrderId>();
}

void CustomerCard::updateReservationButtons()
{
    if (!m_payReservation)
        return;
    const bool reservation = selectedReservation().isValid();
    m_payReservation->setEnabled(reservation);
    m_cancelReservation->setEnabled(reservation);
}

void CustomerCard::payReservation()
{
    const OrderId order = selectedReservation();
    if (!order.isValid())
        return;
    const QList<std::pair<PaymentMethod, QString>> methods{
        {PaymentMethod::Cash, tr("Cash")},
        {PaymentMethod::Card, tr("Card")},
        {PaymentMethod::GiftCard, tr("Gift card")},
        {PaymentMethod::Invoice, tr("Invoice")},
        {PaymentMethod::BankTransfer, tr("Bank transfer")},
    };
    QStringList names;
    for (const auto &m : methods)
        names.append(m.second);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Pay reservation"), tr("Paid by:"), names, 0, false, &ok);
    if (!ok)
        return;
    payReservation(order, methods.at(std::max<qsizetype>(0, names.indexOf(chosen))).first);
}

void CustomerCard::cancelReservation()
{
    const OrderId order = selectedReservation();
    if (!order.isValid())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this,
                                                 tr("Cancel reservation"),
                                                 tr("Reason (kept in the order's history):"),
                                                 QLineEdit::Normal,
                                                 QString(),
                                                 &ok)
                               .trimmed();
    if (!ok)
        return;
    cancelReservation(order, reason);
}

void CustomerCard::payReservation(OrderId order, PaymentMethod method)
{
    m_payReservation->setEnabled(false);
    m_cancelReservation->setEnabled(false);
    m_box.salesGateway().payReservation(order, method, this, [this](Result<Order> paid) {
        reservationDone(paid, tr("The reservation could not be paid: %1"));
    });
}

void CustomerCard::cancelReservation(OrderId order, const QString &reason)
{
    m_payReservation->setEnabled(false);
    m_cancelReservation->setEnabled(false);
    m_box.salesGateway().cancelReservation(order, reason, this, [this](Result<Order> cancelled) {
        reservationDone(cancelled, tr("The reservation could not be cancelled: %1"));
    });
}

void CustomerCard::reservationDone(const Result<Order> &order, const QString &failure)
{
    reloadOrders();
    reloadHistory();
    updateReservationButtons();
    if (!order) {
        showProblem(failure.arg(order.error().message));
        return;
    }
    Q_EMIT reservationChanged(order->id());
}

void CustomerCard::showTagFilter()
{
    // The subscriptions and seasons of this customer's orders; the chosen one stays chosen
    // while it is still there. setOrders() kept the model's filter, so it is applied again.
    const QString current = m_orderTag->currentData().toString();
    const QStringList names = m_orders->tagNames();
    {
        const QSignalBlocker block(m_orderTag);
        m_orderTag->clear();
        m_orderTag->addItem(tr("Any"), QString());
        for (const QString &name : names)
            m_orderTag->addItem(name, name);
        m_orderTag->setCurrentIndex(std::max(0, m_orderTag->findData(current)));
    }
    m_orderTag->setEnabled(!names.isEmpty());
    if (m_orderTag->currentData().toString() != m_orders->filter().tag) {
        CustomerOrderFilter f = m_orders->filter();
        f.tag = m_orderTag->currentData().toString();
        m_orders->setFilter(f);
    }
}

Customer CustomerCard::editedCustomer() const
{
    Customer c = m_customer;
    for (CustomerField f : customerFields()) {
        if (QLineEdit *edit = field(f))
            setCustomerFieldValue(c, f, edit->text());
    }
    c.address.country = m_country->currentData().toString();
    c.language = m_language->currentData().toString();
    c.birthday = m_hasBirthday->isChecked() ? m_birthday->date() : QDate();
    c.note = m_note->toPlainText();
    c.webAccountEmail = m_customer.webAccountEmail;
    return c;
}

bool CustomerCard::isDirty() const
{
    return !diffCustomers(m_customer, editedCustomer()).isEmpty();
}

void CustomerCard::updateButtons()
{
    if (m_loading)
        return;
    const bool dirty = isDirty();
    m_save->setEnabled(dirty);
    m_cancel->setEnabled(dirty);
    if (dirty)
        m_status->setText(tr("Unsaved changes"));
}

QString CustomerCard::fieldProblemText(const FieldError &error) const
{
    switch (error.problem) {
    case FieldProblem::Required:
        return tr("A customer needs a first or last name.");
    case FieldProblem::InvalidEmail:
        return tr("This is not an e-mail address (name@example.com).");
    case FieldProblem::InvalidPhone:
        return tr("This is not a phone number: use digits, with + and the country code for "
                  "numbers abroad.");
    case FieldProblem::InvalidPostcode:
        return tr("This is not a postcode in %1.").arg(m_country->currentText());
    case FieldProblem::InvalidDate:
        return tr("The date is in the future.");
    }
    return error.message;
}

void CustomerCard::showFieldErrors(const QList<FieldError> &errors)
{
    bool focused = false;
    for (const FieldError &e : errors) {
        QLabel *label = fieldError(e.field);
        if (!label)
            continue;
        label->setText(fieldProblemText(e));
        label->show();
        if (!focused) {
            field(e.field)->setFocus(Qt::OtherFocusReason);
            focused = true;
        }
    }
}

bool CustomerCard::save()
{
    const Customer edited = editedCustomer();
    const QList<FieldError> errors = customerFieldErrors(edited);
    if (!errors.isEmpty()) {
        m_tabs->setCurrentIndex(0);
        showFieldErrors(errors);
        m_status->setText(tr("Please correct the marked fields."));
        return false;
    }
    // In connected mode the server answers later (the card waits); standalone at once.
    if (m_saving)
        return false; // the server has not answered the last save yet
    auto savedNow = std::make_shared<std::optional<bool>>();
    m_saving = true;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_box.customers().save(edited, this, [this, edited, savedNow](Result<CustomerSaveResult> r) {
        *savedNow = finishSave(edited, r);
    });
    return savedNow->value_or(false);
}

bool CustomerCard::finishSave(const Customer &edited, const Result<CustomerSaveResult> &saved)
{
    m_saving = false;
    m_save->setEnabled(true);
    if (!saved) {
        showProblem(tr("The customer could not be saved: %1").arg(saved.error().message));
        return false;
    }
    if (saved->conflict) {
        // Show both versions side by side; never overwrite silently.
        QString table = QStringLiteral(
                            "<table cellspacing=6><tr><th></th><th>%1</th><th>%2</th></tr>")
                            .arg(tr("Yours"), tr("Saved meanwhile"));
        for (const FieldChange &c : saved->theirChanges)
            table += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                         .arg(CustomerHistoryModel::fieldText(customerFieldName(c.field)),
                              c.oldValue.toHtmlEscaped(),
                              c.newValue.toHtmlEscaped());
        table += QStringLiteral("</table>");
        QMessageBox box(QMessageBox::Warning,
                        tr("Changed meanwhile"),
                        tr("Someone else saved this customer while you were editing. "
                           "Compare the two versions:")
                            + table,
                        QMessageBox::NoButton,
                        this);
        box.setObjectName(QStringLiteral("conflictBox"));
        QPushButton *mine = box.addButton(tr("Save mine over theirs"), QMessageBox::AcceptRole);
        box.addButton(tr("Take theirs"), QMessageBox::RejectRole);
        box.exec();
        const Customer theirs = saved->theirs;
        if (box.clickedButton() == mine) {
            Customer again = edited;
            again.revision = theirs.revision;
            m_box.customers().save(again, this, [this, theirs](Result<CustomerSaveResult> retry) {
                m_customer = retry && !retry->conflict ? retry->saved : theirs;
                if (!retry)
                    showProblem(
                        tr("The customer could not be saved: %1").arg(retry.error().message));
                showCustomer();
                reloadHistory();
            });
            return false;
        }
        m_customer = theirs;
        showCustomer();
        reloadHistory();
        return false;
    }
    m_customer = saved->saved;
    showCustomer();
    reloadHistory();
    m_status->setText(tr("Saved."));
    return true;
}

void CustomerCard::cancel()
{
    showCustomer();
    m_status->setText(tr("Changes discarded."));
}

void CustomerCard::addFlag(qint64 flag)
{
    // In connected mode the server answers later; standalone at once.
    m_box.customers().changeFlag(m_id, flag, true, this, [this](Result<void> r) {
        if (!r) {
            showProblem(tr("The flag could not be added: %1").arg(r.error().message));
            return;
        }
        if (auto f = m_box.customers().flags(m_id))
            m_flags = *f;
        showFlags();
        reloadHistory();
    });
}

void CustomerCard::removeFlag(qint64 flag)
{
    m_box.customers().changeFlag(m_id, flag, false, this, [this](Result<void> r) {
        if (!r) {
            showProblem(tr("The flag could not be removed: %1").arg(r.error().message));
            return;
        }
        if (auto f = m_box.customers().flags(m_id))
            m_flags = *f;
        showFlags();
        reloadHistory();
    });
}

void CustomerCard::setConsent(ConsentPurpose purpose, ConsentChannel channel, bool granted)
{
    const auto source = ConsentSource(m_consentSource->currentData().toInt());
    if (auto r = m_box.customers().recordConsent(m_id, purpose, channel, granted, source); !r)
        showProblem(tr("The consent could not be recorded: %1").arg(r.error().message));
    if (auto k = m_box.customers().consents(m_id))
        m_consents = *k;
    showConsents();
    reloadHistory();
}

void CustomerCard::chooseWebAccount()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("webAccountDialog"));
    dialog.setWindowTitle(tr("Link a web-shop account"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *search = new QLineEdit(&dialog);
    search->setPlaceholderText(tr("Search accounts by e-mail"));
    search->setText(m_customer.email);
    auto *list = new QListWidget(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(search);
    layout->addWidget(list);
    layout->addWidget(buttons);
    auto run = [this, list](const QString &text) {
        list->clear();
        if (auto found = m_box.customers().findWebAccounts(text)) {
            for (const WebAccount &a : std::as_const(*found)) {
                auto *item = new QListWidgetItem(customericons::globe(true),
                                                 a.name.isEmpty()
                                                     ? a.email
                                                     : a.email + QStringLiteral(" — ") + a.name,
                                                 list);
                item->setData(Qt::UserRole, a.id);
            }
        }
        if (list->count() > 0)
            list->setCurrentRow(0);
    };
    connect(search, &QLineEdit::textChanged, &dialog, run);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    run(search->text());
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    linkWebAccount(list->currentItem()->data(Qt::UserRole).toLongLong());
}

void CustomerCard::linkWebAccount(qint64 account)
{
    if (auto r = m_box.customers().linkWebAccount(m_id, account); !r) {
        showProblem(tr("The web profile could not be linked: %1").arg(r.error().message));
        return;
    }
    if (auto c = m_box.customers().customer(m_id)) {
        // Keep unsaved contact edits; take the new link and revision.
        const Customer edited = editedCustomer();
        const bool dirty = isDirty();
        m_customer = *c;
        showCustomer();
        if (dirty) {
            Customer keep = edited;
            keep.revision = c->revision;
            keep.webAccount = c->webAccount;
            keep.webAccountEmail = c->webAccountEmail;
            for (CustomerField f : customerFields()) {
                if (QLineEdit *e = field(f))
                    e->setText(customerFieldValue(keep, f));
            }
            updateButtons();
        }
    }
    reloadHistory();
}

void CustomerCard::unlinkWebAccount()
{
    if (auto r = m_box.customers().unlinkWebAccount(m_id); !r) {
        showProblem(tr("The web profile could not be unlinked: %1").arg(r.error().message));
        return;
    }
    if (auto c = m_box.customers().customer(m_id)) {
        m_customer.webAccount = c->webAccount;
        m_customer.webAccountEmail = c->webAccountEmail;
        m_customer.revision = c->revision;
        const bool wasLoading = m_loading;
        m_loading = true;
        const bool linked = false;
        m_globeIcon->setPixmap(customericons::globe(linked).pixmap(22, 22));
        m_globeIcon->setToolTip(tr("No web-shop account linked"));
        m_webLabel->setText(tr("No web-shop account linked"));
        m_unlink->setEnabled(false);
        m_loading = wasLoading;
    }
    reloadHistory();
}

void CustomerCard::setOrderFilter(int kind)
{
    m_orderFilter->setCurrentIndex(std::max(0, m_orderFilter->findData(kind)));
}

void CustomerCard::openOrder(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const OrderId id = index.data(CustomerOrdersModel::OrderIdRole).value<OrderId>();
    auto order = m_box.customers().order(id);
    if (!order) {
        showProblem(tr("The order could not be read: %1").arg(order.error().message));
        return;
    }
    auto *dialog = new OrderDetailsDialog(*order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool CustomerCard::requestSale()
{
    auto allowed = m_box.customers().checkSaleAllowed(m_id);
    if (allowed)
        return true;
    QStringList names;
    for (const FlagDefinition &f : blockingFlags(m_flags))
        names.append(f.name);
    QMessageBox box(QMessageBox::Warning,
                    tr("Blocked from sale"),
                    tr("%1 is blocked from sale (%2). Nothing can be sold or reserved for this "
                       "customer unless a supervisor allows it.")
                        .arg(m_customer.displayName(), names.join(QStringLiteral(", "))),
                    QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("blockedBox"));
    QPushButton *override = box.addButton(tr("Supervisor override…"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() != override)
        return false;
    switch (m_box.salesGateway().approvalCheck()) {
    case SalesGateway::ApprovalCheck::Local:
        break;
    case SalesGateway::ApprovalCheck::Unavailable:
        showProblem(tr("A supervisor's approval needs the server, which cannot be reached now: "
                       "this terminal cannot check the supervisor's password. Sell to this "
                       "customer when the connection is back."));
        return false;
    case SalesGateway::ApprovalCheck::Server:
        return requestApprovalFromServer();
    }
    auto supervisors = m_box.customers().supervisors();
    if (!supervisors || supervisors->isEmpty()) {
        showProblem(tr("There is no supervisor who could allow this sale."));
        return false;
    }
    QStringList items;
    for (const auto &s : std::as_const(*supervisors))
        items.append(s.second);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Supervisor override"), tr("Supervisor allowing this sale:"), items, 0, false, &ok);
    if (!ok)
        return false;
    const UserId supervisor = supervisors->at(items.indexOf(chosen)).first;
    const QString password = QInputDialog::getText(this,
                                                   tr("Supervisor override"),
                                                   tr("Password of %1:").arg(chosen),
                                                   QLineEdit::Password,
                                                   QString(),
                                                   &ok);
    if (!ok)
        return false;
    if (auto r = m_box.customers().allowBlockedSale(m_id, supervisor, password); !r) {
        showProblem(tr("The override was refused: %1").arg(r.error().message));
        return false;
    }
    reloadHistory();
    return true;
}

bool CustomerCard::requestApprovalFromServer()
{
    // Connected: this file keeps no passwords. The login and password go with the order and
    // the server checks them; they are forgotten once the sale is placed or refused.
    bool ok = false;
    const QString login = QInputDialog::getText(this,
                                                tr("Supervisor override"),
                                                tr("Login of the supervisor allowing this sale:"),
                                                QLineEdit::Normal,
                                                QString(),
                                                &ok)
                              .trimmed();
    if (!ok || login.isEmpty())
        return false;
    const QString password = QInputDialog::getText(this,
                                                   tr("Supervisor override"),
                                                   tr("Password of %1 (checked by the server "
                                                      "when the sale is placed):")
                                                       .arg(login),
                                                   QLineEdit::Password,
                                                   QString(),
                                                   &ok);
    if (!ok)
        return false;
    if (auto r = m_box.customers().allowBlockedSaleOnServer(m_id, login, password); !r) {
        showProblem(tr("The override was refused: %1").arg(r.error().message));
        return false;
    }
    return true;
}

void CustomerCard::sell()
{
    if (requestSale())
        Q_EMIT sellRequested(m_id);
}

void CustomerCard::reserve()
{
    if (requestSale())
        Q_EMIT reserveRequested(m_id);
}

void CustomerCard::exportJson(const QString &path)
{
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(this,
                                              tr("Export customer data"),
                                              m_customer.number + QStringLiteral(".json"),
                                              tr("JSON (*.json)"));
    if (target.isEmpty())
        return;
    auto dossier = m_box.customers().exportDossier(m_id);
    if (!dossier) {
        showProblem(tr("The data could not be exported: %1").arg(dossier.error().message));
        return;
    }
    if (auto r = writeDossierJson(*dossier, target); !r)
        showProblem(tr("The file could not be written: %1").arg(r.error().message));
    reloadHistory();
}

void CustomerCard::exportPdf(const QString &path)
{
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(this,
                                              tr("Export customer data"),
                                              m_customer.number + QStringLiteral(".pdf"),
                                              tr("PDF (*.pdf)"));
    if (target.isEmpty())
        return;
    auto dossier = m_box.customers().exportDossier(m_id);
    if (!dossier) {
        showProblem(tr("The data could not be exported: %1").arg(dossier.error().message));
        return;
    }
    if (auto r = writeDossierPdf(*dossier, target); !r)
        showProblem(tr("The file could not be written: %1").arg(r.error().message));
    reloadHistory();
}

void CustomerCard::anonymise()
{
    if (QMessageBox::question(this,
                              tr("Anonymise customer"),
                              tr("Remove all personal data of %1? The orders stay for the "
                                 "accounts; this cannot be undone.")
                                  .arg(m_customer.displayName()))
        != QMessageBox::Yes)
        return;
    // In connected mode the server anonymises first (online only) and answers later.
    m_box.customers().anonymise(m_id, this, [this](Result<void> r) {
        if (!r) {
            showProblem(tr("The customer could not be anonymised: %1").arg(r.error().message));
            return;
        }
        (void) load();
    });
}

void CustomerCard::undoLastMerge()
{
    auto merges = m_box.customers().merges(m_id);
    if (!merges) {
        showProblem(tr("The merges could not be read: %1").arg(merges.error().message));
        return;
    }
    const MergeRecord *last = nullptr;
    for (const MergeRecord &m : std::as_const(*merges)) {
        if (!m.undoneAt.isValid() && canUndoMerge(m.at, m_box.now()))
            last = &m;
    }
    if (!last) {
        showProblem(tr("There is no merge of the last 30 days to undo."));
        return;
    }
    if (QMessageBox::question(this,
                              tr("Undo merge"),
                              tr("Undo merging %1 into this customer? %1 comes back with its "
                                 "orders, consents, flags and history.")
                                  .arg(last->mergedNumber))
        != QMessageBox::Yes)
        return;
    if (auto r = m_box.customers().undoMerge(last->id); !r) {
        showProblem(tr("The merge could not be undone: %1").arg(r.error().message));
        return;
    }
    (void) load();
    m_status->setText(
        tr("Merge undone; %1 is a customer of its own again.").arg(last->mergedNumber));
}

void CustomerCard::showProblem(const QString &text)
{
    m_status->setText(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Customer"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("cardProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace parkett
