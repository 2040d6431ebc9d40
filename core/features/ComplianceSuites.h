#pragma once

#include "stanza/DiscoInfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace charla {

/// What a client can learn about its server, for judging it against XEP-0479.
struct ServerFacts
{
    DiscoInfo server;                  ///< disco#info of the domain
    QList<DiscoInfo> components;       ///< disco#info of each of the domain's items
    std::optional<DiscoInfo> account;  ///< disco#info of the own bare JID (PEP, MAM)
    QStringList streamFeatures;        ///< Session::serverFeatures() after authentication
    bool connectedWithTls = true;      ///< Charla never logs in without TLS
    bool connectedWithDirectTls = false;
};

/// One requirement of a XEP-0479 suite for a server, and whether this server meets it.
struct ComplianceRequirement
{
    enum class Suite { Core, CoreAdvanced, Im, ImAdvanced };
    enum class Status { Met, Missing, Unknown };

    Suite suite = Suite::Core;
    QString feature;   ///< the table's row, translated ("Stream Management")
    QString providers; ///< the specifications ("XEP-0198")
    Status status = Status::Unknown;
    QString evidence;  ///< what was seen, or why it cannot be seen from a client
};

/// XEP-0479 (Compliance Suites 2023) from the server's side: the Core and IM categories, each
/// at the Server and Advanced Server level, judged from what a logged-in client can see (disco
/// of the domain, its components and the own account, and the stream features). Rows a client
/// cannot see (component protocol, Direct TLS on another port) are Unknown, never Met.
class ComplianceSuites
{
public:
    static QList<ComplianceRequirement> evaluate(const ServerFacts &facts);
    static QString suiteName(ComplianceRequirement::Suite suite);
    /// Whether every requirement of @p suite (and, for an advanced suite, of its base) is met.
    static bool meets(const QList<ComplianceRequirement> &rows, ComplianceRequirement::Suite suite);
};

} // namespace charla
