// The ad-hoc command wizard against a scripted responder: buttons follow each stage's
// <actions/>, notes show as plain text (markup visible), Previous goes back, Complete ends,
// Cancel during a stage cancels on the wire. Offscreen grabs of the stages are saved.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "TestEnv.h"
#include "features/AdHocCommands.h"
#include "features/CoreFeatures.h"
#include "forms/DataFormWidget.h"
#include "models/AdHocSession.h"
#include "services/CommandWizard.h"
#include "stream/Client.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace charla;
using charla::test::FakeServer;
using charla::test::TestCa;

namespace {
const QString kCmd = QStringLiteral("http://jabber.org/protocol/commands");

QString stage(const QString &id, const QString &actions, const QString &body)
{
    return QStringLiteral("<iq type='result' id='%1' from='svc@localhost'><command xmlns='%2' "
                          "node='adduser' sessionid='s1' status='executing'>%3%4</command></iq>")
        .arg(id, kCmd, actions, body);
}

const QString kStage1Form = QStringLiteral(
    "<x xmlns='jabber:x:data' type='form'><title>Add a user</title>"
    "<instructions>Who should get an account?</instructions>"
    "<field var='jid' type='jid-single' label='Address'><required/></field>"
    "<field var='admin' type='boolean' label='Administrator'/></x>");
const QString kStage2Form = QStringLiteral(
    "<x xmlns='jabber:x:data' type='form'><title>Password</title>"
    "<field var='password' type='text-private' label='Password'><required/></field></x>");
} // namespace

class TestCommandWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stages();
    void cancelOnTheWire();

private:
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestCommandWizard::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY(m_ca->isValid());
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
}

void TestCommandWizard::stages()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    charla::test::LoginScript{}.addTo(server);
    server
        .expect(QStringLiteral("<iq type='set' id='$a' to='svc@localhost'><command xmlns='%1' "
                               "node='adduser' action='execute'/></iq>").arg(kCmd))
        .send(stage(QStringLiteral("$a"), QStringLiteral("<actions execute='next'><next/></actions>"),
                    kStage1Form));
    Client client;
    installCoreFeatures(client);
    client.addFeature(new AdHocCommands(&client));
    AdHocSession session(&client, Jid::parse(QStringLiteral("svc@localhost")),
                         QStringLiteral("adduser"));
    CommandWizard wizard(&session);
    wizard.show();
    QSignalSpy stages(&session, &AdHocSession::stageChanged);
    connect(&client, &Client::connected, &session, &AdHocSession::start);
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    QVERIFY(stages.count() >= 1 || stages.wait(5000));

    // Stage 1: only Next (the default), the form shown, nothing to go back to.
    QVERIFY(wizard.nextButton()->isEnabled());
    QVERIFY(!wizard.prevButton()->isEnabled());
    QVERIFY(!wizard.completeButton()->isEnabled());
    QVERIFY(wizard.nextButton()->isDefault());
    QVERIFY(wizard.formWidget()->editor(QStringLiteral("jid")));
    QTest::qWait(50); // let the scroll area lay out the new form before the grab
    QVERIFY(wizard.formWidget()->height() > 50);
    QVERIFY(wizard.grab().save(test::outputDir() + QStringLiteral("/commandwizard-stage1.png")));

    // Next with the required address empty: refused locally (an unexpected send would break
    // the script's next expectation).
    wizard.nextButton()->click();
    QVERIFY(!wizard.formWidget()->fieldError(QStringLiteral("jid")).isEmpty());
    QCOMPARE(session.state(), AdHocSession::State::Executing);

    server
        .expect(QStringLiteral("<iq type='set' id='$b' to='svc@localhost'><command xmlns='%1' "
                               "node='adduser' sessionid='s1' action='next'>"
                               "<x xmlns='jabber:x:data' type='submit'>"
                               "<field var='jid'><value>new@localhost</value></field>"
                               "<field var='admin'><value>*</value></field></x></command></iq>")
                    .arg(kCmd))
        .send(stage(QStringLiteral("$b"),
                    QStringLiteral("<actions execute='complete'><prev/><complete/></actions>"),
                    QStringLiteral("<note type='warn'>Passwords &lt;b&gt;must&lt;/b&gt; be long.</note>") +
                        kStage2Form))
        .expect(QStringLiteral("<iq type='set' id='$c' to='svc@localhost'><command xmlns='%1' "
                               "node='adduser' sessionid='s1' action='prev'/></iq>").arg(kCmd))
        .send(stage(QStringLiteral("$c"), QStringLiteral("<actions execute='next'><next/></actions>"),
                    kStage1Form));
    auto *jid = qobject_cast<QLineEdit *>(wizard.formWidget()->editor(QStringLiteral("jid")));
    QVERIFY(jid);
    QTest::keyClicks(jid, QStringLiteral("new@localhost"));
    wizard.nextButton()->click();
    QTRY_COMPARE(stages.count(), 2);
    QVERIFY(wizard.prevButton()->isEnabled());
    QVERIFY(wizard.completeButton()->isEnabled());
    QVERIFY(!wizard.nextButton()->isEnabled());
    QVERIFY(wizard.completeButton()->isDefault());
    // The note is text: its markup stays visible, never interpreted.
    QVERIFY2(wizard.statusText().contains(QStringLiteral("<b>must</b>")), qPrintable(wizard.statusText()));
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("commandStatus"));
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY(wizard.grab().save(test::outputDir() + QStringLiteral("/commandwizard-stage2.png")));

    wizard.prevButton()->click();
    QTRY_COMPARE(stages.count(), 3);
    QVERIFY(wizard.nextButton()->isEnabled());
    QVERIFY(!wizard.prevButton()->isEnabled());
    QVERIFY2(server.waitForScript(5000), qPrintable(server.failures().join(u'\n')));
}

void TestCommandWizard::cancelOnTheWire()
{
    FakeServer server;
    server.setCertificate(m_leaf);
    charla::test::LoginScript{}.addTo(server);
    server
        .expect(QStringLiteral("<iq type='set' id='$a' to='svc@localhost'><command xmlns='%1' "
                               "node='adduser' action='execute'/></iq>").arg(kCmd))
        .send(stage(QStringLiteral("$a"), QStringLiteral("<actions execute='next'><next/></actions>"),
                    kStage1Form))
        .expect(QStringLiteral("<iq type='set' id='$b' to='svc@localhost'><command xmlns='%1' "
                               "node='adduser' sessionid='s1' action='cancel'/></iq>").arg(kCmd))
        .send(QStringLiteral("<iq type='result' id='$b' from='svc@localhost'><command xmlns='%1' "
                             "node='adduser' sessionid='s1' status='canceled'/></iq>").arg(kCmd));
    Client client;
    installCoreFeatures(client);
    client.addFeature(new AdHocCommands(&client));
    AdHocSession session(&client, Jid::parse(QStringLiteral("svc@localhost")),
                         QStringLiteral("adduser"));
    CommandWizard wizard(&session);
    wizard.show();
    QSignalSpy finished(&session, &AdHocSession::finished);
    connect(&session, &AdHocSession::stageChanged, &wizard, [&] {
        if (session.state() == AdHocSession::State::Executing)
            wizard.cancelButton()->click();
    });
    connect(&client, &Client::connected, &session, &AdHocSession::start);
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(session.state(), AdHocSession::State::Canceled);
    QCOMPARE(wizard.cancelButton()->text(), QStringLiteral("Close"));
    QVERIFY(!wizard.nextButton()->isEnabled());
}

QTEST_MAIN(TestCommandWizard)
#include "tst_commandwizard.moc"
