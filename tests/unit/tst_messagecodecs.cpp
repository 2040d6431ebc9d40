// Message payload codecs: every payload is read from its XML, checked field by field, and written
// back to the same XML (data-driven round trips); malformed or foreign elements are refused.
#include "stanza/Carbon.h"
#include "stanza/ChatState.h"
#include "stanza/Correction.h"
#include "stanza/Delay.h"
#include "stanza/Fallback.h"
#include "stanza/Forwarded.h"
#include "stanza/MamFin.h"
#include "stanza/MamQuery.h"
#include "stanza/MamResult.h"
#include "stanza/Marker.h"
#include "stanza/Message.h"
#include "stanza/Oob.h"
#include "stanza/OriginId.h"
#include "stanza/Reactions.h"
#include "stanza/Receipt.h"
#include "stanza/Reply.h"
#include "stanza/Retraction.h"
#include "stanza/Rsm.h"
#include "stanza/StanzaId.h"

#include <QTest>

#include <functional>

using namespace charla;

namespace {

/// Parses with codec T and writes back; null when the codec refused the element.
template<class T> Element roundTrip(const Element &e)
{
    const std::optional<T> value = T::fromElement(e);
    return value ? value->toElement() : Element();
}

using RoundTrip = std::function<Element(const Element &)>;

const QHash<QString, RoundTrip> &codecs()
{
    static const QHash<QString, RoundTrip> all{
        {QStringLiteral("ChatState"), roundTrip<ChatState>},
        {QStringLiteral("Receipt"), roundTrip<Receipt>},
        {QStringLiteral("Marker"), roundTrip<Marker>},
        {QStringLiteral("Correction"), roundTrip<Correction>},
        {QStringLiteral("Retraction"), roundTrip<Retraction>},
        {QStringLiteral("Reactions"), roundTrip<Reactions>},
        {QStringLiteral("Reply"), roundTrip<Reply>},
        {QStringLiteral("Fallback"), roundTrip<Fallback>},
        {QStringLiteral("OriginId"), roundTrip<OriginId>},
        {QStringLiteral("StanzaId"), roundTrip<StanzaId>},
        {QStringLiteral("Delay"), roundTrip<Delay>},
        {QStringLiteral("Oob"), roundTrip<Oob>},
        {QStringLiteral("Forwarded"), roundTrip<Forwarded>},
        {QStringLiteral("Carbon"), roundTrip<Carbon>},
        {QStringLiteral("Rsm"), roundTrip<Rsm>},
        {QStringLiteral("MamQuery"), roundTrip<MamQuery>},
        {QStringLiteral("MamResult"), roundTrip<MamResult>},
        {QStringLiteral("MamFin"), roundTrip<MamFin>},
        {QStringLiteral("Message"), roundTrip<Message>},
    };
    return all;
}

Element xml(const QString &text)
{
    QString error;
    const Element e = Element::fromXml(text, &error);
    if (e.isNull())
        qWarning() << "bad test XML" << error << text;
    return e;
}

const QString kFwd = QStringLiteral(
    "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' "
    "stamp='2010-07-10T23:08:25Z'/><message xmlns='jabber:client' from='romeo@montague.example/home' "
    "to='juliet@capulet.example/balcony' type='chat' id='m1'><body>Wherefore art thou?</body>"
    "</message></forwarded>");

} // namespace

class TestMessageCodecs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void refused_data();
    void refused();
    void messageEnvelope();
    void replyFallbackStripped_data();
    void replyFallbackStripped();
    void delayStamps_data();
    void delayStamps();
    void mamQueryForm();
    void errorSentence();
    void reactionsDropJunk();
};

void TestMessageCodecs::roundTrips_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QString>("input");
    const QString cs = QStringLiteral("http://jabber.org/protocol/chatstates");
    for (const char *state : {"active", "composing", "paused", "inactive", "gone"})
        QTest::newRow(qPrintable(QStringLiteral("chatstate %1").arg(QLatin1String(state))))
            << QStringLiteral("ChatState")
            << QStringLiteral("<%1 xmlns='%2'/>").arg(QLatin1String(state), cs);
    QTest::newRow("receipt request") << QStringLiteral("Receipt")
                                     << QStringLiteral("<request xmlns='urn:xmpp:receipts'/>");
    QTest::newRow("receipt received")
        << QStringLiteral("Receipt") << QStringLiteral("<received xmlns='urn:xmpp:receipts' id='a1'/>");
    QTest::newRow("markable") << QStringLiteral("Marker")
                              << QStringLiteral("<markable xmlns='urn:xmpp:chat-markers:0'/>");
    QTest::newRow("displayed")
        << QStringLiteral("Marker")
        << QStringLiteral("<displayed xmlns='urn:xmpp:chat-markers:0' id='m-7'/>");
    QTest::newRow("acknowledged")
        << QStringLiteral("Marker")
        << QStringLiteral("<acknowledged xmlns='urn:xmpp:chat-markers:0' id='m-8'/>");
    QTest::newRow("replace") << QStringLiteral("Correction")
                             << QStringLiteral("<replace xmlns='urn:xmpp:message-correct:0' id='bad1'/>");
    QTest::newRow("retract") << QStringLiteral("Retraction")
                             << QStringLiteral("<retract xmlns='urn:xmpp:message-retract:1' id='x'/>");
    QTest::newRow("reactions")
        << QStringLiteral("Reactions")
        << QStringLiteral("<reactions xmlns='urn:xmpp:reactions:0' id='744f6e18'>"
                          "<reaction>👋</reaction><reaction>🐢</reaction></reactions>");
    QTest::newRow("reactions removed all")
        << QStringLiteral("Reactions")
        << QStringLiteral("<reactions xmlns='urn:xmpp:reactions:0' id='744f6e18'/>");
    QTest::newRow("reply") << QStringLiteral("Reply")
                           << QStringLiteral("<reply xmlns='urn:xmpp:reply:0' "
                                             "to='anna@example.com/laptop' id='message-id1'/>");
    QTest::newRow("reply without to")
        << QStringLiteral("Reply") << QStringLiteral("<reply xmlns='urn:xmpp:reply:0' id='i'/>");
    QTest::newRow("fallback range")
        << QStringLiteral("Fallback")
        << QStringLiteral("<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
                          "<body start='0' end='38'/></fallback>");
    QTest::newRow("fallback whole body")
        << QStringLiteral("Fallback")
        << QStringLiteral("<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:message-retract:1'/>");
    QTest::newRow("origin-id") << QStringLiteral("OriginId")
                               << QStringLiteral("<origin-id xmlns='urn:xmpp:sid:0' id='de305d54'/>");
    QTest::newRow("stanza-id")
        << QStringLiteral("StanzaId")
        << QStringLiteral("<stanza-id xmlns='urn:xmpp:sid:0' id='5f3dbc5e' by='room@muc.example.com'/>");
    QTest::newRow("delay")
        << QStringLiteral("Delay")
        << QStringLiteral("<delay xmlns='urn:xmpp:delay' from='capulet.com' "
                          "stamp='2002-09-10T23:08:25Z'>Offline Storage</delay>");
    QTest::newRow("delay with ms")
        << QStringLiteral("Delay")
        << QStringLiteral("<delay xmlns='urn:xmpp:delay' stamp='2002-09-10T23:08:25.123Z'/>");
    QTest::newRow("oob")
        << QStringLiteral("Oob")
        << QStringLiteral("<x xmlns='jabber:x:oob'><url>https://example.org/a.png</url>"
                          "<desc>A picture</desc></x>");
    QTest::newRow("forwarded") << QStringLiteral("Forwarded") << kFwd;
    QTest::newRow("carbon received")
        << QStringLiteral("Carbon")
        << QStringLiteral("<received xmlns='urn:xmpp:carbons:2'>%1</received>").arg(kFwd);
    QTest::newRow("carbon sent")
        << QStringLiteral("Carbon")
        << QStringLiteral("<sent xmlns='urn:xmpp:carbons:2'>%1</sent>").arg(kFwd);
    QTest::newRow("rsm request")
        << QStringLiteral("Rsm")
        << QStringLiteral("<set xmlns='http://jabber.org/protocol/rsm'><max>10</max>"
                          "<after>09af3-cc343-b409f</after></set>");
    QTest::newRow("rsm last page")
        << QStringLiteral("Rsm")
        << QStringLiteral("<set xmlns='http://jabber.org/protocol/rsm'><max>10</max><before/></set>");
    QTest::newRow("rsm answer")
        << QStringLiteral("Rsm")
        << QStringLiteral("<set xmlns='http://jabber.org/protocol/rsm'><first index='0'>a</first>"
                          "<last>z</last><count>800</count></set>");
    QTest::newRow("mam query")
        << QStringLiteral("MamQuery")
        << QStringLiteral(
               "<query xmlns='urn:xmpp:mam:2' queryid='f27'><x xmlns='jabber:x:data' type='submit'>"
               "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:mam:2</value></field>"
               "<field var='with'><value>juliet@capulet.lit</value></field>"
               "<field var='start'><value>2010-08-07T00:00:00Z</value></field></x>"
               "<set xmlns='http://jabber.org/protocol/rsm'><max>50</max><before/></set></query>");
    QTest::newRow("mam result")
        << QStringLiteral("MamResult")
        << QStringLiteral("<result xmlns='urn:xmpp:mam:2' queryid='f27' id='28482-98726-73623'>%1"
                          "</result>")
               .arg(kFwd);
    QTest::newRow("mam fin")
        << QStringLiteral("MamFin")
        << QStringLiteral("<fin xmlns='urn:xmpp:mam:2' complete='true'>"
                          "<set xmlns='http://jabber.org/protocol/rsm'><first index='0'>a</first>"
                          "<last>b</last><count>2</count></set></fin>");
    QTest::newRow("mam fin unstable")
        << QStringLiteral("MamFin")
        << QStringLiteral("<fin xmlns='urn:xmpp:mam:2' stable='false'>"
                          "<set xmlns='http://jabber.org/protocol/rsm'/></fin>");
    QTest::newRow("message with everything")
        << QStringLiteral("Message")
        << QStringLiteral(
               "<message xmlns='jabber:client' from='anna@example.com/laptop' to='bob@example.com' "
               "type='chat' id='r1'><body>&gt; Anna wrote:\n&gt; hi\nhello</body>"
               "<thread>t1</thread>"
               "<active xmlns='http://jabber.org/protocol/chatstates'/>"
               "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
               "<reply xmlns='urn:xmpp:reply:0' to='bob@example.com/pc' id='q1'/>"
               "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
               "<body start='0' end='22'/></fallback>"
               "<origin-id xmlns='urn:xmpp:sid:0' id='r1'/>"
               "<stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='bob@example.com'/>"
               "<delay xmlns='urn:xmpp:delay' stamp='2024-01-02T03:04:05Z'/>"
               "<x xmlns='jabber:x:oob'><url>https://example.com/f</url></x></message>");
    QTest::newRow("message error")
        << QStringLiteral("Message")
        << QStringLiteral("<message xmlns='jabber:client' from='nobody@example.com' type='error' "
                          "id='e1'><error type='cancel'><service-unavailable "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>");
}

void TestMessageCodecs::roundTrips()
{
    QFETCH(QString, codec);
    QFETCH(QString, input);
    const Element in = xml(input);
    QVERIFY(!in.isNull());
    QVERIFY2(codecs().contains(codec), qPrintable(codec));
    const Element out = codecs().value(codec)(in);
    QVERIFY2(!out.isNull(), "the codec refused valid XML");
    QVERIFY2(out == in, qPrintable(QStringLiteral("in:  %1\nout: %2")
                                       .arg(QString::fromUtf8(in.toXml()),
                                            QString::fromUtf8(out.toXml()))));
}

void TestMessageCodecs::refused_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QString>("input");
    QTest::newRow("chat state, wrong ns")
        << QStringLiteral("ChatState") << QStringLiteral("<composing xmlns='urn:example'/>");
    QTest::newRow("chat state, unknown name")
        << QStringLiteral("ChatState")
        << QStringLiteral("<typing xmlns='http://jabber.org/protocol/chatstates'/>");
    QTest::newRow("received without id")
        << QStringLiteral("Receipt") << QStringLiteral("<received xmlns='urn:xmpp:receipts'/>");
    QTest::newRow("displayed without id")
        << QStringLiteral("Marker") << QStringLiteral("<displayed xmlns='urn:xmpp:chat-markers:0'/>");
    QTest::newRow("replace without id")
        << QStringLiteral("Correction")
        << QStringLiteral("<replace xmlns='urn:xmpp:message-correct:0'/>");
    QTest::newRow("retract, old namespace")
        << QStringLiteral("Retraction")
        << QStringLiteral("<retract xmlns='urn:xmpp:message-retract:0' id='x'/>");
    QTest::newRow("reactions without id")
        << QStringLiteral("Reactions")
        << QStringLiteral("<reactions xmlns='urn:xmpp:reactions:0'><reaction>👍</reaction></reactions>");
    QTest::newRow("stanza-id without by")
        << QStringLiteral("StanzaId") << QStringLiteral("<stanza-id xmlns='urn:xmpp:sid:0' id='1'/>");
    QTest::newRow("delay without zone")
        << QStringLiteral("Delay")
        << QStringLiteral("<delay xmlns='urn:xmpp:delay' stamp='2002-09-10T23:08:25'/>");
    QTest::newRow("delay garbage")
        << QStringLiteral("Delay") << QStringLiteral("<delay xmlns='urn:xmpp:delay' stamp='soon'/>");
    QTest::newRow("oob without url")
        << QStringLiteral("Oob") << QStringLiteral("<x xmlns='jabber:x:oob'><desc>d</desc></x>");
    QTest::newRow("forwarded without message")
        << QStringLiteral("Forwarded") << QStringLiteral("<forwarded xmlns='urn:xmpp:forward:0'/>");
    QTest::newRow("forwarded iq")
        << QStringLiteral("Forwarded")
        << QStringLiteral("<forwarded xmlns='urn:xmpp:forward:0'><iq xmlns='jabber:client'/></forwarded>");
    QTest::newRow("carbon, old namespace")
        << QStringLiteral("Carbon")
        << QStringLiteral("<received xmlns='urn:xmpp:carbons:1'>%1</received>").arg(kFwd);
    QTest::newRow("mam result without id")
        << QStringLiteral("MamResult")
        << QStringLiteral("<result xmlns='urn:xmpp:mam:2' queryid='q'>%1</result>").arg(kFwd);
    QTest::newRow("mam result, mam:1")
        << QStringLiteral("MamResult")
        << QStringLiteral("<result xmlns='urn:xmpp:mam:1' queryid='q' id='i'>%1</result>").arg(kFwd);
    QTest::newRow("message with a bad from")
        << QStringLiteral("Message")
        << QStringLiteral("<message xmlns='jabber:client' from='@@bad@@'><body>x</body></message>");
    QTest::newRow("presence")
        << QStringLiteral("Message") << QStringLiteral("<presence xmlns='jabber:client'/>");
}

void TestMessageCodecs::refused()
{
    QFETCH(QString, codec);
    QFETCH(QString, input);
    const Element in = xml(input);
    QVERIFY(!in.isNull());
    QVERIFY(codecs().value(codec)(in).isNull());
}

void TestMessageCodecs::messageEnvelope()
{
    const Element in = xml(QStringLiteral(
        "<message xmlns='jabber:client' from='anna@example.com/laptop' to='bob@example.com' "
        "type='chat' id='r1'><body xml:lang='de'>Hallo</body><body>&gt; Bob:\n&gt; hi 👋\nhello "
        "&lt;b&gt;</body><composing xmlns='http://jabber.org/protocol/chatstates'/>"
        "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
        "<reply xmlns='urn:xmpp:reply:0' to='bob@example.com/pc' id='q1'/>"
        "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
        "<body start='0' end='14'/></fallback><origin-id xmlns='urn:xmpp:sid:0' id='o1'/>"
        "<stanza-id xmlns='urn:xmpp:sid:0' id='forged' by='anna@example.com'/>"
        "<stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='bob@example.com'/>"
        "<delay xmlns='urn:xmpp:delay' stamp='2024-01-02T04:04:05+01:00'/></message>"));
    const auto m = Message::fromElement(in);
    QVERIFY(m);
    QCOMPARE(m->type, Message::Type::Chat);
    QCOMPARE(m->from.full(), QStringLiteral("anna@example.com/laptop"));
    // The body without xml:lang is the message (RFC 6121 5.2.3).
    QCOMPARE(m->body, QStringLiteral("> Bob:\n> hi 👋\nhello <b>"));
    QCOMPARE(m->chatState->kind, ChatState::Composing);
    QVERIFY(m->receiptRequest);
    QVERIFY(m->markable);
    QCOMPARE(m->reply->id, QStringLiteral("q1"));
    QCOMPARE(m->originId, QStringLiteral("o1"));
    QCOMPARE(m->stanzaIds.size(), 2);
    QCOMPARE(m->stanzaIdBy(QStringLiteral("bob@example.com")), QStringLiteral("s1"));
    QCOMPARE(m->delay->stamp, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    // Markup is text: the body keeps "<b>" as the characters it is.
    QCOMPARE(m->displayBody(), QStringLiteral("hello <b>"));
    QVERIFY(m->hasContent());

    const ChatMessage trusted =
        m->toChatMessage(false, m->delay->stamp, QStringLiteral("bob@example.com"));
    QCOMPARE(trusted.chat, QStringLiteral("anna@example.com"));
    QCOMPARE(trusted.stanzaId, QStringLiteral("s1"));
    QCOMPARE(trusted.body, QStringLiteral("hello <b>"));
    QCOMPARE(trusted.replyToId, QStringLiteral("q1"));
    QCOMPARE(trusted.replyQuote, QStringLiteral("> Bob:\n> hi 👋\n"));
    QCOMPARE(trusted.timestamp, m->delay->stamp);
    QCOMPARE(trusted.direction, ChatMessage::Direction::Incoming);
    // Without a trusted archive no stanza-id is taken, not even the one 'by' the sender.
    QVERIFY(m->toChatMessage(false, m->delay->stamp, QString()).stanzaId.isEmpty());

    const ChatMessage out = m->toChatMessage(true, m->delay->stamp, QString());
    QCOMPARE(out.chat, QStringLiteral("bob@example.com"));
    QCOMPARE(out.direction, ChatMessage::Direction::Outgoing);

    // XEP-0393 6: <unstyled/> reaches the stored message, and is written back out.
    QVERIFY(!m->unstyled && !trusted.unstyled);
    const auto unstyled = Message::fromElement(xml(QStringLiteral(
        "<message xmlns='jabber:client' from='anna@example.com/laptop' type='chat' id='u1'>"
        "<body>*not bold*</body><unstyled xmlns='urn:xmpp:styling:0'/></message>")));
    QVERIFY(unstyled && unstyled->unstyled);
    QVERIFY(unstyled->toChatMessage(false, QDateTime(), QString()).unstyled);
    QVERIFY(Message::fromElement(unstyled->toElement())->unstyled);
    // The same element in another namespace is not the hint.
    QVERIFY(!Message::fromElement(xml(QStringLiteral(
                                      "<message xmlns='jabber:client' from='a@b/c' type='chat'>"
                                      "<body>x</body><unstyled xmlns='urn:example'/></message>")))
                 ->unstyled);

    Message plain;
    plain.type = Message::Type::Chat;
    plain.id = QStringLiteral("i");
    plain.chatState = ChatState{ChatState::Paused};
    QVERIFY(!plain.hasContent());
}

void TestMessageCodecs::replyFallbackStripped_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("quote");
    const QString ns = QStringLiteral("urn:xmpp:reply:0");
    QTest::newRow("xep example")
        << QStringLiteral("> Anna wrote:\n> We should bake a cake\nGreat idea!")
        << QStringLiteral("<body start='0' end='38'/>") << QStringLiteral("Great idea!")
        << QStringLiteral("> Anna wrote:\n> We should bake a cake\n");
    // XEP-0426: positions count code points, so an emoji (two UTF-16 units) is one.
    QTest::newRow("code points") << QStringLiteral("> 🎂🎂\nyes") << QStringLiteral("<body start='0' end='5'/>")
                                 << QStringLiteral("yes") << QStringLiteral("> 🎂🎂\n");
    QTest::newRow("range past the end is ignored")
        << QStringLiteral("short") << QStringLiteral("<body start='0' end='99'/>")
        << QStringLiteral("short") << QString();
    QTest::newRow("inverted range is ignored")
        << QStringLiteral("short") << QStringLiteral("<body start='3' end='1'/>")
        << QStringLiteral("short") << QString();
    QTest::newRow("middle range") << QStringLiteral("ab[q]cd") << QStringLiteral("<body start='2' end='5'/>")
                                  << QStringLiteral("abcd") << QStringLiteral("[q]");
    QTest::newRow("fallback for another payload is kept")
        << QStringLiteral("> q\nx") << QStringLiteral("FOREIGN") << QStringLiteral("> q\nx")
        << QString();
    Q_UNUSED(ns)
}

void TestMessageCodecs::replyFallbackStripped()
{
    QFETCH(QString, body);
    QFETCH(QString, fallback);
    QFETCH(QString, shown);
    QFETCH(QString, quote);
    const QString forNs = fallback == QLatin1String("FOREIGN") ? QStringLiteral("urn:example")
                                                               : QStringLiteral("urn:xmpp:reply:0");
    const QString ranges = fallback == QLatin1String("FOREIGN") ? QStringLiteral("<body start='0' end='4'/>")
                                                                : fallback;
    Message m;
    m.body = body;
    m.reply = Reply{QString(), QStringLiteral("x")};
    const auto f = Fallback::fromElement(xml(
        QStringLiteral("<fallback xmlns='urn:xmpp:fallback:0' for='%1'>%2</fallback>").arg(forNs, ranges)));
    QVERIFY(f);
    m.fallbacks = {*f};
    QCOMPARE(m.displayBody(), shown);
    QCOMPARE(Fallback::fallbackText(body, m.fallbacks, QStringLiteral("urn:xmpp:reply:0")), quote);
}

void TestMessageCodecs::delayStamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    QTest::newRow("Z") << QStringLiteral("2002-09-10T23:08:25Z")
                       << QDateTime(QDate(2002, 9, 10), QTime(23, 8, 25), Qt::UTC);
    QTest::newRow("offset") << QStringLiteral("2002-09-10T23:08:25-08:00")
                            << QDateTime(QDate(2002, 9, 11), QTime(7, 8, 25), Qt::UTC);
    QTest::newRow("microseconds (Prosody)")
        << QStringLiteral("2024-05-01T10:00:00.123456Z")
        << QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC);
    QTest::newRow("no zone") << QStringLiteral("2002-09-10T23:08:25") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2002-09-10") << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2002-13-10T23:08:25Z") << QDateTime();
}

void TestMessageCodecs::delayStamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    const QDateTime parsed = Delay::parseStamp(text);
    QCOMPARE(parsed.isValid(), utc.isValid());
    if (utc.isValid()) {
        QCOMPARE(parsed, utc);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestMessageCodecs::mamQueryForm()
{
    MamQuery q;
    q.queryId = QStringLiteral("q1");
    q.with = QStringLiteral("bob@localhost");
    q.rsm.max = 100;
    q.rsm.after = QStringLiteral("A1");
    const Element iq = q.toIq();
    QCOMPARE(iq.attribute(QStringLiteral("type")), QStringLiteral("set"));
    QVERIFY(!iq.hasAttribute(QStringLiteral("to")));
    const auto back = MamQuery::fromElement(iq.firstChild(QStringLiteral("query"), MamQuery::Namespace));
    QVERIFY(back);
    QCOMPARE(*back, q);
}

void TestMessageCodecs::errorSentence()
{
    const auto m = Message::fromElement(xml(QStringLiteral(
        "<message xmlns='jabber:client' from='nobody@localhost' type='error' id='e1'>"
        "<error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
        "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>No such user</text></error></message>")));
    QVERIFY(m);
    QCOMPARE(m->type, Message::Type::Error);
    const QString text = m->errorText();
    QVERIFY2(text.contains(QStringLiteral("nobody@localhost")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("No such user")), qPrintable(text));
    QVERIFY(text.endsWith(QLatin1Char('r')) && text.size() > 40);
}

void TestMessageCodecs::reactionsDropJunk()
{
    const auto r = Reactions::fromElement(xml(QStringLiteral(
        "<reactions xmlns='urn:xmpp:reactions:0' id='m'><reaction>👍</reaction>"
        "<reaction>👍</reaction><reaction> </reaction><reaction>%1</reaction></reactions>")
                                                  .arg(QString(200, QLatin1Char('x')))));
    QVERIFY(r);
    QCOMPARE(r->emojis, QStringList{QStringLiteral("👍")});
}

QTEST_GUILESS_MAIN(TestMessageCodecs)
#include "tst_messagecodecs.moc"
