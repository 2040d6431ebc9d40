// RosterModel and RosterFilterModel fed by real roster and presence stanzas, without a network:
// the features are attached to a Client that never connects, roster results go through
// RosterFeature::applyResult() and pushes and presences through handleStanza(). Every model runs
// under QAbstractItemModelTester.
#include "account/Account.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "models/RosterFilterModel.h"
#include "models/RosterModel.h"
#include "stanza/RosterItem.h"
#include "stream/Client.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace charla;

namespace {

using Show = Presence::Show;

Jid jid(const char *text)
{
    return Jid::parse(QString::fromUtf8(text));
}

QStringList list(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

/// One account's features on a Client that never connects.
struct FakeAccount
{
    explicit FakeAccount(const char *account) : jid(Jid::parse(QString::fromUtf8(account)))
    {
        client.addFeature(roster);
        client.addFeature(presence);
    }

    /// A full roster result with @p items (`<item/>` elements).
    void result(const QString &items)
    {
        roster->applyResult(
            Element::fromXml(QStringLiteral("<iq xmlns='jabber:client' type='result' id='r1'>"
                                            "<query xmlns='jabber:iq:roster' ver='1'>") +
                             items + QStringLiteral("</query></iq>")));
    }
    /// A roster push (RFC 6121 2.1.6) from the server, with one `<item/>`.
    bool push(const QString &item)
    {
        return deliver(QStringLiteral("<iq xmlns='jabber:client' type='set' id='push'>"
                                      "<query xmlns='jabber:iq:roster'>") +
                       item + QStringLiteral("</query></iq>"));
    }
    /// Offers a stanza to the features in order, as Client does with what the server sends.
    bool deliver(const QString &xml)
    {
        const Element e = Element::fromXml(xml);
        for (Feature *f : client.features()) {
            if (f->handleStanza(e))
                return true;
        }
        return false;
    }
    bool available(const QString &from, const QString &inner = QString())
    {
        return deliver(QStringLiteral("<presence xmlns='jabber:client' from='") + from +
                       QStringLiteral("'>") + inner + QStringLiteral("</presence>"));
    }
    bool unavailable(const QString &from)
    {
        return deliver(QStringLiteral("<presence xmlns='jabber:client' type='unavailable' from='") +
                       from + QStringLiteral("'/>"));
    }

    Jid jid;
    Client client;
    RosterFeature *roster = new RosterFeature;
    PresenceFeature *presence = new PresenceFeature;
};

QString item(const QString &jid, const QString &name, const QStringList &groups = {},
             const QString &extra = QStringLiteral("subscription='both'"))
{
    QString xml = QStringLiteral("<item jid='") + jid + QStringLiteral("' ") + extra;
    if (!name.isEmpty())
        xml += QStringLiteral(" name='") + name + QStringLiteral("'");
    xml += QStringLiteral(">");
    for (const QString &g : groups)
        xml += QStringLiteral("<group>") + g + QStringLiteral("</group>");
    return xml + QStringLiteral("</item>");
}

QStringList names(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out << model.index(row, 0, parent).data().toString();
    return out;
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        if (i.data().toString() == name)
            return i;
    }
    return {};
}

/// Lets the model's timer apply the presence changes collected so far (interval 0).
RosterModel *g_model = nullptr; ///< the model under test, for flush()

/// Applies collected presence at once: waiting for the model's zero-timer with a short qWait
/// was not enough on a loaded machine (a flake in sorting(by-status)).
void flush()
{
    if (g_model)
        g_model->flushPresence();
    QTest::qWait(1);
}

const QString kStandard =
    item(QStringLiteral("alice@example.org"), QStringLiteral("Alice"),
         {QStringLiteral("Friends")}) +
    item(QStringLiteral("bob@example.org"), QStringLiteral("Bob"),
         {QStringLiteral("Friends"), QStringLiteral("Work")}) +
    item(QStringLiteral("carol@example.net"), QString()) +
    item(QStringLiteral("dave@example.org"), QStringLiteral("Dave"), {QStringLiteral("Work")},
         QStringLiteral("subscription='none' ask='subscribe'"));

} // namespace

class TestRosterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void groupsUngroupedAndMultiGroup();
    void cachedRosterShowsWhenAdded();
    void resetRebuildsOnlyThatAccount();
    void pushAddsAndRemovesRowsExactly();
    void pushRenamesAndMovesBetweenGroups();
    void presenceUpdatesShowAndGroupCounts();
    void presenceIsAppliedOnTheNextEventLoopTurn();
    void floodIsCoalescedByTheFlushInterval();
    void sessionEndTakesEveryoneOffline();
    void sorting_data();
    void sorting();
    void sortFollowsPresence();
    void filterText_data();
    void filterText();
    void hideOffline();
    void twoAccounts();
    void accountRow();
    void destroyedFeaturesRemoveTheAccount();
    void presenceFloodIsFewDataChanged();

private:
    void attachTesters();

    std::unique_ptr<RosterModel> m_model;
    std::unique_ptr<RosterFilterModel> m_proxy;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestRosterModel::initTestCase()
{
    // Collation follows the locale; the expected orders below are those of English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRosterModel::init()
{
    m_model = std::make_unique<RosterModel>();
    // Every turn, so that flush() below sees each change; the interval has its own test.
    m_model->setPresenceFlushInterval(0);
    g_model = m_model.get();
    m_proxy = std::make_unique<RosterFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    attachTesters();
}

void TestRosterModel::cleanup()
{
    g_model = nullptr;
    m_testers.clear();
    m_proxy.reset();
    m_model.reset();
}

void TestRosterModel::attachTesters()
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_model.get(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_proxy.get(), Mode::QtTest));
}

void TestRosterModel::groupsUngroupedAndMultiGroup()
{
    FakeAccount a("alice@example.org");
    m_model->addAccount(a.jid, a.roster, a.presence);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    a.result(kStandard);
    QVERIFY(reset.isEmpty());

    const QModelIndex account = m_model->accountIndex(a.jid);
    QCOMPARE(account.data().toString(), QStringLiteral("alice@example.org"));
    QCOMPARE(account.data(RosterModel::KindRole).toInt(), int(RosterModel::Kind::Account));
    QCOMPARE(m_model->rowCount(account), 3); // Friends, Work, and the pseudo-group

    const QModelIndex friends = m_model->groupIndex(a.jid, QStringLiteral("Friends"));
    const QModelIndex work = m_model->groupIndex(a.jid, QStringLiteral("Work"));
    const QModelIndex ungrouped = m_model->groupIndex(a.jid, QString());
    QVERIFY(friends.isValid() && work.isValid() && ungrouped.isValid());
    QCOMPARE(friends.parent(), account);
    QCOMPARE(friends.data(RosterModel::KindRole).toInt(), int(RosterModel::Kind::Group));
    QCOMPARE(ungrouped.data().toString(), RosterModel::ungroupedName());
    QCOMPARE(ungrouped.data(RosterModel::GroupRole).toString(), QString());

    QCOMPARE(names(*m_model, friends).size(), 2);
    QVERIFY(names(*m_model, friends).contains(QStringLiteral("Alice")));
    QVERIFY(names(*m_model, friends).contains(QStringLiteral("Bob")));
    QCOMPARE(friends.data(RosterModel::ContactCountRole).toInt(), 2);
    QCOMPARE(friends.data(RosterModel::OnlineCountRole).toInt(), 0);
    QCOMPARE(names(*m_model, work).size(), 2);
    // No name: the JID is shown.
    QCOMPARE(names(*m_model, ungrouped), QStringList{QStringLiteral("carol@example.net")});

    // Bob is in two groups: a row in each, the same data, each knowing its own group.
    const QModelIndexList bob = m_model->contactIndexes(a.jid, jid("bob@example.org"));
    QCOMPARE(bob.size(), 2);
    QCOMPARE(bob[0].data(RosterModel::GroupRole).toString(), QStringLiteral("Friends"));
    QCOMPARE(bob[1].data(RosterModel::GroupRole).toString(), QStringLiteral("Work"));
    QCOMPARE(bob[0].parent(), friends);
    QCOMPARE(bob[1].parent(), work);
    for (const QModelIndex &i : bob) {
        QCOMPARE(i.data(RosterModel::KindRole).toInt(), int(RosterModel::Kind::Contact));
        QCOMPARE(i.data(RosterModel::JidRole).toString(), QStringLiteral("bob@example.org"));
        QCOMPARE(i.data(RosterModel::AccountRole).toString(), QStringLiteral("alice@example.org"));
        QCOMPARE(i.data(RosterModel::NameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(i.data(RosterModel::GroupsRole).toStringList(),
                 (QStringList{QStringLiteral("Friends"), QStringLiteral("Work")}));
        QCOMPARE(i.data(RosterModel::ShowRole).toInt(), int(Show::Offline));
        QCOMPARE(i.data(RosterModel::ResourceCountRole).toInt(), 0);
        QCOMPARE(i.data(RosterModel::SubscriptionRole).toInt(),
                 int(RosterItem::Subscription::Both));
        QCOMPARE(i.data(RosterModel::AskRole).toBool(), false);
    }
    const QModelIndex dave = m_model->contactIndexes(a.jid, jid("dave@example.org")).value(0);
    QCOMPARE(dave.data(RosterModel::AskRole).toBool(), true);
    QCOMPARE(dave.data(RosterModel::SubscriptionRole).toInt(), int(RosterItem::Subscription::None));

    const QHash<int, QByteArray> roles = m_model->roleNames();
    QCOMPARE(roles.value(RosterModel::ShowRole), QByteArray("show"));
    QCOMPARE(roles.value(RosterModel::OnlineCountRole), QByteArray("onlineCount"));
    QCOMPARE(roles.value(Qt::DisplayRole), QByteArray("display"));
}

void TestRosterModel::cachedRosterShowsWhenAdded()
{
    // A roster the feature already holds (from its cache, or an earlier result) shows at once.
    FakeAccount a("alice@example.org");
    a.result(kStandard);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->addAccount(a.jid, a.roster, a.presence);
    QCOMPARE(inserted.size(), 1); // the account row, with its subtree already inside
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowCount(m_model->accountIndex(a.jid)), 3);
    QCOMPARE(m_model->contactIndexes(a.jid, jid("bob@example.org")).size(), 2);
}

void TestRosterModel::resetRebuildsOnlyThatAccount()
{
    FakeAccount a("alice@example.org");
    FakeAccount b("zoe@example.com");
    a.result(kStandard);
    b.result(
        item(QStringLiteral("yann@example.com"), QStringLiteral("Yann"), {QStringLiteral("Team")}));
    m_model->addAccount(a.jid, a.roster, a.presence);
    m_model->addAccount(b.jid, b.roster, b.presence);
    const QPersistentModelIndex yann = m_model->contactIndexes(b.jid, jid("yann@example.com"))[0];

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    a.result(item(QStringLiteral("erin@example.org"), QStringLiteral("Erin"),
                  {QStringLiteral("Family")}));
    QVERIFY(reset.isEmpty());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][0].value<QModelIndex>(), m_model->accountIndex(a.jid));
    QCOMPARE(removed[0][1].toInt(), 0);
    QCOMPARE(removed[0][2].toInt(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][0].value<QModelIndex>(), m_model->accountIndex(a.jid));
    QCOMPARE(inserted[0][2].toInt(), 0); // one group: Family
    QCOMPARE(names(*m_model, m_model->accountIndex(a.jid)), QStringList{QStringLiteral("Family")});
    // The other account was not touched: its persistent indexes still point at the same row.
    QVERIFY(yann.isValid());
    QCOMPARE(yann.data().toString(), QStringLiteral("Yann"));
}

void TestRosterModel::pushAddsAndRemovesRowsExactly()
{
    FakeAccount a("alice@example.org");
    a.result(kStandard);
    m_model->addAccount(a.jid, a.roster, a.presence);
    const QModelIndex account = m_model->accountIndex(a.jid);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // Into an existing group: one row at its end.
    QVERIFY(a.push(item(QStringLiteral("erin@example.org"), QStringLiteral("Erin"),
                        {QStringLiteral("Work")})));
    QCOMPARE(inserted.size(), 1);
    const QModelIndex work = m_model->groupIndex(a.jid, QStringLiteral("Work"));
    QCOMPARE(inserted[0][0].value<QModelIndex>(), work);
    QCOMPARE(inserted[0][1].toInt(), 2);
    QCOMPARE(work.data(RosterModel::ContactCountRole).toInt(), 3);

    // Into a new group: the group row first, then the contact.
    inserted.clear();
    QVERIFY(a.push(item(QStringLiteral("finn@example.org"), QStringLiteral("Finn"),
                        {QStringLiteral("Band")})));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted[0][0].value<QModelIndex>(), account);
    QCOMPARE(inserted[0][1].toInt(), 3);
    const QModelIndex band = m_model->groupIndex(a.jid, QStringLiteral("Band"));
    QCOMPARE(inserted[1][0].value<QModelIndex>(), band);
    QCOMPARE(names(*m_model, band), QStringList{QStringLiteral("Finn")});

    // Removing a contact of two groups removes both rows; an emptied group goes too.
    QVERIFY(a.push(item(QStringLiteral("finn@example.org"), QString(), {},
                        QStringLiteral("subscription='remove'"))));
    QCOMPARE(removed.size(), 2); // Finn's row, then the Band group
    QVERIFY(!m_model->groupIndex(a.jid, QStringLiteral("Band")).isValid());
    removed.clear();
    QVERIFY(a.push(item(QStringLiteral("bob@example.org"), QString(), {},
                        QStringLiteral("subscription='remove'"))));
    QCOMPARE(removed.size(), 2);
    QVERIFY(m_model->contactIndexes(a.jid, jid("bob@example.org")).isEmpty());
    QCOMPARE(names(*m_model, m_model->groupIndex(a.jid, QStringLiteral("Friends"))),
             QStringList{QStringLiteral("Alice")});
    QCOMPARE(m_model->groupIndex(a.jid, QStringLiteral("Work")).data(RosterModel::ContactCountRole),
             QVariant(2));
}

void TestRosterModel::pushRenamesAndMovesBetweenGroups()
{
    FakeAccount a("alice@example.org");
    a.result(kStandard);
    m_model->addAccount(a.jid, a.roster, a.presence);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // Rename: the rows stay where they are and say so.
    QVERIFY(a.push(item(QStringLiteral("bob@example.org"), QStringLiteral("Robert"),
                        {QStringLiteral("Friends"), QStringLiteral("Work")})));
    QVERIFY(inserted.isEmpty() && removed.isEmpty());
    for (const QModelIndex &i : m_model->contactIndexes(a.jid, jid("bob@example.org")))
        QCOMPARE(i.data().toString(), QStringLiteral("Robert"));
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args[0].value<QModelIndex>().data().toString() == QLatin1String("Robert");
    }));

    // Move Alice from Friends to Work: one row out, one row in.
    QVERIFY(a.push(item(QStringLiteral("alice@example.org"), QStringLiteral("Alice"),
                        {QStringLiteral("Work")})));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(names(*m_model, m_model->groupIndex(a.jid, QStringLiteral("Friends"))),
             QStringList{QStringLiteral("Robert")});
    QVERIFY(names(*m_model, m_model->groupIndex(a.jid, QStringLiteral("Work")))
                .contains(QStringLiteral("Alice")));

    // Robert leaves every group: into the pseudo-group; Friends, now empty, disappears.
    QVERIFY(a.push(item(QStringLiteral("bob@example.org"), QStringLiteral("Robert"))));
    QVERIFY(!m_model->groupIndex(a.jid, QStringLiteral("Friends")).isValid());
    const QModelIndexList bob = m_model->contactIndexes(a.jid, jid("bob@example.org"));
    QCOMPARE(bob.size(), 1);
    QCOMPARE(bob[0].parent(), m_model->groupIndex(a.jid, QString()));
    QCOMPARE(names(*m_model, m_model->groupIndex(a.jid, QStringLiteral("Work"))),
             (QStringList{QStringLiteral("Dave"), QStringLiteral("Alice")}));

    // And the proxy agrees: Work, then the pseudo-group last.
    QCOMPARE(names(*m_proxy, m_proxy->index(0, 0)),
             (QStringList{QStringLiteral("Work"), RosterModel::ungroupedName()}));
}

void TestRosterModel::presenceUpdatesShowAndGroupCounts()
{
    FakeAccount a("alice@example.org");
    a.result(kStandard);
    m_model->addAccount(a.jid, a.roster, a.presence);
    const QModelIndex friends = m_model->groupIndex(a.jid, QStringLiteral("Friends"));
    const QModelIndex work = m_model->groupIndex(a.jid, QStringLiteral("Work"));

    QVERIFY(a.available(QStringLiteral("bob@example.org/phone"),
                        QStringLiteral("<show>away</show><status>Lunch</status>"
                                       "<idle xmlns='urn:xmpp:idle:1' "
                                       "since='2024-05-01T12:00:00Z'/>")));
    QVERIFY(a.available(QStringLiteral("bob@example.org/laptop"),
                        QStringLiteral("<show>dnd</show><priority>-1</priority>")));
    flush();
    for (const QModelIndex &i : m_model->contactIndexes(a.jid, jid("bob@example.org"))) {
        QCOMPARE(i.data(RosterModel::ShowRole).toInt(), int(Show::Away)); // priority 0 wins
        QCOMPARE(i.data(RosterModel::StatusTextRole).toString(), QStringLiteral("Lunch"));
        QCOMPARE(i.data(RosterModel::ResourceCountRole).toInt(), 2);
        QCOMPARE(i.data(RosterModel::IdleSinceRole).toDateTime(),
                 QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    }
    // Bob counts as online in both of his groups.
    QCOMPARE(friends.data(RosterModel::OnlineCountRole).toInt(), 1);
    QCOMPARE(work.data(RosterModel::OnlineCountRole).toInt(), 1);

    QVERIFY(a.available(QStringLiteral("alice@example.org/home")));
    flush();
    QCOMPARE(friends.data(RosterModel::OnlineCountRole).toInt(), 2);
    QCOMPARE(friends.data(RosterModel::ContactCountRole).toInt(), 2);

    // One resource goes: the other one now represents Bob.
    QVERIFY(a.unavailable(QStringLiteral("bob@example.org/phone")));
    flush();
    const QModelIndex bob = m_model->contactIndexes(a.jid, jid("bob@example.org"))[0];
    QCOMPARE(bob.data(RosterModel::ShowRole).toInt(), int(Show::DoNotDisturb));
    QCOMPARE(bob.data(RosterModel::ResourceCountRole).toInt(), 1);
    QCOMPARE(bob.data(RosterModel::StatusTextRole).toString(), QString());
    QVERIFY(!bob.data(RosterModel::IdleSinceRole).toDateTime().isValid());
    QVERIFY(a.unavailable(QStringLiteral("bob@example.org/laptop")));
    flush();
    QCOMPARE(bob.data(RosterModel::ShowRole).toInt(), int(Show::Offline));
    QCOMPARE(friends.data(RosterModel::OnlineCountRole).toInt(), 1);
    QCOMPARE(work.data(RosterModel::OnlineCountRole).toInt(), 0);

    // Presence from someone not in the roster changes nothing.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(a.available(QStringLiteral("stranger@example.com/x")));
    flush();
    QVERIFY(changed.isEmpty());
}

void TestRosterModel::presenceIsAppliedOnTheNextEventLoopTurn()
{
    FakeAccount a("alice@example.org");
    a.result(kStandard);
    m_model->addAccount(a.jid, a.roster, a.presence);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(a.available(QStringLiteral("alice@example.org/a")));
    QVERIFY(a.available(QStringLiteral("bob@example.org/b"), QStringLiteral("<show>chat</show>")));
    QVERIFY(a.available(QStringLiteral("bob@example.org/c")));
    QVERIFY(changed.isEmpty());
    const QModelIndex alice = m_model->contactIndexes(a.jid, jid("alice@example.org"))[0];
    QCOMPARE(alice.data(RosterModel::ShowRole).toInt(), int(Show::Offline));
    QTRY_COMPARE(alice.data(RosterModel::ShowRole).toInt(), int(Show::Online));
    // Friends' two rows in one signal, Work's Bob row, and the two group rows in one signal.
    QCOMPARE(changed.size(), 3);
    const auto &groupRows = changed.last();
    const int friends = m_model->groupIndex(a.jid, QStringLiteral("Friends")).row();
    const int work = m_model->groupIndex(a.jid, QStringLiteral("Work")).row();
    QCOMPARE(groupRows[0].value<QModelIndex>().parent(), m_model->accountIndex(a.jid));
    QCOMPARE(groupRows[0].value<QModelIndex>().row(), std::min(friends, work));
    QCOMPARE(groupRows[1].value<QModelIndex>().row(), std::max(friends, work));
}

void TestRosterModel::floodIsCoalescedByTheFlushInterval()
{
    QCOMPARE(RosterModel().presenceFlushInterval(), 50); // the default
    FakeAccount a("alice@example.org");
    a.result(kStandard);
    m_model->addAccount(a.jid, a.roster, a.presence);
    m_model->setPresenceFlushInterval(300);
    const QModelIndex alice = m_model->contactIndexes(a.jid, jid("alice@example.org"))[0];
    const QModelIndex carol = m_model->contactIndexes(a.jid, jid("carol@example.net"))[0];

    // After a quiet moment a change shows on the next turn (this test waits for the model's
    // own timers, so it does not use flush(), which applies pending presence at once)...
    a.available(QStringLiteral("alice@example.org/a"));
    QTRY_COMPARE_WITH_TIMEOUT(alice.data(RosterModel::ShowRole).toInt(), int(Show::Online), 200);
    // ...but the next ones wait for the interval, and then come together.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    a.available(QStringLiteral("carol@example.net/c"));
    a.available(QStringLiteral("alice@example.org/a"), QStringLiteral("<show>away</show>"));
    QTest::qWait(5);
    QVERIFY(changed.isEmpty());
    QCOMPARE(carol.data(RosterModel::ShowRole).toInt(), int(Show::Offline));
    QTRY_COMPARE(carol.data(RosterModel::ShowRole).toInt(), int(Show::Online));
    QCOMPARE(alice.data(RosterModel::ShowRole).toInt(), int(Show::Away));
    QCOMPARE(changed.size(), 3); // Friends' Alice, the pseudo-group's Carol, the group rows
}

void TestRosterModel::sessionEndTakesEveryoneOffline()
{
    FakeAccount a("alice@example.org");
    a.result(kStandard);
    m_model->addAccount(a.jid, a.roster, a.presence);
    a.available(QStringLiteral("alice@example.org/a"));
    a.available(QStringLiteral("carol@example.net/b"));
    flush();
    QCOMPARE(m_model->groupIndex(a.jid, QString()).data(RosterModel::OnlineCountRole).toInt(), 1);
    a.presence->sessionEnded();
    flush();
    for (const char *c : {"alice@example.org", "carol@example.net"}) {
        const QModelIndex i = m_model->contactIndexes(a.jid, jid(c))[0];
        QCOMPARE(i.data(RosterModel::ShowRole).toInt(), int(Show::Offline));
        QCOMPARE(i.data(RosterModel::ResourceCountRole).toInt(), 0);
    }
    QCOMPARE(m_model->groupIndex(a.jid, QString()).data(RosterModel::OnlineCountRole).toInt(), 0);
    QCOMPARE(m_model->groupIndex(a.jid, QStringLiteral("Friends"))
                 .data(RosterModel::OnlineCountRole)
                 .toInt(),
             0);
}

void TestRosterModel::sorting_data()
{
    QTest::addColumn<RosterFilterModel::SortMode>("mode");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("by-status") << RosterFilterModel::SortMode::ByStatus
                               << QStringList{
                                      QStringLiteral("zed"),     // chat
                                      QStringLiteral("Émile"),   // online
                                      QStringLiteral("mallory"), // online
                                      QStringLiteral("bob"),     // away
                                      QStringLiteral("Alice"),   // offline, by name:
                                      QStringLiteral("carol"),   QStringLiteral("dave 2"),
                                      QStringLiteral("Dave 10"),
                                  };
    QTest::newRow("by-name") << RosterFilterModel::SortMode::ByName
                             << QStringList{
                                    QStringLiteral("Alice"),   QStringLiteral("bob"),
                                    QStringLiteral("carol"),   QStringLiteral("dave 2"),
                                    QStringLiteral("Dave 10"), QStringLiteral("Émile"),
                                    QStringLiteral("mallory"), QStringLiteral("zed"),
                                };
}

void TestRosterModel::sorting()
{
    QFETCH(RosterFilterModel::SortMode, mode);
    QFETCH(QStringList, expected);
    FakeAccount a("me@example.org");
    const QStringList people = {QStringLiteral("mallory"), QStringLiteral("Dave 10"),
                                QStringLiteral("zed"),     QStringLiteral("carol"),
                                QStringLiteral("Émile"),   QStringLiteral("bob"),
                                QStringLiteral("dave 2"),  QStringLiteral("Alice")};
    QString items;
    for (int i = 0; i < people.size(); ++i)
        items +=
            item(QStringLiteral("c%1@example.org").arg(i), people[i], {QStringLiteral("Friends")});
    // Groups: by name whatever the case, the pseudo-group last.
    items += item(QStringLiteral("x@example.org"), QStringLiteral("x"), {QStringLiteral("work")});
    items += item(QStringLiteral("y@example.org"), QStringLiteral("y"));
    items += item(QStringLiteral("z@example.org"), QStringLiteral("z"), {QStringLiteral("Band")});
    a.result(items);
    m_model->addAccount(a.jid, a.roster, a.presence);
    m_proxy->setSortMode(mode);
    // The proxy has sorted the group already (a view shows it), so the presences below must
    // move rows in an existing order, all four in one batch.
    QCOMPARE(names(*m_proxy, child(*m_proxy, m_proxy->index(0, 0), QStringLiteral("Friends"))).size(),
             people.size());
    a.available(QStringLiteral("c2@example.org/r"), QStringLiteral("<show>chat</show>"));
    a.available(QStringLiteral("c4@example.org/r"));
    a.available(QStringLiteral("c0@example.org/r"));
    a.available(QStringLiteral("c5@example.org/r"), QStringLiteral("<show>away</show>"));
    flush();

    const QModelIndex account = m_proxy->index(0, 0);
    QCOMPARE(names(*m_proxy, account),
             (QStringList{QStringLiteral("Band"), QStringLiteral("Friends"), QStringLiteral("work"),
                          RosterModel::ungroupedName()}));
    // Every presence is applied in the source (flush() forces it) and the proxy has moved every
    // changed row: no waiting, the order is right as soon as the batch is applied.
    for (const char *c : {"c0@example.org", "c2@example.org", "c4@example.org"})
        QVERIFY(m_model->contactIndexes(a.jid, jid(c))
                    .value(0)
                    .data(RosterModel::ShowRole)
                    .toInt() != int(Show::Offline));
    QCOMPARE(names(*m_proxy, child(*m_proxy, account, QStringLiteral("Friends"))), expected);
}

void TestRosterModel::sortFollowsPresence()
{
    FakeAccount a("me@example.org");
    a.result(item(QStringLiteral("ann@example.org"), QStringLiteral("Ann")) +
             item(QStringLiteral("ben@example.org"), QStringLiteral("Ben")) +
             item(QStringLiteral("cid@example.org"), QStringLiteral("Cid")));
    m_model->addAccount(a.jid, a.roster, a.presence);
    const QModelIndex group = m_proxy->index(0, 0, m_proxy->index(0, 0));
    QCOMPARE(names(*m_proxy, group),
             (QStringList{QStringLiteral("Ann"), QStringLiteral("Ben"), QStringLiteral("Cid")}));
    a.available(QStringLiteral("cid@example.org/r"));
    flush();
    QCOMPARE(names(*m_proxy, group),
             (QStringList{QStringLiteral("Cid"), QStringLiteral("Ann"), QStringLiteral("Ben")}));
    a.available(QStringLiteral("cid@example.org/r"), QStringLiteral("<show>xa</show>"));
    a.available(QStringLiteral("ben@example.org/r"), QStringLiteral("<show>dnd</show>"));
    flush();
    QCOMPARE(names(*m_proxy, group),
             (QStringList{QStringLiteral("Cid"), QStringLiteral("Ben"), QStringLiteral("Ann")}));
    // A rename re-sorts too.
    a.push(item(QStringLiteral("ann@example.org"), QStringLiteral("Zoe")));
    a.available(QStringLiteral("ann@example.org/r"), QStringLiteral("<show>xa</show>"));
    flush();
    QCOMPARE(names(*m_proxy, group),
             (QStringList{QStringLiteral("Cid"), QStringLiteral("Zoe"), QStringLiteral("Ben")}));
}

void TestRosterModel::filterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("friends");
    QTest::addColumn<QStringList>("work");
    QTest::addColumn<QStringList>("ungrouped");
    const char *none = "(hidden)";
    QTest::newRow("empty") << QString() << list({"Alice", "Bob"}) << list({"Bob", "Dave"})
                           << list({"carol@example.net"});
    QTest::newRow("name-any-case")
        << QStringLiteral("ALI") << list({"Alice"}) << list({none}) << list({none});
    QTest::newRow("multi-group-contact")
        << QStringLiteral("bo") << list({"Bob"}) << list({"Bob"}) << list({none});
    QTest::newRow("jid-domain") << QStringLiteral("example.net") << list({none}) << list({none})
                                << list({"carol@example.net"});
    QTest::newRow("jid-of-named-contact")
        << QStringLiteral("dave@") << list({none}) << list({"Dave"}) << list({none});
    QTest::newRow("nobody") << QStringLiteral("zzz") << list({none}) << list({none})
                            << list({none});
}

void TestRosterModel::filterText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, friends);
    QFETCH(QStringList, work);
    QFETCH(QStringList, ungrouped);
    FakeAccount a("alice@example.org");
    a.result(kStandard);
    m_model->addAccount(a.jid, a.roster, a.presence);
    m_proxy->setSortMode(RosterFilterModel::SortMode::ByName);
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->filterText(), text);

    const QModelIndex account = m_proxy->index(0, 0);
    QVERIFY(account.isValid()); // an account is shown even when nothing matches
    const auto shown = [&](const QString &group) -> QStringList {
        const QModelIndex g = child(*m_proxy, account, group);
        return g.isValid() ? names(*m_proxy, g) : QStringList{QStringLiteral("(hidden)")};
    };
    QCOMPARE(shown(QStringLiteral("Friends")), friends);
    QCOMPARE(shown(QStringLiteral("Work")), work);
    QCOMPARE(shown(RosterModel::ungroupedName()), ungrouped);

    // Typing on: a contact added while filtering shows only if it matches.
    a.push(item(QStringLiteral("alina@example.org"), QStringLiteral("Alina"),
                {QStringLiteral("Friends")}));
    const bool matches =
        text.isEmpty() || QStringLiteral("Alina").contains(text, Qt::CaseInsensitive);
    QCOMPARE(shown(QStringLiteral("Friends")).contains(QStringLiteral("Alina")), matches);
}

void TestRosterModel::hideOffline()
{
    FakeAccount a("alice@example.org");
    a.result(kStandard);
    m_model->addAccount(a.jid, a.roster, a.presence);
    a.available(QStringLiteral("alice@example.org/r"));
    flush();
    m_proxy->setShowOffline(false);
    const QModelIndex account = m_proxy->index(0, 0);
    QCOMPARE(names(*m_proxy, account), QStringList{QStringLiteral("Friends")});
    QCOMPARE(names(*m_proxy, child(*m_proxy, account, QStringLiteral("Friends"))),
             QStringList{QStringLiteral("Alice")});

    // Someone comes online: the contact and its hidden group appear.
    a.available(QStringLiteral("dave@example.org/r"), QStringLiteral("<show>away</show>"));
    flush();
    QCOMPARE(names(*m_proxy, account),
             (QStringList{QStringLiteral("Friends"), QStringLiteral("Work")}));
    QCOMPARE(names(*m_proxy, child(*m_proxy, account, QStringLiteral("Work"))),
             QStringList{QStringLiteral("Dave")});

    // ...and goes again.
    a.unavailable(QStringLiteral("dave@example.org/r"));
    flush();
    QCOMPARE(names(*m_proxy, account), QStringList{QStringLiteral("Friends")});

    // Text filter and hidden offline together.
    m_proxy->setFilterText(QStringLiteral("bob"));
    QCOMPARE(m_proxy->rowCount(account), 0);
    m_proxy->setShowOffline(true);
    QCOMPARE(names(*m_proxy, account),
             (QStringList{QStringLiteral("Friends"), QStringLiteral("Work")}));
}

void TestRosterModel::twoAccounts()
{
    FakeAccount a("alice@example.org");
    FakeAccount b("zoe@example.com");
    a.result(kStandard);
    // The same contact in both rosters, in different groups.
    b.result(item(QStringLiteral("bob@example.org"), QStringLiteral("Bobby"),
                  {QStringLiteral("Chess")}));
    m_model->addAccount(a.jid, a.roster, a.presence);
    m_model->addAccount(b.jid, b.roster, b.presence);
    m_model->addAccount(b.jid, b.roster, b.presence); // twice: ignored
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->accountIndex(b.jid).row(), 1);

    b.available(QStringLiteral("bob@example.org/r"), QStringLiteral("<show>chat</show>"));
    flush();
    const QModelIndex inB = m_model->contactIndexes(b.jid, jid("bob@example.org"))[0];
    QCOMPARE(inB.data(RosterModel::ShowRole).toInt(), int(Show::Chat));
    QCOMPARE(inB.data(RosterModel::AccountRole).toString(), QStringLiteral("zoe@example.com"));
    for (const QModelIndex &i : m_model->contactIndexes(a.jid, jid("bob@example.org")))
        QCOMPARE(i.data(RosterModel::ShowRole).toInt(), int(Show::Offline));

    QCOMPARE(names(*m_proxy, QModelIndex()),
             (QStringList{QStringLiteral("alice@example.org"), QStringLiteral("zoe@example.com")}));
    m_model->removeAccount(a.jid);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->accountIndex(b.jid).row(), 0);
    QVERIFY(!m_model->accountIndex(a.jid).isValid());
    // Signals of the removed account's features no longer reach the model.
    a.push(item(QStringLiteral("new@example.org"), QStringLiteral("New")));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(names(*m_proxy, m_proxy->index(0, 0)), QStringList{QStringLiteral("Chess")});
}

void TestRosterModel::accountRow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AccountConfig config;
    config.jid = QStringLiteral("alice@example.org");
    // A CA file that does not exist: connecting fails at once, without touching the network.
    config.caFile = dir.filePath(QStringLiteral("missing.pem"));
    auto *account = new Account(Profile(dir.path()), config);
    m_model->addAccount(account);
    const QModelIndex row = m_model->accountIndex(account->jid());
    QCOMPARE(row.data(RosterModel::AccountStateRole).toString(), account->stateText());
    QVERIFY(!account->stateText().isEmpty());
    QCOMPARE(row.data(RosterModel::ShowRole).toInt(), int(Show::Online));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    account->connectWithPassword(QStringLiteral("secret"));
    QCOMPARE(account->state(), Account::State::Error);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(row.data(RosterModel::AccountStateRole).toString(), account->stateText());

    account->presence()->setPresence(Show::Away, QStringLiteral("Lunch"));
    QCOMPARE(row.data(RosterModel::ShowRole).toInt(), int(Show::Away));
    QCOMPARE(row.data(RosterModel::StatusTextRole).toString(), QStringLiteral("Lunch"));

    delete account;
    QCOMPARE(m_model->rowCount(), 0);
}

void TestRosterModel::destroyedFeaturesRemoveTheAccount()
{
    auto a = std::make_unique<FakeAccount>("alice@example.org");
    a->result(kStandard);
    m_model->addAccount(a->jid, a->roster, a->presence);
    a->available(QStringLiteral("alice@example.org/r"));
    a.reset(); // before the pending presence was applied
    QCOMPARE(m_model->rowCount(), 0);
    flush();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestRosterModel::presenceFloodIsFewDataChanged()
{
    constexpr int kContacts = 10000;
    constexpr int kGroups = 10;
    FakeAccount a("me@example.org");
    FakeAccount b("other@example.com");
    QString items;
    for (int i = 0; i < kContacts; ++i)
        items += item(QStringLiteral("c%1@example.org").arg(i), QStringLiteral("Contact %1").arg(i),
                      {QStringLiteral("Group %1").arg(i % kGroups)});
    a.result(items);
    b.result(item(QStringLiteral("c1@example.org"), QStringLiteral("One")));
    m_model->addAccount(a.jid, a.roster, a.presence);
    m_model->addAccount(b.jid, b.roster, b.presence);
    m_proxy->setShowOffline(false);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // Every contact comes online in one burst, as after login; a few several times over.
    for (int i = 0; i < kContacts; ++i)
        a.available(QStringLiteral("c%1@example.org/r").arg(i));
    for (int i = 0; i < 100; ++i)
        a.available(QStringLiteral("c%1@example.org/r").arg(i),
                    QStringLiteral("<show>away</show>"));
    b.available(QStringLiteral("c1@example.org/r"));
    QVERIFY(changed.isEmpty());
    flush();

    // One range per group, one for the group rows of each account.
    QVERIFY2(changed.size() <= kGroups * 2 + 2, qPrintable(QString::number(changed.size())));
    QCOMPARE(changed.size(), kGroups + 1 + 1 + 1);
    const QModelIndex account = m_model->accountIndex(a.jid);
    for (int g = 0; g < kGroups; ++g) {
        const QModelIndex group = m_model->index(g, 0, account);
        QCOMPARE(group.data(RosterModel::OnlineCountRole).toInt(), kContacts / kGroups);
    }
    QCOMPARE(m_model->contactIndexes(a.jid, jid("c5@example.org"))[0]
                 .data(RosterModel::ShowRole)
                 .toInt(),
             int(Show::Away));
    // The proxy, hiding offline contacts, now shows them all, away ones last in their group.
    const QModelIndex proxyAccount = m_proxy->index(0, 0);
    QCOMPARE(m_proxy->rowCount(proxyAccount), kGroups);
    const QModelIndex group0 = m_proxy->index(0, 0, proxyAccount);
    QCOMPARE(group0.data().toString(), QStringLiteral("Group 0"));
    QCOMPARE(m_proxy->rowCount(group0), kContacts / kGroups);
    QCOMPARE(m_proxy->index(0, 0, group0).data().toString(), QStringLiteral("Contact 100"));
    QCOMPARE(m_proxy->index(kContacts / kGroups - 1, 0, group0).data().toString(),
             QStringLiteral("Contact 90"));
}

QTEST_GUILESS_MAIN(TestRosterModel)
#include "tst_rostermodel.moc"
