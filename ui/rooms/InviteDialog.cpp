#include "InviteDialog.h"

#include "ErrorText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace charla {

InviteDialog::InviteDialog(const Jid &room, QWidget *parent)
    : QDialog(parent), m_jid(new QLineEdit(this)), m_reason(new QLineEdit(this)),
      m_direct(new QRadioButton(tr("&Directly to them (recommended)"), this)),
      m_mediated(new QRadioButton(tr("&Through the room (also makes them a member)"), this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Invite to %1").arg(room.full()));
    m_jid->setObjectName(QStringLiteral("inviteJid"));
    m_jid->setPlaceholderText(tr("name@example.org"));
    m_reason->setPlaceholderText(tr("Optional message"));
    m_direct->setChecked(true);
    m_error->setTextFormat(Qt::PlainText);
    showAsError(m_error);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_jid);
    form->addRow(tr("&Message:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_direct);
    layout->addWidget(m_mediated);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Invite"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InviteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Jid InviteDialog::invitee() const
{
    return Jid::parse(m_jid->text().trimmed()).bare();
}

QString InviteDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool InviteDialog::direct() const
{
    return m_direct->isChecked();
}

void InviteDialog::accept()
{
    const Jid jid = invitee();
    if (!jid.isValid() || !jid.hasLocalpart()) {
        m_error->setText(tr("Type the address of the person to invite, like name@example.org."));
        m_error->show();
        m_jid->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace charla
