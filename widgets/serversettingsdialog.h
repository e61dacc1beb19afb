// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace parkett {

class Database;
class SyncServices;

/** Settings > Server: the server's URL, the login and password and this terminal's number.
    Signing in keeps the token in the keychain (never the password); signing out warns when
    the outbox still holds operations the server has not received. A file that holds a
    standalone box office is never turned into a cache: signing in from it opens the server's
    own cache file beside it (ConnectedCache), links it, and asks for the switch; from such a
    cache, "Use the standalone box office" goes back to the untouched standalone file. */
class ServerSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ServerSettingsDialog(SyncServices &sync, QWidget *parent = nullptr);
    ~ServerSettingsDialog() override;
    Q_DISABLE_COPY_MOVE(ServerSettingsDialog)

    /** Asked before signing out with \a depth operations in the outbox; true goes ahead.
        The default asks the user. */
    void setLogoutConfirmation(std::function<bool(int depth)> confirm);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QSpinBox *terminalEdit() const { return m_terminal; }
    QString statusText() const;
    /** What the dialog says about where connected mode keeps its data; empty when it has
        nothing to say. */
    QString fileNoteText() const;
    QPushButton *standaloneButton() const { return m_standalone; }
    /** The file the client should switch to after the dialog, or empty. */
    QString switchPath() const { return m_switchTo; }

public Q_SLOTS:
    void signIn();
    void signOut();
    /** From a server's cache back to the standalone file it was opened from. */
    void useStandalone();

Q_SIGNALS:
    /** A sign-in or sign-out finished; \a ok tells whether it worked. */
    void sessionDone(bool ok);
    /** The client should now work on \a path (the server's cache, or the standalone file). */
    void databaseSwitchRequested(const QString &path);

private:
    void showSession();
    bool confirmLogout(int depth);
    void signInToOwnCache(const QUrl &url);

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
    QLabel *m_fileNote = nullptr;
    QPushButton *m_standalone = nullptr;
    bool m_standaloneFile = false;             ///< the dialog's file holds a standalone box office
    std::unique_ptr<Database> m_cacheDb;       ///< the server's file while signing in to it
    std::unique_ptr<SyncServices> m_cacheSync; ///< its session
    QString m_switchTo;
};

} // namespace parkett
