#pragma once
// Shared by the MucFeature tests: a Client with a HistoryStore logged in to a FakeServer, and the
// room's side of a join.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/DiscoInfoFeature.h"
#include "features/MucFeature.h"
#include "storage/AccountDatabase.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QSignalSpy>
#include <QTemporaryDir>

namespace charla::test::muc {

using namespace charla;

inline const QString kRoom = QStringLiteral("room@conference.localhost");
inline const QString kMe = QStringLiteral("alice@localhost/charla");

inline QString discoResult(const QStringList &features)
{
    QString xml = QStringLiteral("<iq type='result' id='$d' from='%1'>"
                                 "<query xmlns='http://jabber.org/protocol/disco#info'>"
                                 "<identity category='conference' type='text' name='Room'/>"
                                 "<feature var='http://jabber.org/protocol/muc'/>")
                      .arg(kRoom);
    for (const QString &f : features)
        xml += QStringLiteral("<feature var='%1'/>").arg(f);
    return xml + QStringLiteral("</query></iq>");
}

inline QString presence(const QString &nick, const QString &affiliation, const QString &role,
                 const QString &extra = QString())
{
    return QStringLiteral("<presence from='%1/%2' to='%3'><x xmlns='http://jabber.org/protocol/"
                          "muc#user'><item affiliation='%4' role='%5'/>%6</x></presence>")
        .arg(kRoom, nick, kMe, affiliation, role, extra);
}

inline QString groupchat(const QString &nick, const QString &id, const QString &body,
                  const QString &extra = QString())
{
    return QStringLiteral("<message type='groupchat' from='%1/%2' to='%3' id='%4'>"
                          "<body>%5</body>%6</message>")
        .arg(kRoom, nick, kMe, id, body, extra);
}

inline QString occupantId(const QString &id)
{
    return QStringLiteral("<occupant-id xmlns='urn:xmpp:occupant-id:0' id='%1'/>").arg(id);
}

/// A client with a history store, logged in to a FakeServer.
struct Fixture
{
    QTemporaryDir dir;
    AccountDatabase db;
    std::unique_ptr<HistoryStore> store;
    Client client;
    MucFeature *muc = nullptr;
    FakeServer server;

    explicit Fixture(const TestCa::Leaf &leaf)
    {
        QString error;
        if (!db.openFile(dir.filePath(QStringLiteral("h.sqlite")), &error))
            qFatal("cannot open: %s", qPrintable(error));
        store = std::make_unique<HistoryStore>(&db);
        client.setAutoReconnect(false);
        client.addFeature(new DiscoInfoFeature);
        muc = new MucFeature(store.get());
        client.addFeature(muc);
        server.setCertificate(leaf);
        LoginScript().addTo(server);
    }

    /// Scripts the join of kRoom as alice: disco with @p features, the join presence (with
    /// @p history), bob's presence, our own, the subject.
    void scriptJoin(const QStringList &features, const QString &history = QStringLiteral(
                                                      "<history maxstanzas='50'/>"))
    {
        server
            .expect(QStringLiteral("<iq type='get' to='%1' id='$d'><query "
                                   "xmlns='http://jabber.org/protocol/disco#info'/></iq>")
                        .arg(kRoom))
            .send(discoResult(features))
            .expect(QStringLiteral("<presence to='%1/alice'><x xmlns='http://jabber.org/"
                                   "protocol/muc'>%2</x></presence>")
                        .arg(kRoom, history))
            .send(presence(QStringLiteral("bob"), QStringLiteral("member"),
                           QStringLiteral("participant"), QString()) )
            .send(presence(QStringLiteral("alice"), QStringLiteral("owner"),
                           QStringLiteral("moderator"),
                           QStringLiteral("<status code='110'/>")))
            .send(QStringLiteral("<message type='groupchat' from='%1/bob' to='%2'>"
                                 "<subject>Welcome</subject></message>")
                      .arg(kRoom, kMe));
    }

    bool connectAndJoin()
    {
        if (!server.listen())
            return false;
        QSignalSpy up(&client, &Client::connected);
        client.connectToServer(charla::test::fakeServerConfig(*caRef, server.port()));
        if (!up.wait(10000))
            return false;
        QSignalSpy subject(muc, &MucFeature::subjectChanged);
        muc->join(Jid::parse(kRoom), QStringLiteral("alice"));
        return subject.wait(10000) || subject.count() == 1;
    }

    TestCa *caRef = nullptr;
};
} // namespace charla::test::muc

#define WAIT_SCRIPT(f)                                                                             \
    QVERIFY2((f)->server.waitForScript(10000), qPrintable((f)->server.failures().join(u'\n')))
