#pragma once

#include "stanza/Jid.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace charla {

/// An xmpp: URI (RFC 5122) with its query (XEP-0147): "xmpp:[//account/]jid[?action[;k=v]*]".
///
/// Pure and total: any text either parses or gives an error sentence; nothing is resolved or
/// contacted. Anyone can send such a link, so the parsed values are only a proposal that the
/// person confirms before anything is sent.
struct XmppUri
{
    /// XEP-0147 querytypes Charla acts on; anything else is Unknown (and just opens a chat).
    enum class Action {
        None,
        Message,
        Join,
        Roster,
        Subscribe,
        Unsubscribe,
        Remove,
        Register,
        Command,
        Unknown
    };

    /// RFC 5122 2.3: the account to act with ("//alice@example.org/"); invalid when absent.
    Jid account;
    /// The JID the URI is about (bare or full).
    Jid jid;
    Action action = Action::None;
    /// The querytype as written ("message"), empty without one.
    QString actionName;
    /// The key-value pairs, decoded, in order (a key may repeat: "group").
    QList<QPair<QString, QString>> params;

    /// The first value of @p key, or an empty string.
    QString value(const QString &key) const;
    /// Every value of @p key, in order.
    QStringList values(const QString &key) const;
    bool has(const QString &key) const;

    /// Parses @p text; nullopt (with @p error set) for anything that is not a usable xmpp: URI.
    static std::optional<XmppUri> parse(const QString &text, QString *error = nullptr);
    /// The querytype's Action (case-sensitive, as RFC 5122 2.5 says).
    static Action actionFromName(const QString &name);

    /// Longest text accepted: a link is a proposal, not a document.
    static constexpr int MaxLength = 16 * 1024;
};

} // namespace charla
