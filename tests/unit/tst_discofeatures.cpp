// The core features against a scripted server, after a real login: what Charla answers to
// disco#info / disco#items (XEP-0030, with the XEP-0115 caps node), software version (XEP-0092)
// and entity time (XEP-0202), and what its request APIs make of other entities' answers.
// The dialogues run with the server's bytes in one piece and cut into 1-byte pieces.
#include "FakeServer.h"
#include "LoginScript.h"
#include "TestCa.h"
#include "features/CapsFeature.h"
#include "features/CoreFeatures.h"
#include "features/DiscoInfoFeature.h"
#include "features/TimeFeature.h"
#include "features/VersionFeature.h"
#include "stream/Client.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

using namespace charla;
using charla::test::addChunkRows;
using charla::test::FakeServer;
using charla::test::TestCa;

namespace {
// What the installed core features advertise, in order, and the XEP-0115 input they hash to.
const QStringList kOwnFeatures = {
    QStringLiteral("http://jabber.org/protocol/caps"),
    QStringLiteral("http://jabber.org/protocol/disco#info"),
    QStringLiteral("http://jabber.org/protocol/disco#items"),
    QStringLiteral("jabber:iq:version"),
    QStringLiteral("urn:xmpp:ping"),
    QStringLiteral("urn:xmpp:time"),
};

QString ownVer()
{
    QByteArray s = "client/pc//Charla<";
    for (const QString &f : kOwnFeatures)
        s += f.toUtf8() + '<';
    return QString::fromLatin1(QCryptographicHash::hash(s, QCryptographicHash::Sha1).toBase64());
}

QString ownInfoQuery(const QString &nodeAttribute = QString())
{
    QString xml = QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#info'%1>"
                                 "<identity category='client' type='pc' name='Charla'/>")
                      .arg(nodeAttribute);
    for (const QString &f : kOwnFeatures)
        xml += QStringLiteral("<feature var='%1'/>").arg(f);
    return xml + QStringLiteral("</query>");
}

QString stanzaError(const QString &id, const QString &type, const QString &condition)
{
    return QStringLiteral("<iq type='error' id='%1' to='bob@localhost/x'><error type='%2'><%3 "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>")
        .arg(id, type, condition);
}

// XEP-0115 5.3, Psi's answer.
const QString kPsiInfo = QString::fromUtf8(
    "<query xmlns='http://jabber.org/protocol/disco#info' "
    "node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='>"
    "<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
    "<identity xml:lang='el' category='client' name='Ψ 0.11' type='pc'/>"
    "<feature var='http://jabber.org/protocol/caps'/>"
    "<feature var='http://jabber.org/protocol/disco#info'/>"
    "<feature var='http://jabber.org/protocol/disco#items'/>"
    "<feature var='http://jabber.org/protocol/muc'/>"
    "<x xmlns='jabber:x:data' type='result'>"
    "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:dataforms:softwareinfo</value></field>"
    "<field var='ip_version' type='text-multi'><value>ipv4</value><value>ipv6</value></field>"
    "<field var='os'><value>Mac</value></field>"
    "<field var='os_version'><value>10.5.1</value></field>"
    "<field var='software'><value>Psi</value></field>"
    "<field var='software_version'><value>0.11</value></field>"
    "</x></query>");
} // namespace

class TestDiscoFeatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void answersDisco_data();
    void answersDisco();
    void answersVersion_data();
    void answersVersion();
    void answersTime_data();
    void answersTime();
    void requests_data();
    void requests();

    void entityTimeFormat_data();
    void entityTimeFormat();
    void entityTimeParse_data();
    void entityTimeParse();

private:
    void scriptLogin(FakeServer &server, int chunk);
    /// Logs @p client in to @p server and runs the script to its end (failures() says why not).
    std::unique_ptr<TestCa> m_ca;
    TestCa::Leaf m_leaf;
};

void TestDiscoFeatures::initTestCase()
{
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
    m_leaf = m_ca->issue({QStringLiteral("localhost")});
    QVERIFY(!m_leaf.certFile.isEmpty());
}

void TestDiscoFeatures::scriptLogin(FakeServer &server, int chunk)
{
    server.setChunkSize(chunk);
    server.setCertificate(m_leaf);
    charla::test::LoginScript{}.addTo(server);
}

void TestDiscoFeatures::answersDisco_data()
{
    addChunkRows();
}

void TestDiscoFeatures::answersDisco()
{
    QFETCH(int, chunk);
    FakeServer server;
    scriptLogin(server, chunk);
    const QString ver = ownVer();
    server.setVariable(QStringLiteral("ver"), ver);
    const QString capsNode = QStringLiteral("https://charla.example.org#$ver");
    server
        // XEP-0030 3.1: identity and every installed feature.
        .send(QStringLiteral("<iq type='get' id='i1' from='bob@localhost/x' "
                             "to='alice@localhost/charla'><query "
                             "xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .expect(QStringLiteral("<iq type='result' id='i1' to='bob@localhost/x'>") + ownInfoQuery() +
                QStringLiteral("</iq>"))
        // XEP-0115 6.2: the caps node answers the same, with the node mirrored.
        .send(QStringLiteral("<iq type='get' id='i2' from='bob@localhost/x'><query "
                             "xmlns='http://jabber.org/protocol/disco#info' node='%1'/></iq>")
                  .arg(capsNode))
        .expect(QStringLiteral("<iq type='result' id='i2' to='bob@localhost/x'>") +
                ownInfoQuery(QStringLiteral(" node='https://charla.example.org#%1'").arg(ver)) +
                QStringLiteral("</iq>"))
        // A stale or made-up ver, or any other node: XEP-0030 7 item-not-found.
        .send(
            QStringLiteral("<iq type='get' id='i3' from='bob@localhost/x'><query "
                           "xmlns='http://jabber.org/protocol/disco#info' "
                           "node='https://charla.example.org#QgayPKawpkPSDYmwT/WM94uAlu0='/></iq>"))
        .expect(stanzaError(QStringLiteral("i3"), QStringLiteral("cancel"),
                            QStringLiteral("item-not-found")))
        .send(QStringLiteral("<iq type='get' id='i4' from='bob@localhost/x'><query "
                             "xmlns='http://jabber.org/protocol/disco#info' "
                             "node='http://jabber.org/protocol/commands'/></iq>"))
        .expect(stanzaError(QStringLiteral("i4"), QStringLiteral("cancel"),
                            QStringLiteral("item-not-found")))
        // XEP-0030 4.1: no items is an empty result; there are no item nodes.
        .send(QStringLiteral("<iq type='get' id='n1' from='bob@localhost/x'><query "
                             "xmlns='http://jabber.org/protocol/disco#items'/></iq>"))
        .expect(QStringLiteral("<iq type='result' id='n1' to='bob@localhost/x'><query "
                               "xmlns='http://jabber.org/protocol/disco#items'/></iq>"))
        .send(QStringLiteral("<iq type='get' id='n2' from='bob@localhost/x'><query "
                             "xmlns='http://jabber.org/protocol/disco#items' node='%1'/></iq>")
                  .arg(capsNode))
        .expect(stanzaError(QStringLiteral("n2"), QStringLiteral("cancel"),
                            QStringLiteral("item-not-found")))
        // Addressed to the bare JID: still us. To another resource: not ours to answer.
        .send(QStringLiteral("<iq type='get' id='i5' from='bob@localhost/x' to='alice@localhost'>"
                             "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .expect(QStringLiteral("<iq type='result' id='i5' to='bob@localhost/x'>") + ownInfoQuery() +
                QStringLiteral("</iq>"))
        .send(QStringLiteral("<iq type='get' id='i6' from='bob@localhost/x' "
                             "to='alice@localhost/other'><query "
                             "xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .expect(stanzaError(QStringLiteral("i6"), QStringLiteral("cancel"),
                            QStringLiteral("service-unavailable")))
        // A disco#info result is not a request: nobody answers it, and the next get still works.
        .send(QStringLiteral("<iq type='result' id='r1' from='bob@localhost/x'><query "
                             "xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .send(QStringLiteral("<iq type='get' id='i7' from='localhost'><query "
                             "xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .expect(QStringLiteral("<iq type='result' id='i7' to='localhost'>") + ownInfoQuery() +
                QStringLiteral("</iq>"));

    Client client;
    installCoreFeatures(client);
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(client.feature<CapsFeature>()->ver(), ver);
}

void TestDiscoFeatures::answersVersion_data()
{
    addChunkRows();
}

void TestDiscoFeatures::answersVersion()
{
    QFETCH(int, chunk);
    FakeServer server;
    scriptLogin(server, chunk);
    Client client;
    installCoreFeatures(client);
    auto *version = client.feature<VersionFeature>();
    QVERIFY(version);
    QVERIFY(!version->sharesOs()); // XEP-0092 5: private by default
    server
        .send(QStringLiteral("<iq type='get' id='v1' from='bob@localhost/x'><query "
                             "xmlns='jabber:iq:version'/></iq>"))
        .expect(
            QStringLiteral("<iq type='result' id='v1' to='bob@localhost/x'><query "
                           "xmlns='jabber:iq:version'><name>Charla</name><version>" CHARLA_VERSION
                           "</version></query></iq>"))
        .call([version] { version->setShareOs(true); })
        .send(QStringLiteral("<iq type='get' id='v2' from='bob@localhost/x'><query "
                             "xmlns='jabber:iq:version'/></iq>"))
        .expect(
            QStringLiteral("<iq type='result' id='v2' to='bob@localhost/x'><query "
                           "xmlns='jabber:iq:version'><name>Charla</name><version>" CHARLA_VERSION
                           "</version><os>$os</os></query></iq>"))
        // jabber:iq:version is get-only: a set is not understood (RFC 6120 8.4).
        .send(QStringLiteral("<iq type='set' id='v3' from='bob@localhost/x'><query "
                             "xmlns='jabber:iq:version'/></iq>"))
        .expect(stanzaError(QStringLiteral("v3"), QStringLiteral("cancel"),
                            QStringLiteral("service-unavailable")));
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    QCOMPARE(server.variable(QStringLiteral("os")), QSysInfo::prettyProductName());
}

void TestDiscoFeatures::answersTime_data()
{
    addChunkRows();
}

void TestDiscoFeatures::answersTime()
{
    QFETCH(int, chunk);
    FakeServer server;
    scriptLogin(server, chunk);
    Client client;
    installCoreFeatures(client);
    auto *time = client.feature<TimeFeature>();
    QVERIFY(time);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    server
        .send(QStringLiteral("<iq type='get' id='t1' from='bob@localhost/x'><time "
                             "xmlns='urn:xmpp:time'/></iq>"))
        .expect(QStringLiteral("<iq type='result' id='t1' to='bob@localhost/x'><time "
                               "xmlns='urn:xmpp:time'><tzo>$tzo</tzo><utc>$utc</utc></time></iq>"))
        .call([time] {
            time->setClock([] {
                return QDateTime(QDate(2026, 11, 21), QTime(11, 0, 0, 250), Qt::OffsetFromUTC,
                                 3600);
            });
        })
        .send(QStringLiteral("<iq type='get' id='t2' from='bob@localhost/x'><time "
                             "xmlns='urn:xmpp:time'/></iq>"))
        .expect(QStringLiteral("<iq type='result' id='t2' to='bob@localhost/x'><time "
                               "xmlns='urn:xmpp:time'><tzo>+01:00</tzo>"
                               "<utc>2026-11-21T10:00:00Z</utc></time></iq>"));
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    // XEP-0202 2 / XEP-0082: TZD `(+|-)hh:mm`, and a DateTime in UTC.
    const QString tzo = server.variable(QStringLiteral("tzo"));
    const QString utc = server.variable(QStringLiteral("utc"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[+-][0-9]{2}:[0-9]{2}$")).match(tzo).hasMatch(),
             qPrintable(tzo));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:"
                                               "[0-9]{2}Z$"))
                 .match(utc)
                 .hasMatch(),
             qPrintable(utc));
    QCOMPARE(tzo, EntityTime::formatTzo(QDateTime::currentDateTime().offsetFromUtc()));
    const QDateTime sent = QDateTime::fromString(utc, Qt::ISODate);
    QVERIFY2(sent >= before.addMSecs(-before.time().msec()) && sent <= after, qPrintable(utc));
}

void TestDiscoFeatures::requests_data()
{
    addChunkRows();
}

void TestDiscoFeatures::requests()
{
    QFETCH(int, chunk);
    FakeServer server;
    scriptLogin(server, chunk);
    server
        .expect(QStringLiteral("<iq type='get' id='$d1' to='bob@localhost/x'><query "
                               "xmlns='http://jabber.org/protocol/disco#info' "
                               "node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$d1' from='bob@localhost/x'>") + kPsiInfo +
              QStringLiteral("</iq>"))
        .expect(QStringLiteral("<iq type='get' id='$d2' to='localhost'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .send(QStringLiteral("<iq type='error' id='$d2' from='localhost'><error type='cancel'>"
                             "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "</error></iq>"))
        .expect(QStringLiteral("<iq type='get' id='$d3' to='bob@localhost/x'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$d3' from='bob@localhost/x'/>"))
        .expect(QStringLiteral("<iq type='get' id='$v1' to='bob@localhost/x'><query "
                               "xmlns='jabber:iq:version'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$v1' from='bob@localhost/x'><query "
                             "xmlns='jabber:iq:version'><name>Psi</name><version>0.11</version>"
                             "<os>Mac</os></query></iq>"))
        .expect(QStringLiteral("<iq type='get' id='$t1' to='bob@localhost/x'><time "
                               "xmlns='urn:xmpp:time'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$t1' from='bob@localhost/x'><time "
                             "xmlns='urn:xmpp:time'><tzo>-06:00</tzo>"
                             "<utc>2006-12-19T17:58:35Z</utc></time></iq>"))
        .expect(QStringLiteral("<iq type='get' id='$t2' to='bob@localhost/x'><time "
                               "xmlns='urn:xmpp:time'/></iq>"))
        .send(QStringLiteral("<iq type='result' id='$t2' from='bob@localhost/x'><time "
                             "xmlns='urn:xmpp:time'><tzo>Europe/Madrid</tzo>"
                             "<utc>2006-12-19T17:58:35Z</utc></time></iq>"));

    Client client;
    installCoreFeatures(client);
    const Jid bob = Jid::parse(QStringLiteral("bob@localhost/x"));
    QList<std::pair<DiscoInfo, Error>> infos;
    std::optional<std::pair<SoftwareVersion, Error>> version;
    QList<std::pair<EntityTime, Error>> times;
    connect(&client, &Client::connected, &client, [&] {
        auto *disco = client.feature<DiscoInfoFeature>();
        const auto keepInfo = [&](const DiscoInfo &i, const Error &e) { infos.append({i, e}); };
        disco->requestInfo(bob, QStringLiteral("http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w="),
                           &client, keepInfo);
        disco->requestInfo(Jid::parse(QStringLiteral("localhost")), QString(), &client, keepInfo);
        disco->requestInfo(bob, QString(), &client, keepInfo);
        client.feature<VersionFeature>()->requestVersion(
            bob, &client,
            [&](const SoftwareVersion &v, const Error &e) { version = std::make_pair(v, e); });
        const auto keepTime = [&](const EntityTime &t, const Error &e) { times.append({t, e}); };
        client.feature<TimeFeature>()->requestTime(bob, &client, keepTime);
        client.feature<TimeFeature>()->requestTime(bob, &client, keepTime);
    });
    QVERIFY2(charla::test::runScript(server, client, *m_ca), qPrintable(server.failures().join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(times.size(), 2, 10000);

    QCOMPARE(infos.size(), 3);
    QVERIFY(!infos.at(0).second.isError());
    const DiscoInfo psi = infos.at(0).first;
    QCOMPARE(psi.identities.size(), 2);
    QVERIFY(psi.hasFeature(QStringLiteral("http://jabber.org/protocol/muc")));
    QCOMPARE(psi.forms.size(), 1);
    QVERIFY(CapsFeature::verify(psi, QStringLiteral("q07IKJEyjvHSyhy//CH0CxmKi8w=")));
    QCOMPARE(infos.at(1).second.kind, Error::Stanza);
    QCOMPARE(infos.at(1).second.condition, QStringLiteral("item-not-found"));
    QCOMPARE(infos.at(2).second.kind, Error::Stanza); // a result without a <query/>
    QCOMPARE(infos.at(2).second.condition, QStringLiteral("malformed-reply"));
    QVERIFY(infos.at(2).second.text.contains(QStringLiteral("bob@localhost/x")));

    QVERIFY(version);
    QVERIFY(!version->second.isError());
    QCOMPARE(version->first, (SoftwareVersion{QStringLiteral("Psi"), QStringLiteral("0.11"),
                                              QStringLiteral("Mac")}));

    QVERIFY(!times.at(0).second.isError());
    QCOMPARE(times.at(0).first.utc, QDateTime(QDate(2006, 12, 19), QTime(17, 58, 35), Qt::UTC));
    QCOMPARE(times.at(0).first.tzoSeconds, -6 * 3600);
    QCOMPARE(times.at(0).first.localTime().time(), QTime(11, 58, 35));
    QCOMPARE(times.at(1).second.condition, QStringLiteral("malformed-reply"));
}

void TestDiscoFeatures::entityTimeFormat_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("tzo");
    QTest::addColumn<QString>("utc");
    const QDate day(2026, 11, 21);
    QTest::newRow("utc") << QDateTime(day, QTime(10, 0), Qt::UTC) << QStringLiteral("+00:00")
                         << QStringLiteral("2026-11-21T10:00:00Z");
    QTest::newRow("east") << QDateTime(day, QTime(11, 0), Qt::OffsetFromUTC, 3600)
                          << QStringLiteral("+01:00") << QStringLiteral("2026-11-21T10:00:00Z");
    QTest::newRow("west-half-hour")
        << QDateTime(day, QTime(6, 30), Qt::OffsetFromUTC, -12600) << QStringLiteral("-03:30")
        << QStringLiteral("2026-11-21T10:00:00Z");
    QTest::newRow("day-before-in-utc")
        << QDateTime(day, QTime(0, 15), Qt::OffsetFromUTC, 49500) << QStringLiteral("+13:45")
        << QStringLiteral("2026-11-20T10:30:00Z");
    QTest::newRow("milliseconds-dropped")
        << QDateTime(day, QTime(10, 0, 59, 999), Qt::UTC) << QStringLiteral("+00:00")
        << QStringLiteral("2026-11-21T10:00:59Z");
}

void TestDiscoFeatures::entityTimeFormat()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, tzo);
    QFETCH(QString, utc);
    const EntityTime t = EntityTime::fromDateTime(now);
    const Element e = t.toElement();
    QCOMPARE(e.childText(QStringLiteral("tzo"), TimeFeature::Namespace), tzo);
    QCOMPARE(e.childText(QStringLiteral("utc"), TimeFeature::Namespace), utc);
    const auto back = EntityTime::fromElement(e);
    QVERIFY(back);
    QCOMPARE(back->tzoSeconds, now.offsetFromUtc());
    QCOMPARE(back->localTime().toString(Qt::ISODate),
             now.addMSecs(-now.time().msec()).toString(Qt::ISODate));
}

void TestDiscoFeatures::entityTimeParse_data()
{
    QTest::addColumn<QString>("tzo");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expectedUtc");
    QTest::addColumn<int>("expectedTzo");
    const QDateTime spec(QDate(2006, 12, 19), QTime(17, 58, 35), Qt::UTC);
    QTest::newRow("spec-example") << "-06:00"
                                  << "2006-12-19T17:58:35Z" << true << spec << -21600;
    QTest::newRow("tzo-Z") << "Z"
                           << "2006-12-19T17:58:35Z" << true << spec << 0;
    QTest::newRow("fractions") << "+00:00"
                               << "2006-12-19T17:58:35.123456Z" << true << spec.addMSecs(123) << 0;
    QTest::newRow("utc-with-offset") << "+00:00"
                                     << "2006-12-19T18:58:35+01:00" << true << spec << 0;
    QTest::newRow("tzo-name") << "CET"
                              << "2006-12-19T17:58:35Z" << false << QDateTime() << 0;
    QTest::newRow("tzo-no-colon") << "+0100"
                                  << "2006-12-19T17:58:35Z" << false << QDateTime() << 0;
    QTest::newRow("tzo-out-of-range") << "+24:00"
                                      << "2006-12-19T17:58:35Z" << false << QDateTime() << 0;
    QTest::newRow("utc-without-tzd") << "Z"
                                     << "2006-12-19T17:58:35" << false << QDateTime() << 0;
    QTest::newRow("utc-impossible-date") << "Z"
                                         << "2006-02-30T17:58:35Z" << false << QDateTime() << 0;
    QTest::newRow("utc-empty") << "Z"
                               << "" << false << QDateTime() << 0;
}

void TestDiscoFeatures::entityTimeParse()
{
    QFETCH(QString, tzo);
    QFETCH(QString, utc);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expectedUtc);
    QFETCH(int, expectedTzo);
    Element e(QStringLiteral("time"), TimeFeature::Namespace);
    e.addChild(QStringLiteral("tzo"), TimeFeature::Namespace).setText(tzo);
    e.addChild(QStringLiteral("utc"), TimeFeature::Namespace).setText(utc);
    const auto t = EntityTime::fromElement(e);
    QCOMPARE(bool(t), valid);
    if (!valid)
        return;
    QCOMPARE(t->utc, expectedUtc);
    QCOMPARE(t->utc.timeSpec(), Qt::UTC);
    QCOMPARE(t->tzoSeconds, expectedTzo);
}

QTEST_GUILESS_MAIN(TestDiscoFeatures)
#include "tst_discofeatures.moc"
