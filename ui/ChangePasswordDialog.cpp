#include "ChangePasswordDialog.h"

#include "account/Account.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

ChangePasswordDialog::ChangePasswordDialog(Account *account, QWidget *parent)
    : QDialog(parent), m_account(account)
{
    setObjectName(QStringLiteral("ChangePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The new password for %1 is set on the server and saved in your keychain.")
            .arg(account->jid().full()),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_new->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New password:"), m_new);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("&Change password"), QDialogButtonBox::AcceptRole);
    m_change->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    resize(420, sizeHint().height());
}

QString ChangePasswordDialog::messageText() const
{
    return m_message->text();
}

void ChangePasswordDialog::say(const QString &text, bool problem)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, problem ? QColor(0xb0, 0x1c, 0x1c)
                                                   : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
}

void ChangePasswordDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (!m_account)
        return;
    if (m_new->text().isEmpty()) {
        say(tr("Enter the new password."), true);
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        say(tr("The two passwords are not the same."), true);
        return;
    }
    if (m_account->state() != Account::State::Online) {
        say(tr("%1 must be online to change its password.").arg(m_account->jid().full()), true);
        return;
    }
    m_change->setEnabled(false);
    say(tr("Changing the password…"), false);
    m_account->changePassword(m_new->text(), this, [this](bool ok, const QString &sentence) {
        m_change->setEnabled(true);
        say(sentence, !ok);
        if (ok) {
            m_done = true;
            m_new->clear();
            m_repeat->clear();
            m_new->setEnabled(false);
            m_repeat->setEnabled(false);
            m_change->setText(tr("Close"));
            m_cancel->hide(); // nothing left to cancel
        }
    });
}

} // namespace charla
