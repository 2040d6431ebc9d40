#include "DemoContacts.h"

#include "ProsodyFixture.h"
#include "TestEnv.h"
#include "features/CoreFeatures.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "stanza/Element.h"
#include "stream/Client.h"

#include <QSslCertificate>

namespace charla::test {

namespace {
struct Peer
{
    std::shared_ptr<Client> client = std::make_shared<Client>();
    RosterFeature *roster = new RosterFeature;
    PresenceFeature *presence = new PresenceFeature;
    Peer()
    {
        installCoreFeatures(*client);
        client->addFeature(roster);
        client->addFeature(presence);
        // Approve every request and ask back, as two friends would.
        QObject::connect(presence, &PresenceFeature::subscriptionRequested, presence,
                         [this](const Jid &from) {
                             presence->approve(from);
                             const RosterItem item = roster->item(from);
                             if (item.subscription != RosterItem::Subscription::To &&
                                 item.subscription != RosterItem::Subscription::Both &&
                                 !item.askSubscribe)
                                 presence->subscribe(from);
                         });
    }
};

} // namespace

DemoContacts::DemoContacts(ProsodyFixture &prosody, QObject *parent)
    : QObject(parent), m_prosody(prosody)
{
}

DemoContacts::~DemoContacts() = default;

bool DemoContacts::setUp(const QString &owner, const QString &ownerPassword,
                         const QList<Contact> &contacts, QString *error)
{
    const auto login = [this](Peer &peer, const QString &user, const QString &password) {
        SessionConfig c;
        c.jid = user + QLatin1Char('@') + m_prosody.domain();
        c.password = password;
        c.resource = QStringLiteral("demo");
        c.host = m_prosody.host();
        c.port = m_prosody.c2sPort();
        c.caCertificates = QSslCertificate::fromPath(m_prosody.caFile());
        peer.client->connectToServer(c);
        return waitUntil([&] { return peer.client->isConnected(); }, 15000);
    };
    Peer me;
    if (!login(me, owner, ownerPassword)) {
        *error = QStringLiteral("%1 could not log in").arg(owner);
        return false;
    }
    QList<std::shared_ptr<Peer>> peers;
    for (const Contact &c : contacts) {
        auto peer = std::make_shared<Peer>();
        if (!login(*peer, c.user, c.password)) {
            *error = QStringLiteral("%1 could not log in").arg(c.user);
            return false;
        }
        RosterItem item;
        item.jid = Jid::parse(c.user + QLatin1Char('@') + m_prosody.domain());
        item.name = c.name;
        item.groups = c.groups;
        me.roster->addOrUpdate(item, this);
        me.presence->subscribe(item.jid);
        peers.append(peer);
    }
    const bool mutual = waitUntil(
        [&] {
            for (const Contact &c : contacts) {
                const Jid jid = Jid::parse(c.user + QLatin1Char('@') + m_prosody.domain());
                if (me.roster->item(jid).subscription != RosterItem::Subscription::Both)
                    return false;
            }
            return true;
        },
        20000);
    if (!mutual) {
        *error = QStringLiteral("the subscriptions did not complete");
        return false;
    }
    // The conversations, in order: the server archives both sides, so Charla finds them when it
    // catches up after login.
    for (int i = 0; i < contacts.size(); ++i) {
        const Jid contactJid = Jid::parse(contacts.at(i).user + QLatin1Char('@') + m_prosody.domain());
        const Jid ownerJid = Jid::parse(owner + QLatin1Char('@') + m_prosody.domain());
        for (const QString &line : contacts.at(i).conversation) {
            const bool mine = line.startsWith(QStringLiteral("> "));
            Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
            message.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
            message.setAttribute(QStringLiteral("id"), Client::newId());
            message.setAttribute(QStringLiteral("to"), (mine ? contactJid : ownerJid).bare().full());
            message.addChild(QStringLiteral("body"), QStringLiteral("jabber:client")).setText(mine ? line.mid(2) : line);
            (mine ? me.client : peers.at(i)->client)->send(message);
            // Distinct archive times, so the conversation keeps its order.
            waitUntil([] { return false; }, 1100);
        }
    }
    me.client->disconnectFromServer();
    for (int i = 0; i < contacts.size(); ++i) {
        const Contact &c = contacts.at(i);
        if (c.show.isEmpty()) {
            peers.at(i)->client->disconnectFromServer();
            continue;
        }
        peers.at(i)->presence->setPresence(Presence::showFromName(c.show), c.status);
        m_online.append(peers.at(i)->client);
    }
    return true;
}

} // namespace charla::test
