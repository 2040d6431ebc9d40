#include "PasswordDialog.h"

#include "account/Account.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

PasswordDialog::PasswordDialog(Account *account, const QString &reason, QWidget *parent)
    : QDialog(parent), m_account(account)
{
    setObjectName(QStringLiteral("PasswordDialog"));
    setWindowTitle(tr("Password for %1").arg(account->jid().full()));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    // The reason may quote a keychain's error message: plain text only.
    m_reason = new QLabel(reason, this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);

    auto *prompt = new QLabel(tr("Enter the password for %1:").arg(account->jid().full()), this);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    prompt->setBuddy(m_password);
    layout->addWidget(m_password);

    auto *notSaved = new QLabel(tr("Charla will use this password until you quit and will not "
                                   "save it."),
                                this);
    notSaved->setObjectName(QStringLiteral("notSaved"));
    notSaved->setTextFormat(Qt::PlainText);
    notSaved->setWordWrap(true);
    layout->addWidget(notSaved);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Connect"));
    m_ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_password->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 55);
}

QString PasswordDialog::reasonText() const
{
    return m_reason->text();
}

void PasswordDialog::accept()
{
    const QString password = m_password->text();
    if (password.isEmpty())
        return;
    // The field is emptied at once so the password does not stay in a widget.
    m_password->clear();
    if (m_account)
        m_account->connectWithPassword(password);
    QDialog::accept();
}

} // namespace charla
