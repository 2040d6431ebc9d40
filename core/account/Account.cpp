#include "account/Account.h"

#include "features/AvatarFeature.h"
#include "features/BlockingFeature.h"
#include "features/CoreFeatures.h"
#include "features/LastActivityFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "features/VCardFeature.h"
#include "sasl/SaslMechanism.h"
#include "storage/AccountDatabase.h"
#include "storage/AvatarCache.h"
#include "storage/PasswordStore.h"
#include "storage/RosterCache.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace charla {

namespace {
Q_LOGGING_CATEGORY(lcAccount, "charla.account")
}

Account::Account(const Profile &profile, const AccountConfig &config, QObject *parent)
    : QObject(parent), m_profile(profile), m_config(config), m_jid(Jid::parse(config.jid).bare()),
      m_db(std::make_unique<AccountDatabase>()), m_client(new Client(this))
{
    QString error;
    if (m_db->open(profile, m_jid.full(), &error)) {
        m_rosterCache = std::make_unique<RosterCache>(m_db.get());
    } else {
        // Without its database the account still works, without a cache.
        qCWarning(lcAccount) << "no database for" << m_jid.full() << error;
    }
    m_roster = new RosterFeature(m_rosterCache.get());
    m_presence = new PresenceFeature;
    // Images are files in the profile's cache; which contact shows which is in the database
    // (in memory only when the database could not be opened).
    m_avatarCache = std::make_unique<AvatarCache>(profile, m_db->isOpen() ? m_db.get() : nullptr);
    m_vcard = new VCardFeature;
    m_avatars = new AvatarFeature(m_avatarCache.get());
    m_blocking = new BlockingFeature;
    m_lastActivity = new LastActivityFeature;
    installCoreFeatures(*m_client);
    m_client->addFeature(m_roster);
    m_client->addFeature(m_vcard);
    // Before PresenceFeature: it reads XEP-0153 avatar hashes in presence that PresenceFeature
    // then consumes.
    m_client->addFeature(m_avatars);
    m_client->addFeature(m_blocking);
    m_client->addFeature(m_lastActivity);
    m_client->addFeature(m_presence);

    connect(m_client, &Client::connected, this, [this](bool) {
        setState(State::Online, tr("%1: online").arg(m_jid.full()));
    });
    connect(m_client, &Client::errorOccurred, this, [this](const Error &e) {
        m_lastError = e;
        setState(State::Error, e.text);
    });
    connect(m_client, &Client::reconnecting, this, [this](int ms) {
        setState(State::Connecting,
                 tr("%1: connection lost, trying again in %n second(s)…", "", (ms + 999) / 1000)
                     .arg(m_jid.full()));
    });
    connect(m_client->session(), &Session::authenticated, this, &Account::rememberMechanism);
    connect(m_client->session(), &Session::certificateUntrusted, this,
            &Account::certificateQuestion);
    if (m_config.enabled)
        setState(State::Offline, tr("%1: offline").arg(m_jid.full()));
    else
        setState(State::Disabled, tr("%1: disabled").arg(m_jid.full()));
}

Account::~Account()
{
    // Closing Charla logs out properly (</stream:stream>): the server tells contacts at once
    // instead of keeping a hibernating XEP-0198 session that looks online for minutes.
    m_client->disconnectFromServer();
}

void Account::setState(State state, const QString &text)
{
    const bool changed = state != m_state || text != m_stateText;
    m_state = state;
    m_stateText = text;
    if (changed)
        Q_EMIT stateChanged(state);
}

void Account::connectToServer()
{
    if (!m_config.enabled)
        return;
    if (!m_password.isEmpty()) {
        connectWithPassword(m_password);
        return;
    }
    setState(State::Connecting, tr("%1: connecting…").arg(m_jid.full()));
    auto *passwords = new PasswordStore(m_profile, this);
    passwords->read(m_jid.full(), [this, passwords](const PasswordStore::Result &r) {
        passwords->deleteLater();
        if (!r.ok) {
            setState(State::Error, r.error);
            Q_EMIT passwordNeeded(r.error);
            return;
        }
        connectWithPassword(r.password);
    });
}

void Account::connectWithPassword(const QString &password)
{
    m_password = password;
    SessionConfig config;
    QString error;
    if (!SessionConfig::fromAccount(m_config, password, &config, &error)) {
        setState(State::Error, error);
        return;
    }
    setState(State::Connecting, tr("%1: connecting…").arg(m_jid.full()));
    m_client->connectToServer(config);
}

void Account::disconnectFromServer()
{
    m_client->disconnectFromServer();
    setState(m_config.enabled ? State::Offline : State::Disabled,
             m_config.enabled ? tr("%1: offline").arg(m_jid.full())
                              : tr("%1: disabled").arg(m_jid.full()));
}

void Account::trustCertificate(const QString &fingerprint)
{
    m_config.pinnedCertificate = fingerprint.toLower();
    AccountStore store(m_profile);
    AccountConfig stored = store.find(m_jid.full());
    if (!stored.jid.isEmpty()) {
        stored.pinnedCertificate = m_config.pinnedCertificate;
        store.save(stored);
    }
    connectToServer();
}

void Account::rememberMechanism(const QString &mechanism)
{
    // The strongest mechanism that worked: a later, weaker offer is refused as a possible
    // downgrade attack (Session::minimumMechanism).
    if (SaslMechanism::strength(mechanism) <= SaslMechanism::strength(m_config.saslMechanism))
        return;
    m_config.saslMechanism = mechanism;
    AccountStore store(m_profile);
    AccountConfig stored = store.find(m_jid.full());
    if (!stored.jid.isEmpty()) {
        stored.saslMechanism = mechanism;
        store.save(stored);
    }
}

} // namespace charla
