#include "storage/AppSettings.h"

#include <QSettings>

namespace charla {

namespace {
const auto kPalette = QStringLiteral("appearance/palette");
const auto kFontSize = QStringLiteral("appearance/fontPointSize");
const auto kLayout = QStringLiteral("appearance/messageLayout");
const auto kCloseToTray = QStringLiteral("window/closeToTray");
const auto kNotifications = QStringLiteral("notifications/enabled");
const auto kDnd = QStringLiteral("notifications/doNotDisturb");
const auto kShowText = QStringLiteral("notifications/showText");
const auto kChatStates = QStringLiteral("privacy/sendChatStates");
const auto kMarkers = QStringLiteral("privacy/sendDisplayedMarkers");
const auto kIdle = QStringLiteral("privacy/sendIdleTime");
const auto kPreviews = QStringLiteral("privacy/fetchLinkPreviews");
const auto kRetention = QStringLiteral("history/retentionDays");
const auto kSpell = QStringLiteral("spelling/enabled");
const auto kSpellLanguage = QStringLiteral("spelling/language");
const auto kTrayHint = QStringLiteral("window/trayHintShown");
const auto kDefaultProxy = QStringLiteral("connection/defaultProxy");

QString conversationKey(const QString &group, const QString &account, const QString &jid)
{
    // QSettings treats '/' as a group separator; JIDs may hold one (full JIDs, node names).
    QString k = account + QLatin1Char('|') + jid.toLower();
    k.replace(QLatin1Char('/'), QLatin1Char('|'));
    return group + k;
}

QString notifyKey(const QString &account, const QString &jid)
{
    return conversationKey(QStringLiteral("notify/"), account, jid);
}

template <typename E> E enumValue(const QVariant &v, E fallback, int last)
{
    bool ok = false;
    const int i = v.toInt(&ok);
    return ok && i >= 0 && i <= last ? static_cast<E>(i) : fallback;
}
} // namespace

AppSettings::AppSettings(const QString &file, QObject *parent) : QObject(parent), m_file(file) {}

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    if (m_file.isEmpty())
        return QSettings().value(key, fallback);
    return QSettings(m_file, QSettings::IniFormat).value(key, fallback);
}

void AppSettings::setValue(const QString &key, const QVariant &v)
{
    if (value(key, QVariant()) == v)
        return;
    if (m_file.isEmpty())
        QSettings().setValue(key, v);
    else
        QSettings(m_file, QSettings::IniFormat).setValue(key, v);
    Q_EMIT changed(key);
}

AppSettings::Palette AppSettings::palette() const
{
    return enumValue(value(kPalette, 0), Palette::System, int(Palette::Dark));
}
void AppSettings::setPalette(Palette p) { setValue(kPalette, int(p)); }

int AppSettings::fontPointSize() const { return qBound(0, value(kFontSize, 0).toInt(), 72); }
void AppSettings::setFontPointSize(int points) { setValue(kFontSize, qBound(0, points, 72)); }

AppSettings::MessageLayout AppSettings::messageLayout() const
{
    return enumValue(value(kLayout, 0), MessageLayout::Comfortable, int(MessageLayout::Compact));
}
void AppSettings::setMessageLayout(MessageLayout layout) { setValue(kLayout, int(layout)); }

bool AppSettings::closeToTray() const { return value(kCloseToTray, true).toBool(); }
void AppSettings::setCloseToTray(bool on) { setValue(kCloseToTray, on); }

bool AppSettings::notificationsEnabled() const { return value(kNotifications, true).toBool(); }
void AppSettings::setNotificationsEnabled(bool on) { setValue(kNotifications, on); }
bool AppSettings::doNotDisturb() const { return value(kDnd, false).toBool(); }
void AppSettings::setDoNotDisturb(bool on) { setValue(kDnd, on); }
bool AppSettings::notificationShowsText() const { return value(kShowText, true).toBool(); }
void AppSettings::setNotificationShowsText(bool on) { setValue(kShowText, on); }

AppSettings::NotifyMode AppSettings::notifyMode(const QString &account, const QString &jid,
                                                bool isRoom) const
{
    const NotifyMode fallback = isRoom ? NotifyMode::MentionsOnly : NotifyMode::All;
    return enumValue(value(notifyKey(account, jid), int(fallback)), fallback,
                     int(NotifyMode::Muted));
}
void AppSettings::setNotifyMode(const QString &account, const QString &jid, NotifyMode mode)
{
    setValue(notifyKey(account, jid), int(mode));
}

bool AppSettings::wantsNotification(const QString &account, const QString &jid, bool isRoom,
                                    bool mentioned) const
{
    if (!notificationsEnabled() || doNotDisturb())
        return false;
    switch (notifyMode(account, jid, isRoom)) {
    case NotifyMode::All:
        return true;
    case NotifyMode::MentionsOnly:
        return mentioned;
    case NotifyMode::Muted:
        break;
    }
    return false;
}

bool AppSettings::trayHintShown() const { return value(kTrayHint, false).toBool(); }
void AppSettings::setTrayHintShown(bool shown) { setValue(kTrayHint, shown); }

bool AppSettings::sendChatStates() const { return value(kChatStates, true).toBool(); }
void AppSettings::setSendChatStates(bool on) { setValue(kChatStates, on); }
bool AppSettings::sendDisplayedMarkers() const { return value(kMarkers, true).toBool(); }
void AppSettings::setSendDisplayedMarkers(bool on) { setValue(kMarkers, on); }
bool AppSettings::sendIdleTime() const { return value(kIdle, true).toBool(); }
void AppSettings::setSendIdleTime(bool on) { setValue(kIdle, on); }
bool AppSettings::fetchLinkPreviews() const { return value(kPreviews, false).toBool(); }
void AppSettings::setFetchLinkPreviews(bool on) { setValue(kPreviews, on); }

int AppSettings::historyRetentionDays() const { return qMax(0, value(kRetention, 0).toInt()); }
void AppSettings::setHistoryRetentionDays(int days) { setValue(kRetention, qMax(0, days)); }

bool AppSettings::spellCheck() const { return value(kSpell, true).toBool(); }
void AppSettings::setSpellCheck(bool on) { setValue(kSpell, on); }
ProxySettings AppSettings::defaultProxy() const
{
    // Kept as ProxySettings::toUrl() ("none", "system", "socks5://user@host:port"); anything
    // unreadable (edited by hand) is a direct connection.
    QString error;
    const auto proxy =
        ProxySettings::fromUrl(value(kDefaultProxy, QStringLiteral("none")).toString(), &error);
    return proxy.value_or(ProxySettings());
}

void AppSettings::setDefaultProxy(const ProxySettings &proxy)
{
    setValue(kDefaultProxy, proxy.toUrl());
}

QString AppSettings::spellLanguage() const { return value(kSpellLanguage, QString()).toString(); }
void AppSettings::setSpellLanguage(const QString &language) { setValue(kSpellLanguage, language); }

QString AppSettings::conversationSpellLanguage(const QString &account, const QString &jid) const
{
    return value(conversationKey(QStringLiteral("spelling/chat/"), account, jid), QString())
        .toString();
}
void AppSettings::setConversationSpellLanguage(const QString &account, const QString &jid,
                                               const QString &language)
{
    setValue(conversationKey(QStringLiteral("spelling/chat/"), account, jid), language);
}

} // namespace charla
