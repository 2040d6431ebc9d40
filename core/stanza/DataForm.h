#pragma once

#include "stanza/Element.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace charla {

/// One `<option/>` of a list-single or list-multi field (XEP-0004 3.2).
struct DataFormOption
{
    QString label; ///< may be empty: show the value then
    QString value;

    bool operator==(const DataFormOption &o) const { return label == o.label && value == o.value; }
    bool operator!=(const DataFormOption &o) const { return !(*this == o); }
};

/// XEP-0122 `<validate xmlns='http://jabber.org/protocol/xdata-validate'/>` of one field.
struct DataFormValidation
{
    enum class Method {
        Basic, ///< the datatype only; list values must be among the options
        Open,  ///< list fields also accept values that are not among the options
        Range, ///< the value lies between rangeMin and rangeMax (either may be empty)
        Regex, ///< the value matches regex (XML Schema syntax, anchored at both ends)
    };

    QString datatype = QStringLiteral("xs:string"); ///< XEP-0122 3.1: the default
    Method method = Method::Basic;
    QString rangeMin;
    QString rangeMax;
    QString regex;
    /// XEP-0122 3.3 `<list-range/>` for list-multi: how many values; -1 where not given.
    int listMin = -1;
    int listMax = -1;
    bool hasListRange = false;

    bool operator==(const DataFormValidation &o) const;
    bool operator!=(const DataFormValidation &o) const { return !(*this == o); }
};

/// XEP-0221 `<media xmlns='urn:xmpp:media-element'/>`: an image, sound or video a field refers
/// to (CAPTCHA challenges, XEP-0158). A `cid:` uri names XEP-0231 data sent alongside the form.
struct DataFormMedia
{
    struct Uri
    {
        QString type; ///< MIME type, e.g. image/png
        QString uri;  ///< http(s):, cid: ...
        bool operator==(const Uri &o) const { return type == o.type && uri == o.uri; }
    };
    int width = 0;  ///< 0 when not given
    int height = 0; ///< 0 when not given
    QList<Uri> uris;

    bool operator==(const DataFormMedia &o) const
    {
        return width == o.width && height == o.height && uris == o.uris;
    }
    bool operator!=(const DataFormMedia &o) const { return !(*this == o); }
};

/// One `<field/>` of a data form (XEP-0004 3.2, 3.3).
struct DataFormField
{
    enum class Type {
        Boolean,
        Fixed,
        Hidden,
        JidMulti,
        JidSingle,
        ListMulti,
        ListSingle,
        TextMulti,
        TextPrivate,
        TextSingle,
    };

    Type type = Type::TextSingle;
    /// No 'type' attribute on the wire: submit and result forms may leave it out (XEP-0004 3.2);
    /// the field then counts as text-single, and toElement() writes no type either.
    bool typeOmitted = false;
    QString var; ///< required except for fixed fields
    QString label;
    QString desc;
    bool required = false;
    QStringList values;
    QList<DataFormOption> options;
    std::optional<DataFormValidation> validation;
    std::optional<DataFormMedia> media;

    /// The XEP-0004 name of @p type ("text-single", ...).
    static QString typeName(Type type);
    /// The type for @p name; text-single for an unknown or empty name (XEP-0004 3.3).
    static Type typeFromName(const QString &name);

    /// The first value, or empty.
    QString value() const { return values.value(0); }
    /// A boolean field's value (XEP-0004 3.3: "1"/"true" are true; the default is false).
    bool isChecked() const;
    /// The label if there is one, else the var: what a sentence calls the field.
    QString displayName() const;

    /// Reads a `<field/>`; nullopt when it is not one in jabber:x:data.
    static std::optional<DataFormField> fromElement(const Element &field);
    Element toElement() const;

    bool operator==(const DataFormField &o) const;
    bool operator!=(const DataFormField &o) const { return !(*this == o); }
};

/// A data form, `<x xmlns='jabber:x:data'/>` (XEP-0004): the one model behind account
/// registration, room configuration, ad-hoc commands and gateways.
///
/// A value type and codec: fromElement() reads, toElement() writes, and the free functions
/// submitFrom() and validate() are what a form renderer needs around them.
struct DataForm
{
    static inline const QString Namespace = QStringLiteral("jabber:x:data");
    static inline const QString ValidateNamespace =
        QStringLiteral("http://jabber.org/protocol/xdata-validate");
    static inline const QString MediaNamespace = QStringLiteral("urn:xmpp:media-element");

    enum class Type { Form, Submit, Cancel, Result };

    Type type = Type::Form;
    QString title;
    QStringList instructions; ///< one entry per `<instructions/>` element
    QList<DataFormField> fields;
    /// XEP-0004 3.4: the columns of a multi-item result, and its rows.
    QList<DataFormField> reported;
    QList<QList<DataFormField>> items;

    static QString typeName(Type type);

    /// Reads an `<x xmlns='jabber:x:data'/>`; nullopt when it is not one or its type is unknown.
    static std::optional<DataForm> fromElement(const Element &x);
    Element toElement() const;

    /// The value of the hidden FORM_TYPE field (XEP-0068), empty without one.
    QString formType() const;
    /// The index of the field named @p var in fields, -1 when there is none.
    int indexOf(const QString &var) const;
    /// The field named @p var, or nullptr.
    const DataFormField *field(const QString &var) const;
    DataFormField *field(const QString &var);
    /// The first value of the field named @p var, or empty.
    QString value(const QString &var) const;
    /// Sets the values of the field named @p var; false when there is no such field.
    bool setValues(const QString &var, const QStringList &values);
    bool setValue(const QString &var, const QString &value) { return setValues(var, {value}); }

    bool operator==(const DataForm &o) const;
    bool operator!=(const DataForm &o) const { return !(*this == o); }
};

/// The type='submit' answer to @p form: each field's var and values only (XEP-0004 3.1). Hidden
/// fields go back unchanged (XEP-0004 3.3), fixed fields and fields without a var are dropped.
DataForm submitFrom(const DataForm &form);

/// What is wrong with the values of @p form, one sentence per problem for the person filling it
/// in (empty when nothing is): required fields left empty, addresses that are not JIDs, booleans
/// that are not 0/1/true/false, list values that are not options, and the XEP-0122 rules
/// (datatype, range, regex, list-range). The server still has the last word (XEP-0004 4).
QStringList validate(const DataForm &form);

} // namespace charla

Q_DECLARE_METATYPE(charla::DataForm)
