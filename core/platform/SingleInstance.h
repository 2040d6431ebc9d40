#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace charla {

class Profile;

/// One running Charla per user and profile. The first instance listens on a local socket named
/// after the user and the profile; a later launch hands it its arguments (xmpp: links) and
/// exits, and the first raises its window and acts on them.
///
/// Only the same user can connect (QLocalServer::UserAccessOption); a hand-over is one small
/// framed message answered by an acknowledgement, so a second launch exits 0 only once the
/// running instance has the arguments.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    /// The socket name for @p profile and the current user ("charla-<user>-<hash>").
    static QString serverName(const Profile &profile);

    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    QString name() const { return m_name; }

    /// Gives @p arguments to the running instance; true once it acknowledged them. False when
    /// none is running (or it does not answer within @p timeoutMs).
    bool handOver(const QStringList &arguments, int timeoutMs = 3000);
    /// Becomes the running instance. A socket left by a crashed instance (nobody answers on
    /// it) is removed first. False with @p error when another instance took the name.
    bool listen(QString *error = nullptr);
    bool isListening() const;

    /// Largest hand-over accepted, in bytes (a few links, not a document).
    static constexpr int MaxMessageBytes = 64 * 1024;

Q_SIGNALS:
    /// A later launch handed over @p arguments (possibly none: just "show yourself").
    void argumentsReceived(const QStringList &arguments);

private:
    void accept();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace charla
