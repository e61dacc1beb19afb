// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace parkett {

class SyncServices;

/** Settings > Server: the server's URL, the login and password and this terminal's number.
    Signing in keeps the token in the keychain (never the password); signing out warns when
    the outbox still holds operations the server has not received. */
class ServerSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ServerSettingsDialog(SyncServices &sync, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ServerSettingsDialog)

    /** Asked before signing out with \a depth operations in the outbox; true goes ahead.
        The default asks the user. */
    void setLogoutConfirmation(std::function<bool(int depth)> confirm);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QSpinBox *terminalEdit() const { return m_terminal; }
    QString statusText() const;

public Q_SLOTS:
    void signIn();
    void signOut();

Q_SIGNALS:
    /** A sign-in or sign-out finished; \a ok tells whether it worked. */
    void sessionDone(bool ok);

private:
    void showSession();
    bool confirmLogout(int depth);

    SyncServices &m_sync;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QSpinBox *m_terminal = nullptr;
    QCheckBox *m_offline = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    std::function<bool(int)> m_confirm;
};

} // namespace parkett
