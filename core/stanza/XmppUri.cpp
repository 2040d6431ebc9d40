#include "stanza/XmppUri.h"

#include <QCoreApplication>
#include <QUrl>

namespace charla {

namespace {

// RFC 5122 2.2: the parts are percent-encoded UTF-8 (an IRI may also carry the characters
// themselves, which fromPercentEncoding leaves alone).
QString decode(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

QString XmppUri::value(const QString &key) const
{
    for (const auto &p : params) {
        if (p.first == key)
            return p.second;
    }
    return QString();
}

QStringList XmppUri::values(const QString &key) const
{
    QStringList out;
    for (const auto &p : params) {
        if (p.first == key)
            out << p.second;
    }
    return out;
}

bool XmppUri::has(const QString &key) const
{
    for (const auto &p : params) {
        if (p.first == key)
            return true;
    }
    return false;
}

XmppUri::Action XmppUri::actionFromName(const QString &name)
{
    static const QList<QPair<QLatin1String, Action>> known = {
        {QLatin1String("message"), Action::Message},
        {QLatin1String("join"), Action::Join},
        {QLatin1String("roster"), Action::Roster},
        {QLatin1String("subscribe"), Action::Subscribe},
        {QLatin1String("unsubscribe"), Action::Unsubscribe},
        {QLatin1String("remove"), Action::Remove},
        {QLatin1String("register"), Action::Register},
        {QLatin1String("command"), Action::Command},
    };
    if (name.isEmpty())
        return Action::None;
    for (const auto &k : known) {
        if (name == k.first)
            return k.second;
    }
    return Action::Unknown;
}

std::optional<XmppUri> XmppUri::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<XmppUri> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.size() > MaxLength)
        return fail(QCoreApplication::translate("charla::XmppUri", "The xmpp: link is too long."));
    QString rest = text.trimmed();
    // RFC 5122 2.2: the scheme is case-insensitive.
    if (!rest.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive))
        return fail(QCoreApplication::translate("charla::XmppUri", "This is not an xmpp: link."));
    rest = rest.mid(5);
    // The fragment (RFC 5122 2.6) means nothing to Charla.
    const int hash = rest.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        rest.truncate(hash);
    QString query;
    const int q = rest.indexOf(QLatin1Char('?'));
    if (q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }

    XmppUri uri;
    // RFC 5122 2.3: "//" authpath "/" names the account to act with.
    if (rest.startsWith(QLatin1String("//"))) {
        const int slash = rest.indexOf(QLatin1Char('/'), 2);
        if (slash < 0)
            return fail(QCoreApplication::translate(
                "charla::XmppUri", "The xmpp: link names an account but no address."));
        QString why;
        uri.account = Jid::parse(decode(rest.mid(2, slash - 2)), &why);
        if (!uri.account.isValid())
            return fail(QCoreApplication::translate(
                            "charla::XmppUri", "The account in the xmpp: link is not valid: %1")
                            .arg(why));
        uri.account = uri.account.bare();
        rest = rest.mid(slash + 1);
    }
    QString why;
    uri.jid = Jid::parse(decode(rest), &why);
    if (!uri.jid.isValid())
        return fail(
            rest.isEmpty()
                ? QCoreApplication::translate("charla::XmppUri", "The xmpp: link has no address.")
                : QCoreApplication::translate("charla::XmppUri",
                                              "The address in the xmpp: link is not valid: %1")
                      .arg(why));

    // RFC 5122 2.5: querytype *( ";" key "=" value ).
    const QStringList parts = query.split(QLatin1Char(';'));
    if (!query.isEmpty()) {
        uri.actionName = decode(parts.first());
        uri.action = actionFromName(uri.actionName);
        for (int i = 1; i < parts.size(); ++i) {
            const QString &pair = parts.at(i);
            if (pair.isEmpty())
                continue;
            const int eq = pair.indexOf(QLatin1Char('='));
            const QString key = decode(eq < 0 ? pair : pair.left(eq));
            const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
            if (key.isEmpty())
                continue;
            uri.params.append({key, value});
        }
    }
    return uri;
}

} // namespace charla
