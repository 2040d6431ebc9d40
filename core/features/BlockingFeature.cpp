#include "features/BlockingFeature.h"

#include "features/CoreFeatures.h"
#include "stanza/DiscoInfo.h"
#include "stream/Client.h"

#include <QLoggingCategory>

#include <algorithm>
#include <iterator>

namespace charla {

namespace {
Q_LOGGING_CATEGORY(lcBlocking, "charla.blocking")

const auto kClientNs = QStringLiteral("jabber:client");
const auto kBlock = QStringLiteral("block");
const auto kUnblock = QStringLiteral("unblock");
} // namespace

BlockingFeature::BlockingFeature(QObject *parent) : Feature(parent) {}

void BlockingFeature::sessionStarted(bool resumed)
{
    // A resumed stream (XEP-0198) kept the list and its pushes.
    if (resumed)
        return;
    m_loaded = false;
    // XEP-0191 3.1: ask the server whether it supports blocking before using it.
    const QString domain = client()->jid().domain();
    sendGet<DiscoInfo>(*client(), domain, Element(QStringLiteral("query"), DiscoInfo::Namespace),
                       this, &DiscoInfo::fromQuery,
                       [this](const DiscoInfo &info, const Error &error) {
                           m_supported = !error.isError() && info.hasFeature(Namespace);
                           if (m_supported)
                               requestList();
                           else
                               qCDebug(lcBlocking) << "the server does not support blocking";
                       });
}

void BlockingFeature::requestList()
{
    // XEP-0191 3.2: retrieving the list also asks the server for pushes to this resource.
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.addChild(QStringLiteral("blocklist"), Namespace);
    client()->sendIq(iq, this, [this](const IqResult &r) {
        if (!r.ok()) {
            Q_EMIT errorOccurred(r.error);
            return;
        }
        QSet<Jid> fresh;
        const Element list = r.iq.firstChild(QStringLiteral("blocklist"), Namespace);
        for (const Element &item : list.childrenNamed(QStringLiteral("item"), Namespace)) {
            const Jid jid = Jid::parse(item.attribute(QStringLiteral("jid")));
            if (jid.isValid())
                fresh.insert(jid);
        }
        m_blocked.swap(fresh);
        m_loaded = true;
        Q_EMIT blocklistChanged();
    });
}

QList<Jid> BlockingFeature::blocklist() const
{
    QList<Jid> list(m_blocked.cbegin(), m_blocked.cend());
    std::sort(list.begin(), list.end());
    return list;
}

bool BlockingFeature::isBlocked(const Jid &jid) const
{
    if (!jid.isValid())
        return false;
    // XEP-0191 6: user@domain/resource, user@domain, domain/resource (exact, so covered by the
    // first test), then the domain, which covers everything at it.
    return m_blocked.contains(jid) || m_blocked.contains(jid.bare()) ||
           m_blocked.contains(Jid::parse(jid.domain()));
}

bool BlockingFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() != QLatin1String("iq") ||
        stanza.attribute(QStringLiteral("type")) != QLatin1String("set"))
        return false;
    Element action = stanza.firstChild(kBlock, Namespace);
    if (action.isNull())
        action = stanza.firstChild(kUnblock, Namespace);
    if (action.isNull())
        return false;
    // XEP-0191 3.3 / 3.4: pushes come from the account's server on the account's behalf; like
    // roster pushes (RFC 6121 2.1.6), anything else is somebody trying to edit our list.
    const QString fromText = stanza.attribute(QStringLiteral("from"));
    if (!fromText.isEmpty() && Jid::parse(fromText) != client()->jid().bare()) {
        qCWarning(lcBlocking) << "refusing a blocklist push from" << fromText;
        client()->replyError(stanza, QStringLiteral("cancel"),
                             QStringLiteral("service-unavailable"));
        Q_EMIT pushRejected(fromText);
        return true;
    }
    apply(action);
    client()->send(iqResultFor(stanza));
    return true;
}

void BlockingFeature::apply(const Element &action)
{
    QList<Jid> jids;
    for (const Element &item : action.childrenNamed(QStringLiteral("item"), Namespace)) {
        const Jid jid = Jid::parse(item.attribute(QStringLiteral("jid")));
        if (jid.isValid())
            jids.append(jid);
    }
    bool changed = false;
    if (action.name() == kBlock) {
        for (const Jid &jid : std::as_const(jids)) {
            if (!m_blocked.contains(jid)) {
                m_blocked.insert(jid);
                changed = true;
            }
        }
    } else if (action.childrenNamed(QStringLiteral("item"), Namespace).isEmpty()) {
        // XEP-0191 3.5: an unblock without items unblocks everyone.
        changed = !m_blocked.isEmpty();
        m_blocked.clear();
    } else {
        for (const Jid &jid : std::as_const(jids))
            changed = m_blocked.remove(jid) || changed;
    }
    if (changed)
        Q_EMIT blocklistChanged();
}

void BlockingFeature::edit(const QString &action, const QList<Jid> &jids, QObject *context,
                           Done done)
{
    Q_ASSERT(client());
    Element payload(action, Namespace);
    for (const Jid &jid : jids)
        payload.addChild(QStringLiteral("item"), Namespace)
            .setAttribute(QStringLiteral("jid"), jid.full());
    Element iq(QStringLiteral("iq"), kClientNs);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.appendChild(payload);
    client()->sendIq(iq, context, [this, payload, done = std::move(done)](const IqResult &r) {
        // The server also pushes the change (XEP-0191 3.3); applying it here as well makes
        // isBlocked() true by the time @p done runs. Applying twice changes nothing.
        if (r.ok())
            apply(payload);
        if (done)
            done(r.error);
    });
}

namespace {
QList<Jid> validOnly(const QList<Jid> &jids)
{
    QList<Jid> valid;
    std::copy_if(jids.cbegin(), jids.cend(), std::back_inserter(valid),
                 [](const Jid &j) { return j.isValid(); });
    return valid;
}
} // namespace

void BlockingFeature::block(const QList<Jid> &jids, QObject *context, Done done)
{
    const QList<Jid> valid = validOnly(jids);
    if (valid.isEmpty()) {
        if (done)
            done(Error());
        return;
    }
    edit(kBlock, valid, context, std::move(done));
}

void BlockingFeature::unblock(const QList<Jid> &jids, QObject *context, Done done)
{
    // An empty list on the wire would unblock everyone (XEP-0191 3.5): only unblockAll() may
    // send that.
    const QList<Jid> valid = validOnly(jids);
    if (valid.isEmpty()) {
        if (done)
            done(Error());
        return;
    }
    edit(kUnblock, valid, context, std::move(done));
}

void BlockingFeature::unblockAll(QObject *context, Done done)
{
    edit(kUnblock, {}, context, std::move(done));
}

} // namespace charla
