// Service discovery and ad-hoc commands against a real Prosody: the server's items list its MUC
// and upload components with their identities; an admin account runs Prosody's XEP-0133
// "Get List of Online Users" through AdHocSession (form stage, then the completed result), a
// normal account is refused; charla-cli disco/command print the same as JSON.
#include "ProsodyFixture.h"
#include "features/AdHocCommands.h"
#include "features/CoreFeatures.h"
#include "features/DiscoClient.h"
#include "features/NamespaceNames.h"
#include "models/AdHocSession.h"
#include "stream/Client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {
const QString kOnlineUsers = QStringLiteral("http://jabber.org/protocol/admin#get-online-users-list");
}

class TestServicesProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void browseServer();
    void adminCommand();
    void commandRefusedForNonAdmin();
    void cliDiscoAndCommand();
    void cliCommandInteractive();

private:
    SessionConfig config(const QString &user) const;
    bool login(Client &client, const QString &user);
    QStringList cliArgs(const QString &user);
    ProsodyFixture m_prosody;
    QTemporaryDir m_dir;
};

void TestServicesProsody::initTestCase()
{
    m_prosody.addModule(QStringLiteral("admin_adhoc"));
    m_prosody.addAdmin(QStringLiteral("boss@localhost"));
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY(m_prosody.createAccount(QStringLiteral("boss"), QStringLiteral("boss-pw")));
    QVERIFY(m_prosody.createAccount(QStringLiteral("pat"), QStringLiteral("pat-pw")));
}

SessionConfig TestServicesProsody::config(const QString &user) const
{
    return m_prosody.sessionConfig(user);
}

bool TestServicesProsody::login(Client &client, const QString &user)
{
    installCoreFeatures(client);
    client.addFeature(new DiscoClient(&client));
    client.addFeature(new AdHocCommands(&client));
    client.setAutoReconnect(false);
    QSignalSpy up(&client, &Client::connected);
    client.connectToServer(config(user));
    if (!up.wait(15000))
        return false;
    client.send(Element(QStringLiteral("presence"), QStringLiteral("jabber:client")));
    return true;
}

void TestServicesProsody::browseServer()
{
    Client client;
    QVERIFY(login(client, QStringLiteral("pat")));
    auto *disco = client.feature<DiscoClient>();
    const Jid server = Jid::parse(m_prosody.domain());
    std::optional<QList<DiscoItem>> items;
    disco->items(server, QString(), this, [&](const QList<DiscoItem> &i, const Error &e) {
        QVERIFY2(!e.isError(), qPrintable(e.text));
        items = i;
    });
    QTRY_VERIFY_WITH_TIMEOUT(items.has_value(), 10000);
    QStringList jids;
    for (const DiscoItem &i : *items)
        jids << i.jid;
    QVERIFY2(jids.contains(m_prosody.mucDomain()), qPrintable(jids.join(u' ')));
    QVERIFY2(jids.contains(m_prosody.uploadDomain()), qPrintable(jids.join(u' ')));

    // Each component says what it is: a MUC service, an upload service.
    std::optional<DiscoInfo> muc, upload;
    disco->info(Jid::parse(m_prosody.mucDomain()), QString(), this,
                [&](const DiscoInfo &i, const Error &e) { QVERIFY(!e.isError()); muc = i; });
    disco->info(Jid::parse(m_prosody.uploadDomain()), QString(), this,
                [&](const DiscoInfo &i, const Error &e) { QVERIFY(!e.isError()); upload = i; });
    QTRY_VERIFY_WITH_TIMEOUT(muc && upload, 10000);
    QVERIFY(muc->hasFeature(QStringLiteral("http://jabber.org/protocol/muc")));
    QCOMPARE(muc->identities.value(0).category, QStringLiteral("conference"));
    QCOMPARE(identityName(muc->identities.value(0).category, muc->identities.value(0).type),
             QStringLiteral("Group chat service"));
    QVERIFY(upload->hasFeature(QStringLiteral("urn:xmpp:http:upload:0")));
    // XEP-0363 11: the size limit travels as an extended info form (XEP-0128).
    QVERIFY(!upload->form(QStringLiteral("urn:xmpp:http:upload:0")).isNull());

    // The server's own info names the commands feature (mod_adhoc).
    std::optional<DiscoInfo> own;
    disco->info(server, QString(), this, [&](const DiscoInfo &i, const Error &) { own = i; });
    QTRY_VERIFY_WITH_TIMEOUT(own.has_value(), 10000);
    QVERIFY(own->hasFeature(QStringLiteral("http://jabber.org/protocol/commands")));
}

void TestServicesProsody::adminCommand()
{
    Client client;
    QVERIFY(login(client, QStringLiteral("boss")));
    const Jid server = Jid::parse(m_prosody.domain());
    std::optional<QList<DiscoItem>> commands;
    client.feature<AdHocCommands>()->listCommands(
        server, this, [&](const QList<DiscoItem> &c, const Error &e) {
            QVERIFY2(!e.isError(), qPrintable(e.text));
            commands = c;
        });
    QTRY_VERIFY_WITH_TIMEOUT(commands.has_value(), 10000);
    QStringList names;
    for (const DiscoItem &c : *commands)
        names << c.name;
    QVERIFY2(names.contains(QStringLiteral("Get List of Online Users")), qPrintable(names.join(u',')));

    AdHocSession session(&client, server, kOnlineUsers);
    int stages = 0;
    connect(&session, &AdHocSession::stageChanged, &session, [&] {
        ++stages;
        if (session.state() != AdHocSession::State::Executing)
            return;
        // Prosody asks how many users to list (a form stage); answer with the defaults.
        QVERIFY(session.hasForm());
        QVERIFY(session.canDo(session.defaultAction()));
        session.perform(session.defaultAction(), session.form());
    });
    QSignalSpy finished(&session, &AdHocSession::finished);
    session.start();
    QVERIFY(finished.wait(15000));
    QVERIFY2(session.state() == AdHocSession::State::Completed, qPrintable(session.error().text));
    QVERIFY(stages >= 2);
    const DataForm result = session.form();
    // The list names the account that asked: it is online.
    QString all;
    for (const DataFormField &f : result.fields)
        all += f.values.join(u' ') + u' ';
    QVERIFY2(all.contains(QStringLiteral("boss@localhost")), qPrintable(all));
}

void TestServicesProsody::commandRefusedForNonAdmin()
{
    Client client;
    QVERIFY(login(client, QStringLiteral("pat")));
    AdHocSession session(&client, Jid::parse(m_prosody.domain()), kOnlineUsers);
    QSignalSpy finished(&session, &AdHocSession::finished);
    session.start();
    QVERIFY(finished.wait(15000));
    // Prosody answers forbidden (or a canceled command with an error note): never a result.
    if (session.state() == AdHocSession::State::Failed) {
        QVERIFY2(session.error().text.contains(QStringLiteral("localhost")),
                 qPrintable(session.error().text));
    } else {
        bool errorNote = false;
        for (const AdHocNote &n : session.notes())
            errorNote = errorNote || n.type == AdHocNote::Type::Error;
        QVERIFY(errorNote);
    }
}

QStringList TestServicesProsody::cliArgs(const QString &user)
{
    const QString pwFile = m_dir.filePath(user + QStringLiteral(".pw"));
    QFile pw(pwFile);
    if (pw.open(QIODevice::WriteOnly))
        pw.write((user + QStringLiteral("-pw\n")).toUtf8());
    pw.close();
    return {QStringLiteral("--jid"), user + QStringLiteral("@localhost"),
            QStringLiteral("--password-file"), pwFile,
            QStringLiteral("--host"), m_prosody.host(),
            QStringLiteral("--port"), QString::number(m_prosody.c2sPort()),
            QStringLiteral("--ca-file"), m_prosody.caFile()};
}

void TestServicesProsody::cliDiscoAndCommand()
{
    const QString cli = qEnvironmentVariable("CHARLA_CLI");
    QVERIFY(QFile::exists(cli));
    QProcess disco;
    disco.start(cli, cliArgs(QStringLiteral("pat")) << QStringLiteral("disco") << m_prosody.domain());
    QVERIFY(disco.waitForFinished(30000));
    QVERIFY2(disco.exitCode() == 0, disco.readAllStandardError().constData());
    const QJsonObject out = QJsonDocument::fromJson(disco.readAllStandardOutput()).object();
    QCOMPARE(out.value(QStringLiteral("jid")).toString(), m_prosody.domain());
    QCOMPARE(out.value(QStringLiteral("identities")).toArray().at(0).toObject()
                 .value(QStringLiteral("category")).toString(), QStringLiteral("server"));
    QVERIFY(out.value(QStringLiteral("features")).toArray().contains(
        QStringLiteral("http://jabber.org/protocol/disco#info")));
    QCOMPARE(out.value(QStringLiteral("feature_names")).toObject()
                 .value(QStringLiteral("http://jabber.org/protocol/commands")).toString(), QStringLiteral("Commands"));
    QStringList itemJids;
    for (const QJsonValue &v : out.value(QStringLiteral("items")).toArray())
        itemJids << v.toObject().value(QStringLiteral("jid")).toString();
    QVERIFY(itemJids.contains(m_prosody.mucDomain()));

    // command, non-interactive (stdin is not a terminal): the defaults plus --field answers.
    QProcess command;
    command.start(cli, cliArgs(QStringLiteral("boss"))
                           << QStringLiteral("command") << m_prosody.domain() << kOnlineUsers
                           << QStringLiteral("--field") << QStringLiteral("max_items=25"));
    command.closeWriteChannel();
    QVERIFY(command.waitForFinished(30000));
    const QByteArray err = command.readAllStandardError();
    QVERIFY2(command.exitCode() == 0, err.constData());
    const QJsonObject result = QJsonDocument::fromJson(command.readAllStandardOutput()).object();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QVERIFY2(QJsonDocument(result.value(QStringLiteral("form")).toObject()).toJson()
                 .contains("boss@localhost"),
             QJsonDocument(result).toJson().constData());

    // Not admin: a remote error, said as a sentence, exit code 4.
    QProcess refused;
    refused.start(cli, cliArgs(QStringLiteral("pat")) << QStringLiteral("command")
                                                      << m_prosody.domain() << kOnlineUsers);
    refused.closeWriteChannel();
    QVERIFY(refused.waitForFinished(30000));
    QCOMPARE(refused.exitCode(), 4);
    QVERIFY(!refused.readAllStandardError().trimmed().isEmpty());
}

void TestServicesProsody::cliCommandInteractive()
{
    // On a terminal the command asks each field: run it under script(1), which gives it a pty,
    // and answer from this side as a person would type.
    const QString cli = qEnvironmentVariable("CHARLA_CLI");
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed");
    QStringList args = cliArgs(QStringLiteral("boss"));
    args.prepend(cli);
    args << QStringLiteral("command") << m_prosody.domain() << kOnlineUsers;
    for (QString &a : args)
        a = QLatin1Char('\'') + a + QLatin1Char('\''); // no spaces or quotes in these paths
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(script, {QStringLiteral("-qec"), args.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    QVERIFY(run.waitForStarted(5000));
    QByteArray seen;
    // Prosody's form asks how many users to list: the prompt names the field.
    QVERIFY2(QTest::qWaitFor([&] {
                 run.waitForReadyRead(100);
                 seen += run.readAll();
                 return seen.contains("Maximum number of users");
             }, 30000),
             seen.constData());
    // The choices are listed; Enter keeps a field's default ("Show details" here).
    QVERIFY2(seen.contains("[25, 50, 75"), seen.constData());
    run.write("25\n\n");
    QVERIFY(run.waitForFinished(30000));
    seen += run.readAll();
    QVERIFY2(run.exitCode() == 0, seen.constData());
    QVERIFY2(seen.contains("\"status\":\"completed\""), seen.constData());
    QVERIFY2(seen.contains("boss@localhost"), seen.constData());
}

QTEST_GUILESS_MAIN(TestServicesProsody)
#include "tst_services_prosody.moc"
