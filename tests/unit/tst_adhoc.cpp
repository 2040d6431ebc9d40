// XEP-0050 ad-hoc commands and XEP-0030 browsing against a scripted server: a multi-stage run
// (next, prev, complete) with notes and the submitted forms checked on the wire, cancel, error
// answers as sentences, an answer from another JID ignored, and the per-session disco cache.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/AdHocCommands.h"
#include "features/CoreFeatures.h"
#include "features/DiscoClient.h"
#include "features/NamespaceNames.h"
#include "models/AdHocSession.h"
#include "stream/Client.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace charla;
using charla::test::FakeServer;
using charla::test::TestCa;
using Action = AdHocCommand::Action;

namespace {
const QString kCmd = QStringLiteral("http://jabber.org/protocol/commands");

QString stage1(const QString &id)
{
    return QStringLiteral(
               "<iq type='result' id='%1' from='svc@localhost'><command xmlns='%2' "
               "node='config' sessionid='s1' status='executing'>"
               "<actions execute='next'><next/></actions>"
               "<x xmlns='jabber:x:data' type='form'><title>Step 1</title>"
               "<field var='FORM_TYPE' type='hidden'><value>urn:test</value></field>"
               "<field var='mode' type='list-single' label='Mode'><option><value>a</value>"
               "</option><option><value>b</value></option><value>a</value></field>"
               "</x></command></iq>")
        .arg(id, kCmd);
}
} // namespace

class TestAdHoc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namespaceNames_data();
    void namespaceNames();
    void actionsPerStage_data();
    void actionsPerStage();
    void multiStage();
    void cancel();
    void errors_data();
    void errors();
    void otherSenderIgnored();
    void discoCache();

private:
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestAdHoc::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

void TestAdHoc::namespaceNames_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::newRow("muc") << QStringLiteral("http://jabber.org/protocol/muc") << QStringLiteral("Group chat");
    QTest::newRow("upload") << QStringLiteral("urn:xmpp:http:upload:0") << QStringLiteral("File upload");
    QTest::newRow("commands") << kCmd << QStringLiteral("Commands");
    QTest::newRow("register") << QStringLiteral("jabber:iq:register") << QStringLiteral("Registration");
    QTest::newRow("mam") << QStringLiteral("urn:xmpp:mam:2") << QStringLiteral("Message archive");
    QTest::newRow("blocking") << QStringLiteral("urn:xmpp:blocking") << QStringLiteral("Blocking");
    QTest::newRow("unknown") << QStringLiteral("urn:example:nothing") << QString();
    QTest::newRow("prefix only") << QStringLiteral("http://jabber.org/protocol/mucx") << QString();
}

void TestAdHoc::namespaceNames()
{
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QCOMPARE(namespaceName(ns), name);
    QCOMPARE(identityName(QStringLiteral("gateway"), QStringLiteral("irc")), QStringLiteral("Gateway"));
    QCOMPARE(identityName(QStringLiteral("conference"), QStringLiteral("text")),
             QStringLiteral("Group chat service"));
}

void TestAdHoc::actionsPerStage_data()
{
    QTest::addColumn<QString>("actions");
    QTest::addColumn<bool>("prev");
    QTest::addColumn<bool>("next");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<int>("execute");
    // XEP-0050 4.6: no <actions/> is a single stage: complete only, execute means complete.
    QTest::newRow("none") << QString() << false << false << true << int(Action::Complete);
    QTest::newRow("next, default next") << QStringLiteral("<actions><next/></actions>") << false
                                        << true << false << int(Action::Next);
    QTest::newRow("prev+complete") << QStringLiteral("<actions execute='complete'><prev/><complete/></actions>")
                                   << true << false << true << int(Action::Complete);
    QTest::newRow("all") << QStringLiteral("<actions execute='next'><prev/><next/><complete/></actions>")
                         << true << true << true << int(Action::Next);
}

void TestAdHoc::actionsPerStage()
{
    QFETCH(QString, actions);
    QFETCH(bool, prev);
    QFETCH(bool, next);
    QFETCH(bool, complete);
    QFETCH(int, execute);
    const auto c = AdHocCommand::fromElement(Element::fromXml(
        QStringLiteral("<command xmlns='%1' node='n' sessionid='s' status='executing'>%2</command>")
            .arg(kCmd, actions)));
    QVERIFY(c);
    QCOMPARE(c->isAllowed(Action::Prev), prev);
    QCOMPARE(c->isAllowed(Action::Next), next);
    QCOMPARE(c->isAllowed(Action::Complete), complete);
    QVERIFY(c->isAllowed(Action::Cancel)); // always
    QCOMPARE(int(c->executeEquivalent()), execute);
}

void TestAdHoc::multiStage()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    charla::test::LoginScript{}.addTo(server);
    server
        .expect(QStringLiteral("<iq type='set' id='$a' to='svc@localhost'><command xmlns='%1' "
                               "node='config' action='execute'/></iq>").arg(kCmd))
        .send(stage1(QStringLiteral("$a")))
        // next: the stage's form back as submit, hidden FORM_TYPE included, our answer in it.
        .expect(QStringLiteral("<iq type='set' id='$b' to='svc@localhost'><command xmlns='%1' "
                               "node='config' sessionid='s1' action='next'>"
                               "<x xmlns='jabber:x:data' type='submit'>"
                               "<field var='FORM_TYPE'><value>urn:test</value></field>"
                               "<field var='mode'><value>b</value></field></x></command></iq>")
                    .arg(kCmd))
        .send(QStringLiteral("<iq type='result' id='$b' from='svc@localhost'><command xmlns='%1' "
                             "node='config' sessionid='s1' status='executing'>"
                             "<actions execute='complete'><prev/><complete/></actions>"
                             "<note type='warn'>Mode b restarts the service.</note>"
                             "<x xmlns='jabber:x:data' type='form'><title>Step 2</title>"
                             "<field var='confirm' type='boolean' label='Sure?'/></x>"
                             "</command></iq>")
                  .arg(kCmd))
        // prev: no form travels.
        .expect(QStringLiteral("<iq type='set' id='$c' to='svc@localhost'><command xmlns='%1' "
                               "node='config' sessionid='s1' action='prev'/></iq>").arg(kCmd))
        .send(stage1(QStringLiteral("$c")))
        .expect(QStringLiteral("<iq type='set' id='$d' to='svc@localhost'><command xmlns='%1' "
                               "node='config' sessionid='s1' action='next'>"
                               "<x xmlns='jabber:x:data' type='submit'>"
                               "<field var='FORM_TYPE'><value>urn:test</value></field>"
                               "<field var='mode'><value>a</value></field></x></command></iq>")
                    .arg(kCmd))
        .send(QStringLiteral("<iq type='result' id='$d' from='svc@localhost'><command xmlns='%1' "
                             "node='config' sessionid='s1' status='executing'>"
                             "<actions execute='complete'><prev/><complete/></actions>"
                             "<x xmlns='jabber:x:data' type='form'><title>Step 2</title>"
                             "<field var='confirm' type='boolean' label='Sure?'/></x>"
                             "</command></iq>")
                  .arg(kCmd))
        .expect(QStringLiteral("<iq type='set' id='$e' to='svc@localhost'><command xmlns='%1' "
                               "node='config' sessionid='s1' action='complete'>"
                               "<x xmlns='jabber:x:data' type='submit'>"
                               "<field var='confirm'><value>1</value></field></x></command></iq>")
                    .arg(kCmd))
        .send(QStringLiteral("<iq type='result' id='$e' from='svc@localhost'><command xmlns='%1' "
                             "node='config' sessionid='s1' status='completed'>"
                             "<note>Done.</note><x xmlns='jabber:x:data' type='result'>"
                             "<field var='uptime' label='Uptime'><value>5 days</value></field>"
                             "</x></command></iq>")
                  .arg(kCmd));

    Client client;
    installCoreFeatures(client);
    client.addFeature(new AdHocCommands(&client));
    AdHocSession session(&client, Jid::parse(QStringLiteral("svc@localhost")),
                         QStringLiteral("config"));
    QStringList seen; // what a wizard shows at each stage
    connect(&session, &AdHocSession::stageChanged, &session, [&] {
        const DataForm f = session.form();
        QString line = f.title;
        for (const Action a : {Action::Prev, Action::Next, Action::Complete})
            line += session.canDo(a) ? QStringLiteral(" +") + AdHocCommand::actionName(a) : QString();
        for (const AdHocNote &n : session.notes())
            line += QStringLiteral(" [%1]").arg(n.text);
        seen << line;
        DataForm answers = f;
        switch (seen.size()) {
        case 1:
            answers.setValue(QStringLiteral("mode"), QStringLiteral("b"));
            // Not offered in stage 1: refused locally, nothing is sent.
            session.perform(Action::Complete, answers);
            QCOMPARE(session.state(), AdHocSession::State::Executing);
            session.perform(Action::Next, answers);
            break;
        case 2:
            session.perform(Action::Prev);
            break;
        case 3:
            session.perform(Action::Next, answers);
            break;
        case 4:
            answers.setValue(QStringLiteral("confirm"), QStringLiteral("1"));
            session.perform(session.defaultAction(), answers);
            break;
        }
    });
    QSignalSpy finished(&session, &AdHocSession::finished);
    connect(&client, &Client::connected, &session, &AdHocSession::start);
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(seen, (QStringList{QStringLiteral("Step 1 +next"),
                                QStringLiteral("Step 2 +prev +complete [Mode b restarts the service.]"),
                                QStringLiteral("Step 1 +next"), QStringLiteral("Step 2 +prev +complete"),
                                QStringLiteral(" [Done.]")}));
    QCOMPARE(session.state(), AdHocSession::State::Completed);
    QCOMPARE(session.form().value(QStringLiteral("uptime")), QStringLiteral("5 days"));
    QCOMPARE(int(session.notes().value(0).type), int(AdHocNote::Type::Info));
    QVERIFY(!session.canDo(Action::Cancel)); // finished: no more steps
}

void TestAdHoc::cancel()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    charla::test::LoginScript{}.addTo(server);
    server
        .expect(QStringLiteral("<iq type='set' id='$a' to='svc@localhost'><command xmlns='%1' "
                               "node='config' action='execute'/></iq>").arg(kCmd))
        .send(stage1(QStringLiteral("$a")))
        .expect(QStringLiteral("<iq type='set' id='$b' to='svc@localhost'><command xmlns='%1' "
                               "node='config' sessionid='s1' action='cancel'/></iq>").arg(kCmd))
        .send(QStringLiteral("<iq type='result' id='$b' from='svc@localhost'><command xmlns='%1' "
                             "node='config' sessionid='s1' status='canceled'/></iq>").arg(kCmd));
    Client client;
    installCoreFeatures(client);
    client.addFeature(new AdHocCommands(&client));
    AdHocSession session(&client, Jid::parse(QStringLiteral("svc@localhost")),
                         QStringLiteral("config"));
    connect(&session, &AdHocSession::stageChanged, &session, [&] {
        if (session.state() == AdHocSession::State::Executing)
            session.cancel();
    });
    QSignalSpy finished(&session, &AdHocSession::finished);
    connect(&client, &Client::connected, &session, &AdHocSession::start);
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(session.state(), AdHocSession::State::Canceled);
}

void TestAdHoc::errors_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("sentencePart");
    QTest::newRow("session expired")
        << QStringLiteral("<error type='modify'><not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                          "<session-expired xmlns='%1'/></error>").arg(kCmd)
        << QStringLiteral("session-expired") << QStringLiteral("Start it again");
    QTest::newRow("bad action")
        << QStringLiteral("<error type='modify'><bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                          "<bad-action xmlns='%1'/></error>").arg(kCmd)
        << QStringLiteral("bad-action") << QStringLiteral("does not allow that step");
    QTest::newRow("forbidden")
        << QStringLiteral("<error type='auth'><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
        << QStringLiteral("forbidden") << QStringLiteral("does not let this account");
    QTest::newRow("other condition keeps the generic sentence")
        << QStringLiteral("<error type='wait'><resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>")
        << QStringLiteral("resource-constraint") << QStringLiteral("answered with an error (resource-constraint)");
}

void TestAdHoc::errors()
{
    QFETCH(QString, error);
    QFETCH(QString, condition);
    QFETCH(QString, sentencePart);
    FakeServer server;
    server.setCertificate(m_leaf);
    charla::test::LoginScript{}.addTo(server);
    server
        .expect(QStringLiteral("<iq type='set' id='$a' to='svc@localhost'><command xmlns='%1' "
                               "node='config' action='execute'/></iq>").arg(kCmd))
        .send(QStringLiteral("<iq type='error' id='$a' from='svc@localhost'>%1</iq>").arg(error));
    Client client;
    installCoreFeatures(client);
    client.addFeature(new AdHocCommands(&client));
    AdHocSession session(&client, Jid::parse(QStringLiteral("svc@localhost")),
                         QStringLiteral("config"));
    QSignalSpy finished(&session, &AdHocSession::finished);
    connect(&client, &Client::connected, &session, &AdHocSession::start);
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(session.state(), AdHocSession::State::Failed);
    QCOMPARE(session.error().condition, condition);
    QVERIFY2(session.error().text.contains(sentencePart), qPrintable(session.error().text));
    QVERIFY(session.error().text.contains(QStringLiteral("svc@localhost")));
}

void TestAdHoc::otherSenderIgnored()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    charla::test::LoginScript{}.addTo(server);
    server
        .expect(QStringLiteral("<iq type='set' id='$a' to='svc@localhost'><command xmlns='%1' "
                               "node='config' action='execute'/></iq>").arg(kCmd))
        // Someone else answers first with the same id: not the responder, not our answer.
        .send(QStringLiteral("<iq type='result' id='$a' from='mallory@localhost'><command xmlns='%1' "
                             "node='config' sessionid='evil' status='completed'>"
                             "<note>Owned.</note></command></iq>").arg(kCmd))
        .send(stage1(QStringLiteral("$a")));
    Client client;
    installCoreFeatures(client);
    client.addFeature(new AdHocCommands(&client));
    AdHocSession session(&client, Jid::parse(QStringLiteral("svc@localhost")),
                         QStringLiteral("config"));
    QSignalSpy stages(&session, &AdHocSession::stageChanged);
    connect(&client, &Client::connected, &session, &AdHocSession::start);
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    QVERIFY(stages.count() == 1 || stages.wait(5000));
    QTest::qWait(100); // nothing more arrives
    QCOMPARE(stages.count(), 1);
    QCOMPARE(session.state(), AdHocSession::State::Executing);
    QCOMPARE(session.stage().sessionId, QStringLiteral("s1"));
    QCOMPARE(session.form().title, QStringLiteral("Step 1"));
}

void TestAdHoc::discoCache()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    charla::test::LoginScript{}.addTo(server);
    server
        .expect(QStringLiteral("<iq type='get' id='$a' to='localhost'><query "
                               "xmlns='http://jabber.org/protocol/disco#items'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$a' from='localhost'><query "
                             "xmlns='http://jabber.org/protocol/disco#items'>"
                             "<item jid='conference.localhost' name='Rooms'/>"
                             "<item jid='not a jid@@'/>"
                             "<item jid='localhost' node='announce'/></query></iq>"))
        // The second ask comes from the cache; the commands list is always asked fresh.
        .expect(QStringLiteral("<iq type='get' id='$b' to='localhost'><query "
                               "xmlns='http://jabber.org/protocol/disco#items' node='%1'/></iq>")
                    .arg(kCmd))
        .send(QStringLiteral("<iq type='result' id='$b' from='localhost'><query "
                             "xmlns='http://jabber.org/protocol/disco#items' node='%1'>"
                             "<item jid='localhost' node='ping' name='Ping'/></query></iq>")
                  .arg(kCmd));
    Client client;
    installCoreFeatures(client);
    auto *disco = new DiscoClient(&client);
    client.addFeature(disco);
    client.addFeature(new AdHocCommands(&client));
    QList<QList<DiscoItem>> answers;
    QList<DiscoItem> commands;
    const Jid server1 = Jid::parse(QStringLiteral("localhost"));
    connect(&client, &Client::connected, &client, [&] {
        disco->items(server1, QString(), &client, [&](const QList<DiscoItem> &items, const Error &e) {
            QVERIFY(!e.isError());
            answers << items;
            disco->items(server1, QString(), &client,
                         [&](const QList<DiscoItem> &again, const Error &) {
                             answers << again;
                             client.feature<AdHocCommands>()->listCommands(
                                 server1, &client,
                                 [&](const QList<DiscoItem> &c, const Error &) { commands = c; });
                         });
        });
    });
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE(commands.size(), 1);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0), answers.at(1));
    QCOMPARE(answers.at(0).size(), 2); // the item without a valid jid is skipped
    QCOMPARE(answers.at(0).at(0).name, QStringLiteral("Rooms"));
    QCOMPARE(answers.at(0).at(1).node, QStringLiteral("announce"));
    QCOMPARE(commands.at(0).node, QStringLiteral("ping"));
}

QTEST_GUILESS_MAIN(TestAdHoc)
#include "tst_adhoc.moc"
