#pragma once

#include "storage/AccountStore.h"

#include <QObject>
#include <QString>

namespace charla {

/// The person's application preferences (the Settings dialog), kept in the profile's INI file.
///
/// One instance per running application, shared by whoever needs a preference; setters write at
/// once and emit changed() with the key, so open windows follow a change without a restart.
/// Per-account settings stay in AccountConfig; auto-away keeps its own keys (AutoAway::Settings).
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Palette { System, Light, Dark };
    Q_ENUM(Palette)
    enum class MessageLayout { Comfortable, Compact };
    Q_ENUM(MessageLayout)
    /// What a chat or room notifies about.
    enum class NotifyMode { All, MentionsOnly, Muted };
    Q_ENUM(NotifyMode)

    /// Settings in @p file (INI); an empty name uses the default QSettings (tests, first start).
    explicit AppSettings(const QString &file, QObject *parent = nullptr);

    QString file() const { return m_file; }

    // Appearance
    Palette palette() const;
    void setPalette(Palette p);
    /// Message font size in points; 0 follows the system font.
    int fontPointSize() const;
    void setFontPointSize(int points);
    MessageLayout messageLayout() const;
    void setMessageLayout(MessageLayout layout);

    // Windows
    /// Closing the main window keeps Charla in the tray (only when a tray exists).
    bool closeToTray() const;
    void setCloseToTray(bool on);

    // Notifications
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool on);
    /// Do not disturb: no notification pops up; unread counts still grow.
    bool doNotDisturb() const;
    void setDoNotDisturb(bool on);
    /// Show the message text in notifications (off: only "New message from Alice").
    bool notificationShowsText() const;
    void setNotificationShowsText(bool on);
    /// Per conversation (@p account, bare @p jid); rooms default to MentionsOnly, chats to All.
    NotifyMode notifyMode(const QString &account, const QString &jid, bool isRoom) const;
    void setNotifyMode(const QString &account, const QString &jid, NotifyMode mode);
    /// Whether a message in a conversation pops up a notification: notifications on, not do
    /// not disturb, and the conversation's mode (MentionsOnly: only when @p mentioned).
    /// Whether the person is looking at the conversation is the caller's to know.
    bool wantsNotification(const QString &account, const QString &jid, bool isRoom,
                           bool mentioned) const;
    /// The "Charla keeps running in the tray" notice was shown once (never again).
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    // Privacy (what Charla tells others)
    bool sendChatStates() const;      ///< XEP-0085 typing notifications; default on
    void setSendChatStates(bool on);
    bool sendDisplayedMarkers() const; ///< XEP-0333 read markers; default on
    void setSendDisplayedMarkers(bool on);
    bool sendIdleTime() const;        ///< XEP-0319 idle in presence; default on
    void setSendIdleTime(bool on);
    bool fetchLinkPreviews() const;   ///< never by default
    void setFetchLinkPreviews(bool on);

    // Connection
    /// The proxy a new account starts with (the account wizard fills it in); each account keeps
    /// its own afterwards. Direct by default.
    ProxySettings defaultProxy() const;
    void setDefaultProxy(const ProxySettings &proxy);

    // History
    /// Days local history is kept; 0 keeps it forever (the default).
    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);

    // Spell checking
    bool spellCheck() const;
    void setSpellCheck(bool on);
    /// Default dictionary ("es_ES"); empty follows the system language.
    QString spellLanguage() const;
    void setSpellLanguage(const QString &language);
    /// The dictionary chosen for one conversation; empty when it follows spellLanguage().
    QString conversationSpellLanguage(const QString &account, const QString &jid) const;
    void setConversationSpellLanguage(const QString &account, const QString &jid,
                                      const QString &language);

Q_SIGNALS:
    /// A preference changed; @p key is the INI key ("appearance/palette", "notify/<account>/<jid>").
    void changed(const QString &key);

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    void setValue(const QString &key, const QVariant &value);

    QString m_file;
};

} // namespace charla
