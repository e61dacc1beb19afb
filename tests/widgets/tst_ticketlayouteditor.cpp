// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ticketlayouteditor.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace Qt::StringLiterals;

class tst_TicketLayoutEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickPicksTheFieldUnderTheMouse();
    void dragMovesTheField();
    void propertyPanelEditsTheField();
    void printerPreviewShowsTheInterpretedFgl();
    void addAndRemoveFields();
    void editedLayoutSurvivesJson();

private:
    QPoint centreOf(int field) const;
    TicketLayoutEditor *m_editor = nullptr;
};

void tst_TicketLayoutEditor::init()
{
    m_editor = new TicketLayoutEditor;
    m_editor->resize(1400, 700);
    m_editor->setTicketLayout(*TicketLayout::defaultLayout(u"boca-200"_s));
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void tst_TicketLayoutEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

QPoint tst_TicketLayoutEditor::centreOf(int field) const
{
    return m_editor->preview()->toWidget(m_editor->ticketLayout().fields.at(field).rect.center());
}

void tst_TicketLayoutEditor::clickPicksTheFieldUnderTheMouse()
{
    // Field 1 is the production title, field 15 the QR code.
    QTest::mouseClick(m_editor->preview(), Qt::LeftButton, {}, centreOf(1));
    QCOMPARE(m_editor->currentField(), 1);
    QTest::mouseClick(m_editor->preview(), Qt::LeftButton, {}, centreOf(15));
    QCOMPARE(m_editor->currentField(), 15);
    QCOMPARE(m_editor->ticketLayout().fields.at(15).kind, FieldKind::QrCode);
}

void tst_TicketLayoutEditor::dragMovesTheField()
{
    QSignalSpy changed(m_editor, &TicketLayoutEditor::ticketLayoutChanged);
    const QRect before = m_editor->ticketLayout().fields.at(1).rect;
    const double scale = m_editor->previewScale();
    QWidget *view = m_editor->preview();
    const QPoint from = centreOf(1);
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, from + QPoint(20, 10));
    QTest::mouseMove(view, from + QPoint(40, 20));
    QTest::mouseRelease(view, Qt::LeftButton, {}, from + QPoint(40, 20));
    const QRect after = m_editor->ticketLayout().fields.at(1).rect;
    QVERIFY(qAbs(after.x() - before.x() - 40 / scale) <= 2 / scale);
    QVERIFY(qAbs(after.y() - before.y() - 20 / scale) <= 2 / scale);
    QCOMPARE(after.size(), before.size());
    QVERIFY(changed.count() >= 1);
    // The property panel follows the drag.
    QCOMPARE(m_editor->findChildren<QSpinBox *>().at(0)->value(), after.x());
}

void tst_TicketLayoutEditor::propertyPanelEditsTheField()
{
    m_editor->setCurrentField(1);
    const QImage before = m_editor->preview()->image();
    const QList<QSpinBox *> spins = m_editor->findChildren<QSpinBox *>();
    spins.at(0)->setValue(300); // x
    spins.at(4)->setValue(31);  // font size
    const LayoutField &f = m_editor->ticketLayout().fields.at(1);
    QCOMPARE(f.rect.x(), 300);
    QCOMPARE(f.fontSize, 31);
    QVERIFY(m_editor->preview()->image() != before);
}

void tst_TicketLayoutEditor::printerPreviewShowsTheInterpretedFgl()
{
    const QImage drawn = m_editor->preview()->image();
    m_editor->setPrinterPreview(true);
    const QImage printed = m_editor->preview()->image();
    QVERIFY(!printed.isNull());
    QCOMPARE(printed.size(), QSize(1100, 400));
    QVERIFY(printed != drawn.convertToFormat(printed.format()));
    // The logo is dot graphics: the printer image has the same black dot at its ring.
    QCOMPARE(qGray(printed.pixel(24 + 48, 24 + 2)), 0);
    // Thermal layouts have no FGL view.
    m_editor->setTicketLayout(*TicketLayout::defaultLayout(u"thermal-80"_s));
    m_editor->setPrinterPreview(true);
    QCOMPARE(m_editor->preview()->image().width(), 576);
}

void tst_TicketLayoutEditor::addAndRemoveFields()
{
    const qsizetype n = m_editor->ticketLayout().fields.size();
    auto *list = m_editor->findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), n);
    m_editor->setCurrentField(int(n - 1));
    const QList<QPushButton *> buttons = m_editor->findChildren<QPushButton *>();
    QPushButton *removeButton = nullptr;
    QPushButton *addBox = nullptr;
    for (QPushButton *b : buttons) {
        if (b->text() == u"Remove"_s)
            removeButton = b;
        if (b->text() == u"+ Box"_s)
            addBox = b;
    }
    QVERIFY(removeButton && addBox);
    removeButton->click();
    QCOMPARE(m_editor->ticketLayout().fields.size(), n - 1);
    addBox->click();
    QCOMPARE(m_editor->ticketLayout().fields.size(), n);
    QCOMPARE(m_editor->ticketLayout().fields.last().kind, FieldKind::Box);
    QCOMPARE(m_editor->currentField(), int(n - 1));
    QCOMPARE(list->count(), n);
}

void tst_TicketLayoutEditor::editedLayoutSurvivesJson()
{
    m_editor->moveField(1, QPoint(10, 5));
    auto back = TicketLayout::fromJson(m_editor->ticketLayout().toJson());
    QVERIFY(back);
    QCOMPARE(back->fields.at(1).rect, m_editor->ticketLayout().fields.at(1).rect);
    // Fields stay on the ticket however far they are dragged.
    m_editor->moveField(1, QPoint(-5000, 5000));
    const QRect r = m_editor->ticketLayout().fields.at(1).rect;
    QCOMPARE(r.x(), 0);
    QCOMPARE(r.bottom(), 399);
}

QTEST_MAIN(tst_TicketLayoutEditor)
#include "tst_ticketlayouteditor.moc"
