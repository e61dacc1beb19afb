// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/numbering.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace parkett {

class SeatMapDocument;

/** Numbers rows and seats of the rows the selection touches: rows by letters or numbers from
    a start value, front to back (nearest the focal point first) or back to front, I and O
    skipped; seats from a start value, all/odd/even, in drawing order or reversed. Only the
    displayed labels change, in one undo step; ids stay, so sold tickets keep their seats. */
class NumberingDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Options
    {
        RowNumbering rows;
        bool numberRows = true;
        bool backToFront = false;
        SeatNumbering seats;
        bool numberSeats = true;
        bool reverseSeats = false;
    };

    NumberingDialog(SeatMapDocument *document, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NumberingDialog)

    Options options() const;
    void setOptions(const Options &options);
    /** The rows the selection touches, front to back. */
    QList<RowId> rows() const { return m_rows; }

    /** Numbers \a rows of \a document as \a options say; false when the row start value is
        not valid for the chosen style (nothing changes then). */
    static bool apply(SeatMapDocument *document, QList<RowId> rows, const Options &options);
    /** \a rows ordered by distance from the plan's focal point, nearest first. */
    static QList<RowId> frontToBack(const SeatMapDocument *document, QList<RowId> rows);

    void accept() override;

private:
    void updatePreview();

    SeatMapDocument *m_document;
    QList<RowId> m_rows;
    QCheckBox *m_numberRows;
    QComboBox *m_rowStyle;
    QLineEdit *m_rowStart;
    QCheckBox *m_skipIO;
    QComboBox *m_rowDirection;
    QLineEdit *m_rowPrefix;
    QCheckBox *m_numberSeats;
    QSpinBox *m_seatStart;
    QComboBox *m_parity;
    QComboBox *m_seatDirection;
    QLabel *m_preview;
};

} // namespace parkett
