#include "stanza/OccupantId.h"

namespace charla {

QString OccupantId::fromStanza(const Element &stanza)
{
    return stanza.firstChild(QStringLiteral("occupant-id"), Namespace)
        .attribute(QStringLiteral("id"));
}

Element OccupantId::toElement(const QString &id)
{
    Element e(QStringLiteral("occupant-id"), Namespace);
    e.setAttribute(QStringLiteral("id"), id);
    return e;
}

} // namespace charla
