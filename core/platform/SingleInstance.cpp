#include "platform/SingleInstance.h"

#include "storage/Profile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcInstance, "charla.instance")

namespace charla {

namespace {

// The frame: a magic line (so a stray client is told apart), then a QDataStream'd QStringList,
// the whole prefixed by its size. The answer is one byte.
const QByteArray kMagic = QByteArrayLiteral("charla-handover-1\n");
const char kAck = 'K';

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::homePath();
    return user;
}

} // namespace

QString SingleInstance::serverName(const Profile &profile)
{
    // The profile's directory, absolute and canonical when it exists, so "--profile p" and
    // "--profile ./p" meet; the standard profile is its config directory.
    QString where = profile.isCustom() ? profile.rootDir() : profile.configDir();
    const QFileInfo info(where);
    where = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QString user = userName();
    const QByteArray hash = QCryptographicHash::hash((user + QLatin1Char('\n') + where).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    // Short: a Unix socket path is limited to about 100 bytes. The user part only helps a
    // person reading /tmp; the hash already includes it.
    QString shortUser;
    for (const QChar c : user.left(16)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            shortUser += c;
    }
    return QStringLiteral("charla-") + shortUser + QLatin1Char('-') + QString::fromLatin1(hash);
}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent), m_name(serverName)
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << arguments;
    }
    const QByteArray payload = kMagic + body;
    QByteArray frame;
    {
        QDataStream out(&frame, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << quint32(payload.size());
    }
    frame += payload;
    socket.write(frame);
    socket.flush();
    if (socket.bytesToWrite() > 0 && !socket.waitForBytesWritten(timeoutMs))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (socket.bytesAvailable() < 1) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || !socket.waitForReadyRead(left))
            return false;
    }
    char answer = 0;
    socket.getChar(&answer);
    return answer == kAck;
}

bool SingleInstance::listen(QString *error)
{
    if (m_server)
        return true;
    // Qt binds a socket with access options in a private directory and renames it into place,
    // which replaces whatever is there: so ask first. Someone answering is a running instance;
    // a name nobody answers on is what a crash left behind, and is removed.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500)) {
        probe.abort();
        if (error)
            *error = tr("Charla is already running with this profile.");
        return false;
    }
    if (QLocalServer::removeServer(m_name))
        qCInfo(lcInstance) << "no answer on" << m_name << "(left by a crash?): taking it over";
    auto *server = new QLocalServer(this);
    // Only this user may hand arguments over.
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        if (error)
            *error = server->errorString();
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QPointer<QLocalSocket> guard(socket);
        const auto read = [this, guard] {
            QLocalSocket *s = guard.data();
            if (!s || s->property("done").toBool())
                return;
            if (s->bytesAvailable() < 4)
                return;
            QDataStream head(s->peek(4));
            quint32 size = 0;
            head >> size;
            if (size > quint32(MaxMessageBytes) || size < quint32(kMagic.size())) {
                qCWarning(lcInstance) << "refusing a hand-over of" << size << "bytes";
                s->setProperty("done", true);
                s->abort();
                return;
            }
            if (s->bytesAvailable() < qint64(4 + size))
                return;
            s->read(4);
            const QByteArray payload = s->read(size);
            s->setProperty("done", true);
            if (!payload.startsWith(kMagic)) {
                s->abort();
                return;
            }
            QDataStream in(payload.mid(kMagic.size()));
            in.setVersion(QDataStream::Qt_6_0);
            QStringList arguments;
            in >> arguments;
            if (in.status() != QDataStream::Ok) {
                s->abort();
                return;
            }
            s->putChar(kAck);
            s->flush();
            s->disconnectFromServer();
            Q_EMIT argumentsReceived(arguments);
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        // Bytes that came with the connection are not announced again.
        QMetaObject::invokeMethod(this, read, Qt::QueuedConnection);
    }
}

} // namespace charla
