#pragma once

#include <QPixmap>
#include <QString>

namespace charla {

/// The icon of a gateway's identity type (XEP-0100 / the disco registry's gateway types): a
/// round badge in the network's colour with its short name ("IRC", "TG", "@"), drawn rather
/// than loaded, for the gateway and its contacts in the contact list.
class GatewayIcon
{
public:
    static QPixmap pixmap(const QString &type, int size, qreal devicePixelRatio = 1.0);
    /// The short name on the badge (e.g. "IRC" for irc, "TG" for telegram).
    static QString label(const QString &type);
};

} // namespace charla
