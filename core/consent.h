// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace parkett {

enum class ConsentPurpose { Newsletter, EventInformation };
enum class ConsentChannel { Email, Sms, Post };
enum class ConsentSource { Counter, Web, Phone, Outlet };

/** One grant or withdrawal, as recorded. The history of these is append-only; the current
    state of a purpose and channel is its latest record. */
struct ConsentRecord
{
    qint64 id = 0;
    ConsentPurpose purpose = ConsentPurpose::Newsletter;
    ConsentChannel channel = ConsentChannel::Email;
    bool granted = false;
    QDateTime at;
    ConsentSource source = ConsentSource::Counter;
    UserId user;
    QString userName; ///< filled in when read, for display
};

QString consentPurposeName(ConsentPurpose purpose);
Result<ConsentPurpose> consentPurposeFromName(QStringView name);
QString consentChannelName(ConsentChannel channel);
Result<ConsentChannel> consentChannelFromName(QStringView name);
QString consentSourceName(ConsentSource source);
Result<ConsentSource> consentSourceFromName(QStringView name);

QList<ConsentPurpose> consentPurposes();
QList<ConsentChannel> consentChannels();

/** Whether the latest record for \a purpose and \a channel in \a history grants it; no record
    means no consent. What mailing lists ask before they include a customer. */
bool hasConsent(const QList<ConsentRecord> &history, ConsentPurpose purpose, ConsentChannel channel);

/** The latest record per purpose and channel that has one. */
QList<ConsentRecord> currentConsents(const QList<ConsentRecord> &history);

} // namespace parkett
