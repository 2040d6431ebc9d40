#pragma once

#include "stanza/Jid.h"
#include "storage/AccountStore.h"
#include "storage/Profile.h"
#include "stream/Error.h"

#include <QObject>
#include <QSslCertificate>

#include <functional>
#include <memory>

namespace charla {

class AccountDatabase;
class AdHocCommands;
class AvatarCache;
class AvatarFeature;
class BlockingFeature;
class BookmarksFeature;
class CarbonsFeature;
class DiscoClient;
class GatewayFeature;
class PubSubFeature;
class HistoryStore;
class MamFeature;
class MessageFeature;
class MucFeature;
class LastActivityFeature;
class VCardFeature;
class Client;
class PresenceFeature;
class RegistrationFeature;
class RosterCache;
class RosterFeature;
class UploadFeature;
class XmlLogModel;

/// One account as the application lives with it: its settings, its database, its Client with
/// the features, and a sentence about its state for the ui. The ui never talks to sockets.
class Account : public QObject
{
    Q_OBJECT
public:
    enum class State { Disabled, Offline, Connecting, Online, Error };
    Q_ENUM(State)

    Account(const Profile &profile, const AccountConfig &config, QObject *parent = nullptr);
    ~Account() override;

    Jid jid() const { return m_jid; }
    AccountConfig config() const { return m_config; }
    State state() const { return m_state; }
    /// What a person should read about the account right now ("alice@example.org: online",
    /// "Wrong password for alice@example.org.").
    QString stateText() const { return m_stateText; }
    Error lastError() const { return m_lastError; }

    Client *client() const { return m_client; }
    RosterFeature *roster() const { return m_roster; }
    PresenceFeature *presence() const { return m_presence; }
    /// Contact details (XEP-0054).
    VCardFeature *vcard() const { return m_vcard; }
    /// Avatars (XEP-0084, XEP-0153), cached in the profile.
    AvatarFeature *avatars() const { return m_avatars; }
    /// The server-side blocklist (XEP-0191).
    BlockingFeature *blocking() const { return m_blocking; }
    /// When offline contacts were last seen (XEP-0012).
    LastActivityFeature *lastActivity() const { return m_lastActivity; }
    /// Group chat (XEP-0045).
    MucFeature *muc() const { return m_muc; }
    /// The rooms the person keeps (XEP-0402 / XEP-0048), autojoined at login.
    BookmarksFeature *bookmarks() const { return m_bookmarks; }
    /// Password change and account removal on the server (XEP-0077).
    RegistrationFeature *registration() const { return m_registration; }
    /// The stream both ways since login, masked, capped (what the XML console shows first).
    XmlLogModel *xmlLog() const { return m_xmlLog; }
    /// Asking any entity what it is and offers (XEP-0030), cached for the session.
    DiscoClient *disco() const { return m_disco; }
    /// Listing and running other entities' commands (XEP-0050).
    AdHocCommands *commands() const { return m_commands; }
    /// Gateways to other networks (XEP-0100) and their contacts.
    GatewayFeature *gateways() const { return m_gateways; }
    /// Publish-subscribe nodes and the own PEP nodes (XEP-0060, XEP-0163).
    PubSubFeature *pubsub() const { return m_pubsub; }

    bool isEnabled() const { return m_config.enabled; }
    /// Enables (and connects) or disables (and disconnects) the account, remembered in the
    /// profile so it stays so after a restart.
    void setEnabled(bool enabled);
    /// Replaces the connection settings (host, port, resource, priority, proxy...) and saves
    /// them; the JID cannot change. A connected account reconnects to use them.
    void setConfig(const AccountConfig &config);

    /// The outcome of changePassword(): a sentence for the person either way.
    using PasswordChanged = std::function<void(bool ok, const QString &sentence)>;
    /// Changes the password on the server (XEP-0077 3.3), then in the keychain, so the next
    /// start logs in with the new one. @p done is not called after @p context is gone.
    void changePassword(const QString &newPassword, QObject *context, PasswordChanged done);
    /// One-to-one messages and their receipts, markers, states and edits.
    MessageFeature *messages() const { return m_messages; }
    /// The account's message history (in its database).
    HistoryStore *history() const { return m_history.get(); }
    /// A sentence for the person when the account's database was found damaged at start and
    /// replaced by a new one (AccountDatabase::recoveryNotice()); empty otherwise.
    QString storeNotice() const;
    /// Message carbons (XEP-0280).
    CarbonsFeature *carbons() const { return m_carbons; }
    /// The server's message archive (XEP-0313).
    MamFeature *mam() const { return m_mam; }
    /// HTTP File Upload (XEP-0363).
    UploadFeature *upload() const { return m_upload; }

    /// Reads the password from the keychain and connects (unless disabled).
    void connectToServer();
    /// Connects with a password the person typed (when no keychain is available).
    void connectWithPassword(const QString &password);
    void disconnectFromServer();

Q_SIGNALS:
    void stateChanged(charla::Account::State state);
    /// No password could be read from the keychain: the ui should ask (with @p reason).
    void passwordNeeded(const QString &reason);
    /// The server's certificate is not trusted; the ui may ask and call trustCertificate().
    void certificateQuestion(const QList<QSslCertificate> &chain, const QString &fingerprint);

public Q_SLOTS:
    /// Pins @p fingerprint for this account and reconnects.
    void trustCertificate(const QString &fingerprint);

private:
    void setState(State state, const QString &text);
    void save();
    void storeNewPassword(const QString &password, QObject *context, PasswordChanged done);
    void rememberMechanism(const QString &mechanism);

    Profile m_profile;
    AccountConfig m_config;
    Jid m_jid;
    std::unique_ptr<AccountDatabase> m_db;
    std::unique_ptr<RosterCache> m_rosterCache;
    std::unique_ptr<AvatarCache> m_avatarCache;
    std::unique_ptr<HistoryStore> m_history;
    Client *m_client = nullptr;
    RosterFeature *m_roster = nullptr;
    PresenceFeature *m_presence = nullptr;
    VCardFeature *m_vcard = nullptr;
    AvatarFeature *m_avatars = nullptr;
    BlockingFeature *m_blocking = nullptr;
    LastActivityFeature *m_lastActivity = nullptr;
    MucFeature *m_muc = nullptr;
    BookmarksFeature *m_bookmarks = nullptr;
    RegistrationFeature *m_registration = nullptr;
    DiscoClient *m_disco = nullptr;
    AdHocCommands *m_commands = nullptr;
    GatewayFeature *m_gateways = nullptr;
    PubSubFeature *m_pubsub = nullptr;
    XmlLogModel *m_xmlLog = nullptr;
    MessageFeature *m_messages = nullptr;
    UploadFeature *m_upload = nullptr;
    CarbonsFeature *m_carbons = nullptr;
    MamFeature *m_mam = nullptr;
    State m_state = State::Offline;
    QString m_stateText;
    Error m_lastError;
    QString m_password; ///< in memory only, for reconnections
};

} // namespace charla
