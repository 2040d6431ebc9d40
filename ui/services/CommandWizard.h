#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace charla {

class AdHocSession;
class DataFormWidget;

/// Runs one XEP-0050 command as a wizard: the stage's form in the one DataFormWidget, the
/// notes as plain text, Previous/Next/Complete enabled by the stage's <actions/>, Cancel always
/// while it runs. Drives an AdHocSession it does not own.
class CommandWizard : public QDialog
{
    Q_OBJECT
public:
    explicit CommandWizard(AdHocSession *session, QWidget *parent = nullptr);

    DataFormWidget *formWidget() const { return m_form; }
    QPushButton *prevButton() const { return m_prev; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// The notes and status shown above the form.
    QString statusText() const;

private:
    void showStage();
    void step(int action);

    AdHocSession *m_session = nullptr;
    QLabel *m_status = nullptr;
    DataFormWidget *m_form = nullptr;
    QPushButton *m_prev = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace charla
