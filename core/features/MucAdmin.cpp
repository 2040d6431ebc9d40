// Moderation (XEP-0045 8, 9 admin requests; XEP-0425), room configuration and destruction
// (XEP-0045 10 owner requests) and invitations we send (XEP-0045 7.8.2, XEP-0249).
#include "features/MucFeature.h"

#include "features/MucErrors.h"
#include "stanza/DirectInvite.h"
#include "stanza/MucUser.h"
#include "stream/Client.h"

#include <QCoreApplication>

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
const auto kOwnerNs = QStringLiteral("http://jabber.org/protocol/muc#owner");

Element iqSet(const Jid &to)
{
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.setAttribute(QStringLiteral("to"), to.full());
    return iq;
}

Error notConnected()
{
    return Error::make(Error::Socket, QStringLiteral("not-connected"),
                       QCoreApplication::translate("charla::MucFeature",
                                                   "The account is not connected."));
}
} // namespace

void MucFeature::sendAdminItem(const Jid &roomJid, const MucItem &item, QObject *context,
                               ErrorCallback done)
{
    if (!client() || !client()->isConnected()) {
        if (done)
            done(notConnected());
        return;
    }
    const Jid room = roomJid.bare();
    Element iq = iqSet(room);
    iq.addChild(QStringLiteral("query"), MucItem::AdminNamespace)
        .appendChild(item.toElement(MucItem::AdminNamespace));
    client()->sendIq(iq, context, [room, done = std::move(done)](const IqResult &r) {
        if (done)
            done(MucErrors::requestError(room, r.error));
    });
}

void MucFeature::setRole(const Jid &room, const QString &nick, MucRole role,
                         const QString &reason, QObject *context, ErrorCallback done)
{
    // XEP-0045 8.2 (kick), 8.3 / 8.4 (voice), 9.6 (moderator): roles go by nick.
    MucItem item;
    item.nick = nick;
    item.role = role;
    item.reason = reason;
    sendAdminItem(room, item, context, std::move(done));
}

void MucFeature::setAffiliation(const Jid &room, const Jid &jid, MucAffiliation affiliation,
                                const QString &reason, QObject *context, ErrorCallback done)
{
    // XEP-0045 9.1 (ban), 9.3 (member), 10.3 (owner), 10.6 (admin): affiliations go by bare JID.
    MucItem item;
    item.jid = jid.bare();
    item.affiliation = affiliation;
    item.reason = reason;
    sendAdminItem(room, item, context, std::move(done));
}

void MucFeature::moderateMessage(const Jid &roomJid, const QString &stanzaId,
                                 const QString &reason, QObject *context, ErrorCallback done)
{
    const Jid room = roomJid.bare();
    const MucRoom *r = this->room(room);
    if (!r || !r->supportsModeration) {
        if (done)
            done(Error::make(Error::Policy, QStringLiteral("feature-not-implemented"),
                             QCoreApplication::translate(
                                 "charla::MucFeature",
                                 "Room %1 does not support removing messages for everyone.")
                                 .arg(room.full())));
        return;
    }
    if (!client() || !client()->isConnected()) {
        if (done)
            done(notConnected());
        return;
    }
    // XEP-0425 4
    Element iq = iqSet(room);
    Element &moderate = iq.addChild(QStringLiteral("moderate"),
                                    QStringLiteral("urn:xmpp:message-moderate:1"));
    moderate.setAttribute(QStringLiteral("id"), stanzaId);
    moderate.addChild(QStringLiteral("retract"), QStringLiteral("urn:xmpp:message-retract:1"));
    if (!reason.isEmpty())
        moderate.addChild(QStringLiteral("reason"), QStringLiteral("urn:xmpp:message-moderate:1"))
            .setText(reason);
    client()->sendIq(iq, context, [room, done = std::move(done)](const IqResult &res) {
        if (done)
            done(MucErrors::requestError(room, res.error));
    });
}

void MucFeature::requestConfiguration(const Jid &roomJid, QObject *context, FormCallback done)
{
    const Jid room = roomJid.bare();
    if (!client() || !client()->isConnected()) {
        if (done)
            done(DataForm(), notConnected());
        return;
    }
    // XEP-0045 10.2
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), room.full());
    iq.addChild(QStringLiteral("query"), kOwnerNs);
    client()->sendIq(iq, context, [room, done = std::move(done)](const IqResult &r) {
        if (!done)
            return;
        if (!r.ok()) {
            done(DataForm(), MucErrors::requestError(room, r.error));
            return;
        }
        const Element x = r.iq.firstChild(QStringLiteral("query"), kOwnerNs)
                              .firstChild(QStringLiteral("x"), DataForm::Namespace);
        const auto form = DataForm::fromElement(x);
        if (!form) {
            done(DataForm(),
                 Error::make(Error::Stanza, QStringLiteral("malformed-reply"),
                             QCoreApplication::translate(
                                 "charla::MucFeature",
                                 "Room %1 sent a configuration form Charla cannot read.")
                                 .arg(room.full())));
            return;
        }
        done(*form, Error());
    });
}

void MucFeature::sendOwnerSet(const Jid &room, const Element &payload, QObject *context,
                              ErrorCallback done)
{
    if (!client() || !client()->isConnected()) {
        if (done)
            done(notConnected());
        return;
    }
    Element iq = iqSet(room);
    iq.addChild(QStringLiteral("query"), kOwnerNs).appendChild(payload);
    client()->sendIq(iq, context, [room, done = std::move(done)](const IqResult &r) {
        if (done)
            done(MucErrors::requestError(room, r.error));
    });
}

void MucFeature::submitConfiguration(const Jid &room, const DataForm &form, QObject *context,
                                     ErrorCallback done)
{
    // XEP-0045 10.2: the values go back as a submit form.
    sendOwnerSet(room.bare(), submitFrom(form).toElement(), context, std::move(done));
}

void MucFeature::createInstantRoom(const Jid &room, QObject *context, ErrorCallback done)
{
    // XEP-0045 10.1.2: an empty submit form accepts the defaults and unlocks the room.
    DataForm empty;
    empty.type = DataForm::Type::Submit;
    sendOwnerSet(room.bare(), empty.toElement(), context, std::move(done));
}

void MucFeature::destroyRoom(const Jid &room, const QString &reason, const Jid &alternate,
                             QObject *context, ErrorCallback done)
{
    // XEP-0045 10.9
    Element destroy(QStringLiteral("destroy"), kOwnerNs);
    if (alternate.isValid())
        destroy.setAttribute(QStringLiteral("jid"), alternate.bare().full());
    if (!reason.isEmpty())
        destroy.addChild(QStringLiteral("reason"), kOwnerNs).setText(reason);
    sendOwnerSet(room.bare(), destroy, context, std::move(done));
}

// --- Invitations we send ------------------------------------------------------------------------

void MucFeature::inviteDirect(const Jid &roomJid, const Jid &who, const QString &reason)
{
    if (!client())
        return;
    // XEP-0249 3: straight to the invitee, with the room's password so they can get in.
    DirectInvite invite;
    invite.room = roomJid.bare().full();
    invite.reason = reason;
    if (const MucRoom *r = room(roomJid))
        invite.password = r->password;
    Element m(QStringLiteral("message"), kClientNs);
    m.setAttribute(QStringLiteral("to"), who.full());
    m.setAttribute(QStringLiteral("id"), Client::newId());
    m.appendChild(invite.toElement());
    client()->send(m);
}

void MucFeature::inviteMediated(const Jid &roomJid, const Jid &who, const QString &reason)
{
    if (!client())
        return;
    // XEP-0045 7.8.2: through the room, which adds the password and (members-only) membership.
    MucUser user;
    user.invite = MucUser::Invite{QString(), who.full(), reason};
    Element m(QStringLiteral("message"), kClientNs);
    m.setAttribute(QStringLiteral("to"), roomJid.bare().full());
    m.setAttribute(QStringLiteral("id"), Client::newId());
    m.appendChild(user.toElement());
    client()->send(m);
}

void MucFeature::declineInvitation(const Jid &roomJid, const Jid &inviter, const QString &reason)
{
    if (!client())
        return;
    MucUser user;
    user.decline = MucUser::Invite{QString(), inviter.full(), reason};
    Element m(QStringLiteral("message"), kClientNs);
    m.setAttribute(QStringLiteral("to"), roomJid.bare().full());
    m.setAttribute(QStringLiteral("id"), Client::newId());
    m.appendChild(user.toElement());
    client()->send(m);
}

} // namespace charla
