#include "stream/IqTracker.h"

#include <QCoreApplication>
#include <QTimer>

namespace charla {

namespace {
const auto kStanzasNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
}

Error stanzaError(const Element &stanza)
{
    const Element error = stanza.firstChild(QStringLiteral("error"));
    QString condition;
    QString text;
    for (const Element &c : error.children()) {
        if (c.ns() != kStanzasNs)
            continue;
        if (c.name() == QLatin1String("text"))
            text = c.text();
        else if (condition.isEmpty())
            condition = c.name();
    }
    if (condition.isEmpty())
        condition = QStringLiteral("undefined-condition");
    QString sentence = QCoreApplication::translate("charla::IqTracker", "%1 answered with an error (%2).")
                           .arg(stanza.attribute(QStringLiteral("from")), condition);
    if (!text.isEmpty())
        sentence += QLatin1Char(' ') + text;
    return Error::make(Error::Stanza, condition, sentence);
}

IqTracker::IqTracker(QObject *parent) : QObject(parent) {}

void IqTracker::track(const Element &request, QObject *context, Callback callback, int timeoutMs)
{
    const QString id = request.attribute(QStringLiteral("id"));
    Q_ASSERT(!id.isEmpty());
    Pending p;
    p.to = Jid::parse(request.attribute(QStringLiteral("to")));
    p.context = context;
    p.hasContext = context != nullptr;
    p.callback = std::move(callback);
    p.timer = new QTimer(this);
    p.timer->setSingleShot(true);
    connect(p.timer, &QTimer::timeout, this, [this, id] {
        finish(id, IqResult{Element(),
                            Error::make(Error::Timeout, QStringLiteral("timeout"),
                                        QCoreApplication::translate(
                                            "charla::IqTracker",
                                            "No answer came in time."))});
    });
    p.timer->start(timeoutMs < 0 ? m_timeoutMs : timeoutMs);
    m_pending.insert(id, std::move(p));
}

bool IqTracker::senderMatches(const Pending &p, const QString &fromText) const
{
    const Jid from = fromText.isEmpty() ? Jid() : Jid::parse(fromText);
    if (!fromText.isEmpty() && !from.isValid())
        return false;
    const Jid ownBare = m_own.bare();
    const bool toServerOrSelf = !p.to.isValid() || p.to == ownBare ||
                                p.to == Jid::parse(m_own.domain());
    if (toServerOrSelf) {
        // RFC 6120 10.1 / RFC 6121: the server answers for the account without a 'from', or
        // with the bare JID; a request to the domain is answered by the domain.
        return fromText.isEmpty() || from == ownBare || from == Jid::parse(m_own.domain()) ||
               (p.to.isValid() && from == p.to);
    }
    return from == p.to;
}

bool IqTracker::handle(const Element &iq)
{
    const QString type = iq.attribute(QStringLiteral("type"));
    if (type != QLatin1String("result") && type != QLatin1String("error"))
        return false;
    const QString id = iq.attribute(QStringLiteral("id"));
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd())
        return false;
    if (!senderMatches(*it, iq.attribute(QStringLiteral("from"))))
        return false; // right id, wrong sender: a spoof, not our answer
    finish(id, IqResult{iq, type == QLatin1String("error") ? stanzaError(iq) : Error()});
    return true;
}

void IqTracker::finish(const QString &id, const IqResult &result)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending p = std::move(*it);
    m_pending.erase(it);
    p.timer->deleteLater();
    if (p.hasContext && !p.context)
        return; // the window that asked is gone
    if (p.callback)
        p.callback(result);
}

void IqTracker::failAll(const Error &error)
{
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids)
        finish(id, IqResult{Element(), error});
}

} // namespace charla
