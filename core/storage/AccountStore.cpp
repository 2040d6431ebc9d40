#include "storage/AccountStore.h"

#include <QSettings>

namespace charla {

namespace {
const auto kAccounts = QStringLiteral("accounts");

void write(QSettings &s, const AccountConfig &a)
{
    s.setValue(QStringLiteral("jid"), a.jid);
    s.setValue(QStringLiteral("host"), a.host);
    s.setValue(QStringLiteral("port"), a.port);
    s.setValue(QStringLiteral("directTls"), a.directTls);
    s.setValue(QStringLiteral("caFile"), a.caFile);
    s.setValue(QStringLiteral("resource"), a.resource);
    s.setValue(QStringLiteral("enabled"), a.enabled);
    s.setValue(QStringLiteral("pinnedCertificate"), a.pinnedCertificate);
    s.setValue(QStringLiteral("saslMechanism"), a.saslMechanism);
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
    a.enabled = s.value(QStringLiteral("enabled"), true).toBool();
    a.pinnedCertificate = s.value(QStringLiteral("pinnedCertificate")).toString();
    a.saslMechanism = s.value(QStringLiteral("saslMechanism")).toString();
    return a;
}
} // namespace

bool AccountConfig::operator==(const AccountConfig &o) const
{
    return jid == o.jid && host == o.host && port == o.port && directTls == o.directTls &&
           caFile == o.caFile && resource == o.resource && enabled == o.enabled &&
           pinnedCertificate == o.pinnedCertificate && saslMechanism == o.saslMechanism;
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
