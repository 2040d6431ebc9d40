#pragma once

#include "features/Feature.h"
#include "stanza/DiscoInfo.h"

namespace charla {

/// XEP-0115 Entity Capabilities: the `<c/>` element presence carries, whose verification
/// string hashes what DiscoInfoFeature answers, and the checks for a hash received from others.
///
/// The string is computed when asked for, from the Client's features at that moment, so a
/// feature added later changes it (XEP-0115 6.1: the ver MUST then be recomputed).
class CapsFeature : public Feature
{
    Q_OBJECT
public:
    static inline const QString Namespace = QStringLiteral("http://jabber.org/protocol/caps");
    /// Charla's caps node: the project's web site (XEP-0115 4).
    static inline const QString Node = QStringLiteral("https://charla.example.org");
    /// The only hash Charla generates and verifies (XEP-0115 9.1: SHA-1 is mandatory).
    static inline const QString Hash = QStringLiteral("sha-1");

    explicit CapsFeature(QObject *parent = nullptr);

    QStringList discoFeatures() const override { return {Namespace}; }
    bool handleStanza(const Element &) override { return false; }
    /// XEP-0115 4: every broadcast presence carries the caps element.
    void decorateOwnPresence(Element &presence) const override;

    /// The verification string of this client's own disco#info (empty without a
    /// DiscoInfoFeature in the Client).
    QString ver() const;
    /// `Node#ver`: the disco node others query to check ver (XEP-0115 6.2).
    QString capsNode() const;
    /// `<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='...' ver='...'/>` for
    /// presence; null without a DiscoInfoFeature in the Client.
    Element capsElement() const;

    /// The string S of XEP-0115 5.1 (UTF-8) before hashing: identities, features and forms,
    /// each sorted by i;octet (byte-wise UTF-8) order and ended by '<'. Forms without a hidden
    /// FORM_TYPE field are left out (5.4 3.6).
    static QByteArray verificationInput(const DiscoInfo &info);
    /// Base64 of the SHA-1 of verificationInput() (XEP-0115 5.1).
    static QString verificationString(const DiscoInfo &info);
    /// XEP-0115 5.4 for a disco#info received for a SHA-1 @p ver: false when the response is
    /// ill-formed (two identical identities, two identical features, two forms with the same
    /// FORM_TYPE, a FORM_TYPE with different values) or when its hash is not @p ver.
    static bool verify(const DiscoInfo &info, const QString &ver);
};

} // namespace charla
