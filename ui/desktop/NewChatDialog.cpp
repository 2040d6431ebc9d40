#include "desktop/NewChatDialog.h"

#include "stanza/Jid.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace charla {

namespace {
// Between an address and a name in a completion; an address cannot hold it.
const QString kSeparator = QStringLiteral(" \u2014 ");
} // namespace

NewChatDialog::NewChatDialog(const QStringList &accounts, const Contacts &contacts, QWidget *parent)
    : QDialog(parent), m_contacts(contacts)
{
    setObjectName(QStringLiteral("newChatDialog"));
    setWindowTitle(tr("New Chat"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("newChatAccount"));
    m_account->setAccessibleName(tr("Account"));
    m_account->addItems(accounts);
    form->addRow(tr("&Account:"), m_account);
    form->setRowVisible(m_account, accounts.size() > 1);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("newChatAddress"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setAccessibleDescription(
        tr("The address to write to; your contacts are completed by address or name."));
    m_address->setPlaceholderText(tr("name@example.org"));
    m_address->setMinimumWidth(320);
    form->addRow(tr("&Address:"), m_address);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open Chat"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_account, &QComboBox::currentIndexChanged, this, &NewChatDialog::updateCompleter);
    connect(m_address, &QLineEdit::textChanged, this, &NewChatDialog::validate);
    setTabOrder(m_account, m_address);
    setTabOrder(m_address, m_buttons);
    updateCompleter();
    validate();
    m_address->setFocus();
}

QString NewChatDialog::account() const
{
    return m_account->currentText();
}

QString NewChatDialog::jid() const
{
    QString text = m_address->text().trimmed();
    const int cut = text.indexOf(kSeparator);
    if (cut >= 0)
        text.truncate(cut);
    const Jid jid = Jid::parse(text.trimmed());
    return jid.isValid() ? jid.bare().toString() : QString();
}

QStringList NewChatDialog::completions() const
{
    return m_completions;
}

void NewChatDialog::updateCompleter()
{
    m_completions.clear();
    const QHash<QString, QString> contacts = m_contacts.value(account());
    for (auto it = contacts.cbegin(); it != contacts.cend(); ++it)
        m_completions << (it.value().trimmed().isEmpty() ? it.key()
                                                         : it.key() + kSeparator + it.value());
    m_completions.sort(Qt::CaseInsensitive);
    auto *completer = new QCompleter(m_completions, m_address);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains); // "ali" finds "Alice" and "alice@…"
    QCompleter *old = m_address->completer();
    m_address->setCompleter(completer);
    delete old;
}

void NewChatDialog::validate()
{
    const bool ok = !jid().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_problem->setText(ok || m_address->text().trimmed().isEmpty()
                           ? QString()
                           : tr("This is not a valid address."));
}

} // namespace charla
