// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/consent.h"

namespace parkett {

namespace {

template<typename E, size_t N>
Result<E> fromName(const char *const (&names)[N], QStringView name, const char *what)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1StringView(names[i]))
            return E(i);
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown %1 \"%2\"")
                         .arg(QLatin1StringView(what), name.toString()));
}

const char *const kPurposes[] = {"newsletter", "event-information"};
const char *const kChannels[] = {"email", "sms", "post"};
const char *const kSources[] = {"counter", "web", "phone", "outlet"};

} // namespace

QString consentPurposeName(ConsentPurpose purpose)
{
    return QString::fromLatin1(kPurposes[int(purpose)]);
}

Result<ConsentPurpose> consentPurposeFromName(QStringView name)
{
    return fromName<ConsentPurpose>(kPurposes, name, "consent purpose");
}

QString consentChannelName(ConsentChannel channel)
{
    return QString::fromLatin1(kChannels[int(channel)]);
}

Result<ConsentChannel> consentChannelFromName(QStringView name)
{
    return fromName<ConsentChannel>(kChannels, name, "consent channel");
}

QString consentSourceName(ConsentSource source)
{
    return QString::fromLatin1(kSources[int(source)]);
}

Result<ConsentSource> consentSourceFromName(QStringView name)
{
    return fromName<ConsentSource>(kSources, name, "consent source");
}

QList<ConsentPurpose> consentPurposes()
{
    return {ConsentPurpose::Newsletter, ConsentPurpose::EventInformation};
}

QList<ConsentChannel> consentChannels()
{
    return {ConsentChannel::Email, ConsentChannel::Sms, ConsentChannel::Post};
}

bool hasConsent(const QList<ConsentRecord> &history, ConsentPurpose purpose, ConsentChannel channel)
{
    const ConsentRecord *latest = nullptr;
    for (const ConsentRecord &r : history) {
        if (r.purpose != purpose || r.channel != channel)
            continue;
        // Equal times: the later record in the list (higher id) wins.
        if (!latest || r.at >= latest->at)
            latest = &r;
    }
    return latest && latest->granted;
}

QList<ConsentRecord> currentConsents(const QList<ConsentRecord> &history)
{
    QList<ConsentRecord> out;
    for (ConsentPurpose p : consentPurposes()) {
        for (ConsentChannel c : consentChannels()) {
            const ConsentRecord *latest = nullptr;
            for (const ConsentRecord &r : history) {
                if (r.purpose == p && r.channel == c && (!latest || r.at >= latest->at))
                    latest = &r;
            }
            if (latest)
                out.append(*latest);
        }
    }
    return out;
}

} // namespace parkett
