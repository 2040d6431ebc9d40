#include "services/CommandWizard.h"

#include "forms/DataFormWidget.h"
#include "models/AdHocSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace charla {

CommandWizard::CommandWizard(AdHocSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Command %1 on %2").arg(session->node(), session->jid().full()));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("commandStatus"));
    m_status->setTextFormat(Qt::PlainText); // notes come from the network
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_form = new DataFormWidget(scroll);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_prev = new QPushButton(tr("< &Previous"), this);
    m_next = new QPushButton(tr("&Next >"), this);
    m_complete = new QPushButton(tr("&Complete"), this);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_prev);
    buttons->addWidget(m_next);
    buttons->addWidget(m_complete);
    layout->addLayout(buttons);
    for (QPushButton *b : {m_prev, m_next, m_complete, m_cancel})
        b->setAutoDefault(false);

    connect(m_prev, &QPushButton::clicked, this, [this] { step(int(AdHocCommand::Action::Prev)); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(int(AdHocCommand::Action::Next)); });
    connect(m_complete, &QPushButton::clicked, this,
            [this] { step(int(AdHocCommand::Action::Complete)); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session->isFinished() || m_session->state() == AdHocSession::State::Idle)
            accept();
        else
            m_session->cancel();
    });
    connect(session, &AdHocSession::stateChanged, this, [this] { showStage(); });
    connect(session, &AdHocSession::stageChanged, this, [this] {
        m_form->setForm(m_session->form());
        showStage();
    });
    resize(520, 440);
    showStage();
}

QString CommandWizard::statusText() const
{
    return m_status->text();
}

void CommandWizard::step(int action)
{
    const auto a = AdHocCommand::Action(action);
    // Going back needs no valid answers; going on does (the server has the last word).
    if (a != AdHocCommand::Action::Prev && !m_form->validateAll())
        return;
    m_session->perform(a, m_form->filledForm());
}

void CommandWizard::showStage()
{
    QStringList lines;
    switch (m_session->state()) {
    case AdHocSession::State::Idle:
    case AdHocSession::State::Waiting:
        lines << tr("Waiting for %1…").arg(m_session->jid().full());
        break;
    case AdHocSession::State::Completed:
        lines << tr("The command is complete.");
        break;
    case AdHocSession::State::Canceled:
        lines << tr("The command was canceled.");
        break;
    case AdHocSession::State::Failed:
        lines << m_session->error().text;
        break;
    case AdHocSession::State::Executing:
        break;
    }
    for (const AdHocNote &n : m_session->notes()) {
        const QString kind = n.type == AdHocNote::Type::Error  ? tr("Error")
                             : n.type == AdHocNote::Type::Warn ? tr("Warning")
                                                               : tr("Note");
        //: A note from an ad-hoc command: its kind (Error, Warning, Note), then its text.
        lines << tr("%1: %2").arg(kind, n.text);
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_status->setVisible(!lines.isEmpty());
    m_prev->setEnabled(m_session->canDo(AdHocCommand::Action::Prev));
    m_next->setEnabled(m_session->canDo(AdHocCommand::Action::Next));
    m_complete->setEnabled(m_session->canDo(AdHocCommand::Action::Complete));
    m_form->setEnabled(m_session->state() == AdHocSession::State::Executing);
    const bool over = m_session->isFinished();
    m_cancel->setText(over ? tr("Close") : tr("Cancel"));
    // XEP-0050 4.6: the execute attribute names the default button.
    if (m_session->state() == AdHocSession::State::Executing) {
        const AdHocCommand::Action def = m_session->defaultAction();
        m_next->setDefault(def == AdHocCommand::Action::Next);
        m_complete->setDefault(def == AdHocCommand::Action::Complete);
    }
}

} // namespace charla
