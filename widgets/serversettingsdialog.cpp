// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/serversettingsdialog.h"

#include "storage/database.h"
#include "sync/connectedcache.h"
#include "sync/outbox.h"
#include "sync/session.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace parkett {

ServerSettingsDialog::ServerSettingsDialog(SyncServices &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_url(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_terminal(new QSpinBox(this))
    , m_offline(new QCheckBox(tr("Work &offline (sell from this terminal's lease)"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("serverSettingsDialog"));
    setWindowTitle(tr("Server"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(tr("https://boxoffice.example:8443"));
    m_login->setObjectName(QStringLiteral("serverLogin"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_terminal->setObjectName(QStringLiteral("serverTerminal"));
    m_terminal->setRange(1, 1000000);
    m_terminal->setToolTip(tr("The number this computer was enrolled under on the server"));
    m_offline->setObjectName(QStringLiteral("workOffline"));
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Terminal:"), m_terminal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::ActionRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::ActionRole);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &ServerSettingsDialog::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &ServerSettingsDialog::signOut);
    connect(m_offline, &QCheckBox::toggled, this, [this](bool offline) {
        m_sync.engine().setForcedOffline(offline);
    });

    m_fileNote = new QLabel(this);
    m_fileNote->setObjectName(QStringLiteral("serverFileNote"));
    m_fileNote->setWordWrap(true);
    m_standalone = buttons->addButton(tr("Use the s&tandalone box office"),
                                      QDialogButtonBox::ActionRole);
    m_standalone->setObjectName(QStringLiteral("useStandalone"));
    connect(m_standalone, &QPushButton::clicked, this, &ServerSettingsDialog::useStandalone);
    const auto standalone = ConnectedCache::holdsStandaloneBoxOffice(m_sync.database());
    m_standaloneFile = standalone && *standalone;
    const QString standaloneFile = ConnectedCache::standaloneFile(m_sync.database());
    if (m_standaloneFile)
        m_fileNote->setText(
            tr("This file holds a standalone box office. Signing in keeps the server's data in "
               "a file of its own beside it, one per server; this box office stays as it is, "
               "and Parkett switches to the server's file."));
    else if (!standaloneFile.isEmpty())
        m_fileNote->setText(tr("Connected mode works on the server's own file; the standalone "
                               "box office in %1 is kept as it was.")
                                .arg(QDir::toNativeSeparators(standaloneFile)));
    m_fileNote->setVisible(!m_fileNote->text().isEmpty());
    m_standalone->setVisible(!standaloneFile.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_offline);
    layout->addWidget(m_fileNote);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_url->setText(m_sync.session().server().toString());
    m_login->setText(m_sync.session().login());
    m_offline->setChecked(m_sync.engine().isForcedOffline());
    showSession();
}

ServerSettingsDialog::~ServerSettingsDialog() = default;

QString ServerSettingsDialog::fileNoteText() const
{
    return m_fileNote->text();
}

void ServerSettingsDialog::setLogoutConfirmation(std::function<bool(int)> confirm)
{
    m_confirm = std::move(confirm);
}

QString ServerSettingsDialog::statusText() const
{
    return m_status->text();
}

void ServerSettingsDialog::showSession()
{
    const bool signedIn = m_sync.session().isSignedIn();
    m_signOut->setEnabled(signedIn);
    if (signedIn)
        m_status->setText(
            tr("Signed in as %1 at %2.")
                .arg(m_sync.session().login(), m_sync.session().server().toDisplayString()));
    else
        m_status->setText(tr("Not signed in."));
}

void ServerSettingsDialog::signIn()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (!url.isValid() || url.host().isEmpty()) {
        m_status->setText(tr("The server URL is not valid."));
        Q_EMIT sessionDone(false);
        return;
    }
    if (m_login->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter your login."));
        Q_EMIT sessionDone(false);
        return;
    }
    if (m_standaloneFile) {
        signInToOwnCache(url);
        return;
    }
    m_signIn->setEnabled(false);
    m_status->setText(tr("Signing in…"));
    m_sync.session().login(url,
                           m_login->text().trimmed(),
                           m_password->text(),
                           m_terminal->value(),
                           this,
                           [this](Result<void> r) {
                               m_signIn->setEnabled(true);
                               m_password->clear();
                               showSession();
                               const bool signedIn = m_sync.session().isSignedIn();
                               if (!r)
                                   m_status->setText(
                                       signedIn ? tr("Signed in, but the keychain refused the "
                                                     "token (%1): you will have to sign in "
                                                     "again after a restart.")
                                                      .arg(r.error().message)
                                                : tr("Sign-in failed: %1").arg(r.error().message));
                               Q_EMIT sessionDone(signedIn);
                           });
}

void ServerSettingsDialog::signInToOwnCache(const QUrl &url)
{
    auto cache = ConnectedCache::open(m_sync.database(), url);
    if (!cache) {
        m_status->setText(
            tr("The server's file could not be opened: %1").arg(cache.error().message));
        Q_EMIT sessionDone(false);
        return;
    }
    m_cacheDb = std::move(*cache);
    m_cacheSync = std::make_unique<SyncServices>(*m_cacheDb);
    // Only the session here: the client syncs once it has switched to the file.
    m_cacheSync->engine().setForcedOffline(true);
    m_signIn->setEnabled(false);
    m_status->setText(tr("Signing in…"));
    const QString path = m_cacheDb->path();
    m_cacheSync->session().login(url,
                                 m_login->text().trimmed(),
                                 m_password->text(),
                                 m_terminal->value(),
                                 this,
                                 [this, path](Result<void> r) {
                                     m_signIn->setEnabled(true);
                                     m_password->clear();
                                     const bool signedIn = m_cacheSync->session().isSignedIn();
                                     m_cacheSync->engine().stop();
                                     if (!signedIn) {
                                         (void) ConnectedCache::unlink(m_sync.database());
                                         m_status->setText(
                                             tr("Sign-in failed: %1").arg(r.error().message));
                                         Q_EMIT sessionDone(false);
                                         return;
                                     }
                                     m_status->setText(
                                         tr("Signed in. Parkett now works on the server's file "
                                            "%1.")
                                             .arg(QDir::toNativeSeparators(path)));
                                     m_switchTo = path;
                                     Q_EMIT sessionDone(true);
                                     Q_EMIT databaseSwitchRequested(path);
                                 });
}

void ServerSettingsDialog::useStandalone()
{
    auto path = ConnectedCache::leave(m_sync.database());
    if (!path) {
        m_status->setText(path.error().message);
        return;
    }
    m_switchTo = *path;
    m_status->setText(tr("Parkett goes back to the standalone box office in %1.")
                          .arg(QDir::toNativeSeparators(*path)));
    Q_EMIT databaseSwitchRequested(*path);
}

bool ServerSettingsDialog::confirmLogout(int depth)
{
    if (m_confirm)
        return m_confirm(depth);
    return QMessageBox::warning(
               this,
               tr("Sign out"),
               tr("%n operation(s) in the outbox have not reached the server yet. They stay on "
                  "this computer and are sent after the next sign-in. Sign out anyway?",
                  nullptr,
                  depth),
               QMessageBox::Yes | QMessageBox::No,
               QMessageBox::No)
           == QMessageBox::Yes;
}

void ServerSettingsDialog::signOut()
{
    const auto depth = m_sync.outbox().depth();
    if (depth && *depth > 0 && !confirmLogout(*depth)) {
        Q_EMIT sessionDone(false);
        return;
    }
    m_status->setText(tr("Signing out…"));
    m_sync.session().logout(this, [this](Result<void> r) {
        showSession();
        if (!r)
            m_status->setText(tr("Signed out; the keychain said: %1").arg(r.error().message));
        Q_EMIT sessionDone(true);
    });
}

} // namespace parkett
