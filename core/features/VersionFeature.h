#pragma once

#include "features/Feature.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <functional>
#include <optional>

namespace charla {

/// The payload of XEP-0092 Software Version: `<query xmlns='jabber:iq:version'/>`.
struct SoftwareVersion
{
    QString name;
    QString version;
    QString os; ///< optional (XEP-0092 2), empty when not shared

    /// Reads a `<query xmlns='jabber:iq:version'/>`; nullopt when @p query is not one.
    static std::optional<SoftwareVersion> fromQuery(const Element &query);
    Element toQuery() const;
    bool operator==(const SoftwareVersion &o) const
    {
        return name == o.name && version == o.version && os == o.os;
    }
};

/// XEP-0092 Software Version: answers with "Charla" and CHARLA_VERSION; the operating system
/// only when setShareOs(true) (XEP-0092 5: the person MUST be able to keep it private; Charla
/// keeps it private unless they choose otherwise). Also asks others.
class VersionFeature : public Feature
{
    Q_OBJECT
public:
    static inline const QString Namespace = QStringLiteral("jabber:iq:version");
    using VersionCallback = std::function<void(const SoftwareVersion &version, const Error &error)>;

    explicit VersionFeature(QObject *parent = nullptr);

    QStringList discoFeatures() const override { return {Namespace}; }
    bool handleStanza(const Element &stanza) override;

    /// Whether answers include the operating system (default false).
    void setShareOs(bool share) { m_shareOs = share; }
    bool sharesOs() const { return m_shareOs; }
    /// What this client answers.
    SoftwareVersion ownVersion() const;

    /// Asks @p jid for its software version (XEP-0092 1: for contacts, only when the person
    /// asked). @p done is not called if @p context is destroyed first.
    void requestVersion(const Jid &jid, QObject *context, VersionCallback done);

private:
    bool m_shareOs = false;
};

} // namespace charla
