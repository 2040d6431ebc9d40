#include "storage/AvatarCache.h"

#include "storage/AccountDatabase.h"
#include "storage/Profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>

namespace charla {

namespace {
Q_LOGGING_CATEGORY(lcAvatarCache, "charla.storage.avatars")
}

AvatarCache::AvatarCache(const Profile &profile, AccountDatabase *db)
    : AvatarCache(profile.cacheDir() + QStringLiteral("/avatars"), db)
{}

AvatarCache::AvatarCache(const QString &dir, AccountDatabase *db) : m_dir(dir), m_db(db)
{
    load();
}

QString AvatarCache::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

bool AvatarCache::isValidHash(const QString &hash)
{
    if (hash.size() != 40)
        return false;
    for (const QChar c : hash) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                         (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                         (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return false;
    }
    return true;
}

QString AvatarCache::filePath(const QString &hash) const
{
    // Only 40 hex digits ever become a file name: no separators, dots or other surprises.
    if (!isValidHash(hash))
        return QString();
    return m_dir + QLatin1Char('/') + hash.toLower();
}

bool AvatarCache::has(const QString &hash) const
{
    const QString path = filePath(hash);
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0 && info.size() <= m_maxBytes;
}

QByteArray AvatarCache::data(const QString &hash) const
{
    if (!has(hash))
        return QByteArray();
    const QString path = filePath(hash);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    const QByteArray bytes = f.read(m_maxBytes + 1);
    f.close();
    if (bytes.size() > m_maxBytes || hashOf(bytes) != hash.toLower()) {
        // A damaged or replaced file: drop it so the avatar is fetched (and verified) again.
        qCWarning(lcAvatarCache) << "removing damaged avatar" << hash;
        QFile::remove(path);
        return QByteArray();
    }
    return bytes;
}

bool AvatarCache::store(const QString &hash, const QByteArray &bytes)
{
    const QString path = filePath(hash);
    if (path.isEmpty() || bytes.isEmpty() || bytes.size() > m_maxBytes ||
        hashOf(bytes) != hash.toLower())
        return false;
    if (!QDir().mkpath(m_dir))
        return false;
    // QSaveFile: a crash mid-write never leaves a truncated file under a valid name.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        qCWarning(lcAvatarCache) << "cannot write" << path << f.errorString();
        return false;
    }
    return true;
}

void AvatarCache::load()
{
    if (!m_db || !m_db->isOpen())
        return;
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT jid, hash FROM avatars")))
        return;
    while (q.next()) {
        const Jid jid = Jid::parse(q.value(0).toString());
        const QString hash = q.value(1).toString();
        if (jid.isValid() && isValidHash(hash))
            m_current.insert(jid.bare(), hash.toLower());
    }
}

bool AvatarCache::setHashFor(const Jid &jid, const QString &hash)
{
    const Jid bare = jid.bare();
    if (!bare.isValid() || (!hash.isEmpty() && !isValidHash(hash)))
        return false;
    const QString lower = hash.toLower();
    if (lower.isEmpty())
        m_current.remove(bare);
    else
        m_current.insert(bare, lower);
    if (!m_db || !m_db->isOpen())
        return true;
    QSqlQuery q(m_db->db());
    if (lower.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM avatars WHERE jid = ?"));
        q.addBindValue(bare.full());
    } else {
        q.prepare(QStringLiteral("INSERT INTO avatars (jid, hash) VALUES (?, ?) "
                                 "ON CONFLICT(jid) DO UPDATE SET hash = excluded.hash"));
        q.addBindValue(bare.full());
        q.addBindValue(lower);
    }
    return q.exec();
}

} // namespace charla
