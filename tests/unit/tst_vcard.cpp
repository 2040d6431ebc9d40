// The XEP-0054 vcard-temp codec: what a contact's card says is read into the fields a person
// sees, and what we write reads back the same.
#include "stanza/VCard.h"

#include <QTest>

using namespace charla;

namespace {

// A 1x1 transparent PNG.
const QByteArray kPng = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
                                               "EQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

Element parse(const QString &xml)
{
    QString error;
    const Element e = Element::fromXml(xml, &error);
    if (e.isNull())
        qWarning() << "bad test XML:" << error << xml;
    return e;
}

VCard fullCard()
{
    VCard v;
    v.fullName = QStringLiteral("Peter Saint-Andre");
    v.givenName = QStringLiteral("Peter");
    v.familyName = QStringLiteral("Saint-Andre");
    v.nickname = QStringLiteral("stpeter");
    v.emails = {QStringLiteral("stpeter@jabber.org"), QStringLiteral("peter@example.com")};
    v.phones = {QStringLiteral("+1-303-555-1212")};
    v.url = QStringLiteral("https://stpeter.im/");
    v.birthday = QStringLiteral("1966-08-06");
    v.organization = QStringLiteral("XMPP Standards Foundation");
    v.title = QStringLiteral("Executive Director");
    v.note = QStringLiteral("More information about me is located on my personal website.");
    v.photoType = QStringLiteral("image/png");
    v.photo = kPng;
    return v;
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data();
    void read();
    void valueRoundTrip_data();
    void valueRoundTrip();
    void notAVCard_data();
    void notAVCard();
    void requestIsEmptyVCard();
};

void TestVCard::read_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<VCard>("expected");
    QTest::addColumn<QString>("written"); ///< what toElement() gives; empty: the same as xml

    const QString pngB64 = QString::fromLatin1(kPng.toBase64());
    QTest::newRow("every field, in the DTD's order")
        << QStringLiteral(
               "<vCard xmlns='vcard-temp'><FN>Peter Saint-Andre</FN>"
               "<N><FAMILY>Saint-Andre</FAMILY><GIVEN>Peter</GIVEN></N>"
               "<NICKNAME>stpeter</NICKNAME>"
               "<PHOTO><TYPE>image/png</TYPE><BINVAL>%1</BINVAL></PHOTO>"
               "<BDAY>1966-08-06</BDAY>"
               "<TEL><NUMBER>+1-303-555-1212</NUMBER></TEL>"
               "<EMAIL><INTERNET/><USERID>stpeter@jabber.org</USERID></EMAIL>"
               "<EMAIL><INTERNET/><USERID>peter@example.com</USERID></EMAIL>"
               "<TITLE>Executive Director</TITLE>"
               "<ORG><ORGNAME>XMPP Standards Foundation</ORGNAME></ORG>"
               "<NOTE>More information about me is located on my personal website.</NOTE>"
               "<URL>https://stpeter.im/</URL></vCard>")
               .arg(pngB64)
        << fullCard() << QString();

    VCard escaped;
    escaped.fullName = QStringLiteral("Tom & Jerry <\"the cat\" & 'mouse'>");
    escaped.nickname = QStringLiteral("Jürgen 🐭");
    escaped.note = QStringLiteral("</NOTE><FN>injected</FN>");
    QTest::newRow("markup in text stays text")
        << QStringLiteral("<vCard xmlns='vcard-temp'><FN>Tom &amp; Jerry &lt;&quot;the cat&quot; "
                          "&amp; &apos;mouse&apos;&gt;</FN><NICKNAME>Jürgen 🐭</NICKNAME>"
                          "<NOTE>&lt;/NOTE&gt;&lt;FN&gt;injected&lt;/FN&gt;</NOTE></vCard>")
        << escaped << QString();

    VCard photoOnly;
    photoOnly.photoType = QStringLiteral("image/png");
    photoOnly.photo = kPng;
    QString wrapped = pngB64;
    for (int i = 76; i < wrapped.size(); i += 78)
        wrapped.insert(i, QStringLiteral("\r\n"));
    QTest::newRow("Base64 photo broken into lines")
        << QStringLiteral("<vCard xmlns='vcard-temp'><PHOTO><TYPE>image/png</TYPE>"
                          "<BINVAL>\n  %1\n</BINVAL></PHOTO></vCard>")
               .arg(wrapped)
        << photoOnly
        << QStringLiteral("<vCard xmlns='vcard-temp'><PHOTO><TYPE>image/png</TYPE>"
                          "<BINVAL>%1</BINVAL></PHOTO></vCard>")
               .arg(pngB64);

    QTest::newRow("a photo that is not Base64 is no photo")
        << QStringLiteral("<vCard xmlns='vcard-temp'><FN>Bob</FN><PHOTO><TYPE>image/png</TYPE>"
                          "<BINVAL>not*base64!</BINVAL></PHOTO></vCard>")
        <<
        [] {
            VCard v;
            v.fullName = QStringLiteral("Bob");
            return v;
        }()
        << QStringLiteral("<vCard xmlns='vcard-temp'><FN>Bob</FN></vCard>");

    QTest::newRow("empty vCard") << QStringLiteral("<vCard xmlns='vcard-temp'/>") << VCard()
                                 << QString();

    VCard nickOnly;
    nickOnly.nickname = QStringLiteral("bobby");
    QTest::newRow("missing fields and empty elements")
        << QStringLiteral("<vCard xmlns='vcard-temp'><FN/><N><FAMILY/><GIVEN/><MIDDLE/></N>"
                          "<NICKNAME>bobby</NICKNAME><TEL><HOME/><NUMBER/></TEL>"
                          "<EMAIL><INTERNET/></EMAIL><ORG/></vCard>")
        << nickOnly
        << QStringLiteral("<vCard xmlns='vcard-temp'><NICKNAME>bobby</NICKNAME></vCard>");

    VCard familyOnly;
    familyOnly.familyName = QStringLiteral("Builder");
    QTest::newRow("family name without given name")
        << QStringLiteral("<vCard xmlns='vcard-temp'><N><FAMILY>Builder</FAMILY></N></vCard>")
        << familyOnly << QString();

    VCard described;
    described.note = QStringLiteral("About me");
    QTest::newRow("DESC read as the note")
        << QStringLiteral("<vCard xmlns='vcard-temp'><DESC>About me</DESC></vCard>") << described
        << QStringLiteral("<vCard xmlns='vcard-temp'><NOTE>About me</NOTE></vCard>");

    VCard unknown;
    unknown.fullName = QStringLiteral("Carol");
    QTest::newRow("unknown elements and other namespaces skipped")
        << QStringLiteral("<vCard xmlns='vcard-temp'><ADR><CTRY>ES</CTRY></ADR><FN>Carol</FN>"
                          "<NICKNAME xmlns='urn:example:other'>spoof</NICKNAME></vCard>")
        << unknown << QStringLiteral("<vCard xmlns='vcard-temp'><FN>Carol</FN></vCard>");
}

void TestVCard::read()
{
    QFETCH(QString, xml);
    QFETCH(VCard, expected);
    QFETCH(QString, written);

    const auto vcard = VCard::fromElement(parse(xml));
    QVERIFY(vcard);
    QCOMPARE(vcard->fullName, expected.fullName);
    QCOMPARE(vcard->givenName, expected.givenName);
    QCOMPARE(vcard->familyName, expected.familyName);
    QCOMPARE(vcard->nickname, expected.nickname);
    QCOMPARE(vcard->emails, expected.emails);
    QCOMPARE(vcard->phones, expected.phones);
    QCOMPARE(vcard->note, expected.note);
    QCOMPARE(vcard->photoType, expected.photoType);
    QCOMPARE(vcard->photo, expected.photo);
    QVERIFY(*vcard == expected);
    QCOMPARE(vcard->isEmpty(), expected == VCard());

    const Element out = vcard->toElement();
    const Element want = parse(written.isEmpty() ? xml : written);
    QVERIFY2(out == want, out.toXml().constData());
    // And through the wire format: escaped on the way out, the same value on the way back.
    const auto again = VCard::fromElement(Element::fromXml(out.toXml()));
    QVERIFY(again);
    QVERIFY(*again == expected);
}

void TestVCard::valueRoundTrip_data()
{
    QTest::addColumn<VCard>("vcard");
    QTest::newRow("every field") << fullCard();
    VCard two;
    two.phones = {QStringLiteral("1"), QStringLiteral("2")};
    two.emails = {QStringLiteral("a@example.org")};
    QTest::newRow("lists keep their order") << two;
    VCard photo;
    photo.photo = QByteArray(3000, '\xff'); // binary, long enough for Base64 to wrap elsewhere
    photo.photoType = QStringLiteral("image/jpeg");
    QTest::newRow("binary photo") << photo;
    QTest::newRow("nothing") << VCard();
}

void TestVCard::valueRoundTrip()
{
    QFETCH(VCard, vcard);
    const QByteArray xml = vcard.toElement().toXml();
    const auto back = VCard::fromElement(Element::fromXml(xml));
    QVERIFY(back);
    QVERIFY2(*back == vcard, xml.constData());
}

void TestVCard::notAVCard_data()
{
    QTest::addColumn<QString>("xml");
    QTest::newRow("wrong namespace")
        << QStringLiteral("<vCard xmlns='urn:ietf:params:xml:ns:vcard-4.0'/>");
    QTest::newRow("wrong name") << QStringLiteral("<vcard xmlns='vcard-temp'/>");
    QTest::newRow("null") << QString();
}

void TestVCard::notAVCard()
{
    QFETCH(QString, xml);
    const Element e = xml.isEmpty() ? Element() : parse(xml);
    QVERIFY(!VCard::fromElement(e));
}

void TestVCard::requestIsEmptyVCard()
{
    QVERIFY(VCard::requestElement() == parse(QStringLiteral("<vCard xmlns='vcard-temp'/>")));
}

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
