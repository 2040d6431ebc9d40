#pragma once

#include "features/Feature.h"
#include "stanza/DiscoInfo.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <functional>

namespace charla {

/// XEP-0030 Service Discovery for this client: answers disco#info about itself (identity
/// client/pc "Charla" and every feature the Client's features advertise, also for the XEP-0115
/// caps node `node#ver`) and disco#items with an empty list; and asks other entities.
class DiscoInfoFeature : public Feature
{
    Q_OBJECT
public:
    using InfoCallback = std::function<void(const DiscoInfo &info, const Error &error)>;

    explicit DiscoInfoFeature(QObject *parent = nullptr);

    QStringList discoFeatures() const override;
    bool handleStanza(const Element &stanza) override;

    /// What this client says about itself (no node): its identities and Client::discoFeatures().
    DiscoInfo ownInfo() const;

    /// Asks @p jid (and @p node, if not empty) for its disco#info. @p done gets the answer or
    /// the error (a stanza error, a timeout, the session ending, or "malformed-reply"); it is
    /// not called if @p context is destroyed first.
    void requestInfo(const Jid &jid, const QString &node, QObject *context, InfoCallback done);

private:
    void answerInfo(const Element &request, const Element &query);
    void answerItems(const Element &request, const Element &query);
    bool isOwnInfoNode(const QString &node) const;

    QList<DiscoIdentity> m_identities;
};

} // namespace charla
