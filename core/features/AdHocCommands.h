#pragma once

#include "features/DiscoClient.h"
#include "features/Feature.h"
#include "stanza/AdHocCommand.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <functional>

namespace charla {

/// XEP-0050 Ad-Hoc Commands, as the requesting side: lists the commands an entity offers and
/// runs one step of a command. AdHocSession drives a whole (multi-stage) run.
class AdHocCommands : public Feature
{
    Q_OBJECT
public:
    using ListCallback = std::function<void(const QList<DiscoItem> &commands, const Error &error)>;
    using StepCallback = std::function<void(const AdHocCommand &answer, const Error &error)>;

    explicit AdHocCommands(QObject *parent = nullptr);

    bool handleStanza(const Element &stanza) override;

    /// XEP-0050 2.2: the commands of @p jid are the disco#items of node
    /// http://jabber.org/protocol/commands. Asked fresh each time (what an admin may run changes).
    void listCommands(const Jid &jid, QObject *context, ListCallback done);
    /// Sends @p request (action, node, sessionid, form) to @p jid as an `<iq type='set'/>`.
    /// @p done gets the responder's `<command/>` or an error as a sentence (the XEP-0050
    /// conditions bad-action, bad-sessionid, session-expired, ... explained).
    void execute(const Jid &jid, const AdHocCommand &request, QObject *context, StepCallback done);

    /// The sentence for an `<iq type='error'/>` answering a command (XEP-0050 4.6 conditions).
    static Error commandError(const Element &iq, const Error &generic);
};

} // namespace charla
