// The service windows against a real Prosody: the discovery browser loads the server's items
// only when expanded and its info when selected (DiscoModel under QAbstractItemModelTester),
// shows the MUC and upload components with their identities, features and the upload
// service's extended info form, offers the actions their features allow (join a room, run the
// server's commands, ask its version and uptime); the Server information window judges the
// server against XEP-0479 (carbons switched off here, so that requirement must show missing)
// and lists its XEP-0157 contact addresses, version and uptime. Offscreen grabs are saved.
#include "ProsodyFixture.h"
#include "TestEnv.h"

#include "AccountActions.h"
#include "AvatarProvider.h"
#include "account/Account.h"
#include "account/AccountManager.h"
#include "features/GatewayFeature.h"
#include "features/RosterFeature.h"
#include "services/GatewayIcon.h"
#include "services/ServiceActions.h"
#include "console/XmlConsole.h"
#include "features/AdHocCommands.h"
#include "features/RegistrationFeature.h"
#include "models/XmlLogModel.h"
#include "services/DeleteAccountDialog.h"
#include "features/CoreFeatures.h"
#include "features/DiscoClient.h"
#include "features/LastActivityFeature.h"
#include "features/NamespaceNames.h"
#include "features/PubSubFeature.h"
#include "models/PubSubFeedModel.h"
#include "services/PubSubWindow.h"
#include "features/ServerProbe.h"
#include "forms/DataFormWidget.h"
#include "models/DiscoModel.h"
#include "services/CommandWizard.h"
#include "services/DiscoBrowser.h"
#include "services/RunCommandDialog.h"
#include "services/ServerInfoWindow.h"
#include "stream/Client.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace charla;
using charla::test::ProsodyFixture;

class TestServicesWindows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelLoadsLazily();
    void browserShowsComponents();
    void browserAsksVersionAndUptime();
    void browserRunsServerCommand();
    void serverInformation();
    void pubsubWindow();
    void consoleShowsLogin();
    void deleteAccountAsksFirst();
    void gatewayContactsShowItsIcon();

private:
    bool login(Client &client, const QString &user);
    ProsodyFixture m_prosody;
};

void TestServicesWindows::initTestCase()
{
    m_prosody.addModule(QStringLiteral("admin_adhoc"));
    m_prosody.addModule(QStringLiteral("uptime"));
    m_prosody.addModule(QStringLiteral("server_contact_info"));
    m_prosody.addAdmin(QStringLiteral("boss@localhost"));
    // Carbons off: a requirement of the IM suites this server then does not meet.
    m_prosody.setExtraConfig(QStringLiteral(
        "modules_disabled = { \"s2s\"; \"carbons\" }\n"
        "contact_info = { abuse = { \"mailto:abuse@localhost\" }; "
        "admin = { \"xmpp:boss@localhost\" } }\n"
        "Component \"pubsub.localhost\" \"pubsub\"\n"));
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY(m_prosody.createAccount(QStringLiteral("boss"), QStringLiteral("boss-pw")));
    QVERIFY(m_prosody.createAccount(QStringLiteral("pat"), QStringLiteral("pat-pw")));
    QVERIFY(m_prosody.createAccount(QStringLiteral("gone"), QStringLiteral("gone-pw")));
    QVERIFY(m_prosody.createAccount(QStringLiteral("watch"), QStringLiteral("Watch-pw-5521")));
}

bool TestServicesWindows::login(Client &client, const QString &user)
{
    installCoreFeatures(client);
    client.addFeature(new DiscoClient(&client));
    client.addFeature(new AdHocCommands(&client));
    client.addFeature(new LastActivityFeature(&client));
    client.addFeature(new PubSubFeature(&client));
    client.setAutoReconnect(false);
    const SessionConfig c = m_prosody.sessionConfig(user);
    QSignalSpy up(&client, &Client::connected);
    client.connectToServer(c);
    if (!up.wait(15000))
        return false;
    // Available: the server delivers notifications sent to the bare JID (pubsub) only then.
    client.send(Element(QStringLiteral("presence"), QStringLiteral("jabber:client")));
    return true;
}

void TestServicesWindows::modelLoadsLazily()
{
    Client client;
    QVERIFY(login(client, QStringLiteral("pat")));
    {
        // Nothing below the root is asked before a view expands it (no model tester here: it
        // fetches everything it can, as a view that expands all would).
        DiscoModel lazy(client.feature<DiscoClient>());
        lazy.setRoot(Jid::parse(m_prosody.domain()));
        const QModelIndex root = lazy.rootIndex();
        QCOMPARE(lazy.rowCount(root), 0);
        QVERIFY(lazy.hasChildren(root));
        QVERIFY(lazy.canFetchMore(root));
        QTRY_COMPARE_WITH_TIMEOUT(root.data(DiscoModel::InfoStateRole).toInt(),
                                  int(DiscoModel::LoadState::Loaded), 10000);
        QCOMPARE(root.data(DiscoModel::CategoryRole).toString(), QStringLiteral("server"));
        QCOMPARE(root.data(DiscoModel::ItemsStateRole).toInt(), int(DiscoModel::LoadState::NotLoaded));
        QCOMPARE(lazy.rowCount(root), 0);
    }
    DiscoModel model(client.feature<DiscoClient>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy items(&model, &DiscoModel::itemsLoaded);
    model.setRoot(Jid::parse(m_prosody.domain()));
    const QModelIndex root = model.rootIndex();
    QVERIFY(root.isValid());
    model.fetchMore(root);
    QVERIFY(!model.canFetchMore(root)); // asked once
    QTRY_VERIFY_WITH_TIMEOUT(!items.isEmpty(), 10000);
    const QModelIndex muc = model.find(m_prosody.mucDomain());
    const QModelIndex upload = model.find(m_prosody.uploadDomain());
    QVERIFY(muc.isValid() && upload.isValid());
    QCOMPARE(muc.parent(), root);
    // A child's info comes only when asked (a selection).
    QCOMPARE(muc.data(DiscoModel::InfoStateRole).toInt(), int(DiscoModel::LoadState::NotLoaded));
    model.fetchInfo(muc);
    QTRY_COMPARE_WITH_TIMEOUT(muc.data(DiscoModel::CategoryRole).toString(),
                              QStringLiteral("conference"), 10000);
    // The MUC service has no rooms yet: after asking, it offers nothing to expand.
    model.fetchMore(muc);
    QTRY_COMPARE_WITH_TIMEOUT(muc.data(DiscoModel::ItemsStateRole).toInt(),
                              int(DiscoModel::LoadState::Loaded), 10000);
    QVERIFY(!model.hasChildren(muc));

    // An entity that does not exist: the failure is said, not hidden.
    model.setRoot(Jid::parse(QStringLiteral("nowhere.localhost")));
    QTRY_COMPARE_WITH_TIMEOUT(model.rootIndex().data(DiscoModel::InfoStateRole).toInt(),
                              int(DiscoModel::LoadState::Failed), 10000);
    QVERIFY(!model.rootIndex().data(DiscoModel::ErrorRole).toString().isEmpty());
}

void TestServicesWindows::browserShowsComponents()
{
    Client client;
    QVERIFY(login(client, QStringLiteral("pat")));
    DiscoBrowser browser(&client, Jid::parse(m_prosody.domain()));
    browser.show();
    QTRY_VERIFY_WITH_TIMEOUT(!browser.featureNames().isEmpty(), 10000);
    QVERIFY2(browser.identitiesText().contains(QStringLiteral("server/im")),
             qPrintable(browser.identitiesText()));
    // Known namespaces by their names, the rest by namespace.
    QVERIFY(browser.featureNames().contains(namespaceName(QStringLiteral("http://jabber.org/protocol/commands"))));
    QVERIFY(browser.commandsButton()->isEnabled());
    QVERIFY(!browser.joinButton()->isEnabled());
    // The browser expanded the root: the components are listed.
    QTRY_VERIFY_WITH_TIMEOUT(browser.model()->find(m_prosody.mucDomain()).isValid(), 10000);
    QVERIFY(browser.view()->isExpanded(browser.model()->rootIndex()));

    const QModelIndex muc = browser.model()->find(m_prosody.mucDomain());
    browser.view()->setCurrentIndex(muc);
    QTRY_VERIFY_WITH_TIMEOUT(browser.joinButton()->isEnabled(), 10000);
    QVERIFY2(browser.identitiesText().contains(QStringLiteral("conference/text")),
             qPrintable(browser.identitiesText()));
    QVERIFY(browser.featureNames().contains(namespaceName(QStringLiteral("http://jabber.org/protocol/muc"))));
    QSignalSpy join(&browser, &DiscoBrowser::joinRoomRequested);
    browser.joinButton()->click();
    QCOMPARE(join.count(), 1);
    QCOMPARE(join.at(0).at(0).toString(), m_prosody.mucDomain());

    const QModelIndex upload = browser.model()->find(m_prosody.uploadDomain());
    browser.view()->setCurrentIndex(upload);
    QTRY_VERIFY_WITH_TIMEOUT(browser.formTypes().contains(QStringLiteral("urn:xmpp:http:upload:0")),
                             10000);
    QVERIFY(!browser.joinButton()->isEnabled());
    // XEP-0128 information is shown, not editable.
    auto *form = browser.findChild<DataFormWidget *>(QStringLiteral("extendedInfo"));
    QVERIFY(form && form->isReadOnly());
    QTest::qWait(50);
    QVERIFY(browser.grab().save(test::outputDir() + QStringLiteral("/discobrowser-upload.png")));

    // Browsing somewhere else by address starts a new tree there.
    browser.jidEdit()->setText(m_prosody.mucDomain());
    browser.findChild<QPushButton *>(QStringLiteral("discoGo"))->click();
    QCOMPARE(browser.model()->rootIndex().data(DiscoModel::JidRole).toString(), m_prosody.mucDomain());
    QTRY_VERIFY_WITH_TIMEOUT(browser.joinButton()->isEnabled(), 10000);
}

void TestServicesWindows::browserAsksVersionAndUptime()
{
    Client client;
    QVERIFY(login(client, QStringLiteral("pat")));
    DiscoBrowser browser(&client, Jid::parse(m_prosody.domain()));
    QTRY_VERIFY_WITH_TIMEOUT(browser.versionButton()->isEnabled(), 10000);
    QVERIFY(browser.lastActivityButton()->isEnabled()); // mod_uptime
    QSignalSpy shown(&browser, &DiscoBrowser::resultShown);
    browser.versionButton()->click();
    QVERIFY(shown.wait(10000));
    QVERIFY2(browser.resultText().contains(QStringLiteral("Prosody")), qPrintable(browser.resultText()));
    browser.lastActivityButton()->click();
    QVERIFY(shown.wait(10000));
    QVERIFY2(browser.resultText().contains(QStringLiteral("running for")),
             qPrintable(browser.resultText()));
}

void TestServicesWindows::browserRunsServerCommand()
{
    Client client;
    QVERIFY(login(client, QStringLiteral("boss")));
    DiscoBrowser browser(&client, Jid::parse(m_prosody.domain()));
    QTRY_VERIFY_WITH_TIMEOUT(browser.commandsButton()->isEnabled(), 10000);
    auto *dialog = qobject_cast<RunCommandDialog *>(browser.openCommands());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->commandList()->count() > 0, 10000);
    const auto found = dialog->commandList()->findItems(QStringLiteral("Get List of Online Users"),
                                                        Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    dialog->commandList()->setCurrentItem(found.first());
    CommandWizard *wizard = dialog->runSelected();
    QVERIFY(wizard);
    // Prosody's first stage is a form (how many to list).
    QTRY_VERIFY_WITH_TIMEOUT(wizard->completeButton()->isEnabled() || wizard->nextButton()->isEnabled(),
                             10000);
    QTest::qWait(50);
    QVERIFY(wizard->grab().save(test::outputDir() + QStringLiteral("/discobrowser-command.png")));
    (wizard->completeButton()->isEnabled() ? wizard->completeButton() : wizard->nextButton())->click();
    // Finished: Cancel became Close, and the result form is shown.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->cancelButton()->text(), QStringLiteral("Close"), 10000);
    QVERIFY2(wizard->statusText().contains(QStringLiteral("complete")), qPrintable(wizard->statusText()));
    QString all;
    for (const DataFormField &f : wizard->formWidget()->form().fields)
        all += f.values.join(u' ') + u' ';
    QVERIFY2(all.contains(QStringLiteral("boss@localhost")), qPrintable(all));
    delete wizard;
    delete dialog;
}

void TestServicesWindows::serverInformation()
{
    Client client;
    QVERIFY(login(client, QStringLiteral("pat")));
    ServerInfoWindow window(&client);
    QSignalSpy loaded(&window, &ServerInfoWindow::loaded);
    window.show();
    QVERIFY(loaded.wait(15000));
    const QString summary = window.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Prosody")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Running for")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("mailto:abuse@localhost")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("xmpp:boss@localhost")), qPrintable(summary));

    // status of a requirement in a suite, as the window shows it
    const auto status = [&](const QString &suite, const QString &feature) {
        QTreeWidget *tree = window.suites();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = tree->topLevelItem(i);
            if (top->text(0) != suite)
                continue;
            for (int j = 0; j < top->childCount(); ++j)
                if (top->child(j)->text(0) == feature)
                    return top->child(j)->data(1, Qt::UserRole).toInt();
        }
        return -1;
    };
    using S = ComplianceRequirement::Status;
    QCOMPARE(window.suites()->topLevelItemCount(), 4);
    QCOMPARE(status(QStringLiteral("Core Server"), QStringLiteral("Feature discovery")), int(S::Met));
    QCOMPARE(status(QStringLiteral("Core Server"), QStringLiteral("Server extensibility")),
             int(S::Unknown));
    QCOMPARE(status(QStringLiteral("Advanced Core Server"), QStringLiteral("Event publishing")),
             int(S::Met));
    QCOMPARE(status(QStringLiteral("IM Server"), QStringLiteral("vcard-temp")), int(S::Met));
    QCOMPARE(status(QStringLiteral("IM Server"), QStringLiteral("Group chat")), int(S::Met));
    QCOMPARE(status(QStringLiteral("IM Server"), QStringLiteral("File upload")), int(S::Met));
    QCOMPARE(status(QStringLiteral("Advanced IM Server"), QStringLiteral("Stream management")),
             int(S::Met));
    QCOMPARE(status(QStringLiteral("Advanced IM Server"), QStringLiteral("History storage / retrieval")),
             int(S::Met));
    QCOMPARE(status(QStringLiteral("Advanced IM Server"), QStringLiteral("User blocking")), int(S::Met));
    // Switched off in this server: listed as missing, and the IM suites are not met.
    QCOMPARE(status(QStringLiteral("IM Server"), QStringLiteral("Outbound message synchronization")),
             int(S::Missing));
    const QList<ComplianceRequirement> rows = window.probe()->compliance();
    QVERIFY(!ComplianceSuites::meets(rows, ComplianceRequirement::Suite::Im));
    QVERIFY(window.suites()->topLevelItem(2)->text(1).contains(QStringLiteral("missing")));
    QTest::qWait(50);
    QVERIFY(window.grab().save(test::outputDir() + QStringLiteral("/serverinfo.png")));
}

void TestServicesWindows::pubsubWindow()
{
    Client boss, pat;
    QVERIFY(login(boss, QStringLiteral("boss")));
    QVERIFY(login(pat, QStringLiteral("pat")));
    const QString pubsubNs = QStringLiteral("http://jabber.org/protocol/pubsub");
    const auto iq = [&](const QString &to, const QString &what, const QString &node) {
        Element e(QStringLiteral("iq"), QStringLiteral("jabber:client"));
        e.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
        if (!to.isEmpty())
            e.setAttribute(QStringLiteral("to"), to);
        Element &op = e.addChild(QStringLiteral("pubsub"), pubsubNs).addChild(what, pubsubNs);
        op.setAttribute(QStringLiteral("node"), node);
        return e;
    };
    const auto send = [&](Client &c, const Element &e) {
        std::optional<bool> ok;
        c.sendIq(e, this, [&](const IqResult &r) { ok = r.ok(); });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 10000) && *ok;
    };
    const auto publish = [&](const QString &to, const QString &node, const QString &text) {
        Element e(QStringLiteral("iq"), QStringLiteral("jabber:client"));
        e.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
        if (!to.isEmpty())
            e.setAttribute(QStringLiteral("to"), to);
        Element &pub = e.addChild(QStringLiteral("pubsub"), pubsubNs).addChild(QStringLiteral("publish"), pubsubNs);
        pub.setAttribute(QStringLiteral("node"), node);
        pub.addChild(QStringLiteral("item"), pubsubNs)
            .addChild(QStringLiteral("status"), QStringLiteral("urn:example:status"))
            .setText(text);
        return e;
    };
    // A PEP node of pat's own, and a node on the pubsub service.
    QVERIFY(send(pat, publish(QString(), QStringLiteral("urn:example:status"), QStringLiteral("Writing tests"))));
    QVERIFY(send(boss, iq(QStringLiteral("pubsub.localhost"), QStringLiteral("create"), QStringLiteral("alerts"))));

    PubSubFeedModel feed(pat.feature<PubSubFeature>());
    PubSubWindow window(&pat, &feed);
    QSignalSpy listed(&window, &PubSubWindow::ownNodesListed);
    window.show();
    QVERIFY(listed.count() > 0 || listed.wait(10000));
    const auto nodes = window.ownNodes()->findItems(QStringLiteral("urn:example:status"), Qt::MatchExactly);
    QCOMPARE(nodes.size(), 1);
    QSignalSpy items(&window, &PubSubWindow::itemsListed);
    window.ownNodes()->expandItem(nodes.first());
    QVERIFY(items.wait(10000));
    QCOMPARE(nodes.first()->childCount(), 1);
    QVERIFY(nodes.first()->child(0)->text(1).contains(QStringLiteral("Writing tests")));

    window.serviceEdit()->setText(QStringLiteral("pubsub.localhost"));
    window.nodeEdit()->setText(QStringLiteral("alerts"));
    QSignalSpy subscribed(&window, &PubSubWindow::subscribed);
    window.subscribeButton()->click();
    QVERIFY(subscribed.wait(10000));
    QVERIFY(send(boss, publish(QStringLiteral("pubsub.localhost"), QStringLiteral("alerts"),
                               QStringLiteral("Disk almost full"))));
    QTRY_COMPARE_WITH_TIMEOUT(feed.rowCount(), 1, 10000);
    QVERIFY(feed.index(0).data().toString().contains(QStringLiteral("Disk almost full")));
    QTest::qWait(50);
    QVERIFY(window.grab().save(test::outputDir() + QStringLiteral("/pubsubwindow.png")));
}

void TestServicesWindows::consoleShowsLogin()
{
    // The console opened after login still shows the login: the account keeps a log from the
    // start (masked: the password never appears).
    QTemporaryDir dir;
    AccountConfig config;
    config.jid = QStringLiteral("watch@localhost");
    config.host = m_prosody.host();
    config.port = m_prosody.c2sPort();
    config.caFile = m_prosody.caFile();
    Account account(Profile(dir.path()), config);
    QSignalSpy up(account.client(), &Client::connected);
    account.connectWithPassword(QStringLiteral("Watch-pw-5521"));
    QVERIFY(up.wait(15000));
    QVERIFY(account.xmlLog()->rowCount() > 0);
    XmlConsole console(account.client()->session(), config.jid, nullptr, account.xmlLog());
    const QString shown = console.shownText();
    QVERIFY2(shown.contains(QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl")), qPrintable(shown.left(2000)));
    QVERIFY(shown.contains(QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind")));
    QVERIFY(!shown.contains(QStringLiteral("Watch-pw-5521")));
    QVERIFY(!shown.contains(QString::fromLatin1(QByteArrayLiteral("Watch-pw-5521").toBase64())));
    // Live traffic keeps coming in after opening.
    const int before = account.xmlLog()->rowCount();
    account.client()->send(Element(QStringLiteral("presence"), QStringLiteral("jabber:client")));
    QTRY_VERIFY_WITH_TIMEOUT(account.xmlLog()->rowCount() > before, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(console.shownText().length() > shown.length(), 5000);
}

void TestServicesWindows::deleteAccountAsksFirst()
{
    Client client;
    QVERIFY(login(client, QStringLiteral("gone")));
    auto *registration = new RegistrationFeature(&client);
    client.addFeature(registration);
    DeleteAccountDialog dialog(registration, QStringLiteral("gone@localhost"));
    dialog.show();
    // Nothing happens until the address is typed exactly.
    QVERIFY(!dialog.deleteButton()->isEnabled());
    dialog.confirmEdit()->setText(QStringLiteral("gone@localhos"));
    QVERIFY(!dialog.deleteButton()->isEnabled());
    dialog.confirmEdit()->setText(QStringLiteral("gone@localhost"));
    QVERIFY(dialog.deleteButton()->isEnabled());
    QVERIFY(dialog.grab().save(test::outputDir() + QStringLiteral("/deleteaccount.png")));
    QSignalSpy deleted(&dialog, &DeleteAccountDialog::deleted);
    dialog.deleteButton()->click();
    QVERIFY2(deleted.wait(10000), qPrintable(dialog.statusText()));
    // Gone on the server: logging in again fails.
    Client again;
    installCoreFeatures(again);
    again.setAutoReconnect(false);
    const SessionConfig c = m_prosody.sessionConfig(QStringLiteral("gone"));
    QSignalSpy failed(&again, &Client::errorOccurred);
    again.connectToServer(c);
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.at(0).at(0).value<Error>().kind, Error::Auth);
}

void TestServicesWindows::gatewayContactsShowItsIcon()
{
    QCOMPARE(GatewayIcon::label(QStringLiteral("irc")), QStringLiteral("IRC"));
    QCOMPARE(GatewayIcon::label(QStringLiteral("telegram")), QStringLiteral("TG"));
    QCOMPARE(GatewayIcon::label(QStringLiteral("foonet")), QStringLiteral("FOO"));
    const QImage irc = GatewayIcon::pixmap(QStringLiteral("irc"), 32).toImage();
    const QImage tg = GatewayIcon::pixmap(QStringLiteral("telegram"), 32).toImage();
    QCOMPARE(irc.size(), QSize(32, 32));
    QVERIFY(irc.pixelColor(16, 3) != tg.pixelColor(16, 3)); // each network its colour
    QCOMPARE(irc.pixelColor(0, 0).alpha(), 0);               // round

    // Through the Services wiring: once the account is registered with an IRC gateway, its
    // contacts without a picture of their own show the gateway's icon; others keep initials.
    QTemporaryDir dir;
    AccountManager manager{Profile(dir.path())};
    AccountConfig config;
    config.jid = QStringLiteral("icon@localhost");
    config.enabled = false;
    Account *account = manager.addAccount(config);
    QVERIFY(account);
    const QString me = QStringLiteral("icon@localhost");
    AvatarProvider avatars;
    avatars.addAccount(me, account->avatars(), account->roster());
    QWidget window;
    AccountActions accountActions(&manager, &window);
    ServiceActions services(&manager, &accountActions, &window);
    services.setAvatarProvider(&avatars);
    account->roster()->applyResult(Element::fromXml(QStringLiteral(
        "<iq xmlns='jabber:client' type='result'><query xmlns='jabber:iq:roster'>"
        "<item jid='gw.example'/><item jid='alice%irc.example@gw.example'/>"
        "<item jid='bob@example.org'/></query></iq>")));
    const QString alice = QStringLiteral("alice%irc.example@gw.example");
    QVERIFY(avatars.pixmap(me, alice, 32).isNull());
    QSignalSpy repaint(&avatars, &AvatarProvider::avatarChanged);
    GatewayFeature::Gateway gw;
    gw.jid = QStringLiteral("gw.example");
    gw.name = QStringLiteral("IRC gateway");
    gw.type = QStringLiteral("irc");
    account->gateways()->registered(gw);
    QVERIFY(repaint.count() >= 2); // the gateway and its contact
    QCOMPARE(avatars.pixmap(me, alice, 32).toImage(), irc);
    QCOMPARE(avatars.pixmap(me, QStringLiteral("gw.example"), 32).toImage(), irc);
    QVERIFY(avatars.pixmap(me, QStringLiteral("bob@example.org"), 32).isNull());
}

QTEST_MAIN(TestServicesWindows)
#include "tst_services_windows.moc"
