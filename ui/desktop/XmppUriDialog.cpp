#include "desktop/XmppUriDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

XmppUriDialog::XmppUriDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("xmppUriDialog"));
    setWindowTitle(tr("xmpp: Link"));
    auto *layout = new QVBoxLayout(this);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("uriHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);

    m_form = new QFormLayout;
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("uriAccount"));
    m_account->setAccessibleName(tr("Account"));
    m_onlyAccount = new QLabel(this);
    m_onlyAccount->setTextFormat(Qt::PlainText);
    m_form->addRow(tr("&Account:"), m_account);
    m_form->addRow(tr("Account:"), m_onlyAccount);
    layout->addLayout(m_form);
    connect(m_account, &QComboBox::currentIndexChanged, this, &XmppUriDialog::refresh);

    // Text from a link: always plain, so a crafted link cannot style or hide anything.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("uriSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setMinimumWidth(380);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void XmppUriDialog::setQuestion(const QString &headline, const QString &acceptText)
{
    m_headline->setText(headline);
    acceptButton()->setText(acceptText);
    setAccessibleName(headline);
}

void XmppUriDialog::setAccounts(const QStringList &accounts, const QString &current)
{
    m_account->clear();
    m_account->addItems(accounts);
    const int at = accounts.indexOf(current);
    m_account->setCurrentIndex(at < 0 ? 0 : at);
    m_onlyAccount->setText(accounts.value(0));
    const bool choice = accounts.size() > 1;
    m_form->setRowVisible(m_account, choice);
    m_form->setRowVisible(m_onlyAccount, !choice);
    refresh();
}

QString XmppUriDialog::account() const
{
    return m_account->currentText();
}

void XmppUriDialog::addField(const QString &label, QWidget *field)
{
    field->setParent(this);
    m_form->addRow(label, field);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textChanged, this, &XmppUriDialog::refresh);
    else if (auto *box = qobject_cast<QCheckBox *>(field))
        connect(box, &QCheckBox::toggled, this, &XmppUriDialog::refresh);
    refresh();
}

void XmppUriDialog::setSummary(std::function<QString()> summary)
{
    m_summaryFn = std::move(summary);
    refresh();
}

QString XmppUriDialog::summaryText() const
{
    return m_summary->text();
}

QPushButton *XmppUriDialog::acceptButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void XmppUriDialog::refresh()
{
    m_summary->setText(m_summaryFn ? m_summaryFn() : QString());
}

} // namespace charla
