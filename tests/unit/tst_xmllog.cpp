// The XML console's core: the log model (kinds, JIDs, filters, cap) and the pretty printer
// (indentation and token spans a view colours), plus the session's masking of passwords.
#include "models/XmlLogModel.h"
#include "models/XmlPrettyPrinter.h"
#include "stanza/Element.h"
#include "stream/SessionSupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace charla;

class TestXmlLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("message") << QByteArray("<message from='a@x/r' to='b@y'><body>hi</body></message>")
                                 << int(XmlLogModel::Message) << "a@x/r" << "b@y";
        QTest::newRow("presence") << QByteArray("<presence to='room@muc/me'/>") << int(XmlLogModel::Presence)
                                  << "" << "room@muc/me";
        QTest::newRow("iq") << QByteArray("<iq type='get' id='1' to='x'><ping xmlns='urn:xmpp:ping'/></iq>")
                            << int(XmlLogModel::Iq) << "" << "x";
        QTest::newRow("iq with client ns")
            << QByteArray("<iq xmlns='jabber:client' type='result' id='1' from='x'/>") << int(XmlLogModel::Iq)
            << "x" << "";
        QTest::newRow("sm ack") << QByteArray("<a xmlns='urn:xmpp:sm:3' h='4'/>") << int(XmlLogModel::Sm) << ""
                                << "";
        QTest::newRow("sasl") << QByteArray("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>[hidden]</auth>")
                              << int(XmlLogModel::Sasl) << "" << "";
        QTest::newRow("starttls") << QByteArray("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
                                  << int(XmlLogModel::Stream) << "" << "";
        QTest::newRow("message in another ns is not a stanza")
            << QByteArray("<message xmlns='urn:example'/>") << int(XmlLogModel::Stream) << "" << "";
        QTest::newRow("garbage") << QByteArray("not xml") << int(XmlLogModel::Stream) << "" << "";
    }
    void classifies()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, kind);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QString f, t;
        QCOMPARE(int(XmlLogModel::classify(xml, &f, &t)), kind);
        QCOMPARE(f, from);
        QCOMPARE(t, to);
    }

    void filtersByKindAndJid()
    {
        XmlLogModel log;
        QAbstractItemModelTester tester(&log);
        log.append(true, "<message from='Alice@x/phone' to='me@y'><body>1</body></message>");
        log.append(false, "<presence/>");
        log.append(false, "<iq to='bob@x' type='get' id='2'/>");
        log.append(true, "<r xmlns='urn:xmpp:sm:3'/>");
        QCOMPARE(log.rowCount(), 4);
        auto shown = [&](int kinds, const QString &jid) {
            QList<int> rows;
            for (int i = 0; i < log.rowCount(); ++i)
                if (XmlLogModel::matches(log.entry(i), kinds, jid))
                    rows << i;
            return rows;
        };
        QCOMPARE(shown(XmlLogModel::AllKinds, QString()), (QList<int>{0, 1, 2, 3}));
        QCOMPARE(shown(XmlLogModel::Message | XmlLogModel::Iq, QString()), (QList<int>{0, 2}));
        QCOMPARE(shown(XmlLogModel::Sm, QString()), (QList<int>{3}));
        // A bare JID, in any case, finds every resource; to and from both count.
        QCOMPARE(shown(XmlLogModel::AllKinds, QStringLiteral("alice@x")), (QList<int>{0}));
        QCOMPARE(shown(XmlLogModel::AllKinds, QStringLiteral("me@y")), (QList<int>{0}));
        QCOMPARE(shown(XmlLogModel::AllKinds, QStringLiteral("bob")), (QList<int>{2}));
        QCOMPARE(shown(XmlLogModel::Presence, QStringLiteral("bob")), (QList<int>{}));
        QVERIFY(log.data(log.index(0), XmlLogModel::IncomingRole).toBool());
        QVERIFY(!log.data(log.index(1), XmlLogModel::IncomingRole).toBool());
        QCOMPARE(log.data(log.index(2), XmlLogModel::KindRole).toInt(), int(XmlLogModel::Iq));
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }

    void capDropsOldest()
    {
        XmlLogModel log;
        QAbstractItemModelTester tester(&log);
        QCOMPARE(log.capacity(), 5000);
        log.setCapacity(3);
        for (int i = 0; i < 10; ++i)
            log.append(true, QStringLiteral("<iq id='%1'/>").arg(i).toUtf8());
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.entry(0).xml, QByteArray("<iq id='7'/>"));
        QCOMPARE(log.entry(2).xml, QByteArray("<iq id='9'/>"));
        log.setCapacity(1);
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(log.entry(0).xml, QByteArray("<iq id='9'/>"));
    }

    void prettyPrints()
    {
        const auto r = XmlPrettyPrinter::print(QByteArray(
            "<message to='a@b' type='chat'><body>x &lt; y</body><active xmlns='http://jabber.org/protocol/chatstates'/></message>"));
        QCOMPARE(r.text, QStringLiteral("<message to=\"a@b\" type=\"chat\">\n"
                                        "  <body>x &lt; y</body>\n"
                                        "  <active xmlns=\"http://jabber.org/protocol/chatstates\"/>\n"
                                        "</message>"));
        // Every token a view colours covers exactly its characters.
        auto tokens = [&](XmlPrettyPrinter::Token t) {
            QStringList out;
            for (const auto &s : r.spans)
                if (s.token == t)
                    out << r.text.mid(s.start, s.length);
            return out;
        };
        QCOMPARE(tokens(XmlPrettyPrinter::TagName),
                 (QStringList{QStringLiteral("message"), QStringLiteral("body"), QStringLiteral("body"),
                              QStringLiteral("active"), QStringLiteral("message")}));
        QCOMPARE(tokens(XmlPrettyPrinter::AttributeName),
                 (QStringList{QStringLiteral("to"), QStringLiteral("type"), QStringLiteral("xmlns")}));
        QCOMPARE(tokens(XmlPrettyPrinter::AttributeValue),
                 (QStringList{QStringLiteral("\"a@b\""), QStringLiteral("\"chat\""),
                              QStringLiteral("\"http://jabber.org/protocol/chatstates\"")}));
        QCOMPARE(tokens(XmlPrettyPrinter::Text), QStringList{QStringLiteral("x &lt; y")});
        // Not well formed: shown as it came, nothing lost.
        const auto bad = XmlPrettyPrinter::print(QByteArray("<a><b></a>"));
        QCOMPARE(bad.text, QStringLiteral("<a><b></a>"));
    }

    void masksPasswords_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("sasl auth") << "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGFsaWNlAHNlY3JldDEyMw==</auth>";
        QTest::newRow("register") << "<iq xmlns='jabber:client' type='set' id='r'><query xmlns='jabber:iq:register'><username>a</username><password>secret123</password></query></iq>";
        QTest::newRow("password change form")
            << "<iq xmlns='jabber:client' type='set' id='c'><query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='submit'>"
               "<field var='FORM_TYPE' type='hidden'><value>jabber:iq:register:changepassword</value></field>"
               "<field var='password'><value>secret123</value></field></x></query></iq>";
        QTest::newRow("ad-hoc text-private")
            << "<iq xmlns='jabber:client' type='set' id='h'><command xmlns='http://jabber.org/protocol/commands' node='x'>"
               "<x xmlns='jabber:x:data' type='submit'><field var='newpw' type='text-private'><value>secret123</value></field>"
               "<field var='accountjids'><value>a@b</value></field></x></command></iq>";
        QTest::newRow("room password") << "<presence xmlns='jabber:client' to='r@muc/me'><x xmlns='http://jabber.org/protocol/muc'><password>secret123</password></x></presence>";
    }
    void masksPasswords()
    {
        QFETCH(QString, xml);
        const QByteArray shown = session::maskedXml(Element::fromXml(xml));
        QVERIFY2(!shown.contains("secret123") && !shown.contains("AGFsaWNlAHNlY3JldDEyMw=="), shown.constData());
        QVERIFY2(shown.contains("[hidden]"), shown.constData());
    }

    void keepsWhatIsNotSecret()
    {
        const QString xml = QStringLiteral("<message xmlns='jabber:client' to='a@b'><body>my password is long</body></message>");
        QCOMPARE(session::maskedXml(Element::fromXml(xml)), Element::fromXml(xml).toXml(QStringLiteral("jabber:client")));
        const QByteArray adhoc = session::maskedXml(Element::fromXml(QStringLiteral(
            "<iq xmlns='jabber:client' type='set' id='h'><command xmlns='http://jabber.org/protocol/commands'>"
            "<x xmlns='jabber:x:data'><field var='newpw' type='text-private'><value>s</value></field>"
            "<field var='accountjids'><value>a@b</value></field></x></command></iq>")));
        QVERIFY2(adhoc.contains("a@b"), adhoc.constData()); // other fields stay readable
    }
};

QTEST_GUILESS_MAIN(TestXmlLog)
#include "tst_xmllog.moc"
