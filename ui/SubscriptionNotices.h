#pragma once

#include "stanza/Jid.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace charla {

/// The subscription requests waiting for an answer (RFC 6121 3.1.3), one row each above the
/// contact list: "Dave (dave@example.org) wants to see when you are online  [Allow] [Deny]".
///
/// Not a dialog: requests do not interrupt, several stack as rows (three at a time, then "2 more
/// requests"), and the bar hides itself when none are left. The nickname (XEP-0172) is a claim of
/// the sender's, so the JID is always shown beside it, and both are drawn as plain text on one
/// line.
class SubscriptionNotices : public QFrame
{
    Q_OBJECT
public:
    explicit SubscriptionNotices(QWidget *parent = nullptr);

    /// Shows a request from @p from to @p account (a second one from the same JID replaces the
    /// first). @p showAccount names the account in the sentence (when there are several).
    void addRequest(const QString &account, const Jid &from, const QString &nick,
                    bool showAccount = false);
    /// Removes the row of @p from, if any (answered elsewhere, or the contact went away).
    void removeRequest(const QString &account, const Jid &from);
    /// Removes every row of @p account.
    void removeAccount(const QString &account);
    /// Requests shown.
    int count() const;
    /// The sentence of each row, top to bottom (for tests and accessibility checks).
    QStringList texts() const;

    /// The sentence of a row: "Dave (dave@example.org) wants to see when you are online".
    static QString sentence(const Jid &from, const QString &nick, const QString &account = {});

Q_SIGNALS:
    /// The person allowed @p from to see @p account's presence.
    void allowed(const QString &account, const charla::Jid &from);
    /// The person refused.
    void denied(const QString &account, const charla::Jid &from);

private:
    QWidget *rowOf(const QString &account, const Jid &from) const;
    void answer(QWidget *row, bool allow);
    void updateRows();

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_more = nullptr;
};

} // namespace charla
