#include "account/Account.h"

#include "features/UploadFeature.h"
#include "features/AdHocCommands.h"
#include "features/AvatarFeature.h"
#include "features/BlockingFeature.h"
#include "features/BookmarksFeature.h"
#include "features/CarbonsFeature.h"
#include "features/CoreFeatures.h"
#include "features/DiscoClient.h"
#include "features/GatewayFeature.h"
#include "features/LastActivityFeature.h"
#include "features/MamFeature.h"
#include "features/MessageFeature.h"
#include "features/MucFeature.h"
#include "features/PresenceFeature.h"
#include "features/PubSubFeature.h"
#include "features/RegistrationFeature.h"
#include "features/RosterFeature.h"
#include "features/VCardFeature.h"
#include "sasl/SaslMechanism.h"
#include "storage/AccountDatabase.h"
#include "storage/AvatarCache.h"
#include "storage/HistoryStore.h"
#include "storage/PasswordStore.h"
#include "storage/RosterCache.h"
#include "models/XmlLogModel.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

namespace charla {

namespace {
Q_LOGGING_CATEGORY(lcAccount, "charla.account")
}

QString Account::storeNotice() const
{
    return m_db->recoveryNotice();
}

Account::Account(const Profile &profile, const AccountConfig &config, QObject *parent)
    : QObject(parent), m_profile(profile), m_config(config), m_jid(Jid::parse(config.jid).bare()),
      m_db(std::make_unique<AccountDatabase>()), m_client(new Client(this))
{
    QString error;
    if (m_db->open(profile, m_jid.full(), &error)) {
        m_rosterCache = std::make_unique<RosterCache>(m_db.get());
        if (!m_db->recoveryNotice().isEmpty())
            qCWarning(lcAccount) << "database of" << m_jid.full() << "was damaged and replaced";
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
    m_registration = new RegistrationFeature;
    m_history = std::make_unique<HistoryStore>(m_db.get());
    m_messages = new MessageFeature(m_history.get());
    m_messages->setAccountJid(m_jid);
    m_carbons = new CarbonsFeature(m_messages);
    m_mam = new MamFeature(m_messages, m_history.get());
    installCoreFeatures(*m_client);
    m_client->addFeature(m_roster);
    m_client->addFeature(m_vcard);
    // Before PresenceFeature: it reads XEP-0153 avatar hashes in presence that PresenceFeature
    // then consumes.
    m_client->addFeature(m_avatars);
    m_client->addFeature(m_blocking);
    m_client->addFeature(m_lastActivity);
    m_client->addFeature(m_registration);
    // Both only ask (their answers come through the IqTracker): their place in the order
    // does not matter.
    m_disco = new DiscoClient;
    m_client->addFeature(m_disco);
    m_commands = new AdHocCommands;
    m_client->addFeature(m_commands);
    // Before PresenceFeature: it lets in the contacts of registered gateways itself.
    m_gateways = new GatewayFeature(m_roster, m_presence, m_disco);
    m_client->addFeature(m_gateways);
    // Takes only events of nodes subscribed from the ui; PEP events stay with their features.
    m_pubsub = new PubSubFeature;
    m_client->addFeature(m_pubsub);
    // The XML console's log from login on, not only from when it is opened: the session masks
    // and serialises every element anyway; keeping the last ones is cheap (a ring of 2000).
    m_xmlLog = new XmlLogModel(this);
    m_xmlLog->setCapacity(2000);
    connect(m_client->session(), &Session::xmlTraffic, m_xmlLog,
            [this](bool incoming, const QByteArray &xml) { m_xmlLog->append(incoming, xml); });
    // Before carbons, archive and messages: the traffic of rooms we are in is MucFeature's
    // (it never unwraps a carbon, and takes only its own rooms' archive results), and
    // groupchat from rooms we are not in is dropped before anything could show it. Before
    // PresenceFeature: room presence is occupants, not contacts.
    m_muc = new MucFeature(m_history.get());
    m_client->addFeature(m_muc);
    // After MucFeature (it joins the autojoin rooms through it); before messages: XEP-0402
    // change notifications are PEP event messages.
    m_bookmarks = new BookmarksFeature(m_muc);
    m_bookmarks->setDefaultNick(m_jid.localpart());
    m_client->addFeature(m_bookmarks);
    // Carbons and archive results first: they check who sent the wrapper before the inner
    // message reaches MessageFeature, which never reads a wrapper as a message itself.
    m_client->addFeature(m_carbons);
    m_client->addFeature(m_mam);
    m_client->addFeature(m_messages);
    m_client->addFeature(m_presence);
    m_upload = new UploadFeature;
    m_client->addFeature(m_upload);
    // XEP-0045 7.7: rooms see our status change too (directed presence is not broadcast).
    connect(m_presence, &PresenceFeature::ownPresenceChanged, m_muc,
            &MucFeature::sendOwnPresenceToRooms);

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
    // The priority the person chose for this account goes with the first presence.
    m_presence->setPresence(m_presence->ownShow(), m_presence->ownStatus(), m_config.priority);
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

void Account::save()
{
    AccountStore store(m_profile);
    AccountConfig stored = store.find(m_jid.full());
    if (stored.jid.isEmpty())
        return; // not a stored account (tests, tools): nothing to remember
    store.save(m_config);
}

void Account::setEnabled(bool enabled)
{
    if (enabled == m_config.enabled)
        return;
    m_config.enabled = enabled;
    save();
    if (!enabled) {
        // Disabled means not used at all: logged out, and no reconnection attempts.
        m_client->disconnectFromServer();
        setState(State::Disabled, tr("%1: disabled").arg(m_jid.full()));
        return;
    }
    setState(State::Offline, tr("%1: offline").arg(m_jid.full()));
    connectToServer();
}

void Account::setConfig(const AccountConfig &config)
{
    AccountConfig next = config;
    next.jid = m_config.jid;
    // What the account learnt itself stays unless the settings change it on purpose.
    if (next.saslMechanism.isEmpty())
        next.saslMechanism = m_config.saslMechanism;
    const bool reconnect = m_client->isConnected() &&
                           (next.host != m_config.host || next.port != m_config.port ||
                            next.directTls != m_config.directTls || next.caFile != m_config.caFile ||
                            next.resource != m_config.resource || !(next.proxy == m_config.proxy));
    const bool enabledChanged = next.enabled != m_config.enabled;
    const bool enabled = next.enabled;
    next.enabled = m_config.enabled;
    m_config = next;
    save();
    if (m_presence->ownPriority() != m_config.priority)
        m_presence->setPresence(m_presence->ownShow(), m_presence->ownStatus(), m_config.priority);
    if (enabledChanged) {
        setEnabled(enabled);
    } else if (reconnect) {
        m_client->disconnectFromServer();
        connectToServer();
    }
}

void Account::changePassword(const QString &newPassword, QObject *context, PasswordChanged done)
{
    QPointer<QObject> guard(context);
    m_registration->changePassword(
        newPassword, this, [this, newPassword, guard, done](const RegistrationFeature::Result &r) {
            if (!guard)
                return;
            if (r.ok()) {
                storeNewPassword(newPassword, guard, done);
                return;
            }
            if (!r.form) {
                done(false, r.error.text);
                return;
            }
            // XEP-0077 3.3: the server wants a form, e.g. with the old password as well.
            DataForm form = *r.form;
            form.setValue(QStringLiteral("username"), m_jid.localpart());
            form.setValue(QStringLiteral("old_password"), m_password);
            form.setValue(QStringLiteral("password"), newPassword);
            if (!validate(form).isEmpty()) {
                done(false, tr("The server asks for more than a new password to change it. "
                               "Change it on the server's web page instead."));
                return;
            }
            m_registration->changePassword(
                form, this,
                [this, newPassword, guard, done](const RegistrationFeature::Result &again) {
                    if (!guard)
                        return;
                    if (again.ok())
                        storeNewPassword(newPassword, guard, done);
                    else
                        done(false, again.error.text);
                });
        });
}

void Account::storeNewPassword(const QString &password, QObject *context, PasswordChanged done)
{
    // The server has the new password now: reconnections use it, and so must the next start.
    m_password = password;
    QPointer<QObject> guard(context);
    auto *passwords = new PasswordStore(m_profile, this);
    passwords->write(m_jid.full(), password, [this, passwords, guard, done](
                                                 const PasswordStore::Result &r) {
        passwords->deleteLater();
        if (!guard)
            return;
        if (r.ok)
            done(true, tr("The password of %1 is changed.").arg(m_jid.full()));
        else
            done(true, tr("The password of %1 is changed on the server. %2")
                           .arg(m_jid.full(), r.error));
    });
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
