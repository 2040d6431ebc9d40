#include "AccountSettingsDialog.h"

#include "BlockedContactsDialog.h"
#include "ChangePasswordDialog.h"
#include "ConnectionSettingsWidget.h"
#include "account/Account.h"
#include "account/AccountManager.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace charla {

AccountSettingsDialog::AccountSettingsDialog(AccountManager *manager, Account *account,
                                             QWidget *parent)
    : QDialog(parent), m_manager(manager), m_account(account)
{
    setObjectName(QStringLiteral("AccountSettingsDialog"));
    setWindowTitle(tr("Account settings: %1").arg(account->jid().full()));
    const AccountConfig config = account->config();
    auto *layout = new QVBoxLayout(this);

    m_enabled = new QCheckBox(tr("&Use this account (connect when Charla starts)"), this);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setChecked(config.enabled);
    layout->addWidget(m_enabled);
    m_state = new QLabel(account->stateText(), this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionLayout = new QVBoxLayout(connection);
    m_connection = new ConnectionSettingsWidget(connection);
    m_connection->setConfig(config);
    connectionLayout->addWidget(m_connection);
    m_resource = new QLineEdit(config.resource, connection);
    m_resource->setObjectName(QStringLiteral("resource"));
    m_resource->setPlaceholderText(tr("Chosen by the server"));
    m_connection->addRow(tr("R&esource:"), m_resource);
    m_priority = new QSpinBox(connection);
    m_priority->setObjectName(QStringLiteral("priority"));
    // RFC 6121 4.7.2.3: -128..127; a negative priority receives no messages sent to the
    // bare address.
    m_priority->setRange(-128, 127);
    m_priority->setValue(config.priority);
    auto *priorityRow = new QWidget(connection);
    auto *priorityLayout = new QHBoxLayout(priorityRow);
    priorityLayout->setContentsMargins(0, 0, 0, 0);
    priorityLayout->addWidget(m_priority);
    priorityLayout->addStretch(1);
    m_connection->addRow(tr("Pr&iority:"), priorityRow);
    layout->addWidget(connection);

    auto *actions = new QHBoxLayout;
    m_blocked = new QPushButton(tr("&Blocked contacts…"), this);
    m_blocked->setObjectName(QStringLiteral("blocked"));
    m_password = new QPushButton(tr("Change &password…"), this);
    m_password->setObjectName(QStringLiteral("changePassword"));
    m_remove = new QPushButton(tr("Re&move account…"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    actions->addWidget(m_blocked);
    actions->addWidget(m_password);
    actions->addStretch(1);
    actions->addWidget(m_remove);
    layout->addLayout(actions);
    m_offlineNote = new QLabel(tr("Blocked contacts and the password can be changed while the "
                                  "account is online."),
                               this);
    m_offlineNote->setObjectName(QStringLiteral("offlineNote"));
    m_offlineNote->setTextFormat(Qt::PlainText);
    m_offlineNote->setWordWrap(true);
    m_offlineNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_offlineNote);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    QPalette red = m_message->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(red);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountSettingsDialog::reject);
    connect(m_blocked, &QPushButton::clicked, this, &AccountSettingsDialog::showBlocked);
    connect(m_password, &QPushButton::clicked, this, &AccountSettingsDialog::changePassword);
    connect(m_remove, &QPushButton::clicked, this, &AccountSettingsDialog::removeAccount);
    connect(account, &Account::stateChanged, this, [this] {
        if (m_account)
            m_state->setText(m_account->stateText());
        updateButtons();
    });
    connect(account, &QObject::destroyed, this, &QDialog::reject);
    updateButtons();
}

void AccountSettingsDialog::updateButtons()
{
    // The blocklist and the password live on the server: they need the account online.
    const bool online = m_account && m_account->state() == Account::State::Online;
    m_blocked->setEnabled(online);
    m_password->setEnabled(online);
    m_offlineNote->setVisible(!online);
}

QString AccountSettingsDialog::messageText() const
{
    return m_message->text();
}

void AccountSettingsDialog::accept()
{
    if (!m_account) {
        QDialog::reject();
        return;
    }
    if (const QString problem = m_connection->problem(); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    if (m_resource->text().trimmed().contains(QLatin1Char('/'))) {
        m_message->setText(tr("The resource cannot contain “/”."));
        return;
    }
    AccountConfig config = m_connection->apply(m_account->config());
    config.resource = m_resource->text().trimmed();
    config.priority = m_priority->value();
    config.enabled = m_enabled->isChecked();
    m_account->setConfig(config);
    QDialog::accept();
}

void AccountSettingsDialog::showBlocked()
{
    if (!m_account)
        return;
    auto *dialog = new BlockedContactsDialog(m_account->blocking(), m_account->jid().full(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void AccountSettingsDialog::changePassword()
{
    if (!m_account)
        return;
    auto *dialog = new ChangePasswordDialog(m_account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

bool AccountSettingsDialog::askToRemove(QWidget *parent, const QString &jid, bool *deleteHistory)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Remove account"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Remove %1 from Charla?").arg(jid));
    box.setInformativeText(tr("Its settings and the password in your keychain are deleted. The "
                              "account itself stays on its server: you can add it again later."));
    // Years of messages are not deleted by a side effect: only when the person asks.
    auto *history = new QCheckBox(tr("Also delete the message history kept on this computer"));
    history->setObjectName(QStringLiteral("deleteHistory"));
    box.setCheckBox(history);
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (deleteHistory)
        *deleteHistory = history->isChecked();
    return box.clickedButton() == remove;
}

void AccountSettingsDialog::removeAccount()
{
    bool deleteHistory = false;
    if (!m_account || !m_manager || !askToRemove(this, m_account->jid().full(), &deleteHistory))
        return;
    Account *account = m_account;
    m_manager->removeAccount(account, deleteHistory ? AccountManager::LocalData::Delete
                                                    : AccountManager::LocalData::Keep);
    QDialog::reject();
}

} // namespace charla
