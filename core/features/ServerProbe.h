#pragma once

#include "features/ComplianceSuites.h"
#include "features/VersionFeature.h"
#include "stream/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace charla {

class Client;

/// Finds out what the own server is, for the Server information window: its disco#info and
/// its components' (XEP-0030), the own account's (PEP), the stream features, its contact
/// addresses (XEP-0157), software version (XEP-0092) and uptime (XEP-0012 7). The client must
/// have DiscoClient; VersionFeature and LastActivityFeature are asked when present.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    /// One kind of XEP-0157 address ("admin-addresses") and its URIs.
    struct Contact
    {
        QString kind;      ///< the field var, e.g. "abuse-addresses"
        QStringList addresses;
    };

    explicit ServerProbe(Client *client, QObject *parent = nullptr);

    /// Asks everything; finished() follows once every answer (or failure) is in.
    void start();
    bool isFinished() const { return m_pending == 0 && m_started; }

    const ServerFacts &facts() const { return m_facts; }
    QList<ComplianceRequirement> compliance() const { return ComplianceSuites::evaluate(m_facts); }
    /// XEP-0157 contact addresses from the serverinfo form, in the form's order.
    QList<Contact> contacts() const;
    std::optional<SoftwareVersion> version() const { return m_version; }
    /// The server's uptime in seconds (XEP-0012 7), nullopt when it did not say.
    std::optional<qint64> uptime() const { return m_uptime; }
    /// The failures met on the way (sentences), e.g. the version not answered.
    QStringList problems() const { return m_problems; }
    /// A person's name for a XEP-0157 field ("Abuse", "Support"); the var when unknown.
    static QString contactKindName(const QString &var);

Q_SIGNALS:
    void finished();

private:
    void begin() { ++m_pending; }
    void done();

    QPointer<Client> m_client;
    ServerFacts m_facts;
    std::optional<SoftwareVersion> m_version;
    std::optional<qint64> m_uptime;
    QStringList m_problems;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace charla
