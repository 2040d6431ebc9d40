// XEP-0115 verification strings: the two examples of the specification reproduced exactly, the
// edge cases of section 5.1's sorting, and the checks of section 5.4 for a received disco#info.
// Also the DiscoInfo codec those rest on.
#include "features/CapsFeature.h"
#include "features/CoreFeatures.h"
#include "features/DiscoInfoFeature.h"
#include "stanza/DiscoInfo.h"
#include "stream/Client.h"

#include <QCryptographicHash>
#include <QTest>
#include <QXmlStreamWriter>

using namespace charla;

namespace {

// XEP-0115 5.2
const QString kSimple = QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#info'>"
                                       "<identity category='client' type='pc' name='Exodus 0.9.1'/>"
                                       "<feature var='http://jabber.org/protocol/muc'/>"
                                       "<feature var='http://jabber.org/protocol/disco#info'/>"
                                       "<feature var='http://jabber.org/protocol/disco#items'/>"
                                       "<feature var='http://jabber.org/protocol/caps'/>"
                                       "</query>");

// XEP-0115 5.3, as printed (indentation and all).
const QString kComplex = QString::fromUtf8(R"(
  <query xmlns='http://jabber.org/protocol/disco#info'
         node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='>
    <identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>
    <identity xml:lang='el' category='client' name='Ψ 0.11' type='pc'/>
    <feature var='http://jabber.org/protocol/caps'/>
    <feature var='http://jabber.org/protocol/disco#info'/>
    <feature var='http://jabber.org/protocol/disco#items'/>
    <feature var='http://jabber.org/protocol/muc'/>
    <x xmlns='jabber:x:data' type='result'>
      <field var='FORM_TYPE' type='hidden'>
        <value>urn:xmpp:dataforms:softwareinfo</value>
      </field>
      <field var='ip_version' type='text-multi' >
        <value>ipv4</value>
        <value>ipv6</value>
      </field>
      <field var='os'>
        <value>Mac</value>
      </field>
      <field var='os_version'>
        <value>10.5.1</value>
      </field>
      <field var='software'>
        <value>Psi</value>
      </field>
      <field var='software_version'>
        <value>0.11</value>
      </field>
    </x>
  </query>)");

QString query(const QString &body)
{
    return QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#info'>") + body +
           QStringLiteral("</query>");
}

QString form(const QString &fields)
{
    return QStringLiteral("<x xmlns='jabber:x:data' type='result'>") + fields +
           QStringLiteral("</x>");
}

QString hiddenFormType(const QString &type)
{
    return QStringLiteral("<field var='FORM_TYPE' type='hidden'><value>%1</value></field>")
        .arg(type);
}

QString sha1Base64(const QByteArray &s)
{
    return QString::fromLatin1(QCryptographicHash::hash(s, QCryptographicHash::Sha1).toBase64());
}

DiscoInfo parse(const QString &xml)
{
    QString error;
    const Element e = Element::fromXml(xml, &error);
    if (e.isNull())
        qFatal("test XML is not well formed: %s", qPrintable(error));
    const auto info = DiscoInfo::fromQuery(e);
    if (!info)
        qFatal("test XML is not a disco#info query");
    return *info;
}

} // namespace

class TestCaps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verificationString_data();
    void verificationString();
    void verify_data();
    void verify();
    void discoInfoRoundTrip();
    void discoInfoParsing();
    void ownCapsElement();
};

void TestCaps::verificationString_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("input"); ///< S of XEP-0115 5.1
    QTest::addColumn<QString>("ver");   ///< empty: the SHA-1 of input, computed here

    QTest::newRow("spec-5.2-simple")
        << kSimple
        << QStringLiteral("client/pc//Exodus 0.9.1<http://jabber.org/protocol/caps<"
                          "http://jabber.org/protocol/disco#info<"
                          "http://jabber.org/protocol/disco#items<http://jabber.org/protocol/muc<")
        << QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0=");
    // The specification prints S with &#160; so it does not wrap; the names have plain spaces.
    QTest::newRow("spec-5.3-complex")
        << kComplex
        << QString::fromUtf8(
               "client/pc/el/Ψ 0.11<client/pc/en/Psi 0.11<http://jabber.org/protocol/caps<"
               "http://jabber.org/protocol/disco#info<http://jabber.org/protocol/disco#items<"
               "http://jabber.org/protocol/muc<urn:xmpp:dataforms:softwareinfo<"
               "ip_version<ipv4<ipv6<os<Mac<os_version<10.5.1<software<Psi<software_version<0.11<")
        << QStringLiteral("q07IKJEyjvHSyhy//CH0CxmKi8w=");
    // 5.1 defines no escaping: '<' (and '/') inside values go in as they are.
    QTest::newRow("less-than-not-escaped")
        << query(QStringLiteral("<identity category='client' type='pc' name='a&lt;b/c'/>"
                                "<feature var='urn:x&lt;y'/>"))
        << QStringLiteral("client/pc//a<b/c<urn:x<y<") << QString();
    QTest::newRow("lang-ordering")
        << query(
               QString::fromUtf8("<identity category='client' type='pc' xml:lang='es' name='C'/>"
                                 "<identity category='client' type='pc' xml:lang='en' name='C'/>"
                                 "<identity category='client' type='pc' name='C'/>"
                                 "<identity category='client' type='pc' xml:lang='el' name='Χ'/>"))
        << QString::fromUtf8("client/pc//C<client/pc/el/Χ<client/pc/en/C<client/pc/es/C<")
        << QString();
    QTest::newRow("category-then-type")
        << query(QStringLiteral("<identity category='client' type='pc'/>"
                                "<identity category='automation' type='command-list'/>"
                                "<identity category='client' type='bot'/>"))
        << QStringLiteral("automation/command-list//<client/bot//<client/pc//<") << QString();
    // i;octet is byte order of UTF-8: U+FFFD (EF BF BD) before U+1F600 (F0 9F 98 80), though
    // UTF-16 (what QString compares) puts the surrogate pair D83D DE00 first.
    QTest::newRow("octet-order-outside-bmp")
        << query(QString::fromUtf8("<identity category='client' type='pc'/>"
                                   "<feature var='urn:😀'/><feature var='urn:\xEF\xBF\xBD'/>"
                                   "<feature var='urn:Z'/><feature var='urn:a'/>"))
        << QString::fromUtf8("client/pc//<urn:Z<urn:a<urn:\xEF\xBF\xBD<urn:😀<") << QString();
    QTest::newRow("forms-fields-values-sorted")
        << query(QStringLiteral("<identity category='client' type='pc'/>") +
                 form(QStringLiteral("<field var='z'><value>2</value><value>1</value></field>") +
                      hiddenFormType(QStringLiteral("urn:b")) +
                      QStringLiteral("<field var='a'><value>x</value></field>")) +
                 form(hiddenFormType(QStringLiteral("urn:a")) + QStringLiteral("<field var='m'/>")))
        << QStringLiteral("client/pc//<urn:a<m<urn:b<a<x<z<1<2<") << QString();
    // 5.4 3.6: a form without FORM_TYPE, or whose FORM_TYPE is not hidden, is ignored.
    QTest::newRow("forms-without-hidden-form-type-ignored")
        << query(QStringLiteral("<identity category='client' type='pc'/>") +
                 form(QStringLiteral("<field var='FORM_TYPE'><value>urn:shown</value></field>"
                                     "<field var='a'><value>1</value></field>")) +
                 form(QStringLiteral("<field var='b'><value>2</value></field>")))
        << QStringLiteral("client/pc//<") << QString();
}

void TestCaps::verificationString()
{
    QFETCH(QString, xml);
    QFETCH(QString, input);
    QFETCH(QString, ver);
    const DiscoInfo info = parse(xml);
    QCOMPARE(QString::fromUtf8(CapsFeature::verificationInput(info)), input);
    if (ver.isEmpty())
        ver = sha1Base64(input.toUtf8());
    QCOMPARE(CapsFeature::verificationString(info), ver);
    QVERIFY(CapsFeature::verify(info, ver));
}

void TestCaps::verify_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("ver"); ///< "self": what verificationString() gives for xml
    QTest::addColumn<bool>("valid");

    const QString self = QStringLiteral("self");
    const QString client = QStringLiteral("<identity category='client' type='pc' name='C'/>");
    const QString feature = QStringLiteral("<feature var='urn:x'/>");

    QTest::newRow("spec-5.2") << kSimple << QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0=") << true;
    QTest::newRow("spec-5.3") << kComplex << QStringLiteral("q07IKJEyjvHSyhy//CH0CxmKi8w=") << true;
    QTest::newRow("other-ver") << kComplex << QStringLiteral("QgayPKawpkPSDYmwT/WM94uAlu0=")
                               << false;
    QTest::newRow("empty-ver") << kSimple << QString() << false;
    // 5.4 3.3-3.5: ill-formed responses fail even when they hash to the ver.
    QTest::newRow("duplicate-identity") << query(client + client + feature) << self << false;
    QTest::newRow("duplicate-feature") << query(client + feature + feature) << self << false;
    QTest::newRow("duplicate-form-type")
        << query(client + form(hiddenFormType(QStringLiteral("urn:f"))) +
                 form(hiddenFormType(QStringLiteral("urn:f"))))
        << self << false;
    QTest::newRow("duplicate-form-type-one-not-hidden")
        << query(client + form(hiddenFormType(QStringLiteral("urn:f"))) +
                 form(QStringLiteral("<field var='FORM_TYPE'><value>urn:f</value></field>")))
        << self << false;
    QTest::newRow("form-type-with-different-values")
        << query(client + form(QStringLiteral("<field var='FORM_TYPE' type='hidden'><value>urn:a"
                                              "</value><value>urn:b</value></field>")))
        << self << false;
    QTest::newRow("form-type-with-repeated-value")
        << query(client + form(QStringLiteral("<field var='FORM_TYPE' type='hidden'><value>urn:a"
                                              "</value><value>urn:a</value></field>")))
        << self << true;
    // Same category/type in two languages, or two names in one: not duplicates.
    QTest::newRow("identity-in-two-languages")
        << query(QStringLiteral("<identity category='client' type='pc' xml:lang='en' name='C'/>"
                                "<identity category='client' type='pc' xml:lang='es' name='C'/>") +
                 feature)
        << self << true;
    // 5.4 3.6: a form whose FORM_TYPE is not hidden is left out of the hash, so a ver that
    // counted it does not verify; one that left it out does.
    const QString shown =
        query(client + form(QStringLiteral("<field var='FORM_TYPE'><value>urn:f</value></field>"
                                           "<field var='a'><value>1</value></field>")));
    QTest::newRow("form-type-not-hidden-counted")
        << shown << sha1Base64(QByteArrayLiteral("client/pc//C<urn:f<a<1<")) << false;
    QTest::newRow("form-type-not-hidden-ignored")
        << shown << sha1Base64(QByteArrayLiteral("client/pc//C<")) << true;
    QTest::newRow("form-without-form-type-ignored")
        << query(client + form(QStringLiteral("<field var='a'><value>1</value></field>")))
        << sha1Base64(QByteArrayLiteral("client/pc//C<")) << true;
}

void TestCaps::verify()
{
    QFETCH(QString, xml);
    QFETCH(QString, ver);
    QFETCH(bool, valid);
    const DiscoInfo info = parse(xml);
    if (ver == QLatin1String("self"))
        ver = CapsFeature::verificationString(info);
    QCOMPARE(CapsFeature::verify(info, ver), valid);
}

void TestCaps::discoInfoRoundTrip()
{
    const Element original = Element::fromXml(kComplex);
    const DiscoInfo info = parse(kComplex);
    QCOMPARE(info.node, QStringLiteral("http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w="));
    QCOMPARE(info.identities.size(), 2);
    QCOMPARE(info.identities.at(1),
             (DiscoIdentity{QStringLiteral("client"), QStringLiteral("pc"),
                            QString::fromUtf8("Ψ 0.11"), QStringLiteral("el")}));
    QCOMPARE(info.features.size(), 4);
    QVERIFY(info.hasFeature(QStringLiteral("http://jabber.org/protocol/muc")));
    QCOMPARE(info.forms.size(), 1);
    QCOMPARE(DiscoInfo::formType(info.forms.first()),
             QStringLiteral("urn:xmpp:dataforms:softwareinfo"));
    QVERIFY(!info.form(QStringLiteral("urn:xmpp:dataforms:softwareinfo")).isNull());
    QVERIFY(info.form(QStringLiteral("urn:other")).isNull());

    // value -> XML -> value, through the Element and through a QXmlStreamWriter.
    QCOMPARE(info.toQuery(), original);
    QByteArray written;
    QXmlStreamWriter writer(&written);
    info.write(writer);
    QCOMPARE(parse(QString::fromUtf8(written)), info);
    QCOMPARE(CapsFeature::verificationString(parse(QString::fromUtf8(written))),
             QStringLiteral("q07IKJEyjvHSyhy//CH0CxmKi8w="));
}

void TestCaps::discoInfoParsing()
{
    QVERIFY(!DiscoInfo::fromQuery(Element::fromXml(
        QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#items'/>"))));
    QVERIFY(!DiscoInfo::fromQuery(Element()));
    // XEP-0030 3.1: identities need category and type, features a var; others are skipped.
    const DiscoInfo info = parse(query(QStringLiteral(
        "<identity category='client'/><identity type='pc'/><identity category='c' type='t'/>"
        "<feature/><feature var=''/><feature var='urn:x'/>"
        "<feature xmlns='urn:other' var='urn:y'/><x xmlns='urn:not-a-form'/>")));
    QCOMPARE(info.identities.size(), 1);
    QCOMPARE(info.features, QStringList{QStringLiteral("urn:x")});
    QVERIFY(info.forms.isEmpty());
}

void TestCaps::ownCapsElement()
{
    Client client;
    installCoreFeatures(client);
    const auto *caps = client.feature<CapsFeature>();
    QVERIFY(caps);
    const QByteArray s = "client/pc//Charla<http://jabber.org/protocol/caps<"
                         "http://jabber.org/protocol/disco#info<"
                         "http://jabber.org/protocol/disco#items<jabber:iq:version<urn:xmpp:ping<"
                         "urn:xmpp:time<";
    QCOMPARE(CapsFeature::verificationInput(client.feature<DiscoInfoFeature>()->ownInfo()), s);
    const QString ver = sha1Base64(s);
    QCOMPARE(caps->ver(), ver);
    QCOMPARE(caps->capsNode(), QStringLiteral("https://charla.example.org#") + ver);
    Element expected(QStringLiteral("c"), QStringLiteral("http://jabber.org/protocol/caps"));
    expected.setAttribute(QStringLiteral("hash"), QStringLiteral("sha-1"));
    expected.setAttribute(QStringLiteral("node"), QStringLiteral("https://charla.example.org"));
    expected.setAttribute(QStringLiteral("ver"), ver);
    QCOMPARE(caps->capsElement(), expected);

    // Without a DiscoInfoFeature there is nothing to hash: no element at all.
    Client bare;
    bare.addFeature(new CapsFeature);
    QVERIFY(bare.feature<CapsFeature>()->capsElement().isNull());
}

QTEST_GUILESS_MAIN(TestCaps)
#include "tst_caps.moc"
