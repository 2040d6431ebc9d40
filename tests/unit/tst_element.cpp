#include "stanza/Element.h"

#include <QTest>
#include <QXmlStreamReader>

using charla::Element;

class TestElement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void lookups();
    void escapesOnWrite();
    void equalityIgnoresAttributeOrder();
    void malformedIsNull();
};

void TestElement::roundTrip_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "<a xmlns='x'/>" << "<a xmlns=\"x\"/>";
    QTest::newRow("attributes")
        << "<message xmlns='jabber:client' to='a@b' type='chat' id='1'/>"
        << "<message xmlns=\"jabber:client\" to=\"a@b\" type=\"chat\" id=\"1\"/>";
    QTest::newRow("child-same-ns") << "<m xmlns='jabber:client'><body>hi</body></m>"
                                   << "<m xmlns=\"jabber:client\"><body>hi</body></m>";
    QTest::newRow("child-other-ns")
        << "<m xmlns='jabber:client'><active xmlns='http://jabber.org/protocol/chatstates'/></m>"
        << "<m xmlns=\"jabber:client\"><active "
           "xmlns=\"http://jabber.org/protocol/chatstates\"/></m>";
    QTest::newRow("xml-lang") << "<m xmlns='jabber:client' xml:lang='es'><body>hola</body></m>"
                              << "<m xmlns=\"jabber:client\" xml:lang=\"es\"><body>hola</body></m>";
    QTest::newRow("prefixed-input") << "<p:q xmlns:p='urn:x'><p:r/></p:q>"
                                    << "<q xmlns=\"urn:x\"><r/></q>";
    QTest::newRow("indentation-dropped")
        << "<q xmlns='urn:x'>\n  <r/>\n  <s/>\n</q>" << "<q xmlns=\"urn:x\"><r/><s/></q>";
    QTest::newRow("utf8") << QString::fromUtf8("<b xmlns='x'>¿Qué tal? 😀</b>")
                          << QString::fromUtf8("<b xmlns=\"x\">¿Qué tal? 😀</b>");
}

void TestElement::roundTrip()
{
    QFETCH(QString, xml);
    QFETCH(QString, expected);
    QString error;
    const Element e = Element::fromXml(xml, &error);
    QVERIFY2(!e.isNull(), qPrintable(error));
    QCOMPARE(QString::fromUtf8(e.toXml()), expected);
    // Parsing our own output gives back the same tree.
    QCOMPARE(Element::fromXml(e.toXml()), e);
}

void TestElement::lookups()
{
    const Element e = Element::fromXml(QStringLiteral(
        "<iq xmlns='jabber:client' type='result' id='x'><query xmlns='jabber:iq:roster' "
        "ver='v1'><item jid='a@b'/><item jid='c@d'><group>G</group></item></query></iq>"));
    QCOMPARE(e.name(), QStringLiteral("iq"));
    QCOMPARE(e.ns(), QStringLiteral("jabber:client"));
    QCOMPARE(e.attribute(QStringLiteral("type")), QStringLiteral("result"));
    QVERIFY(!e.hasAttribute(QStringLiteral("from")));
    const Element q = e.firstChild(QStringLiteral("query"), QStringLiteral("jabber:iq:roster"));
    QVERIFY(!q.isNull());
    QVERIFY(e.firstChild(QStringLiteral("query"), QStringLiteral("other")).isNull());
    QCOMPARE(q.childrenNamed(QStringLiteral("item")).size(), 2);
    QCOMPARE(q.children().at(1).childText(QStringLiteral("group")), QStringLiteral("G"));
}

void TestElement::escapesOnWrite()
{
    Element m(QStringLiteral("message"), QStringLiteral("jabber:client"));
    m.setAttribute(QStringLiteral("to"), QStringLiteral("a@b\"><x/>"));
    m.addChild(QStringLiteral("body"), QStringLiteral("jabber:client"))
        .setText(QStringLiteral("<script>&amp;</script>"));
    const QByteArray xml = m.toXml();
    QVERIFY(!xml.contains("<script>"));
    QVERIFY(!xml.contains("<x/>"));
    const Element back = Element::fromXml(xml);
    QCOMPARE(back.childText(QStringLiteral("body")), QStringLiteral("<script>&amp;</script>"));
    QCOMPARE(back.attribute(QStringLiteral("to")), QStringLiteral("a@b\"><x/>"));
}

void TestElement::equalityIgnoresAttributeOrder()
{
    const Element a = Element::fromXml(QStringLiteral("<x xmlns='n' a='1' b='2'/>"));
    const Element b = Element::fromXml(QStringLiteral("<x xmlns='n' b='2' a='1'/>"));
    const Element c = Element::fromXml(QStringLiteral("<x xmlns='n' b='2' a='3'/>"));
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestElement::malformedIsNull()
{
    QString error;
    QVERIFY(Element::fromXml(QStringLiteral("<a><b></a>"), &error).isNull());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestElement)
#include "tst_element.moc"
