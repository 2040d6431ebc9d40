// The occupant list of a room: grouped by role, batched so a crowd joining is a handful of
// insertions, consistent under QAbstractItemModelTester; and nicknames that differ only by
// invisible characters shown so that they cannot pass for each other.
#include "features/MucFeature.h"
#include "models/OccupantModel.h"
#include "models/VisibleNick.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace charla;

namespace {
const QString kRoom = QStringLiteral("room@conference.localhost");

Element presence(const QString &nick, const QString &role, const QString &affiliation = QStringLiteral("none"),
                 const QString &extra = QString(), const QString &type = QString())
{
    const QString xml =
        QStringLiteral("<presence xmlns='jabber:client' from='%1/%2' to='me@localhost/x'%6>%5<x "
                       "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='%3' "
                       "role='%4'/>%7</x></presence>")
            .arg(kRoom, nick.toHtmlEscaped(), affiliation, role, QString(),
                 type.isEmpty() ? QString() : QStringLiteral(" type='%1'").arg(type), extra);
    return Element::fromXml(xml);
}

/// A MucFeature in a room, fed presences directly (no connection needed).
struct Room
{
    MucFeature muc;
    Room()
    {
        muc.join(Jid::parse(kRoom), QStringLiteral("me"));
    }
    void feed(const Element &e) { QVERIFY(muc.handleStanza(e)); }
};
} // namespace

class TestOccupantModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsByRole();
    void crowdJoinIsBatched();
    void roleChangeLeaveRenameAndClear();
    void modelCreatedLaterShowsWhoIsThere();
    void visibleNick_data();
    void visibleNick();
    void lookalikeNicksStayDistinct();
    void displayRoleShowsEscapes();
};

void TestOccupantModel::groupsByRole()
{
    Room room;
    OccupantModel model(&room.muc, Jid::parse(kRoom));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    room.feed(presence(QStringLiteral("mod"), QStringLiteral("moderator"), QStringLiteral("owner")));
    room.feed(presence(QStringLiteral("bob"), QStringLiteral("participant"), QStringLiteral("member"),
                       QString()));
    room.feed(presence(QStringLiteral("quiet"), QStringLiteral("visitor")));
    room.feed(presence(QStringLiteral("me"), QStringLiteral("participant"), QStringLiteral("member"),
                       QStringLiteral("<status code='110'/>")));
    QCOMPARE(model.occupantCount(), 0); // not before the flush
    model.flush();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.groupIndex(OccupantModel::Group::Moderators)), 1);
    QCOMPARE(model.rowCount(model.groupIndex(OccupantModel::Group::Participants)), 2);
    QCOMPARE(model.rowCount(model.groupIndex(OccupantModel::Group::Visitors)), 1);
    QCOMPARE(model.groupIndex(OccupantModel::Group::Participants).data(OccupantModel::CountRole).toInt(), 2);
    const QModelIndex mod = model.indexOfNick(QStringLiteral("mod"));
    QCOMPARE(mod.parent(), model.groupIndex(OccupantModel::Group::Moderators));
    QCOMPARE(mod.data(OccupantModel::AffiliationRole).toInt(), int(MucAffiliation::Owner));
    QCOMPARE(mod.data().toString(), QStringLiteral("mod"));
    QVERIFY(model.indexOfNick(QStringLiteral("me")).data(OccupantModel::SelfRole).toBool());
    QVERIFY(!model.indexOfNick(QStringLiteral("bob")).data(OccupantModel::SelfRole).toBool());

    // Show and status changes are dataChanged on that row only.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Element away = presence(QStringLiteral("bob"), QStringLiteral("participant"), QStringLiteral("member"));
    away.addChild(QStringLiteral("show"), QStringLiteral("jabber:client")).setText(QStringLiteral("away"));
    away.addChild(QStringLiteral("status"), QStringLiteral("jabber:client")).setText(QStringLiteral("lunch"));
    room.feed(away);
    model.flush();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toModelIndex(), model.indexOfNick(QStringLiteral("bob")));
    QCOMPARE(model.indexOfNick(QStringLiteral("bob")).data(OccupantModel::ShowRole).toInt(),
             int(Presence::Show::Away));
    QCOMPARE(model.indexOfNick(QStringLiteral("bob")).data(OccupantModel::StatusTextRole).toString(),
             QStringLiteral("lunch"));
}

void TestOccupantModel::crowdJoinIsBatched()
{
    Room room;
    OccupantModel model(&room.muc, Jid::parse(kRoom));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int i = 0; i < 5000; ++i) {
        const QString role = i % 100 == 0 ? QStringLiteral("moderator")
                             : i % 10 == 0 ? QStringLiteral("visitor")
                                           : QStringLiteral("participant");
        room.feed(presence(QStringLiteral("user%1").arg(i), role));
    }
    QTRY_COMPARE(model.occupantCount(), 5000); // the model's own timer flushes
    QVERIFY2(inserted.count() <= 3, qPrintable(QString::number(inserted.count())));
    QCOMPARE(layout.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(model.groupIndex(OccupantModel::Group::Moderators)), 50);
    QCOMPARE(model.rowCount(model.groupIndex(OccupantModel::Group::Visitors)), 450);
    QCOMPARE(model.rowCount(model.groupIndex(OccupantModel::Group::Participants)), 4500);

    // Half of them leave at once: removals in runs, not one by one... and not a reset.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 5000; i += 2)
        room.feed(presence(QStringLiteral("user%1").arg(i), QStringLiteral("none"),
                           QStringLiteral("none"), QString(), QStringLiteral("unavailable")));
    model.flush();
    QCOMPARE(model.occupantCount(), 2500);
    QCOMPARE(reset.count(), 0);
    QVERIFY(model.indexOfNick(QStringLiteral("user1")).isValid());
    QVERIFY(!model.indexOfNick(QStringLiteral("user2")).isValid());
    QCOMPARE(model.indexOfNick(QStringLiteral("user4999")).data(OccupantModel::NickRole).toString(),
             QStringLiteral("user4999"));
}

void TestOccupantModel::roleChangeLeaveRenameAndClear()
{
    Room room;
    OccupantModel model(&room.muc, Jid::parse(kRoom));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    room.feed(presence(QStringLiteral("bob"), QStringLiteral("visitor")));
    room.feed(presence(QStringLiteral("carol"), QStringLiteral("participant")));
    room.feed(presence(QStringLiteral("me"), QStringLiteral("participant"), QStringLiteral("none"),
                       QStringLiteral("<status code='110'/>")));
    model.flush();
    // Voice granted: bob moves from Visitors to Participants.
    room.feed(presence(QStringLiteral("bob"), QStringLiteral("participant")));
    model.flush();
    QCOMPARE(model.indexOfNick(QStringLiteral("bob")).parent(),
             model.groupIndex(OccupantModel::Group::Participants));
    QCOMPARE(model.rowCount(model.groupIndex(OccupantModel::Group::Visitors)), 0);
    // carol becomes "caroline" (XEP-0045 7.6).
    room.feed(Element::fromXml(QStringLiteral(
        "<presence xmlns='jabber:client' type='unavailable' from='%1/carol' to='me@localhost/x'>"
        "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' "
        "role='participant' nick='caroline'/><status code='303'/></x></presence>")
                                  .arg(kRoom)));
    room.feed(presence(QStringLiteral("caroline"), QStringLiteral("participant")));
    model.flush();
    QVERIFY(!model.indexOfNick(QStringLiteral("carol")).isValid());
    QVERIFY(model.indexOfNick(QStringLiteral("caroline")).isValid());
    QCOMPARE(model.occupantCount(), 3);
    // bob leaves.
    room.feed(presence(QStringLiteral("bob"), QStringLiteral("none"), QStringLiteral("none"), QString(),
                       QStringLiteral("unavailable")));
    model.flush();
    QCOMPARE(model.occupantCount(), 2);
    // We leave: everything goes.
    room.muc.leave(Jid::parse(kRoom));
    QCOMPARE(model.occupantCount(), 0);
}

void TestOccupantModel::modelCreatedLaterShowsWhoIsThere()
{
    Room room;
    room.feed(presence(QStringLiteral("a"), QStringLiteral("moderator")));
    room.feed(presence(QStringLiteral("b"), QStringLiteral("participant")));
    OccupantModel model(&room.muc, Jid::parse(kRoom));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.occupantCount(), 2);
    QVERIFY(model.indexOfNick(QStringLiteral("a")).isValid());
    // Another room's occupants are not ours.
    OccupantModel other(&room.muc, Jid::parse(QStringLiteral("elsewhere@conference.localhost")));
    QCOMPARE(other.occupantCount(), 0);
}

void TestOccupantModel::visibleNick_data()
{
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("alice") << QStringLiteral("alice");
    QTest::newRow("inner space") << QStringLiteral("Ana María") << QStringLiteral("Ana María");
    QTest::newRow("arabic") << QStringLiteral("\u0639\u0644\u064A") << QStringLiteral("\u0639\u0644\u064A");
    QTest::newRow("emoji with VS16") << QStringLiteral("\u2764\uFE0F fan") << QStringLiteral("\u2764\uFE0F fan");
    QTest::newRow("emoji surrogate pair") << QStringLiteral("cat \U0001F408") << QStringLiteral("cat \U0001F408");
    QTest::newRow("zero-width space") << QStringLiteral("ali\u200Bce") << QStringLiteral("ali⟨U+200B⟩ce");
    QTest::newRow("zero-width joiner") << QStringLiteral("bob\u200D") << QStringLiteral("bob⟨U+200D⟩");
    QTest::newRow("word joiner") << QStringLiteral("\u2060bob") << QStringLiteral("⟨U+2060⟩bob");
    QTest::newRow("BOM") << QStringLiteral("bob\uFEFF") << QStringLiteral("bob⟨U+FEFF⟩");
    QTest::newRow("soft hyphen") << QStringLiteral("bo\u00ADb") << QStringLiteral("bo⟨U+00AD⟩b");
    QTest::newRow("RLO override") << QStringLiteral("\u202Eecila") << QStringLiteral("⟨U+202E⟩ecila");
    QTest::newRow("RLM") << QStringLiteral("alice\u200F") << QStringLiteral("alice⟨U+200F⟩");
    QTest::newRow("isolate") << QStringLiteral("\u2067x\u2069") << QStringLiteral("⟨U+2067⟩x⟨U+2069⟩");
    QTest::newRow("no-break space") << QStringLiteral("Ana\u00A0María") << QStringLiteral("Ana⟨U+00A0⟩María");
    QTest::newRow("ideographic space") << QStringLiteral("a\u3000b") << QStringLiteral("a⟨U+3000⟩b");
    QTest::newRow("hair space") << QStringLiteral("a\u200Ab") << QStringLiteral("a⟨U+200A⟩b");
    QTest::newRow("trailing space") << QStringLiteral("bob ") << QStringLiteral("bob⟨U+0020⟩");
    QTest::newRow("leading space") << QStringLiteral(" bob") << QStringLiteral("⟨U+0020⟩bob");
    QTest::newRow("double space") << QStringLiteral("a  b") << QStringLiteral("a ⟨U+0020⟩b");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a⟨U+0009⟩b");
    QTest::newRow("hangul filler") << QStringLiteral("\u3164") << QStringLiteral("⟨U+3164⟩");
    QTest::newRow("braille blank") << QStringLiteral("bob\u2800") << QStringLiteral("bob⟨U+2800⟩");
    QTest::newRow("lone VS") << QStringLiteral("bob\uFE0F") << QStringLiteral("bob⟨U+FE0F⟩");
    QTest::newRow("tag character") << QStringLiteral("bob\U000E0041") << QStringLiteral("bob⟨U+E0041⟩");
}

void TestOccupantModel::visibleNick()
{
    QFETCH(QString, nick);
    QFETCH(QString, shown);
    QCOMPARE(charla::visibleNick(nick), shown);
    QCOMPARE(nickHasInvisibles(nick), nick != shown);
}

void TestOccupantModel::lookalikeNicksStayDistinct()
{
    // Every pair that differs only by what cannot be seen reads differently once shown.
    const QStringList lookalikes{
        QStringLiteral("alice"),        QStringLiteral("alice\u200B"), QStringLiteral("\u200Balice"),
        QStringLiteral("ali\u200Dce"),  QStringLiteral("alice "),      QStringLiteral("alice\u00A0"),
        QStringLiteral("alice\u2060"),  QStringLiteral("\u202Dalice"), QStringLiteral("alice\u180E"),
        QStringLiteral("alice\uFEFF"),  QStringLiteral("alice\u3164"), QStringLiteral("alice\u200E"),
    };
    QSet<QString> shown;
    for (const QString &nick : lookalikes)
        shown.insert(charla::visibleNick(nick));
    QCOMPARE(shown.size(), lookalikes.size());
}

void TestOccupantModel::displayRoleShowsEscapes()
{
    Room room;
    OccupantModel model(&room.muc, Jid::parse(kRoom));
    room.feed(presence(QStringLiteral("alice"), QStringLiteral("participant")));
    // RFC 7622 allows spaces in a resource: "alice " is another occupant that looks the same.
    room.feed(presence(QStringLiteral("alice "), QStringLiteral("participant")));
    // A zero-width space is not allowed in a resource at all (PRECIS ignorable code points): the
    // room JID is invalid and the presence is not believed.
    QVERIFY(!room.muc.handleStanza(
        presence(QStringLiteral("alice\u200B"), QStringLiteral("participant"))));
    model.flush();
    QCOMPARE(model.occupantCount(), 2);
    const QModelIndex real = model.indexOfNick(QStringLiteral("alice"));
    const QModelIndex fake = model.indexOfNick(QStringLiteral("alice "));
    QVERIFY(real.isValid() && fake.isValid());
    QCOMPARE(real.data().toString(), QStringLiteral("alice"));
    QCOMPARE(fake.data().toString(), QStringLiteral("alice⟨U+0020⟩"));
    QVERIFY(!real.data(OccupantModel::HasInvisiblesRole).toBool());
    QVERIFY(fake.data(OccupantModel::HasInvisiblesRole).toBool());
    QCOMPARE(fake.data(OccupantModel::NickRole).toString(), QStringLiteral("alice "));
}

QTEST_GUILESS_MAIN(TestOccupantModel)
#include "tst_occupantmodel.moc"
