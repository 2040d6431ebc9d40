// The pure parts of the service tools: XEP-0479 judging from disco facts (what is met,
// missing, or not visible to a client), reading pubsub items into feed text (Atom entries,
// any payload, none), and XEP-0077 legacy fields through the data-form renderer and back.
#include "features/ComplianceSuites.h"
#include "features/PubSubFeature.h"
#include "features/ServiceRegistration.h"

#include <QTest>

using namespace charla;
using Suite = ComplianceRequirement::Suite;
using Status = ComplianceRequirement::Status;

namespace {
DiscoInfo info(const QString &category, const QString &type, const QStringList &features)
{
    DiscoInfo i;
    i.identities.append({category, type, QString(), QString()});
    i.features = features;
    return i;
}

Status statusOf(const QList<ComplianceRequirement> &rows, Suite suite, const QString &feature)
{
    for (const ComplianceRequirement &r : rows)
        if (r.suite == suite && r.feature == feature)
            return r.status;
    qFatal("no such requirement");
}

ServerFacts fullServer()
{
    ServerFacts f;
    f.server = info(QStringLiteral("server"), QStringLiteral("im"),
                    {DiscoInfo::Namespace, QStringLiteral("vcard-temp"), QStringLiteral("urn:xmpp:carbons:2"),
                     QStringLiteral("urn:xmpp:blocking"), QStringLiteral("jabber:iq:private")});
    f.components = {info(QStringLiteral("conference"), QStringLiteral("text"),
                         {QStringLiteral("http://jabber.org/protocol/muc"), QStringLiteral("urn:xmpp:mam:2")}),
                    info(QStringLiteral("store"), QStringLiteral("file"), {QStringLiteral("urn:xmpp:http:upload:0")})};
    f.account = info(QStringLiteral("pubsub"), QStringLiteral("pep"),
                     {QStringLiteral("urn:xmpp:mam:2"), QStringLiteral("urn:xmpp:bookmarks:1#compat"),
                      QStringLiteral("urn:xmpp:pep-vcard-conversion:0"),
                      QStringLiteral("http://jabber.org/protocol/pubsub#publish-options")});
    f.streamFeatures = {QStringLiteral("urn:xmpp:sm:3#sm"), QStringLiteral("urn:xmpp:csi:0#csi")};
    return f;
}
} // namespace

class TestServiceCodecs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complianceFullServer();
    void complianceMissing_data();
    void complianceMissing();
    void pubsubItemText_data();
    void pubsubItemText();
    void legacyRegistrationForm();
};

void TestServiceCodecs::complianceFullServer()
{
    const QList<ComplianceRequirement> rows = ComplianceSuites::evaluate(fullServer());
    QVERIFY(ComplianceSuites::meets(rows, Suite::Im));
    QVERIFY(ComplianceSuites::meets(rows, Suite::ImAdvanced));
    // The component protocol is never visible to a client: the core suites stay unproven.
    QCOMPARE(statusOf(rows, Suite::Core, QStringLiteral("Server extensibility")), Status::Unknown);
    QVERIFY(!ComplianceSuites::meets(rows, Suite::Core));
    QCOMPARE(statusOf(rows, Suite::CoreAdvanced, QStringLiteral("Direct TLS")), Status::Unknown);
    ServerFacts direct = fullServer();
    direct.connectedWithDirectTls = true;
    QCOMPARE(statusOf(ComplianceSuites::evaluate(direct), Suite::CoreAdvanced, QStringLiteral("Direct TLS")),
             Status::Met);
    // Every suite lists its base requirements too (XEP-0479: advanced includes the rest).
    QCOMPARE(statusOf(rows, Suite::ImAdvanced, QStringLiteral("File upload")), Status::Met);
    QCOMPARE(statusOf(rows, Suite::CoreAdvanced, QStringLiteral("Feature discovery")), Status::Met);
}

void TestServiceCodecs::complianceMissing_data()
{
    QTest::addColumn<QString>("remove"); // what this server lacks
    QTest::addColumn<QString>("feature");
    QTest::addColumn<bool>("imMet");     // IM Server still met
    QTest::newRow("carbons") << QStringLiteral("urn:xmpp:carbons:2")
                             << QStringLiteral("Outbound message synchronization") << false;
    QTest::newRow("blocking") << QStringLiteral("urn:xmpp:blocking") << QStringLiteral("User blocking") << true;
    QTest::newRow("vcard") << QStringLiteral("vcard-temp") << QStringLiteral("vcard-temp") << false;
    QTest::newRow("sm") << QStringLiteral("sm") << QStringLiteral("Stream management") << true;
    QTest::newRow("muc") << QStringLiteral("conference") << QStringLiteral("Group chat") << false;
    QTest::newRow("upload") << QStringLiteral("upload") << QStringLiteral("File upload") << false;
    QTest::newRow("mam") << QStringLiteral("urn:xmpp:mam:2") << QStringLiteral("History storage / retrieval") << true;
    QTest::newRow("pep") << QStringLiteral("pep") << QStringLiteral("Event publishing") << true;
}

void TestServiceCodecs::complianceMissing()
{
    QFETCH(QString, remove);
    QFETCH(QString, feature);
    QFETCH(bool, imMet);
    ServerFacts f = fullServer();
    f.server.features.removeAll(remove);
    f.account->features.removeAll(remove);
    if (remove == QLatin1String("sm"))
        f.streamFeatures.clear();
    if (remove == QLatin1String("conference"))
        f.components.removeFirst();
    if (remove == QLatin1String("upload"))
        f.components.removeLast();
    if (remove == QLatin1String("pep"))
        f.account->identities.clear();
    const QList<ComplianceRequirement> rows = ComplianceSuites::evaluate(f);
    bool found = false;
    for (const ComplianceRequirement &r : rows) {
        if (r.feature != feature)
            continue;
        found = true;
        QCOMPARE(r.status, Status::Missing);
        QVERIFY(!r.evidence.isEmpty());
    }
    QVERIFY(found);
    QCOMPARE(ComplianceSuites::meets(rows, Suite::Im), imMet);
    QVERIFY(!ComplianceSuites::meets(rows, Suite::ImAdvanced) || remove == QLatin1String("pep"));
}

void TestServiceCodecs::pubsubItemText_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::newRow("atom") << QStringLiteral("<item xmlns='http://jabber.org/protocol/pubsub#event' id='a'>"
                                            "<entry xmlns='http://www.w3.org/2005/Atom'><title>Hi</title>"
                                            "<summary>  Two\n words </summary></entry></item>")
                          << QStringLiteral("Hi") << QStringLiteral("Two words");
    QTest::newRow("atom content") << QStringLiteral("<item xmlns='http://jabber.org/protocol/pubsub#event' id='a'>"
                                                    "<entry xmlns='http://www.w3.org/2005/Atom'><title>T</title>"
                                                    "<content type='text'>Body</content></entry></item>")
                                  << QStringLiteral("T") << QStringLiteral("Body");
    QTest::newRow("any payload") << QStringLiteral("<item xmlns='http://jabber.org/protocol/pubsub' id='b'>"
                                                   "<tune xmlns='http://jabber.org/protocol/tune'><artist>Yes</artist>"
                                                   "<title>Roundabout</title></tune></item>")
                                 << QStringLiteral("tune") << QStringLiteral("Yes Roundabout");
    QTest::newRow("no payload") << QStringLiteral("<item xmlns='http://jabber.org/protocol/pubsub#event' id='c'/>")
                                << QString() << QString();
    // Markup in text stays text (the feed paints it plain).
    QTest::newRow("markup") << QStringLiteral("<item xmlns='x' id='d'><note xmlns='n'>&lt;b&gt;bold&lt;/b&gt;</note></item>")
                            << QStringLiteral("note") << QStringLiteral("<b>bold</b>");
}

void TestServiceCodecs::pubsubItemText()
{
    QFETCH(QString, xml);
    QFETCH(QString, title);
    QFETCH(QString, text);
    const Element e = Element::fromXml(xml);
    QVERIFY(!e.isNull());
    const PubSubItem item = PubSubItem::fromElement(QStringLiteral("s"), QStringLiteral("n"), e);
    QCOMPARE(item.service, QStringLiteral("s"));
    QCOMPARE(item.node, QStringLiteral("n"));
    QCOMPARE(item.id, e.attribute(QStringLiteral("id")));
    QCOMPARE(item.title, title);
    QCOMPARE(item.text, text);
    QCOMPARE(item.payload.isNull(), title.isEmpty());
}

void TestServiceCodecs::legacyRegistrationForm()
{
    const Element q = Element::fromXml(QStringLiteral(
        "<query xmlns='jabber:iq:register'><instructions>Nick and password</instructions>"
        "<key>abc123</key><username>old</username><password/><email/></query>"));
    const auto reg = RegistrationForm::fromQuery(q);
    QVERIFY(reg);
    DataForm form = ServiceRegistration::legacyAsForm(*reg);
    QCOMPARE(form.instructions, QStringList{QStringLiteral("Nick and password")});
    // XEP-0077 7: the key goes back unchanged and is never shown.
    QCOMPARE(form.field(QStringLiteral("key"))->type, DataFormField::Type::Hidden);
    QCOMPARE(form.field(QStringLiteral("password"))->type, DataFormField::Type::TextPrivate);
    QCOMPARE(form.field(QStringLiteral("username"))->value(), QStringLiteral("old"));
    QVERIFY(form.field(QStringLiteral("email"))->required);
    QVERIFY(!validate(form).isEmpty());
    form.setValue(QStringLiteral("username"), QStringLiteral("new"));
    form.setValue(QStringLiteral("password"), QStringLiteral("pw"));
    form.setValue(QStringLiteral("email"), QStringLiteral("a@b.c"));
    QVERIFY(validate(form).isEmpty());
    const QList<RegistrationForm::Field> back = ServiceRegistration::legacyFromForm(*reg, form);
    QStringList names;
    for (const auto &f : back)
        names << f.name + QLatin1Char('=') + f.value;
    QCOMPARE(names, (QStringList{QStringLiteral("key=abc123"), QStringLiteral("username=new"),
                                 QStringLiteral("password=pw"), QStringLiteral("email=a@b.c")}));
}

QTEST_GUILESS_MAIN(TestServiceCodecs)
#include "tst_servicecodecs.moc"
