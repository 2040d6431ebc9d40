#pragma once

#include <QString>

namespace charla {

/// A person's name for a well-known XEP-0030 feature namespace ("Group chat" for
/// http://jabber.org/protocol/muc), translated; empty for a namespace the table does not know.
QString namespaceName(const QString &ns);

/// A person's name for a disco identity category/type pair ("Group chat service" for
/// conference/text), translated; empty when the table does not know it.
QString identityName(const QString &category, const QString &type);

} // namespace charla
