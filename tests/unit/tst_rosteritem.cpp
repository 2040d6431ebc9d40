// The roster item codec (RFC 6121 2.1.2): XML -> value -> XML.
#include "stanza/Element.h"
#include "stanza/RosterItem.h"

#include <QTest>

using namespace charla;

class TestRosterItem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void roundTrip();
};

void TestRosterItem::parse_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("subscription");
    QTest::addColumn<bool>("ask");
    QTest::addColumn<bool>("approved");
    const auto item = [](const char *inner) -> QString {
        return QStringLiteral("<item xmlns='jabber:iq:roster' ") + QString::fromUtf8(inner);
    };
    QTest::newRow("minimal") << item("jid='romeo@example.net'/>") << true
                             << "romeo@example.net" << "" << QStringList() << "none" << false << false;
    QTest::newRow("full") << item("jid='Romeo@Example.NET' name='Romeo' subscription='both'>"
                                  "<group>Friends</group><group>Lovers</group></item>")
                          << true << "romeo@example.net" << "Romeo"
                          << QStringList{QStringLiteral("Friends"), QStringLiteral("Lovers")}
                          << "both" << false << false;
    QTest::newRow("pending-ask") << item("jid='a@b' subscription='none' ask='subscribe'/>") << true
                                 << "a@b" << "" << QStringList() << "none" << true << false;
    QTest::newRow("pre-approved") << item("jid='a@b' subscription='none' approved='true'/>") << true
                                  << "a@b" << "" << QStringList() << "none" << false << true;
    QTest::newRow("to") << item("jid='a@b' subscription='to'/>") << true << "a@b" << ""
                        << QStringList() << "to" << false << false;
    QTest::newRow("from") << item("jid='a@b' subscription='from'/>") << true << "a@b" << ""
                          << QStringList() << "from" << false << false;
    QTest::newRow("remove") << item("jid='a@b' subscription='remove'/>") << true << "a@b" << ""
                            << QStringList() << "remove" << false << false;
    QTest::newRow("unknown-subscription-is-none")
        << item("jid='a@b' subscription='weird'/>") << true << "a@b" << "" << QStringList()
        << "none" << false << false;
    QTest::newRow("duplicate-and-empty-groups")
        << item("jid='a@b'><group>G</group><group>G</group><group></group></item>") << true
        << "a@b" << "" << QStringList{QStringLiteral("G")} << "none" << false << false;
    QTest::newRow("server-jid") << item("jid='example.net'/>") << true << "example.net" << ""
                                << QStringList() << "none" << false << false;
    QTest::newRow("full-jid-refused") << item("jid='a@b/r'/>") << false << "" << "" << QStringList()
                                      << "" << false << false;
    QTest::newRow("invalid-jid") << item("jid='a@@b'/>") << false << "" << "" << QStringList() << ""
                                 << false << false;
    QTest::newRow("no-jid") << item("name='x'/>") << false << "" << "" << QStringList() << "" << false
                            << false;
    QTest::newRow("wrong-namespace") << QStringLiteral("<item xmlns='urn:other' jid='a@b'/>") << false
                                     << "" << "" << QStringList() << "" << false << false;
}

void TestRosterItem::parse()
{
    QFETCH(QString, xml);
    QFETCH(bool, valid);
    const auto item = RosterItem::fromElement(Element::fromXml(xml));
    QCOMPARE(item.has_value(), valid);
    if (!valid)
        return;
    QFETCH(QString, jid);
    QFETCH(QString, name);
    QFETCH(QStringList, groups);
    QFETCH(QString, subscription);
    QFETCH(bool, ask);
    QFETCH(bool, approved);
    QCOMPARE(item->jid.full(), jid);
    QCOMPARE(item->name, name);
    QCOMPARE(item->groups, groups);
    QCOMPARE(RosterItem::subscriptionName(item->subscription), subscription);
    QCOMPARE(item->askSubscribe, ask);
    QCOMPARE(item->approved, approved);
}

void TestRosterItem::roundTrip()
{
    RosterItem r;
    r.jid = Jid::parse(QStringLiteral("juliet@example.com"));
    r.name = QStringLiteral("Juliet <Capulet> & co");
    r.groups = {QStringLiteral("Family"), QStringLiteral("Ñandú")};
    const Element e = r.toElement();
    QCOMPARE(e.attribute(QStringLiteral("jid")), QStringLiteral("juliet@example.com"));
    // A client never sets subscription except to remove (RFC 6121 2.1.2.5).
    QVERIFY(!e.hasAttribute(QStringLiteral("subscription")));
    const auto back = RosterItem::fromElement(Element::fromXml(e.toXml()));
    QVERIFY(back);
    QCOMPARE(*back, r);
    r.subscription = RosterItem::Subscription::Remove;
    QCOMPARE(r.toElement().attribute(QStringLiteral("subscription")), QStringLiteral("remove"));
}

QTEST_GUILESS_MAIN(TestRosterItem)
#include "tst_rosteritem.moc"
