#pragma once

#include "stanza/RosterItem.h"

#include <QList>
#include <QString>

namespace charla {

class AccountDatabase;

/// The roster kept in the account's database, with its version (RFC 6121 2.6), so the contact
/// list shows at once on start and a login with a current version downloads nothing.
class RosterCache
{
public:
    explicit RosterCache(AccountDatabase *db) : m_db(db) {}

    QList<RosterItem> load() const;
    /// The version of the cached roster; empty when none (a first login).
    QString version() const;
    /// Replaces the whole roster (a full roster result), in one transaction.
    bool replaceAll(const QList<RosterItem> &items, const QString &version);
    /// Applies one roster push: an upsert, or a delete for subscription='remove'.
    bool apply(const RosterItem &item, const QString &version);

private:
    bool upsert(const RosterItem &item);
    AccountDatabase *m_db;
};

} // namespace charla
