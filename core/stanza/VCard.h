#pragma once

#include "stanza/Element.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace charla {

/// The contact details of XEP-0054 vcard-temp that Charla shows and edits: the
/// `<vCard xmlns='vcard-temp'/>` payload as a value.
///
/// Only these fields are kept; a vCard read and written again loses the others (addresses,
/// GEO, ...), so publishing one's own vCard from this value replaces them on the server.
struct VCard
{
    static inline const QString Namespace = QStringLiteral("vcard-temp");

    QString fullName;     ///< FN
    QString givenName;    ///< N/GIVEN
    QString familyName;   ///< N/FAMILY
    QString nickname;     ///< NICKNAME
    QStringList emails;   ///< EMAIL/USERID, in order
    QStringList phones;   ///< TEL/NUMBER, in order
    QString url;          ///< URL
    QString birthday;     ///< BDAY as given (XEP-0054 asks for ISO 8601, not every client obeys)
    QString organization; ///< ORG/ORGNAME
    QString title;        ///< TITLE
    QString note;         ///< NOTE (DESC is read when there is no NOTE)
    QString photoType;    ///< PHOTO/TYPE, e.g. "image/png"
    QByteArray photo;     ///< PHOTO/BINVAL, decoded; empty when none or not valid Base64

    /// No field is set.
    bool isEmpty() const;

    /// Reads a `<vCard xmlns='vcard-temp'/>`; nullopt when @p e is not one. Elements are
    /// matched by name in the vcard-temp namespace; unknown ones are skipped.
    static std::optional<VCard> fromElement(const Element &e);
    /// The `<vCard xmlns='vcard-temp'/>` element, with only the fields that are set.
    Element toElement() const;
    /// An empty `<vCard xmlns='vcard-temp'/>`: the payload of a request (XEP-0054 3.1).
    static Element requestElement();
    /// Decodes Base64 that may be broken by line feeds or spaces (XEP-0054 BINVAL and
    /// XEP-0084 4.1 data both allow them); nullopt when it is not valid Base64.
    static std::optional<QByteArray> decodeBase64(const QString &text);

    bool operator==(const VCard &o) const;
    bool operator!=(const VCard &o) const { return !(*this == o); }
};

} // namespace charla

Q_DECLARE_METATYPE(charla::VCard)
