#include "features/MucErrors.h"

#include <QCoreApplication>

namespace charla::MucErrors {

namespace {
const auto kStanzasNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");

/// The sentence followed by the server's own words, as plain text.
QString withServerText(QString sentence, const Element &stanza)
{
    const QString text = serverText(stanza);
    if (!text.isEmpty())
        sentence += QLatin1Char(' ') + text;
    return sentence;
}
} // namespace

QString condition(const Element &stanza)
{
    const Element error = stanza.firstChild(QStringLiteral("error"));
    for (const Element &c : error.children()) {
        if (c.ns() == kStanzasNs && c.name() != QLatin1String("text"))
            return c.name();
    }
    return QStringLiteral("undefined-condition");
}

QString serverText(const Element &stanza)
{
    const Element error = stanza.firstChild(QStringLiteral("error"));
    return error.childText(QStringLiteral("text"), kStanzasNs).trimmed().left(300);
}

Error joinError(const Jid &room, const QString &nick, const Element &errorStanza)
{
    const QString c = condition(errorStanza);
    const QString r = room.full();
    QString s;
    if (c == QLatin1String("conflict")) // XEP-0045 7.2.9
        s = QCoreApplication::translate("charla::MucErrors", "That nickname is already in use in room %1. Choose another one.").arg(r);
    else if (c == QLatin1String("not-authorized")) // 7.2.6
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 needs a password, and the one given was missing or wrong.").arg(r);
    else if (c == QLatin1String("forbidden")) // 7.2.7
        s = QCoreApplication::translate("charla::MucErrors", "You are banned from room %1.").arg(r);
    else if (c == QLatin1String("registration-required")) // 7.2.8
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 is for members only, and you are not a member. Ask an admin to invite "
               "you.")
                .arg(r);
    else if (c == QLatin1String("item-not-found")) // 7.2.11 (locked room)
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 does not exist yet, or its owner is still setting it up. Try again "
               "later.")
                .arg(r);
    else if (c == QLatin1String("not-allowed")) // 10.1.1
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 does not exist, and this service does not let you create rooms.").arg(r);
    else if (c == QLatin1String("not-acceptable")) // 7.2.9 reserved nicks
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 only lets you in with the nickname registered for you; \"%2\" is not "
               "it.")
                .arg(r, nick);
    else if (c == QLatin1String("service-unavailable")) // 7.2.10
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 is full. Try again later.").arg(r);
    else if (c == QLatin1String("jid-malformed"))
        s = QCoreApplication::translate("charla::MucErrors", "\"%1\" cannot be used as a nickname in room %2.").arg(nick, r);
    else if (c == QLatin1String("remote-server-not-found") ||
             c == QLatin1String("remote-server-timeout"))
        s = QCoreApplication::translate("charla::MucErrors", "The server of room %1 cannot be reached. Check the address or try again later.")
                .arg(r);
    else
        s = QCoreApplication::translate("charla::MucErrors", "Could not join room %1 (%2).").arg(r, c);
    return Error::make(Error::Stanza, c, withServerText(s, errorStanza));
}

Error nickChangeError(const Jid &room, const QString &nick, const Element &errorStanza)
{
    const QString c = condition(errorStanza);
    QString s;
    if (c == QLatin1String("conflict"))
        s = QCoreApplication::translate("charla::MucErrors", "That nickname is already in use in room %1. Choose another one.").arg(room.full());
    else if (c == QLatin1String("not-acceptable"))
        s = QCoreApplication::translate("charla::MucErrors", "The nickname \"%1\" is reserved by someone else in room %2.").arg(nick, room.full());
    else if (c == QLatin1String("not-allowed"))
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 does not let occupants change their nickname.").arg(room.full());
    else
        s = QCoreApplication::translate("charla::MucErrors", "Could not change your nickname in room %1 (%2).").arg(room.full(), c);
    return Error::make(Error::Stanza, c, withServerText(s, errorStanza));
}

Error messageError(const Jid &room, const Element &errorStanza)
{
    const QString c = condition(errorStanza);
    QString s;
    if (c == QLatin1String("forbidden")) // XEP-0045 7.4: visitors have no voice
        s = QCoreApplication::translate("charla::MucErrors", "You cannot speak in room %1: you have no voice there. Ask a moderator for it.")
                .arg(room.full());
    else if (c == QLatin1String("not-acceptable") || c == QLatin1String("not-allowed") ||
             c == QLatin1String("item-not-found"))
        s = QCoreApplication::translate("charla::MucErrors", "The message was not delivered: you are no longer in room %1. Join it again.")
                .arg(room.full());
    else
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 refused the message (%2).").arg(room.full(), c);
    return Error::make(Error::Stanza, c, withServerText(s, errorStanza));
}

Error requestError(const Jid &room, const Error &error)
{
    if (!error.isError())
        return error;
    QString s;
    if (error.condition == QLatin1String("forbidden") ||
        error.condition == QLatin1String("not-allowed"))
        s = QCoreApplication::translate("charla::MucErrors", "You are not allowed to do that in room %1.").arg(room.full());
    else if (error.condition == QLatin1String("not-acceptable"))
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 refused the request: the person or the values are not acceptable.")
                .arg(room.full());
    else if (error.condition == QLatin1String("conflict"))
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 refused the request: it would leave the room without an owner.")
                .arg(room.full());
    else if (error.kind == Error::Timeout)
        s = QCoreApplication::translate("charla::MucErrors", "Room %1 did not answer in time.").arg(room.full());
    else
        return error;
    return Error::make(error.kind, error.condition, s);
}

QString removalText(const Jid &room, int code, const QString &actor, const QString &reason)
{
    const QString r = room.full();
    QString s;
    switch (code) {
    case 301:
        s = actor.isEmpty() ? QCoreApplication::translate("charla::MucErrors", "You were banned from room %1.").arg(r)
                            : QCoreApplication::translate("charla::MucErrors", "You were banned from room %1 by %2.").arg(r, actor);
        break;
    case 307:
        s = actor.isEmpty() ? QCoreApplication::translate("charla::MucErrors", "You were kicked from room %1.").arg(r)
                            : QCoreApplication::translate("charla::MucErrors", "You were kicked from room %1 by %2.").arg(r, actor);
        break;
    case 321:
        s = QCoreApplication::translate("charla::MucErrors", "You were removed from room %1 because your membership was taken away.").arg(r);
        break;
    case 322:
        s = QCoreApplication::translate("charla::MucErrors", "You were removed from room %1: it is now for members only, and you are not a "
               "member.")
                .arg(r);
        break;
    case 332:
        s = QCoreApplication::translate("charla::MucErrors", "You were removed from room %1 because the chat service is shutting down.").arg(r);
        break;
    case 333:
        s = QCoreApplication::translate("charla::MucErrors", "You were removed from room %1 because of a technical problem. Join it again.")
                .arg(r);
        break;
    default:
        s = QCoreApplication::translate("charla::MucErrors", "You are no longer in room %1.").arg(r);
        break;
    }
    if (!reason.isEmpty())
        s += QLatin1Char(' ') + QCoreApplication::translate("charla::MucErrors", "Reason: %1").arg(reason.left(300));
    return s;
}

QString destroyedText(const Jid &room, const QString &alternate, const QString &reason)
{
    QString s = alternate.isEmpty()
                    ? QCoreApplication::translate("charla::MucErrors", "Room %1 was closed by its owner.").arg(room.full())
                    : QCoreApplication::translate("charla::MucErrors", "Room %1 was closed by its owner; it continues in %2.")
                          .arg(room.full(), alternate);
    if (!reason.isEmpty())
        s += QLatin1Char(' ') + QCoreApplication::translate("charla::MucErrors", "Reason: %1").arg(reason.left(300));
    return s;
}

QString statusNotice(const Jid &room, int code)
{
    switch (code) {
    case 100:
    case 172:
        return QCoreApplication::translate("charla::MucErrors", "Everyone in room %1 can see your address.").arg(room.full());
    case 173:
        return QCoreApplication::translate("charla::MucErrors", "Only the moderators of room %1 can see your address.").arg(room.full());
    case 170:
        return QCoreApplication::translate("charla::MucErrors", "Room %1 is logged publicly.").arg(room.full());
    case 171:
        return QCoreApplication::translate("charla::MucErrors", "Room %1 is no longer logged publicly.").arg(room.full());
    case 104:
        return QCoreApplication::translate("charla::MucErrors", "The configuration of room %1 changed.").arg(room.full());
    case 201:
        return QCoreApplication::translate("charla::MucErrors", "Room %1 was created. It stays closed to others until it is configured.")
            .arg(room.full());
    case 210:
        return QCoreApplication::translate("charla::MucErrors", "Room %1 changed your nickname.").arg(room.full());
    default:
        return QString();
    }
}

} // namespace charla::MucErrors
