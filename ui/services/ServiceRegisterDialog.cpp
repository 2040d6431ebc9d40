#include "services/ServiceRegisterDialog.h"

#include "features/ServiceRegistration.h"
#include "forms/DataFormWidget.h"
#include "stream/Client.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace charla {

ServiceRegisterDialog::ServiceRegisterDialog(Client *client, const Jid &service, QWidget *parent)
    : QDialog(parent), m_client(client), m_service(service)
{
    setWindowTitle(tr("Register with %1").arg(service.full()));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("registerStatus"));
    m_status->setTextFormat(Qt::PlainText); // instructions and errors come from the network
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_form = new DataFormWidget(scroll);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Unregister…"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(QStringLiteral("unregister"));
    m_submit = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("register"));
    layout->addWidget(buttons);
    connect(m_submit, &QPushButton::clicked, this, &ServiceRegisterDialog::submit);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_confirm &&
            QMessageBox::question(
                this, tr("Unregister"),
                tr("Unregister from %1? A gateway then also removes its contacts from your "
                   "contact list.")
                    .arg(m_service.full())) != QMessageBox::Yes)
            return;
        unregisterNow();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 420);
    load();
}

QString ServiceRegisterDialog::statusText() const
{
    return m_status->text();
}

void ServiceRegisterDialog::setBusy(bool busy, const QString &status)
{
    m_status->setText(status);
    m_submit->setEnabled(!busy && !m_form->form().fields.isEmpty());
    m_remove->setEnabled(!busy && m_current.registered);
}

void ServiceRegisterDialog::load()
{
    m_submit->setEnabled(false);
    m_remove->setEnabled(false);
    if (!m_client || !m_client->isConnected()) {
        m_status->setText(tr("The account is not connected."));
        Q_EMIT formLoaded();
        return;
    }
    setBusy(true, tr("Asking %1 for its registration form…").arg(m_service.full()));
    ServiceRegistration::requestForm(
        *m_client, m_service, this, [this](const RegistrationForm &form, const Error &error) {
            if (error.isError()) {
                setBusy(false, error.text);
                m_submit->setEnabled(false);
                Q_EMIT formLoaded();
                return;
            }
            m_current = form;
            m_legacy = !form.form;
            m_form->setForm(form.form ? *form.form : ServiceRegistration::legacyAsForm(form),
                            form.data);
            QString status = form.registered
                                 ? tr("This account is registered with %1; you can change the "
                                      "details or unregister.")
                                       .arg(m_service.full())
                                 : QString();
            if (form.isRedirectOnly() && !form.redirectUrl.isEmpty())
                status = tr("%1 registers on its web page: %2").arg(m_service.full(),
                                                                     form.redirectUrl);
            if (!form.form && !form.instructions.isEmpty())
                status = status.isEmpty() ? form.instructions
                                          : status + QLatin1Char('\n') + form.instructions;
            setBusy(false, status);
            Q_EMIT formLoaded();
        });
}

void ServiceRegisterDialog::submit()
{
    if (!m_client || !m_form->validateAll())
        return;
    setBusy(true, tr("Registering…"));
    const auto done = [this](const Error &error) {
        if (error.isError()) {
            setBusy(false, error.text);
            Q_EMIT failed(error.text);
            return;
        }
        m_current.registered = true;
        setBusy(false, tr("Registered with %1.").arg(m_service.full()));
        Q_EMIT registered(m_service.full());
    };
    if (m_legacy)
        ServiceRegistration::submit(
            *m_client, m_service,
            ServiceRegistration::legacyFromForm(m_current, m_form->filledForm()), this, done);
    else
        ServiceRegistration::submit(*m_client, m_service, m_form->filledForm(), this, done);
}

void ServiceRegisterDialog::unregisterNow()
{
    if (!m_client)
        return;
    setBusy(true, tr("Unregistering…"));
    ServiceRegistration::unregister(*m_client, m_service, this, [this](const Error &error) {
        if (error.isError()) {
            setBusy(false, error.text);
            Q_EMIT failed(error.text);
            return;
        }
        m_current.registered = false;
        setBusy(false, tr("No longer registered with %1.").arg(m_service.full()));
        Q_EMIT unregistered(m_service.full());
    });
}

} // namespace charla
