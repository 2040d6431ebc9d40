#pragma once

#include <QString>

namespace charla {

/// Where one person's settings, caches, history and keychain entries live.
///
/// With an explicit directory (`--profile DIR`) everything is kept under it and keychain entries
/// are scoped to it, so tests, the demo and portable installs never touch the real profile.
/// Without one, the standard application locations (QStandardPaths) are used.
class Profile
{
public:
    /// The standard, per-user profile.
    Profile();
    /// A profile rooted at @p dir (created if missing).
    explicit Profile(const QString &dir);

    bool isCustom() const { return m_custom; }
    /// Root directory of a custom profile; empty for the standard one.
    QString rootDir() const { return m_root; }
    /// Directory for settings files (QSettings in INI format).
    QString configDir() const { return m_config; }
    /// Directory for persistent data: history databases, roster caches.
    QString dataDir() const { return m_data; }
    /// Directory for disposable caches: avatars, downloaded previews.
    QString cacheDir() const { return m_cache; }
    /// Path of the main settings file.
    QString settingsFile() const;
    /// The keychain service name; distinct per custom profile so entries never mix.
    QString keychainService() const;
    /// Makes sure every directory exists; false (with @p error set) if one cannot be created.
    bool ensureExists(QString *error = nullptr) const;

private:
    QString m_root;
    QString m_config;
    QString m_data;
    QString m_cache;
    bool m_custom = false;
};

} // namespace charla
