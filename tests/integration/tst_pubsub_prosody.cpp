// Publish-subscribe against a real Prosody (a mod_pubsub component, pubsub.localhost): an
// account subscribes to a node and the item another account publishes arrives as a feed row
// (Atom title and summary as its text); a "notification" for that node sent by a user instead
// of the service is ignored; the account's own PEP nodes and their items are listed; charla-cli
// pubsub prints a node's items as JSON lines.
#include "ProsodyFixture.h"

#include "features/CoreFeatures.h"
#include "features/PubSubFeature.h"
#include "models/PubSubFeedModel.h"
#include "stream/Client.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;
using charla::test::ProsodyFixture;

namespace {
const QString kService = QStringLiteral("pubsub.localhost");
const QString kNode = QStringLiteral("news");
const QString kPubSubNs = QStringLiteral("http://jabber.org/protocol/pubsub");
const QString kAtomNs = QStringLiteral("http://www.w3.org/2005/Atom");

Element publishIq(const QString &to, const QString &node, const QString &id, const QString &title,
                  const QString &summary)
{
    Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    if (!to.isEmpty())
        iq.setAttribute(QStringLiteral("to"), to);
    Element &publish = iq.addChild(QStringLiteral("pubsub"), kPubSubNs).addChild(QStringLiteral("publish"), kPubSubNs);
    publish.setAttribute(QStringLiteral("node"), node);
    Element &item = publish.addChild(QStringLiteral("item"), kPubSubNs);
    item.setAttribute(QStringLiteral("id"), id);
    Element &entry = item.addChild(QStringLiteral("entry"), kAtomNs);
    entry.addChild(QStringLiteral("title"), kAtomNs).setText(title);
    entry.addChild(QStringLiteral("summary"), kAtomNs).setText(summary);
    return iq;
}
} // namespace

class TestPubSubProsody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void subscribeAndReceive();
    void ownPepNodes();
    void cliPubsub();

private:
    bool login(Client &client, const QString &user);
    bool request(Client &client, const Element &iq, QString *error = nullptr);
    ProsodyFixture m_prosody;
    QTemporaryDir m_dir;
};

void TestPubSubProsody::initTestCase()
{
    m_prosody.addAdmin(QStringLiteral("editor@localhost")); // may create nodes on the service
    m_prosody.setExtraConfig(QStringLiteral("Component \"%1\" \"pubsub\"\n").arg(kService));
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY(m_prosody.createAccount(QStringLiteral("editor"), QStringLiteral("editor-pw")));
    QVERIFY(m_prosody.createAccount(QStringLiteral("reader"), QStringLiteral("reader-pw")));
}

bool TestPubSubProsody::login(Client &client, const QString &user)
{
    installCoreFeatures(client);
    client.addFeature(new PubSubFeature(&client));
    client.setAutoReconnect(false);
    const SessionConfig c = m_prosody.sessionConfig(user);
    QSignalSpy up(&client, &Client::connected);
    client.connectToServer(c);
    if (!up.wait(15000))
        return false;
    client.send(Element(QStringLiteral("presence"), QStringLiteral("jabber:client")));
    return true;
}

bool TestPubSubProsody::request(Client &client, const Element &iq, QString *error)
{
    std::optional<IqResult> result;
    client.sendIq(iq, this, [&](const IqResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return false;
    if (error)
        *error = result->error.text;
    return result->ok();
}

void TestPubSubProsody::subscribeAndReceive()
{
    Client editor, reader;
    QVERIFY(login(editor, QStringLiteral("editor")));
    QVERIFY(login(reader, QStringLiteral("reader")));
    QString error;
    Element create(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    create.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    create.setAttribute(QStringLiteral("to"), kService);
    create.addChild(QStringLiteral("pubsub"), kPubSubNs).addChild(QStringLiteral("create"), kPubSubNs)
        .setAttribute(QStringLiteral("node"), kNode);
    QVERIFY2(request(editor, create, &error), qPrintable(error));

    auto *pubsub = reader.feature<PubSubFeature>();
    PubSubFeedModel feed(pubsub);
    QAbstractItemModelTester tester(&feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::optional<Error> subscribed;
    pubsub->subscribe(Jid::parse(kService), kNode, this, [&](const Error &e) { subscribed = e; });
    QTRY_VERIFY_WITH_TIMEOUT(subscribed.has_value(), 10000);
    QVERIFY2(!subscribed->isError(), qPrintable(subscribed->text));
    QVERIFY(pubsub->isSubscribed(Jid::parse(kService), kNode));

    QSignalSpy published(pubsub, &PubSubFeature::itemPublished);
    QVERIFY2(request(editor, publishIq(kService, kNode, QStringLiteral("item-1"), QStringLiteral("Hello"),
                                       QStringLiteral("First post")),
                     &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(feed.rowCount(), 1, 10000);
    const QModelIndex row = feed.index(0);
    QCOMPARE(row.data(PubSubFeedModel::ServiceRole).toString(), kService);
    QCOMPARE(row.data(PubSubFeedModel::NodeRole).toString(), kNode);
    QCOMPARE(row.data(PubSubFeedModel::IdRole).toString(), QStringLiteral("item-1"));
    QCOMPARE(row.data(PubSubFeedModel::TitleRole).toString(), QStringLiteral("Hello"));
    QCOMPARE(row.data(PubSubFeedModel::TextRole).toString(), QStringLiteral("First post"));

    // A user cannot pose as the service: the same event from editor's account is dropped.
    Element fake(QStringLiteral("message"), QStringLiteral("jabber:client"));
    fake.setAttribute(QStringLiteral("to"), QStringLiteral("reader@localhost"));
    Element &items = fake.addChild(QStringLiteral("event"), PubSubFeature::EventNamespace)
                         .addChild(QStringLiteral("items"), PubSubFeature::EventNamespace);
    items.setAttribute(QStringLiteral("node"), kNode);
    items.addChild(QStringLiteral("item"), PubSubFeature::EventNamespace)
        .setAttribute(QStringLiteral("id"), QStringLiteral("forged"));
    editor.send(fake);
    // A second real item, after the forged one: when it is in, the forged one had its chance.
    QVERIFY(request(editor, publishIq(kService, kNode, QStringLiteral("item-2"), QStringLiteral("Again"),
                                      QStringLiteral("Second post"))));
    QTRY_COMPARE_WITH_TIMEOUT(feed.rowCount(), 2, 10000);
    QCOMPARE(feed.index(0).data(PubSubFeedModel::IdRole).toString(), QStringLiteral("item-2")); // newest first
    for (int i = 0; i < feed.rowCount(); ++i)
        QVERIFY(feed.index(i).data(PubSubFeedModel::IdRole).toString() != QLatin1String("forged"));

    // The node's items, asked.
    std::optional<QList<PubSubItem>> listed;
    pubsub->items(Jid::parse(kService), kNode, 10, this,
                  [&](const QList<PubSubItem> &i, const Error &e) {
                      QVERIFY2(!e.isError(), qPrintable(e.text));
                      listed = i;
                  });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 10000);
    QStringList ids;
    for (const PubSubItem &i : *listed)
        ids << i.id;
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("item-1"), QStringLiteral("item-2")}));

    // Unsubscribed: new items no longer reach the feed.
    std::optional<Error> gone;
    pubsub->unsubscribe(Jid::parse(kService), kNode, this, [&](const Error &e) { gone = e; });
    QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 10000);
    QVERIFY2(!gone->isError(), qPrintable(gone->text));
    QVERIFY(request(editor, publishIq(kService, kNode, QStringLiteral("item-3"), QStringLiteral("Late"),
                                      QStringLiteral("Nobody listens"))));
    QTest::qWait(500);
    QCOMPARE(feed.rowCount(), 2);
}

void TestPubSubProsody::ownPepNodes()
{
    Client reader;
    QVERIFY(login(reader, QStringLiteral("reader")));
    const QString node = QStringLiteral("urn:example:notes");
    QString error;
    // XEP-0163: publishing to one's own bare JID (no 'to') creates the PEP node.
    QVERIFY2(request(reader, publishIq(QString(), node, QStringLiteral("n1"), QStringLiteral("Note"),
                                       QStringLiteral("Buy milk")),
                     &error),
             qPrintable(error));
    auto *pubsub = reader.feature<PubSubFeature>();
    std::optional<QList<DiscoItem>> nodes;
    pubsub->nodes(reader.jid().bare(), this, [&](const QList<DiscoItem> &n, const Error &e) {
        QVERIFY2(!e.isError(), qPrintable(e.text));
        nodes = n;
    });
    QTRY_VERIFY_WITH_TIMEOUT(nodes.has_value(), 10000);
    QStringList names;
    for (const DiscoItem &n : *nodes)
        names << n.node;
    QVERIFY2(names.contains(node), qPrintable(names.join(u' ')));
    std::optional<QList<PubSubItem>> items;
    pubsub->items(reader.jid().bare(), node, 0, this, [&](const QList<PubSubItem> &i, const Error &e) {
        QVERIFY2(!e.isError(), qPrintable(e.text));
        items = i;
    });
    QTRY_VERIFY_WITH_TIMEOUT(items.has_value(), 10000);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().text, QStringLiteral("Buy milk"));
}

void TestPubSubProsody::cliPubsub()
{
    const QString cli = qEnvironmentVariable("CHARLA_CLI");
    QVERIFY(QFile::exists(cli));
    const QString pwFile = m_dir.filePath(QStringLiteral("reader.pw"));
    QFile pw(pwFile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("reader-pw\n");
    pw.close();
    QProcess run;
    run.start(cli, {QStringLiteral("--jid"), QStringLiteral("reader@localhost"),
                    QStringLiteral("--password-file"), pwFile, QStringLiteral("--host"), m_prosody.host(),
                    QStringLiteral("--port"), QString::number(m_prosody.c2sPort()),
                    QStringLiteral("--ca-file"), m_prosody.caFile(), QStringLiteral("pubsub"), kService, kNode});
    QVERIFY(run.waitForFinished(30000));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    const QList<QByteArray> lines = run.readAllStandardOutput().trimmed().split('\n');
    QStringList ids;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("service")).toString(), kService);
        QCOMPARE(o.value(QStringLiteral("node")).toString(), kNode);
        ids << o.value(QStringLiteral("id")).toString();
        if (o.value(QStringLiteral("id")).toString() == QLatin1String("item-1")) {
            QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Hello"));
            QVERIFY(o.value(QStringLiteral("payload")).toString().contains(QStringLiteral("First post")));
        }
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("item-1"), QStringLiteral("item-2"), QStringLiteral("item-3")}));
}

QTEST_GUILESS_MAIN(TestPubSubProsody)
#include "tst_pubsub_prosody.moc"
