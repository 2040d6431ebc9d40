#include "stanza/AdHocCommand.h"

namespace charla {

namespace {
std::optional<AdHocCommand::Action> actionFromName(const QString &name)
{
    using A = AdHocCommand::Action;
    if (name == QLatin1String("execute"))
        return A::Execute;
    if (name == QLatin1String("cancel"))
        return A::Cancel;
    if (name == QLatin1String("prev"))
        return A::Prev;
    if (name == QLatin1String("next"))
        return A::Next;
    if (name == QLatin1String("complete"))
        return A::Complete;
    return std::nullopt;
}
} // namespace

QString AdHocCommand::actionName(Action action)
{
    switch (action) {
    case Action::Execute:
        return QStringLiteral("execute");
    case Action::Cancel:
        return QStringLiteral("cancel");
    case Action::Prev:
        return QStringLiteral("prev");
    case Action::Next:
        return QStringLiteral("next");
    case Action::Complete:
        return QStringLiteral("complete");
    }
    return QStringLiteral("execute");
}

std::optional<AdHocCommand> AdHocCommand::fromElement(const Element &command)
{
    if (command.isNull() || command.name() != QLatin1String("command") || command.ns() != Namespace)
        return std::nullopt;
    AdHocCommand c;
    c.node = command.attribute(QStringLiteral("node"));
    if (c.node.isEmpty())
        return std::nullopt; // XEP-0050 6: node is required
    c.sessionId = command.attribute(QStringLiteral("sessionid"));
    const QString status = command.attribute(QStringLiteral("status"));
    if (status == QLatin1String("completed"))
        c.status = Status::Completed;
    else if (status == QLatin1String("canceled"))
        c.status = Status::Canceled;
    const Element actions = command.firstChild(QStringLiteral("actions"), Namespace);
    if (!actions.isNull()) {
        c.hasActions = true;
        for (const Element &a : actions.children()) {
            const auto action = actionFromName(a.name());
            // Only prev/next/complete are buttons; execute/cancel children mean nothing here.
            if (action && *action != Action::Execute && *action != Action::Cancel &&
                !c.allowedActions.contains(*action))
                c.allowedActions.append(*action);
        }
        const QString exec = actions.attribute(QStringLiteral("execute"));
        if (!exec.isEmpty())
            c.executeAction = actionFromName(exec);
    }
    for (const Element &n : command.childrenNamed(QStringLiteral("note"), Namespace)) {
        AdHocNote note;
        const QString type = n.attribute(QStringLiteral("type"));
        if (type == QLatin1String("warn"))
            note.type = AdHocNote::Type::Warn;
        else if (type == QLatin1String("error"))
            note.type = AdHocNote::Type::Error;
        note.text = n.text();
        c.notes.append(note);
    }
    const Element x = command.firstChild(QStringLiteral("x"), DataForm::Namespace);
    if (!x.isNull())
        c.form = DataForm::fromElement(x);
    return c;
}

Element AdHocCommand::toRequest() const
{
    Element e(QStringLiteral("command"), Namespace);
    e.setAttribute(QStringLiteral("node"), node);
    if (!sessionId.isEmpty())
        e.setAttribute(QStringLiteral("sessionid"), sessionId);
    e.setAttribute(QStringLiteral("action"), actionName(action));
    if (form)
        e.appendChild(form->toElement());
    return e;
}

bool AdHocCommand::isAllowed(Action action) const
{
    if (isFinished())
        return false;
    if (action == Action::Cancel || action == Action::Execute)
        return true;
    if (!hasActions)
        return action == Action::Complete;
    return allowedActions.contains(action);
}

AdHocCommand::Action AdHocCommand::executeEquivalent() const
{
    if (!hasActions)
        return Action::Complete;
    return executeAction.value_or(Action::Next);
}

} // namespace charla
