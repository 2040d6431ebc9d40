#include "models/AdHocSession.h"

#include "features/AdHocCommands.h"
#include "stream/Client.h"

#include <QCoreApplication>

namespace charla {

AdHocSession::AdHocSession(Client *client, const Jid &jid, const QString &node, QObject *parent)
    : QObject(parent), m_client(client), m_jid(jid), m_node(node)
{
    m_stage.node = node;
}

AdHocSession::~AdHocSession()
{
    // XEP-0050 4.3: a wizard closed half-way cancels, so the responder drops the session.
    if (m_client && !m_stage.sessionId.isEmpty() &&
        (m_state == State::Executing || m_state == State::Waiting)) {
        if (auto *commands = m_client->feature<AdHocCommands>()) {
            AdHocCommand request;
            request.node = m_node;
            request.sessionId = m_stage.sessionId;
            request.action = AdHocCommand::Action::Cancel;
            commands->execute(m_jid, request, m_client, [](const AdHocCommand &, const Error &) {});
        }
    }
}

bool AdHocSession::canDo(AdHocCommand::Action action) const
{
    if (m_state != State::Executing)
        return false;
    return m_stage.isAllowed(action);
}

void AdHocSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AdHocSession::start()
{
    if (m_state != State::Idle)
        return;
    AdHocCommand request;
    request.node = m_node;
    request.action = AdHocCommand::Action::Execute;
    send(request);
}

void AdHocSession::perform(AdHocCommand::Action action, const DataForm &answers)
{
    if (!canDo(action))
        return;
    AdHocCommand request;
    request.node = m_node;
    request.sessionId = m_stage.sessionId;
    request.action = action;
    const bool submits = action == AdHocCommand::Action::Next ||
                         action == AdHocCommand::Action::Complete ||
                         action == AdHocCommand::Action::Execute;
    // XEP-0050 3.4: the stage's form goes back as a submit form; prev and cancel carry none.
    if (submits && m_stage.form && m_stage.form->type == DataForm::Type::Form) {
        DataForm filled = answers.fields.isEmpty() ? *m_stage.form : answers;
        filled.type = DataForm::Type::Form;
        request.form = submitFrom(filled);
    }
    send(request);
}

void AdHocSession::send(AdHocCommand request)
{
    auto *commands = m_client ? m_client->feature<AdHocCommands>() : nullptr;
    if (!commands) {
        m_error = Error::make(Error::Policy, QStringLiteral("no-session"),
                              QCoreApplication::translate("charla::AdHocSession",
                                                          "The account is not connected."));
        setState(State::Failed);
        Q_EMIT finished();
        return;
    }
    const bool cancelling = request.action == AdHocCommand::Action::Cancel;
    setState(State::Waiting);
    commands->execute(m_jid, request, this,
                      [this, cancelling](const AdHocCommand &answer, const Error &error) {
        if (error.isError()) {
            m_error = error;
            setState(State::Failed);
            Q_EMIT finished();
            return;
        }
        // A responder keeps the sessionid of the run (XEP-0050 3.2); the first answer sets it.
        const QString known = m_stage.sessionId;
        if (!known.isEmpty() && !answer.sessionId.isEmpty() && answer.sessionId != known) {
            m_error = Error::make(Error::Stanza, QStringLiteral("bad-sessionid"),
                                  QCoreApplication::translate(
                                      "charla::AdHocSession",
                                      "%1 answered for another run of the command.")
                                      .arg(m_jid.full()));
            setState(State::Failed);
            Q_EMIT finished();
            return;
        }
        m_stage = answer;
        if (m_stage.sessionId.isEmpty())
            m_stage.sessionId = known;
        ++m_stages;
        if (answer.status == AdHocCommand::Status::Completed)
            setState(State::Completed);
        else if (answer.status == AdHocCommand::Status::Canceled || cancelling)
            setState(State::Canceled);
        else
            setState(State::Executing);
        Q_EMIT stageChanged();
        if (isFinished())
            Q_EMIT finished();
    });
}

} // namespace charla
