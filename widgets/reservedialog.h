// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;

namespace parkett {

/** Asks until when a reservation holds its seats; three days from now by default. */
class ReserveDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReserveDialog(const QDateTime &now, int tickets, QWidget *parent = nullptr);
    ~ReserveDialog() override;
    Q_DISABLE_COPY_MOVE(ReserveDialog)

    QDateTime until() const;
    void setUntil(const QDateTime &until);

private:
    QDateTimeEdit *m_until = nullptr;
};

} // namespace parkett
