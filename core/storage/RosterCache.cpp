#include "storage/RosterCache.h"

#include "storage/AccountDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace charla {

namespace {
const auto kVersionKey = QStringLiteral("roster.version");
}

QList<RosterItem> RosterCache::load() const
{
    QList<RosterItem> items;
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT jid, name, subscription, ask, approved, groups FROM roster")))
        return items;
    while (q.next()) {
        RosterItem item;
        item.jid = Jid::parse(q.value(0).toString());
        if (!item.jid.isValid())
            continue;
        item.name = q.value(1).toString();
        item.subscription = RosterItem::subscriptionFromName(q.value(2).toString());
        item.askSubscribe = q.value(3).toBool();
        item.approved = q.value(4).toBool();
        const QJsonArray groups = QJsonDocument::fromJson(q.value(5).toByteArray()).array();
        for (const auto &g : groups)
            item.groups.append(g.toString());
        items.append(item);
    }
    return items;
}

QString RosterCache::version() const
{
    return m_db->value(kVersionKey);
}

bool RosterCache::upsert(const RosterItem &item)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral(
        "INSERT INTO roster (jid, name, subscription, ask, approved, groups) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(jid) DO UPDATE SET name = excluded.name, subscription = excluded.subscription, "
        "ask = excluded.ask, approved = excluded.approved, groups = excluded.groups"));
    q.addBindValue(item.jid.full());
    q.addBindValue(item.name.isNull() ? QStringLiteral("") : item.name); // NOT NULL column
    q.addBindValue(RosterItem::subscriptionName(item.subscription));
    q.addBindValue(item.askSubscribe);
    q.addBindValue(item.approved);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(item.groups)).toJson(QJsonDocument::Compact)));
    return q.exec();
}

bool RosterCache::replaceAll(const QList<RosterItem> &items, const QString &version)
{
    QSqlDatabase &db = m_db->db();
    db.transaction();
    QSqlQuery q(db);
    bool ok = q.exec(QStringLiteral("DELETE FROM roster"));
    for (const RosterItem &item : items) {
        if (!ok)
            break;
        ok = upsert(item);
    }
    ok = ok && m_db->setValue(kVersionKey, version);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool RosterCache::apply(const RosterItem &item, const QString &version)
{
    QSqlDatabase &db = m_db->db();
    db.transaction();
    bool ok;
    if (item.subscription == RosterItem::Subscription::Remove) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM roster WHERE jid = ?"));
        q.addBindValue(item.jid.full());
        ok = q.exec();
    } else {
        ok = upsert(item);
    }
    // RFC 6121 2.6.3: a push without 'ver' leaves the cached version as it was.
    if (ok && !version.isNull())
        ok = m_db->setValue(kVersionKey, version);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace charla
