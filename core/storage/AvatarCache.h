#pragma once

#include "stanza/Jid.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace charla {

class AccountDatabase;
class Profile;

/// Avatar images kept on disk by content, and which avatar each contact currently shows.
///
/// Images are files named by the lower-case hex SHA-1 of their bytes in `<cacheDir>/avatars/`:
/// the name is always computed here from the bytes (store() refuses bytes whose hash is not the
/// one given), never taken from the network, so a hostile name cannot reach the file system,
/// and two contacts with the same picture share one file. Images are plain bytes here: core has
/// no Gui; the ui decodes them.
///
/// The mapping bare JID -> hash lives in the account database (table `avatars`), so a contact's
/// avatar shows at start and is downloaded once; without a database it is kept in memory only.
class AvatarCache
{
public:
    /// Images larger than this are refused (XEP-0084 and XEP-0153 avatars are small pictures).
    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;

    /// Images in @p profile's cacheDir()/avatars, mapping in @p db (may be null).
    AvatarCache(const Profile &profile, AccountDatabase *db);
    /// Images in @p dir, mapping in @p db (may be null).
    AvatarCache(const QString &dir, AccountDatabase *db);
    AvatarCache(const AvatarCache &) = delete;
    AvatarCache &operator=(const AvatarCache &) = delete;

    QString dir() const { return m_dir; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    /// Lower-case hex SHA-1 of @p bytes: the avatar id of XEP-0084 and XEP-0153.
    static QString hashOf(const QByteArray &bytes);
    /// True for 40 hex digits (either case); anything else never names a file.
    static bool isValidHash(const QString &hash);

    // --- Images ---------------------------------------------------------------------------------
    /// An image with @p hash is on disk (cheap: the name and size are checked, not the bytes).
    bool has(const QString &hash) const;
    /// The image with @p hash; empty when there is none, or when the file no longer hashes to
    /// its name (a damaged file is removed).
    QByteArray data(const QString &hash) const;
    /// Writes @p bytes as the image @p hash. False (nothing written) when @p bytes is empty,
    /// larger than maxBytes(), or does not hash to @p hash, or the file cannot be written.
    bool store(const QString &hash, const QByteArray &bytes);
    /// The file of the image @p hash (for the ui to load); empty for an invalid hash.
    QString filePath(const QString &hash) const;

    // --- Which avatar each contact shows --------------------------------------------------------
    /// The hash of @p jid's current avatar (by bare JID); empty when it has none or is unknown.
    QString hashFor(const Jid &jid) const { return m_current.value(jid.bare()); }
    /// Records @p jid's current avatar; an empty @p hash forgets it. False if it cannot be saved.
    bool setHashFor(const Jid &jid, const QString &hash);
    /// Every known contact avatar.
    QHash<Jid, QString> hashes() const { return m_current; }

private:
    void load();

    QString m_dir;
    AccountDatabase *m_db = nullptr;
    qint64 m_maxBytes = DefaultMaxBytes;
    QHash<Jid, QString> m_current;
};

} // namespace charla
