#pragma once

#include "stanza/DataForm.h"
#include "stanza/Element.h"

#include <QList>
#include <QString>

#include <optional>

namespace charla {

/// One `<note/>` of an ad-hoc command stage (XEP-0050 6.4).
struct AdHocNote
{
    enum class Type { Info, Warn, Error };
    Type type = Type::Info; ///< XEP-0050 6.4: "info" when the attribute is missing
    QString text;
};

/// The XEP-0050 `<command xmlns='http://jabber.org/protocol/commands'/>` payload, both what we
/// send (action, sessionid, a submitted form) and what a responder answers (status, actions,
/// notes, the stage's form).
struct AdHocCommand
{
    static inline const QString Namespace = QStringLiteral("http://jabber.org/protocol/commands");

    enum class Status { Executing, Completed, Canceled };
    enum class Action { Execute, Cancel, Prev, Next, Complete };

    QString node;
    QString sessionId;
    Status status = Status::Executing;
    Action action = Action::Execute; ///< requests only
    /// True when the answer carried `<actions/>` (a multi-stage wizard, XEP-0050 3.4).
    bool hasActions = false;
    QList<Action> allowedActions;     ///< the children of `<actions/>` (prev, next, complete)
    std::optional<Action> executeAction; ///< what "execute" means this stage (the default button)
    QList<AdHocNote> notes;
    std::optional<DataForm> form;

    static QString actionName(Action action);
    /// Reads a `<command/>`; nullopt when it is not one or has no node.
    static std::optional<AdHocCommand> fromElement(const Element &command);
    /// The request element: node, sessionid, action and the form (if any).
    Element toRequest() const;

    /// XEP-0050 4.6: cancel is always allowed; without `<actions/>` the only step is complete
    /// (single stage); with `<actions/>` only the listed children are.
    bool isAllowed(Action action) const;
    /// What the "execute" action stands for in this stage (XEP-0050 4.6): complete without
    /// `<actions/>`, else the execute attribute, "next" when it is missing.
    Action executeEquivalent() const;
    bool isFinished() const { return status != Status::Executing; }
};

} // namespace charla
