#pragma once
// What the contact-list tests share: one account's features on a Client that never connects, a
// small standard roster, and ways to read the rows a person sees.
#include "MainWindow.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "models/RosterFilterModel.h"
#include "models/RosterModel.h"
#include "stream/Client.h"

#include <QTest>
#include <QTreeView>

#include <memory>

namespace charla::test {

/// One account's features on a Client that never connects (unless a test connects it).
struct FakeAccount
{
    explicit FakeAccount(const char *account) : jid(Jid::parse(QString::fromUtf8(account)))
    {
        client.addFeature(roster);
        client.addFeature(presence);
    }
    void result(const QString &items)
    {
        roster->applyResult(
            Element::fromXml(QStringLiteral("<iq xmlns='jabber:client' type='result' id='r1'>"
                                            "<query xmlns='jabber:iq:roster' ver='1'>") +
                             items + QStringLiteral("</query></iq>")));
    }
    bool deliver(const QString &xml)
    {
        const Element e = Element::fromXml(xml);
        for (Feature *f : client.features()) {
            if (f->handleStanza(e))
                return true;
        }
        return false;
    }
    /// Available presence from @p from with optional <show/> and <status/>.
    bool available(const QString &from, const QString &show, const QString &status = QString())
    {
        QString inner;
        if (!show.isEmpty())
            inner += QStringLiteral("<show>") + show + QStringLiteral("</show>");
        if (!status.isEmpty())
            inner +=
                QStringLiteral("<status>") + status.toHtmlEscaped() + QStringLiteral("</status>");
        return deliver(QStringLiteral("<presence xmlns='jabber:client' from='") + from +
                       QStringLiteral("'>") + inner + QStringLiteral("</presence>"));
    }

    Jid jid;
    Client client;
    RosterFeature *roster = new RosterFeature;
    PresenceFeature *presence = new PresenceFeature;
};

inline QString item(const QString &jid, const QString &name, const QStringList &groups = {},
                    const QString &extra = QStringLiteral("subscription='both'"))
{
    QString xml = QStringLiteral("<item jid='") + jid + QStringLiteral("' ") + extra;
    if (!name.isEmpty())
        xml += QStringLiteral(" name='") + name.toHtmlEscaped() + QStringLiteral("'");
    xml += QStringLiteral(">");
    for (const QString &g : groups)
        xml += QStringLiteral("<group>") + g + QStringLiteral("</group>");
    return xml + QStringLiteral("</item>");
}

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline const QString kStandard =
    item(s("alice@example.org"), s("Alice"), {s("Friends")}) +
    item(s("bob@example.org"), s("Bob"), {s("Friends"), s("Work")}) +
    item(s("carol@example.net"), QString()) +
    item(s("dave@example.org"), s("Dave"), {s("Work")}, s("subscription='none' ask='subscribe'"));

inline RosterModel::Kind kindOf(const QModelIndex &index)
{
    return RosterModel::Kind(index.data(RosterModel::KindRole).toInt());
}

/// The rows a person sees, top to bottom: "[Group]" for headers, the name for contacts.
inline QStringList visibleRows(QTreeView *view)
{
    QStringList out;
    QModelIndex i = view->model()->index(0, 0, view->rootIndex());
    while (i.isValid()) {
        const QString text = i.data().toString();
        out << (kindOf(i) == RosterModel::Kind::Contact
                    ? text
                    : QLatin1Char('[') + text + QLatin1Char(']'));
        i = view->indexBelow(i);
    }
    return out;
}

inline QStringList visibleContacts(QTreeView *view)
{
    QStringList out;
    const QStringList rows = visibleRows(view);
    for (const QString &r : rows) {
        if (!r.startsWith(QLatin1Char('[')))
            out << r;
    }
    return out;
}

/// The first visible row showing @p text.
inline QModelIndex rowNamed(QTreeView *view, const QString &text)
{
    QModelIndex i = view->model()->index(0, 0, view->rootIndex());
    while (i.isValid() && i.data().toString() != text)
        i = view->indexBelow(i);
    return i;
}

/// Lets the model apply the presences collected so far (flush interval 0).
inline void flush()
{
    QTest::qWait(5);
}

inline std::unique_ptr<MainWindow> makeWindow(const QString &dir, FakeAccount &account)
{
    auto w = std::make_unique<MainWindow>(Profile(dir));
    w->rosterModel()->setPresenceFlushInterval(0);
    w->addRoster(account.jid, account.roster, account.presence);
    return w;
}

} // namespace charla::test
