#include "AddContactDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

AddContactDialog::AddContactDialog(const QStringList &accounts, const QStringList &groups,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("addContactDialog"));
    setWindowTitle(tr("Add Contact"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_account = new QComboBox(this);
    m_account->addItems(accounts);
    m_account->setAccessibleName(tr("Account"));
    if (accounts.size() > 1)
        form->addRow(tr("&Account:"), m_account);
    else
        m_account->hide();

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("name@example.org"));
    m_address->setAccessibleName(tr("Address"));
    form->addRow(tr("A&ddress:"), m_address);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("addressError"));
    m_error->setTextFormat(Qt::PlainText); // quotes what was typed
    m_error->setWordWrap(true);
    // Red that stays readable: darker on a light window, lighter on a dark one.
    QPalette errorPalette = m_error->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    errorPalette.setColor(QPalette::WindowText,
                          dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();
    form->addRow(QString(), m_error);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    //: Placeholder of an input field that may stay empty.
    m_name->setPlaceholderText(tr("Optional"));
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->addItem(QString());
    m_group->addItems(groups);
    m_group->setAccessibleName(tr("Group"));
    m_group->lineEdit()->setPlaceholderText(tr("Optional"));
    form->addRow(tr("&Group:"), m_group);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &AddContactDialog::validate);
    connect(m_account, &QComboBox::currentTextChanged, this, &AddContactDialog::validate);
    validate();
}

void AddContactDialog::validate()
{
    QString text = m_address->text().trimmed();
    // People paste links: xmpp:dave@example.org?roster (RFC 5122).
    if (text.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive))
        text = text.mid(5).section(QLatin1Char('?'), 0, 0);
    QString error;
    m_jid = Jid();
    if (!text.isEmpty()) {
        const Jid parsed = Jid::parse(text, &error);
        if (parsed.isValid() && parsed.isFull())
            error =
                tr("Contacts are added without the part after “/”: %1").arg(parsed.bare().full());
        else if (parsed.isValid() && parsed == Jid::parse(account()).bare())
            error = tr("This is your own address.");
        else if (parsed.isValid())
            m_jid = parsed;
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_jid.isValid());
}

QString AddContactDialog::account() const
{
    return m_account->currentText();
}

QString AddContactDialog::name() const
{
    return m_name->text().trimmed();
}

QString AddContactDialog::group() const
{
    return m_group->currentText().trimmed();
}

QString AddContactDialog::errorText() const
{
    return m_error->text();
}

} // namespace charla
