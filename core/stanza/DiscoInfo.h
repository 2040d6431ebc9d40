#pragma once

#include "stanza/Element.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

class QXmlStreamWriter;

namespace charla {

/// One `<identity/>` of a disco#info result (XEP-0030 3.1).
struct DiscoIdentity
{
    QString category; ///< e.g. "client"; required
    QString type;     ///< e.g. "pc"; required
    QString name;     ///< natural-language name, may be empty
    QString lang;     ///< the identity's own xml:lang, empty when it has none

    bool operator==(const DiscoIdentity &o) const
    {
        return category == o.category && type == o.type && name == o.name && lang == o.lang;
    }
    bool operator!=(const DiscoIdentity &o) const { return !(*this == o); }
};

/// What an entity (or one of its nodes) says about itself through XEP-0030 disco#info:
/// identities, features, and XEP-0128 extended information forms.
///
/// A codec: fromQuery() reads a `<query xmlns='http://jabber.org/protocol/disco#info'/>`,
/// toQuery()/write() produce one. Order is kept as received; XEP-0115 sorting is the caps code's.
struct DiscoInfo
{
    static inline const QString Namespace = QStringLiteral("http://jabber.org/protocol/disco#info");
    static inline const QString ItemsNamespace =
        QStringLiteral("http://jabber.org/protocol/disco#items");
    static inline const QString DataFormsNamespace = QStringLiteral("jabber:x:data");

    QString node; ///< the queried node (XEP-0030 3.2: a result mirrors it), empty for none
    QList<DiscoIdentity> identities;
    QStringList features;
    QList<Element> forms; ///< `<x xmlns='jabber:x:data'/>` extended information (XEP-0128)

    bool hasFeature(const QString &var) const { return features.contains(var); }
    /// The form whose FORM_TYPE is @p formType, or a null element.
    Element form(const QString &formType) const;

    /// The value of a form's FORM_TYPE field (its first `<value/>`), empty when it has none.
    static QString formType(const Element &form);
    /// The FORM_TYPE field of @p form, or a null element.
    static Element formTypeField(const Element &form);

    /// Reads a disco#info `<query/>`; nullopt when @p query is not one. Identities without a
    /// category or a type and features without a var (XEP-0030 3.1 requires them) are skipped.
    static std::optional<DiscoInfo> fromQuery(const Element &query);
    /// The `<query xmlns='http://jabber.org/protocol/disco#info'/>` element.
    Element toQuery() const;
    /// Writes toQuery() (the default namespace is declared where it differs from @p parentNs).
    void write(QXmlStreamWriter &writer, const QString &parentNs = QString()) const;

    bool operator==(const DiscoInfo &o) const
    {
        return node == o.node && identities == o.identities && features == o.features &&
               forms == o.forms;
    }
    bool operator!=(const DiscoInfo &o) const { return !(*this == o); }
};

} // namespace charla

Q_DECLARE_METATYPE(charla::DiscoInfo)
