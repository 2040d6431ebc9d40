#include "services/DeleteAccountDialog.h"

#include "features/RegistrationFeature.h"
#include "forms/DataFormWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

DeleteAccountDialog::DeleteAccountDialog(RegistrationFeature *registration, const QString &jid,
                                         QWidget *parent)
    : QDialog(parent), m_registration(registration), m_jid(jid)
{
    setWindowTitle(tr("Delete account from server"));
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(tr("This deletes %1 on its server: its contacts, its messages "
                                  "kept there and the address itself. It cannot be undone.")
                                   .arg(jid),
                               this);
    warning->setTextFormat(Qt::PlainText);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *ask = new QLabel(tr("Type the address to confirm:"), this);
    layout->addWidget(ask);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmJid"));
    m_confirm->setPlaceholderText(jid);
    ask->setBuddy(m_confirm);
    layout->addWidget(m_confirm);
    m_form = new DataFormWidget(this);
    m_form->hide();
    layout->addWidget(m_form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deleteStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete account"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteAccount"));
    m_delete->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_confirm, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_delete->setEnabled(text.trimmed() == m_jid);
    });
    connect(m_delete, &QPushButton::clicked, this, &DeleteAccountDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString DeleteAccountDialog::statusText() const
{
    return m_status->text();
}

void DeleteAccountDialog::send()
{
    if (!m_registration || m_confirm->text().trimmed() != m_jid)
        return;
    if (m_formAsked && !m_form->validateAll())
        return;
    m_delete->setEnabled(false);
    m_status->setText(tr("Deleting…"));
    const auto done = [this](const RegistrationFeature::Result &r) {
        if (r.ok()) {
            m_status->setText(tr("The account was deleted from its server."));
            Q_EMIT deleted();
            accept();
            return;
        }
        m_delete->setEnabled(true);
        m_status->setText(r.error.text);
        if (r.form) {
            // XEP-0077 3.2: the server wants a form filled in first.
            m_formAsked = true;
            m_form->setForm(*r.form);
            m_form->show();
        }
    };
    if (m_formAsked)
        m_registration->removeAccount(m_form->filledForm(), this, done);
    else
        m_registration->removeAccount(this, done);
}

} // namespace charla
