// Fuzz target: links in message text and xmpp: URIs (RFC 5122, XEP-0147).
//
// Core offers LinkFinder (which finds http(s) and xmpp: links in a body) and Jid; the ui's
// ChatManager::openXmppUri takes the JID from an xmpp: URI's path and the action from its
// query. This target runs the same steps on every link found, so any body a peer sends is
// checked all the way to the JID a click would open. Besides "no crash": links are in order,
// inside the text, not overlapping, and each is a valid http, https or xmpp URL.

#include "FuzzSupport.h"

#include "stanza/Jid.h"
#include "stanza/LinkFinder.h"

#include <QUrlQuery>

using namespace charla;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QList<LinkFinder::Link> links = LinkFinder::find(text);
    int end = 0;
    for (const LinkFinder::Link &link : links) {
        CHARLA_FUZZ_CHECK(link.start >= end);
        CHARLA_FUZZ_CHECK(link.length > 0);
        CHARLA_FUZZ_CHECK(link.start + link.length <= text.size());
        end = link.start + link.length;
        CHARLA_FUZZ_CHECK(link.url.isValid());
        const QString scheme = link.url.scheme().toLower();
        CHARLA_FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https")
                          || scheme == QLatin1String("xmpp"));
        if (scheme != QLatin1String("xmpp"))
            continue;
        // RFC 5122 2.2: xmpp:node@domain[?action[;key=value]]; as openXmppUri reads it.
        const Jid jid = Jid::parse(link.url.path(QUrl::FullyDecoded));
        if (jid.isValid())
            CHARLA_FUZZ_CHECK(Jid::parse(jid.bare().full()) == jid.bare());
        const QString query = link.url.query();
        const QUrlQuery items(query.section(QLatin1Char(';'), 1).replace(QLatin1Char(';'), QLatin1Char('&')));
        (void)items.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    }
    // The whole input as one URI, as a link handed over by the desktop would arrive.
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && url.scheme() == QLatin1String("xmpp"))
        (void)Jid::parse(url.path(QUrl::FullyDecoded));
    return 0;
}
