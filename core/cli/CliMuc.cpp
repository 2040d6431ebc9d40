// charla-cli's group chat commands (issue #6):
//   muc join ROOM NICK [--seconds N] [--room-password-file FILE]
//                                      join, print the room's messages as JSON lines
//   muc send ROOM TEXT                 join as the account's name, send, exit once reflected
#include "cli/CliOutput.h"
#include "cli/CliRunner.h"

#include "features/MucFeature.h"
#include "stanza/Jid.h"
#include "stream/Client.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QTimer>

namespace charla {

namespace {
QJsonObject messageJson(const ChatMessage &m)
{
    const Jid from = Jid::parse(m.from);
    QJsonObject out;
    out.insert(QStringLiteral("room"), m.chat);
    out.insert(QStringLiteral("from"), m.from);
    out.insert(QStringLiteral("nick"), from.resource());
    out.insert(QStringLiteral("id"), m.messageId);
    if (!m.stanzaId.isEmpty())
        out.insert(QStringLiteral("stanza_id"), m.stanzaId);
    out.insert(QStringLiteral("body"), m.body);
    out.insert(QStringLiteral("stamp"), m.timestamp.toUTC().toString(Qt::ISODateWithMs));
    out.insert(QStringLiteral("outgoing"), m.isOutgoing());
    return out;
}
} // namespace

int CliRunner::muc(const Options &o)
{
    const QStringList args = o.positional.mid(1);
    const QString sub = args.value(0);
    if ((sub != QLatin1String("join") && sub != QLatin1String("send")) || args.size() != 3) {
        printError(tr("Usage: muc join ROOM NICK [--seconds N] [--room-password-file FILE] | "
                      "muc send ROOM TEXT"));
        return Usage;
    }
    QString jidError;
    const Jid room = Jid::parse(args.at(1), &jidError);
    if (!room.isValid() || !room.hasLocalpart() || !room.isBare()) {
        printError(tr("%1 is not a room address (room@service): %2")
                       .arg(args.at(1), jidError.isEmpty() ? tr("it has no room name or has a "
                                                                "resource")
                                                           : jidError));
        return Usage;
    }
    QString roomPassword;
    if (!o.roomPasswordFile.isEmpty()) {
        // From a file, never the command line: other users can read a process's arguments.
        QFile f(o.roomPasswordFile);
        if (!f.open(QIODevice::ReadOnly)) {
            printError(tr("Cannot read the room password from %1: %2")
                           .arg(o.roomPasswordFile, f.errorString()));
            return Usage;
        }
        roomPassword = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    const bool sending = sub == QLatin1String("send");
    const QString text = args.at(2);
    const int seconds = o.seconds;
    const int timeoutMs = o.timeoutMs;

    auto prepare = [](Client &client) { client.addFeature(new MucFeature(nullptr)); };
    auto onConnected = [this, room, sending, text, seconds, timeoutMs,
                        roomPassword](Client &client) {
        MucFeature *muc = client.feature<MucFeature>();
        const QString nick = sending ? client.jid().localpart() : text;
        connect(muc, &MucFeature::roomError, this, [this, muc, room](const Jid &r, const Error &e) {
            if (r != room)
                return;
            printError(e.text);
            if (!muc->isJoined(room))
                finish(RemoteError);
        });
        connect(muc, &MucFeature::roomRemoved, this,
                [this, room](const Jid &r, MucFeature::Removal why, const QString &reason) {
                    if (r != room || why == MucFeature::Removal::Left)
                        return;
                    if (why != MucFeature::Removal::JoinFailed)
                        printError(reason);
                    finish(RemoteError);
                });
        connect(muc, &MucFeature::roomNotice, this, [room](const Jid &r, const QString &notice) {
            if (r == room)
                printError(notice);
        });
        if (!sending) {
            connect(muc, &MucFeature::messageReceived, this, [room](const ChatMessage &m) {
                if (m.chat == room.full())
                    printJson(messageJson(m));
            });
            connect(muc, &MucFeature::subjectChanged, this,
                    [room](const Jid &r, const QString &subject, const QString &by) {
                        if (r != room)
                            return;
                        QJsonObject out;
                        out.insert(QStringLiteral("room"), room.full());
                        out.insert(QStringLiteral("subject"), subject);
                        out.insert(QStringLiteral("nick"), by);
                        printJson(out);
                    });
            connect(muc, &MucFeature::roomJoined, this, [this, muc, room, seconds](const Jid &r) {
                if (r != room)
                    return;
                printError(tr("Joined %1 as %2").arg(room.full(), muc->room(room)->nick));
                if (seconds >= 0) {
                    QTimer::singleShot(seconds * 1000, this, [this, muc, room] {
                        muc->leave(room);
                        finish(Ok);
                    });
                }
            });
        } else {
            auto sentId = std::make_shared<QString>();
            connect(muc, &MucFeature::roomJoined, this, [muc, room, text, sentId](const Jid &r) {
                if (r == room)
                    *sentId = muc->sendMessage(room, text).messageId;
            });
            // The room reflects our message to us (XEP-0045 7.4): then it has it.
            connect(muc, &MucFeature::messageReceived, this,
                    [this, muc, room, sentId](const ChatMessage &m) {
                        if (m.chat != room.full() || sentId->isEmpty() ||
                            m.messageId != *sentId)
                            return;
                        printJson(messageJson(m));
                        muc->leave(room);
                        finish(Ok);
                    });
            QTimer::singleShot(timeoutMs, this, [this, timeoutMs] {
                printError(tr("The room did not confirm the message within %1 seconds.")
                               .arg(timeoutMs / 1000));
                finish(RemoteError);
            });
        }
        muc->join(room, nick, roomPassword);
    };
    return withSession(o, onConnected, prepare);
}

} // namespace charla
