#pragma once

#include "features/DiscoClient.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace charla {

class Client;
class CommandWizard;

/// "Run command…": lists the XEP-0050 commands an entity offers (the own server unless told
/// otherwise) and runs the chosen one in a CommandWizard. The client must have AdHocCommands.
class RunCommandDialog : public QDialog
{
    Q_OBJECT
public:
    RunCommandDialog(Client *client, const QString &jid, QWidget *parent = nullptr);

    QLineEdit *jidEdit() const { return m_jid; }
    QListWidget *commandList() const { return m_list; }
    QPushButton *runButton() const { return m_run; }
    /// The sentence under the list (loading, errors, "no commands").
    QString statusText() const;
    /// Asks the entity in the address field for its commands.
    void listCommands();
    /// Runs the selected command; the wizard it opened (null when none is selected).
    CommandWizard *runSelected();

private:
    QPointer<Client> m_client;
    QLineEdit *m_jid = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_status = nullptr;
    QObject *m_request = nullptr; ///< context of the listing on its way (replaced by a new one)
};

} // namespace charla
