#include "BlockedContactsDialog.h"

#include "features/BlockingFeature.h"
#include "stanza/Jid.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

BlockedContactsDialog::BlockedContactsDialog(BlockingFeature *blocking, const QString &account,
                                             QWidget *parent)
    : QDialog(parent), m_blocking(blocking)
{
    setObjectName(QStringLiteral("blockedContactsDialog"));
    setWindowTitle(tr("Blocked Contacts"));

    auto *intro = new QLabel(
        tr("Your server drops messages, status and requests from these addresses (%1).")
            .arg(account),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("blockedList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Blocked addresses"));
    m_unblock = new QPushButton(tr("&Unblock"), this);
    m_unblock->setObjectName(QStringLiteral("unblockButton"));
    connect(m_unblock, &QPushButton::clicked, this, &BlockedContactsDialog::unblockSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_unblock->setEnabled(!m_list->selectedItems().isEmpty()); });

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("blockAddress"));
    m_address->setPlaceholderText(tr("name@example.org or example.org"));
    m_address->setAccessibleName(tr("Address to block"));
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("blockAddButton"));
    connect(m_address, &QLineEdit::textChanged, this, &BlockedContactsDialog::validate);
    connect(m_address, &QLineEdit::returnPressed, this, &BlockedContactsDialog::addAddress);
    connect(m_add, &QPushButton::clicked, this, &BlockedContactsDialog::addAddress);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_address, 1);
    addRow->addWidget(m_add);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("blockMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_unblock);
    side->addStretch(1);
    listRow->addLayout(side);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(420, 360);

    if (m_blocking)
        connect(m_blocking, &BlockingFeature::blocklistChanged, this,
                &BlockedContactsDialog::refresh);
    refresh();
    validate();
}

void BlockedContactsDialog::refresh()
{
    m_list->clear();
    if (!m_blocking)
        return;
    const QList<Jid> blocked = m_blocking->blocklist();
    for (const Jid &jid : blocked) {
        auto *item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/status/blocked.svg")), jid.full(), m_list);
        item->setData(Qt::UserRole, jid.full());
    }
    if (blocked.isEmpty())
        m_message->setText(m_blocking->isLoaded() ? tr("Nobody is blocked.")
                                                  : tr("The blocklist has not been read yet."));
    m_unblock->setEnabled(false);
}

void BlockedContactsDialog::validate()
{
    const QString text = m_address->text().trimmed();
    QString error;
    const Jid jid = text.isEmpty() ? Jid() : Jid::parse(text, &error);
    m_add->setEnabled(jid.isValid() && m_blocking && m_blocking->isSupported());
    if (!text.isEmpty() && !jid.isValid())
        m_message->setText(tr("This is not an address: %1").arg(error));
    else if (!text.isEmpty())
        m_message->clear();
}

void BlockedContactsDialog::addAddress()
{
    const Jid jid = Jid::parse(m_address->text().trimmed());
    if (!jid.isValid() || !m_blocking)
        return;
    const QString address = jid.full();
    m_blocking->block({jid}, this, [this, address](const Error &e) {
        if (e.isError())
            showError(tr("%1 could not be blocked: %2").arg(address, e.text));
    });
    m_address->clear();
}

void BlockedContactsDialog::unblockSelected()
{
    QList<Jid> jids;
    const auto selected = m_list->selectedItems();
    for (QListWidgetItem *item : selected)
        jids << Jid::parse(item->data(Qt::UserRole).toString());
    if (jids.isEmpty() || !m_blocking)
        return;
    m_blocking->unblock(jids, this, [this](const Error &e) {
        if (e.isError())
            showError(tr("Could not unblock: %1").arg(e.text));
    });
}

void BlockedContactsDialog::showError(const QString &text)
{
    m_message->setText(text);
}

QString BlockedContactsDialog::messageText() const
{
    return m_message->text();
}

} // namespace charla
