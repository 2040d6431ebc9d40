#pragma once

#include "stanza/Jid.h"
#include "stream/Registration.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace charla {

class Client;
class DataFormWidget;

/// Registering the account with a service (XEP-0077 with a gateway, XEP-0100 6.3, or any
/// entity that offers jabber:iq:register): its form (data form or legacy fields) in the one
/// form renderer; when already registered, the current details and an Unregister button
/// (XEP-0077 3.2) that asks first.
class ServiceRegisterDialog : public QDialog
{
    Q_OBJECT
public:
    ServiceRegisterDialog(Client *client, const Jid &service, QWidget *parent = nullptr);

    DataFormWidget *formWidget() const { return m_form; }
    QPushButton *registerButton() const { return m_submit; }
    QPushButton *unregisterButton() const { return m_remove; }
    QString statusText() const;
    /// Whether the service said we are registered already.
    bool isRegistered() const { return m_current.registered; }
    /// Sends the form as filled in (after checking it).
    void submit();
    /// Unregisters without asking (the button asks first).
    void unregisterNow();
    /// Whether the button asks before unregistering (default true; tests turn it off).
    void setConfirmUnregister(bool on) { m_confirm = on; }

Q_SIGNALS:
    /// The form arrived (or failed: statusText() says why).
    void formLoaded();
    void registered(const QString &service);
    void unregistered(const QString &service);
    void failed(const QString &sentence);

private:
    void load();
    void setBusy(bool busy, const QString &status);

    QPointer<Client> m_client;
    Jid m_service;
    RegistrationForm m_current;
    bool m_legacy = false;
    bool m_confirm = true;
    DataFormWidget *m_form = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace charla
