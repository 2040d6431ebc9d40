#include "storage/AccountStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <iterator>

namespace charla {

namespace {
const auto kAccounts = QStringLiteral("accounts");

// The context lupdate gives the tr() calls in ProxySettings' members.
QString tr(const char *text)
{
    return QCoreApplication::translate("charla::ProxySettings", text);
}

// The stored names of ProxySettings::Type: words, so the INI file reads well and survives a
// reordering of the enum.
const char *const kProxyTypes[] = {"none", "system", "socks5", "http"};

QString proxyTypeName(ProxySettings::Type type)
{
    return QLatin1String(kProxyTypes[type]);
}

ProxySettings::Type proxyTypeFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kProxyTypes)); ++i)
        if (name == QLatin1String(kProxyTypes[i]))
            return ProxySettings::Type(i);
    return ProxySettings::None; // unknown or absent: connect directly, as by default
}

void write(QSettings &s, const AccountConfig &a)
{
    s.setValue(QStringLiteral("jid"), a.jid);
    s.setValue(QStringLiteral("host"), a.host);
    s.setValue(QStringLiteral("port"), a.port);
    s.setValue(QStringLiteral("directTls"), a.directTls);
    s.setValue(QStringLiteral("caFile"), a.caFile);
    s.setValue(QStringLiteral("resource"), a.resource);
    s.setValue(QStringLiteral("priority"), a.priority);
    s.setValue(QStringLiteral("enabled"), a.enabled);
    s.setValue(QStringLiteral("pinnedCertificate"), a.pinnedCertificate);
    s.setValue(QStringLiteral("saslMechanism"), a.saslMechanism);
    // No proxy password: it is a secret and never goes into the settings file.
    s.setValue(QStringLiteral("proxyType"), proxyTypeName(a.proxy.type));
    s.setValue(QStringLiteral("proxyHost"), a.proxy.host);
    s.setValue(QStringLiteral("proxyPort"), a.proxy.port);
    s.setValue(QStringLiteral("proxyUser"), a.proxy.user);
}

AccountConfig read(const QSettings &s)
{
    AccountConfig a;
    a.jid = s.value(QStringLiteral("jid")).toString();
    a.host = s.value(QStringLiteral("host")).toString();
    a.port = quint16(s.value(QStringLiteral("port"), 0).toUInt());
    a.directTls = s.value(QStringLiteral("directTls"), false).toBool();
    a.caFile = s.value(QStringLiteral("caFile")).toString();
    a.resource = s.value(QStringLiteral("resource")).toString();
    a.priority = std::clamp(s.value(QStringLiteral("priority"), 0).toInt(), -128, 127);
    a.enabled = s.value(QStringLiteral("enabled"), true).toBool();
    a.pinnedCertificate = s.value(QStringLiteral("pinnedCertificate")).toString();
    a.saslMechanism = s.value(QStringLiteral("saslMechanism")).toString();
    a.proxy.type = proxyTypeFromName(s.value(QStringLiteral("proxyType")).toString());
    a.proxy.host = s.value(QStringLiteral("proxyHost")).toString();
    a.proxy.port = quint16(s.value(QStringLiteral("proxyPort"), 0).toUInt());
    a.proxy.user = s.value(QStringLiteral("proxyUser")).toString();
    return a;
}
} // namespace

bool AccountConfig::operator==(const AccountConfig &o) const
{
    return jid == o.jid && host == o.host && port == o.port && directTls == o.directTls &&
           caFile == o.caFile && resource == o.resource && priority == o.priority &&
           enabled == o.enabled &&
           pinnedCertificate == o.pinnedCertificate && saslMechanism == o.saslMechanism &&
           proxy == o.proxy;
}

std::optional<ProxySettings> ProxySettings::fromUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("none"))
        return ProxySettings{};
    if (trimmed == QLatin1String("system")) {
        ProxySettings p;
        p.type = System;
        return p;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    ProxySettings p;
    if (scheme == QLatin1String("socks5"))
        p.type = Socks5;
    else if (scheme == QLatin1String("http"))
        p.type = Http;
    if (!url.isValid() || p.type == None || url.host().isEmpty() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() ||
        url.hasFragment()) {
        *error = tr("%1 is not a proxy: use socks5://HOST:PORT, http://HOST:PORT, system or none.")
                     .arg(text);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        // A password on a command line or in a settings file can be read by others.
        *error = tr("Charla does not take proxy passwords: remove the password from %1.")
                     .arg(url.toString(QUrl::RemovePassword));
        return std::nullopt;
    }
    if (url.port() == 0) {
        *error = tr("The proxy port must be a number from 1 to 65535.");
        return std::nullopt;
    }
    p.host = url.host();
    p.port = url.port() > 0 ? quint16(url.port()) : quint16(0);
    p.user = url.userName();
    return p;
}

QString ProxySettings::toUrl() const
{
    if (type == None || type == System)
        return proxyTypeName(type);
    QUrl url;
    url.setScheme(proxyTypeName(type));
    url.setHost(host);
    url.setUserName(user);
    if (port)
        url.setPort(port);
    return url.toString();
}

quint16 ProxySettings::effectivePort() const
{
    if (port)
        return port;
    return type == Socks5 ? quint16(1080) : quint16(8080);
}

AccountStore::AccountStore(const Profile &profile) : m_file(profile.settingsFile()) {}

void AccountStore::writeAll(const QList<AccountConfig> &all)
{
    QSettings s(m_file, QSettings::IniFormat);
    s.remove(kAccounts);
    s.beginWriteArray(kAccounts, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        s.setArrayIndex(i);
        write(s, all.at(i));
    }
    s.endArray();
}

QList<AccountConfig> AccountStore::accounts() const
{
    QSettings s(m_file, QSettings::IniFormat);
    QList<AccountConfig> result;
    const int n = s.beginReadArray(kAccounts);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        AccountConfig a = read(s);
        if (!a.jid.isEmpty())
            result.append(a);
    }
    s.endArray();
    return result;
}

void AccountStore::save(const AccountConfig &account)
{
    QList<AccountConfig> all = accounts();
    bool replaced = false;
    for (AccountConfig &a : all) {
        if (a.jid == account.jid) {
            a = account;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(account);
    writeAll(all);
}

bool AccountStore::remove(const QString &jid)
{
    QList<AccountConfig> all = accounts();
    const auto before = all.size();
    all.removeIf([&](const AccountConfig &a) { return a.jid == jid; });
    if (all.size() == before)
        return false;
    writeAll(all);
    return true;
}

AccountConfig AccountStore::find(const QString &jid) const
{
    const QList<AccountConfig> all = accounts();
    for (const AccountConfig &a : all) {
        if (a.jid == jid)
            return a;
    }
    return {};
}

} // namespace charla
