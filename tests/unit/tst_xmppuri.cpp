// xmpp: links come from anyone (a message, a web page, another program): check that the parser
// reads RFC 5122 / XEP-0147 links the way the person meant them (address, account, action,
// decoded parameters in order) and refuses everything else with a sentence, never guessing.
#include "stanza/XmppUri.h"

#include <QTest>

using charla::XmppUri;

Q_DECLARE_METATYPE(XmppUri::Action)

class TestXmppUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void repeatedKeysKeepOrder();
    void survivesArbitraryText();
};

void TestXmppUri::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("jid");
    QTest::addColumn<XmppUri::Action>("action");
    QTest::addColumn<QString>("params"); // "k=v|k=v", decoded

    using A = XmppUri::Action;
    QTest::newRow("plain") << "xmpp:bob@localhost"
                           << ""
                           << "bob@localhost" << A::None << "";
    QTest::newRow("scheme case") << "XMPP:bob@localhost"
                                 << ""
                                 << "bob@localhost" << A::None << "";
    QTest::newRow("message") << "xmpp:bob@localhost?message"
                             << ""
                             << "bob@localhost" << A::Message << "";
    QTest::newRow("message body") << "xmpp:bob@localhost?message;body=Hola%20Bob%21;subject=Hi"
                                  << ""
                                  << "bob@localhost" << A::Message << "body=Hola Bob!|subject=Hi";
    QTest::newRow("utf-8 body") << "xmpp:bob@localhost?message;body=%C2%BFqu%C3%A9%3F"
                                << ""
                                << "bob@localhost" << A::Message << "body=¿qué?";
    QTest::newRow("escaped semicolon") << "xmpp:bob@localhost?message;body=a%3Bb%3Dc"
                                       << ""
                                       << "bob@localhost" << A::Message << "body=a;b=c";
    QTest::newRow("join") << "xmpp:room@conference.localhost?join;password=s3cret"
                          << ""
                          << "room@conference.localhost" << A::Join << "password=s3cret";
    QTest::newRow("roster") << "xmpp:bob@localhost?roster;name=Bob%20B;group=Friends"
                            << ""
                            << "bob@localhost" << A::Roster << "name=Bob B|group=Friends";
    QTest::newRow("subscribe") << "xmpp:bob@localhost?subscribe"
                               << ""
                               << "bob@localhost" << A::Subscribe << "";
    QTest::newRow("unsubscribe") << "xmpp:bob@localhost?unsubscribe"
                                 << ""
                                 << "bob@localhost" << A::Unsubscribe << "";
    QTest::newRow("remove") << "xmpp:bob@localhost?remove"
                            << ""
                            << "bob@localhost" << A::Remove << "";
    QTest::newRow("register") << "xmpp:localhost?register"
                              << ""
                              << "localhost" << A::Register << "";
    QTest::newRow("command") << "xmpp:bot@localhost/res?command;node=config;action=execute"
                             << ""
                             << "bot@localhost/res" << A::Command << "node=config|action=execute";
    QTest::newRow("unknown action") << "xmpp:bob@localhost?vcard"
                                    << ""
                                    << "bob@localhost" << A::Unknown << "";
    QTest::newRow("action is case-sensitive") << "xmpp:bob@localhost?Message"
                                              << ""
                                              << "bob@localhost" << A::Unknown << "";
    QTest::newRow("authority") << "xmpp://alice@localhost/bob@localhost?message"
                               << "alice@localhost"
                               << "bob@localhost" << A::Message << "";
    QTest::newRow("authority resource dropped") << "xmpp://alice@localhost%2Fhome/bob@localhost"
                                                << "alice@localhost"
                                                << "bob@localhost" << A::None << "";
    QTest::newRow("encoded jid") << "xmpp:b%C3%B6b@localhost"
                                 << ""
                                 << "böb@localhost" << A::None << "";
    QTest::newRow("fragment ignored") << "xmpp:bob@localhost?message;body=x#frag"
                                      << ""
                                      << "bob@localhost" << A::Message << "body=x";
    QTest::newRow("key without value") << "xmpp:bob@localhost?message;body"
                                       << ""
                                       << "bob@localhost" << A::Message << "body=";
    QTest::newRow("empty pairs skipped") << "xmpp:bob@localhost?message;;body=x;"
                                         << ""
                                         << "bob@localhost" << A::Message << "body=x";
    QTest::newRow("surrounding spaces") << "  xmpp:bob@localhost  "
                                        << ""
                                        << "bob@localhost" << A::None << "";
}

void TestXmppUri::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, account);
    QFETCH(QString, jid);
    QFETCH(XmppUri::Action, action);
    QFETCH(QString, params);

    QString error;
    const auto uri = XmppUri::parse(text, &error);
    QVERIFY2(uri.has_value(), qPrintable(error));
    QCOMPARE(uri->account.toString(), account);
    QCOMPARE(uri->jid.toString(), jid);
    QCOMPARE(uri->action, action);
    QStringList got;
    for (const auto &p : uri->params)
        got << p.first + QLatin1Char('=') + p.second;
    QCOMPARE(got.join(QLatin1Char('|')), params);
}

void TestXmppUri::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("other scheme") << "http://example.org/";
    QTest::newRow("no address") << "xmpp:";
    QTest::newRow("only query") << "xmpp:?message";
    QTest::newRow("bad jid") << "xmpp:@localhost";
    QTest::newRow("bad encoded jid") << "xmpp:bob%40@localhost";
    QTest::newRow("authority without path") << "xmpp://alice@localhost";
    QTest::newRow("bad authority") << "xmpp://@/bob@localhost";
    QTest::newRow("too long") << QString(QStringLiteral("xmpp:bob@localhost?message;body=") +
                                         QString(XmppUri::MaxLength, QLatin1Char('a')));
}

void TestXmppUri::refuses()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!XmppUri::parse(text, &error).has_value());
    QVERIFY2(!error.isEmpty(), "a refusal says why");
}

void TestXmppUri::repeatedKeysKeepOrder()
{
    const auto uri = XmppUri::parse(
        QStringLiteral("xmpp:bob@localhost?roster;group=Work;name=Bob;group=Friends"));
    QVERIFY(uri);
    QCOMPARE(uri->values(QStringLiteral("group")),
             QStringList({QStringLiteral("Work"), QStringLiteral("Friends")}));
    QCOMPARE(uri->value(QStringLiteral("group")), QStringLiteral("Work"));
    QCOMPARE(uri->value(QStringLiteral("name")), QStringLiteral("Bob"));
    QVERIFY(!uri->has(QStringLiteral("body")));
    QCOMPARE(uri->value(QStringLiteral("body")), QString());
}

void TestXmppUri::survivesArbitraryText()
{
    // Not a fuzzer, a smoke check: cut a valid link everywhere and garble it; every result
    // is either a refusal with a reason or a URI with a valid address.
    const QString base = QStringLiteral(
        "xmpp://alice@localhost/b%C3%B6b@localhost/r?roster;name=%E2%80%A6;group=%;x=%zz#f");
    for (int cut = 0; cut <= base.size(); ++cut) {
        const QStringList variants{base.left(cut), base.mid(cut), QString(base.left(cut) + u'%')};
        for (const QString &text : variants) {
            QString error;
            const auto uri = XmppUri::parse(text, &error);
            if (uri)
                QVERIFY2(uri->jid.isValid(), qPrintable(text));
            else
                QVERIFY2(!error.isEmpty(), qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestXmppUri)
#include "tst_xmppuri.moc"
