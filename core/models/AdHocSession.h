#pragma once

#include "stanza/AdHocCommand.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QObject>
#include <QPointer>

namespace charla {

class Client;

/// One run of an XEP-0050 command, for a wizard or the command line: the current stage's form,
/// notes and allowed actions, and the steps prev/next/complete/cancel. Sees no XML.
class AdHocSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,      ///< start() not called yet
        Waiting,   ///< a step was sent, its answer has not come
        Executing, ///< a stage is shown, waiting for the person
        Completed, ///< status completed (notes may still say it failed: XEP-0050 4.4)
        Canceled,
        Failed, ///< an error answer, a timeout, or the session ended; error() says which
    };
    Q_ENUM(State)

    /// @p client must have the AdHocCommands feature.
    AdHocSession(Client *client, const Jid &jid, const QString &node, QObject *parent = nullptr);
    /// Cancels a run that is still executing (XEP-0050 4.3: lets the responder free it).
    ~AdHocSession() override;

    Jid jid() const { return m_jid; }
    QString node() const { return m_node; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Waiting; }
    bool isFinished() const
    {
        return m_state == State::Completed || m_state == State::Canceled || m_state == State::Failed;
    }
    /// The latest stage the responder sent (form, notes, actions).
    const AdHocCommand &stage() const { return m_stage; }
    bool hasForm() const { return m_stage.form.has_value(); }
    DataForm form() const { return m_stage.form.value_or(DataForm()); }
    QList<AdHocNote> notes() const { return m_stage.notes; }
    /// Whether the button for @p action is enabled now (never while waiting or finished).
    bool canDo(AdHocCommand::Action action) const;
    /// The stage's default step (XEP-0050 4.6, the "execute" attribute).
    AdHocCommand::Action defaultAction() const { return m_stage.executeEquivalent(); }
    Error error() const { return m_error; }
    /// How many stages have been shown so far.
    int stageCount() const { return m_stages; }

public Q_SLOTS:
    /// Executes the command (XEP-0050 3.2: action execute, no session yet).
    void start();
    /// Sends @p action for this stage; @p answers (the filled-in stage form) is submitted with
    /// next/complete/execute (submitFrom()) and not with prev/cancel.
    void perform(AdHocCommand::Action action, const DataForm &answers = DataForm());
    void cancel() { perform(AdHocCommand::Action::Cancel); }

Q_SIGNALS:
    /// A new stage arrived (or the final one: check isFinished()).
    void stageChanged();
    void stateChanged(charla::AdHocSession::State state);
    /// The run ended (completed, canceled or failed).
    void finished();

private:
    void send(AdHocCommand request);
    void setState(State state);

    QPointer<Client> m_client;
    Jid m_jid;
    QString m_node;
    State m_state = State::Idle;
    AdHocCommand m_stage;
    Error m_error;
    int m_stages = 0;
};

} // namespace charla
