// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/tokenstore.h"

#include <qt6keychain/keychain.h>

namespace parkett {

namespace {

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    const ErrorCode code = job.error() == QKeychain::EntryNotFound ? ErrorCode::NotFound
                                                                   : ErrorCode::StorageFailure;
    return makeError(
        code, QStringLiteral("keychain: cannot %1 the token: %2").arg(what, job.errorString()));
}

} // namespace

TokenStore::TokenStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString TokenStore::accountKey(const QUrl &server, const QString &login)
{
    QString host = server.host();
    if (server.port() > 0)
        host += QStringLiteral(":%1").arg(server.port());
    return QStringLiteral("%1@%2").arg(login, host);
}

void TokenStore::read(const QString &account,
                      QObject *context,
                      std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            done(keychainError(*job, QStringLiteral("read")));
        else
            done(job->textData());
    });
    job->start();
}

void TokenStore::write(const QString &account,
                       const QString &token,
                       QObject *context,
                       std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            done(keychainError(*job, QStringLiteral("store")));
        else
            done(Result<void>());
    });
    job->start();
}

void TokenStore::remove(const QString &account,
                        QObject *context,
                        std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            done(keychainError(*job, QStringLiteral("delete")));
        else
            done(Result<void>());
    });
    job->start();
}

} // namespace parkett
