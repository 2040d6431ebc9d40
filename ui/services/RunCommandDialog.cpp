#include "services/RunCommandDialog.h"

#include "features/AdHocCommands.h"
#include "models/AdHocSession.h"
#include "services/CommandWizard.h"
#include "stream/Client.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

namespace {
constexpr int kNodeRole = Qt::UserRole + 1;
constexpr int kJidRole = Qt::UserRole + 2;
} // namespace

RunCommandDialog::RunCommandDialog(Client *client, const QString &jid, QWidget *parent)
    : QDialog(parent), m_client(client)
{
    setWindowTitle(tr("Run command"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Address:"), this);
    m_jid = new QLineEdit(jid, this);
    m_jid->setObjectName(QStringLiteral("commandJid"));
    label->setBuddy(m_jid);
    auto *list = new QPushButton(tr("&List commands"), this);
    list->setObjectName(QStringLiteral("listCommands"));
    row->addWidget(label);
    row->addWidget(m_jid, 1);
    row->addWidget(list);
    layout->addLayout(row);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("commandList"));
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setEnabled(false);
    layout->addWidget(buttons);

    connect(list, &QPushButton::clicked, this, &RunCommandDialog::listCommands);
    connect(m_jid, &QLineEdit::returnPressed, this, &RunCommandDialog::listCommands);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int r) { m_run->setEnabled(r >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { runSelected(); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { runSelected(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 380);
    if (!jid.isEmpty())
        listCommands();
}

QString RunCommandDialog::statusText() const
{
    return m_status->text();
}

void RunCommandDialog::listCommands()
{
    m_list->clear();
    m_run->setEnabled(false);
    QString why;
    const Jid jid = Jid::parse(m_jid->text().trimmed(), &why);
    if (!jid.isValid()) {
        m_status->setText(tr("This is not an address: %1").arg(why));
        return;
    }
    auto *commands = m_client ? m_client->feature<AdHocCommands>() : nullptr;
    if (!commands || !m_client->isConnected()) {
        m_status->setText(tr("The account is not connected."));
        return;
    }
    delete m_request; // a listing still on its way is for an address no longer asked
    m_request = new QObject(this);
    m_status->setText(tr("Asking %1 for its commands…").arg(jid.full()));
    commands->listCommands(jid, m_request, [this, jid](const QList<DiscoItem> &items,
                                                       const Error &error) {
        if (error.isError()) {
            m_status->setText(error.text);
            return;
        }
        for (const DiscoItem &i : items) {
            auto *item = new QListWidgetItem(i.name.isEmpty() ? i.node : i.name, m_list);
            item->setData(kNodeRole, i.node);
            item->setData(kJidRole, i.jid.isEmpty() ? jid.full() : i.jid);
            item->setToolTip(i.node);
        }
        m_status->setText(items.isEmpty()
                              ? tr("%1 offers no commands to this account.").arg(jid.full())
                              : tr("%n command(s) offered by %1.", nullptr, int(items.size()))
                                    .arg(jid.full()));
        if (!items.isEmpty())
            m_list->setCurrentRow(0);
    });
}

CommandWizard *RunCommandDialog::runSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_client)
        return nullptr;
    // XEP-0050 2.2: each item's jid is where the command is executed, its node which one.
    auto *session = new AdHocSession(m_client, Jid::parse(item->data(kJidRole).toString()),
                                     item->data(kNodeRole).toString());
    auto *wizard = new CommandWizard(session, parentWidget() ? parentWidget() : this);
    session->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    session->start();
    return wizard;
}

} // namespace charla
