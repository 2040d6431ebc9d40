#include "storage/Profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace charla {

Profile::Profile()
    : m_config(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)),
      m_data(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
      m_cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
{
}

Profile::Profile(const QString &dir)
    : m_root(QFileInfo(dir).absoluteFilePath()), m_custom(true)
{
    m_config = m_root + QStringLiteral("/config");
    m_data = m_root + QStringLiteral("/data");
    m_cache = m_root + QStringLiteral("/cache");
}

QString Profile::settingsFile() const
{
    return m_config + QStringLiteral("/charla.ini");
}

QString Profile::keychainService() const
{
    if (!m_custom)
        return QStringLiteral("Charla");
    // The canonical path identifies the profile; a hash keeps the service name short and stable.
    const QString canonical = QFileInfo(m_root).canonicalFilePath().isEmpty()
                                  ? m_root
                                  : QFileInfo(m_root).canonicalFilePath();
    const QByteArray digest =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("Charla profile ") + QString::fromLatin1(digest);
}

bool Profile::ensureExists(QString *error) const
{
    for (const QString &d : {m_config, m_data, m_cache}) {
        if (!QDir().mkpath(d)) {
            if (error)
                *error = QCoreApplication::translate("charla::Profile",
                                                     "Cannot create the folder %1. Check that it "
                                                     "is writable, or choose another profile.")
                             .arg(QDir::toNativeSeparators(d));
            return false;
        }
    }
    return true;
}

} // namespace charla
