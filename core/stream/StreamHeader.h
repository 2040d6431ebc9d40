#pragma once

#include <QList>
#include <QString>

namespace charla {

/// The opening `<stream:stream>` tag of an XML stream (RFC 6120 4.7), as the peer sent it.
struct StreamHeader
{
    /// One namespace declaration on the tag; the prefix is empty for the default namespace.
    struct Namespace
    {
        QString prefix;
        QString uri;
        bool operator==(const Namespace &o) const { return prefix == o.prefix && uri == o.uri; }
    };

    QString from;
    QString to;
    QString id;
    QString version;             ///< RFC 6120 4.7.5: "1.0" for XMPP 1.0; empty if absent
    QString lang;                ///< xml:lang (RFC 6120 4.7.4)
    QString contentNamespace;    ///< the default namespace, e.g. jabber:client (RFC 6120 4.8.2)
    QList<Namespace> namespaces; ///< every declaration on the tag, in document order

    bool operator==(const StreamHeader &o) const
    {
        return from == o.from && to == o.to && id == o.id && version == o.version &&
               lang == o.lang && contentNamespace == o.contentNamespace &&
               namespaces == o.namespaces;
    }
    bool operator!=(const StreamHeader &o) const { return !(*this == o); }
};

} // namespace charla
