#include "features/CarbonsFeature.h"

#include "features/MessageFeature.h"
#include "stanza/Carbon.h"
#include "stream/Client.h"

#include <QLoggingCategory>

namespace charla {

namespace {
Q_LOGGING_CATEGORY(lcCarbons, "charla.carbons")
}

CarbonsFeature::CarbonsFeature(MessageFeature *messages, QObject *parent)
    : Feature(parent), m_messages(messages)
{
}

void CarbonsFeature::sessionStarted(bool resumed)
{
    if (resumed)
        return; // XEP-0198: the server kept the session and its carbons state
    m_enabled = false;
    // XEP-0280 5: enabled per session. A server without carbons answers with an error.
    client()->sendIq(Carbon::enableIq(), this, [this](const IqResult &r) {
        m_enabled = r.ok();
        if (!r.ok()) {
            qCDebug(lcCarbons) << "carbons not enabled:" << r.error.condition;
            if (r.error.kind != Error::Socket)
                Q_EMIT errorOccurred(r.error);
        }
        Q_EMIT enabledChanged(m_enabled);
    });
}

bool CarbonsFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() != QLatin1String("message") || !Carbon::isCarbon(stanza))
        return false;
    const QString outerFrom = stanza.attribute(QStringLiteral("from"));
    const Jid own = client()->jid().bare();
    // XEP-0280 11: only the account's own server, speaking for the bare JID, sends carbons.
    if (Jid::parse(outerFrom) != own) {
        qCWarning(lcCarbons) << "dropping a carbon from" << outerFrom;
        Q_EMIT carbonRejected(outerFrom);
        return true;
    }
    const auto carbon = Carbon::fromMessage(stanza);
    if (!carbon) {
        qCDebug(lcCarbons) << "dropping a malformed carbon";
        return true;
    }
    const Element &inner = carbon->forwarded.message;
    const Jid innerFrom = Jid::parse(inner.attribute(QStringLiteral("from")));
    const Jid innerTo = Jid::parse(inner.attribute(QStringLiteral("to")));
    const bool sent = carbon->kind == Carbon::Sent;
    // The copy must be about us: a sent carbon is from one of our resources, a received one is
    // addressed to us.
    if ((sent && innerFrom.bare() != own) || (!sent && innerTo.bare() != own)) {
        qCWarning(lcCarbons) << "dropping a carbon that is not about this account";
        return true;
    }
    const QDateTime stamp = carbon->forwarded.delay ? carbon->forwarded.delay->stamp : QDateTime();
    if (m_messages)
        m_messages->processForwarded(inner, stamp, QString(), sent, false);
    return true;
}

} // namespace charla
