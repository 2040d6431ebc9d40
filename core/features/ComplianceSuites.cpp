#include "features/ComplianceSuites.h"

#include <QCoreApplication>

namespace charla {

namespace {
using Suite = ComplianceRequirement::Suite;
using Status = ComplianceRequirement::Status;

/// The first info among @p infos with an identity @p category (any type when empty) and every
/// feature in @p features; null when none.
const DiscoInfo *findComponent(const QList<DiscoInfo> &infos, const QString &category,
                               const QStringList &features)
{
    for (const DiscoInfo &info : infos) {
        bool identity = category.isEmpty();
        for (const DiscoIdentity &i : info.identities)
            identity = identity || i.category == category;
        bool all = identity;
        for (const QString &f : features)
            all = all && info.hasFeature(f);
        if (all)
            return &info;
    }
    return nullptr;
}

bool hasStreamFeature(const QStringList &features, const QString &ns)
{
    for (const QString &f : features)
        if (f.startsWith(ns + QLatin1Char('#')))
            return true;
    return false;
}

struct Row
{
    QList<Suite> suites;
    QString feature;
    QString providers;
    Status status;
    QString evidence;
};
} // namespace

QString ComplianceSuites::suiteName(Suite suite)
{
    switch (suite) {
    case Suite::Core:
        return QCoreApplication::translate("charla::ComplianceSuites", "Core Server");
    case Suite::CoreAdvanced:
        return QCoreApplication::translate("charla::ComplianceSuites", "Advanced Core Server");
    case Suite::Im:
        return QCoreApplication::translate("charla::ComplianceSuites", "IM Server");
    case Suite::ImAdvanced:
        return QCoreApplication::translate("charla::ComplianceSuites", "Advanced IM Server");
    }
    return QString();
}

QList<ComplianceRequirement> ComplianceSuites::evaluate(const ServerFacts &facts)
{
    const DiscoInfo &server = facts.server;
    const DiscoInfo account = facts.account.value_or(DiscoInfo());
    const auto feature = [&](const DiscoInfo &info, const QString &ns, const QString &where) {
        return info.hasFeature(ns)
                   ? Row{{}, {}, {}, Status::Met,
                         QCoreApplication::translate("charla::ComplianceSuites",
                                                     "%1 lists %2.")
                             .arg(where, ns)}
                   : Row{{}, {}, {}, Status::Missing,
                         QCoreApplication::translate("charla::ComplianceSuites",
                                                     "%1 does not list %2.")
                             .arg(where, ns)};
    };
    const QString theServer = QCoreApplication::translate("charla::ComplianceSuites", "The server");
    const QString theAccount =
        QCoreApplication::translate("charla::ComplianceSuites", "The account");
    QList<Row> rows;
    const auto add = [&rows](QList<Suite> suites, const QString &name, const QString &providers,
                             Row r) {
        r.suites = std::move(suites);
        r.feature = name;
        r.providers = providers;
        rows.append(r);
    };
    const QList<Suite> core{Suite::Core, Suite::CoreAdvanced};
    const QList<Suite> im{Suite::Im, Suite::ImAdvanced};

    // --- Core category (XEP-0479 3) -----------------------------------------------------------
    add(core, QCoreApplication::translate("charla::ComplianceSuites", "Core features"),
        QStringLiteral("RFC 6120"),
        {{}, {}, {}, Status::Met,
         QCoreApplication::translate("charla::ComplianceSuites",
                                     "This account logged in and bound a resource.")});
    add(core, QCoreApplication::translate("charla::ComplianceSuites", "TLS"),
        QStringLiteral("RFC 7590"),
        facts.connectedWithTls
            ? Row{{}, {}, {}, Status::Met,
                  QCoreApplication::translate("charla::ComplianceSuites",
                                              "The connection is encrypted.")}
            : Row{{}, {}, {}, Status::Missing, QString()});
    add({Suite::CoreAdvanced},
        QCoreApplication::translate("charla::ComplianceSuites", "Direct TLS"),
        QStringLiteral("XEP-0368"),
        facts.connectedWithDirectTls
            ? Row{{}, {}, {}, Status::Met,
                  QCoreApplication::translate("charla::ComplianceSuites",
                                              "This account connected with Direct TLS.")}
            : Row{{}, {}, {}, Status::Unknown,
                  QCoreApplication::translate("charla::ComplianceSuites",
                                              "Seen only when connecting with Direct TLS.")});
    add(core, QCoreApplication::translate("charla::ComplianceSuites", "Feature discovery"),
        QStringLiteral("XEP-0030"),
        feature(server, DiscoInfo::Namespace, theServer));
    add(core, QCoreApplication::translate("charla::ComplianceSuites", "Server extensibility"),
        QStringLiteral("XEP-0114"),
        {{}, {}, {}, Status::Unknown,
         QCoreApplication::translate("charla::ComplianceSuites",
                                     "The component protocol is not visible to clients.")});
    {
        bool pep = false;
        for (const DiscoIdentity &i : account.identities)
            pep = pep || (i.category == QLatin1String("pubsub") && i.type == QLatin1String("pep"));
        add({Suite::CoreAdvanced},
            QCoreApplication::translate("charla::ComplianceSuites", "Event publishing"),
            QStringLiteral("XEP-0163"),
            pep ? Row{{}, {}, {}, Status::Met,
                      QCoreApplication::translate("charla::ComplianceSuites",
                                                  "The account is a PEP service.")}
                : Row{{}, {}, {}, Status::Missing,
                      QCoreApplication::translate("charla::ComplianceSuites",
                                                  "The account has no pubsub/pep identity.")});
    }

    // --- IM category (XEP-0479 5) -------------------------------------------------------------
    add(im, QCoreApplication::translate("charla::ComplianceSuites", "Core features"),
        QStringLiteral("RFC 6121"),
        {{}, {}, {}, Status::Met,
         QCoreApplication::translate("charla::ComplianceSuites",
                                     "The roster and presence work for this account.")});
    {
        // Prosody lists the conversion on the account (its PEP service), others on the server.
        const QString ns = QStringLiteral("urn:xmpp:pep-vcard-conversion:0");
        Row r = feature(account, ns, theAccount);
        if (r.status != Status::Met)
            r = feature(server, ns, theServer);
        add({Suite::ImAdvanced},
            QCoreApplication::translate("charla::ComplianceSuites", "User avatar compatibility"),
            QStringLiteral("XEP-0398, XEP-0153"), r);
    }
    add(im, QCoreApplication::translate("charla::ComplianceSuites", "vcard-temp"),
        QStringLiteral("XEP-0054"), feature(server, QStringLiteral("vcard-temp"), theServer));
    add(im,
        QCoreApplication::translate("charla::ComplianceSuites", "Outbound message synchronization"),
        QStringLiteral("XEP-0280"), feature(server, QStringLiteral("urn:xmpp:carbons:2"), theServer));
    add({Suite::ImAdvanced}, QCoreApplication::translate("charla::ComplianceSuites", "User blocking"),
        QStringLiteral("XEP-0191"), feature(server, QStringLiteral("urn:xmpp:blocking"), theServer));
    const QString mucNs = QStringLiteral("http://jabber.org/protocol/muc");
    const DiscoInfo *muc = findComponent(facts.components, QStringLiteral("conference"), {mucNs});
    add(im, QCoreApplication::translate("charla::ComplianceSuites", "Group chat"),
        QStringLiteral("XEP-0045, XEP-0249"),
        muc ? Row{{}, {}, {}, Status::Met,
                  QCoreApplication::translate("charla::ComplianceSuites",
                                              "A group chat service is listed.")}
            : Row{{}, {}, {}, Status::Missing,
                  QCoreApplication::translate("charla::ComplianceSuites",
                                              "The server lists no group chat service.")});
    {
        const QString mam = QStringLiteral("urn:xmpp:mam:2");
        const QString compat = QStringLiteral("urn:xmpp:bookmarks:1#compat");
        const bool mucMam = muc && muc->hasFeature(mam);
        const bool bookmarks = account.hasFeature(compat) || server.hasFeature(compat);
        QStringList missing;
        if (!mucMam)
            missing << QCoreApplication::translate("charla::ComplianceSuites",
                                                   "room archives (XEP-0313)");
        if (!bookmarks)
            missing << QCoreApplication::translate("charla::ComplianceSuites",
                                                   "bookmark conversion (XEP-0402)");
        add({Suite::ImAdvanced},
            QCoreApplication::translate("charla::ComplianceSuites", "Advanced group chat"),
            QStringLiteral("XEP-0048, XEP-0313, XEP-0402, XEP-0410"),
            missing.isEmpty()
                ? Row{{}, {}, {}, Status::Met,
                      QCoreApplication::translate("charla::ComplianceSuites",
                                                  "Room archives and bookmark conversion are "
                                                  "offered.")}
                : Row{{}, {}, {}, Status::Missing,
                      QCoreApplication::translate("charla::ComplianceSuites", "Missing: %1.")
                          .arg(missing.join(QStringLiteral(", ")))});
    }
    add({Suite::ImAdvanced},
        QCoreApplication::translate("charla::ComplianceSuites",
                                    "Persistent storage of private data via PubSub"),
        QStringLiteral("XEP-0223"),
        feature(account, QStringLiteral("http://jabber.org/protocol/pubsub#publish-options"),
                theAccount));
    add({Suite::ImAdvanced},
        QCoreApplication::translate("charla::ComplianceSuites", "Private XML storage"),
        QStringLiteral("XEP-0049"), feature(server, QStringLiteral("jabber:iq:private"), theServer));
    add({Suite::ImAdvanced},
        QCoreApplication::translate("charla::ComplianceSuites", "Stream management"),
        QStringLiteral("XEP-0198"),
        hasStreamFeature(facts.streamFeatures, QStringLiteral("urn:xmpp:sm:3"))
            ? Row{{}, {}, {}, Status::Met,
                  QCoreApplication::translate("charla::ComplianceSuites",
                                              "Offered in the stream features.")}
            : Row{{}, {}, {}, Status::Missing,
                  QCoreApplication::translate("charla::ComplianceSuites",
                                              "Not offered in the stream features.")});
    add({Suite::ImAdvanced},
        QCoreApplication::translate("charla::ComplianceSuites", "History storage / retrieval"),
        QStringLiteral("XEP-0313"), feature(account, QStringLiteral("urn:xmpp:mam:2"), theAccount));
    const DiscoInfo *upload = findComponent(facts.components, QString(),
                                            {QStringLiteral("urn:xmpp:http:upload:0")});
    add(im, QCoreApplication::translate("charla::ComplianceSuites", "File upload"),
        QStringLiteral("XEP-0363"),
        upload ? Row{{}, {}, {}, Status::Met,
                     QCoreApplication::translate("charla::ComplianceSuites",
                                                 "An upload service is listed.")}
               : Row{{}, {}, {}, Status::Missing,
                     QCoreApplication::translate("charla::ComplianceSuites",
                                                 "The server lists no upload service.")});

    QList<ComplianceRequirement> out;
    for (const Suite s : {Suite::Core, Suite::CoreAdvanced, Suite::Im, Suite::ImAdvanced})
        for (const Row &r : std::as_const(rows))
            if (r.suites.contains(s))
                out.append({s, r.feature, r.providers, r.status, r.evidence});
    return out;
}

bool ComplianceSuites::meets(const QList<ComplianceRequirement> &rows, Suite suite)
{
    bool any = false;
    for (const ComplianceRequirement &r : rows) {
        if (r.suite != suite)
            continue;
        any = true;
        if (r.status != Status::Met)
            return false;
    }
    return any;
}

} // namespace charla
