#include "services/GatewaysDialog.h"

#include "features/GatewayFeature.h"
#include "features/NamespaceNames.h"
#include "services/ServiceRegisterDialog.h"
#include "stream/Client.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace charla {

GatewaysDialog::GatewaysDialog(Client *client, GatewayFeature *gateways, QWidget *parent)
    : QDialog(parent), m_client(client), m_gateways(gateways)
{
    setWindowTitle(tr("Gateways"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Gateways connect this account to other networks: register with "
                                "one and its contacts appear in their own group."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("gatewayList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Gateway"), tr("Network"), tr("Address"), tr("Registered")});
    m_list->setColumnWidth(0, 170);
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_register = buttons->addButton(tr("&Register…"), QDialogButtonBox::ActionRole);
    m_unregister = buttons->addButton(tr("&Unregister…"), QDialogButtonBox::ActionRole);
    auto *refreshButton = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_register, &QPushButton::clicked, this, [this] { registerSelected(); });
    connect(m_unregister, &QPushButton::clicked, this, [this] { unregisterSelected(true); });
    connect(refreshButton, &QPushButton::clicked, this, &GatewaysDialog::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &GatewaysDialog::updateButtons);
    if (m_gateways)
        connect(m_gateways, &GatewayFeature::gatewaysChanged, this, &GatewaysDialog::fill);
    resize(560, 360);
    refresh();
}

QString GatewaysDialog::statusText() const
{
    return m_status->text();
}

void GatewaysDialog::refresh()
{
    if (!m_gateways) {
        m_status->setText(tr("The account is not connected."));
        return;
    }
    m_status->setText(tr("Asking the server for its gateways…"));
    m_gateways->findGateways(this, [this](const QList<GatewayFeature::Gateway> &, const Error &e) {
        fill();
        if (e.isError())
            m_status->setText(e.text);
        Q_EMIT listed();
    });
}

void GatewaysDialog::fill()
{
    const QString current = selected();
    m_list->clear();
    if (!m_gateways)
        return;
    for (const GatewayFeature::Gateway &g : m_gateways->knownGateways()) {
        const QString network = identityName(QStringLiteral("gateway"), g.type);
        auto *item = new QTreeWidgetItem(
            m_list, {g.name.isEmpty() ? g.jid : g.name, network.isEmpty() ? g.type : network,
                     g.jid, g.registered ? tr("yes") : tr("no")});
        item->setData(0, Qt::UserRole, g.jid);
        if (g.jid == current)
            m_list->setCurrentItem(item);
    }
    m_status->setText(m_list->topLevelItemCount() == 0
                          ? tr("This server offers no gateways.")
                          : QString());
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString GatewaysDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void GatewaysDialog::updateButtons()
{
    const auto g = m_gateways ? m_gateways->gateway(selected()) : std::nullopt;
    m_register->setEnabled(g.has_value());
    m_unregister->setEnabled(g && g->registered);
}

ServiceRegisterDialog *GatewaysDialog::registerSelected()
{
    const auto g = m_gateways ? m_gateways->gateway(selected()) : std::nullopt;
    if (!g || !m_client)
        return nullptr;
    auto *dialog = new ServiceRegisterDialog(m_client, Jid::parse(g->jid), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<GatewayFeature> gateways = m_gateways;
    const GatewayFeature::Gateway gateway = *g;
    // Direct: the gateway's subscription requests follow its answer and must find it known.
    connect(dialog, &ServiceRegisterDialog::registered, this, [gateways, gateway] {
        if (gateways)
            gateways->registered(gateway);
    });
    dialog->show();
    return dialog;
}

void GatewaysDialog::unregisterSelected(bool confirm)
{
    const auto g = m_gateways ? m_gateways->gateway(selected()) : std::nullopt;
    if (!g)
        return;
    if (confirm &&
        QMessageBox::question(this, tr("Unregister"),
                              tr("Unregister from %1? Its contacts are removed from your "
                                 "contact list.")
                                  .arg(g->jid)) != QMessageBox::Yes)
        return;
    m_status->setText(tr("Unregistering from %1…").arg(g->jid));
    const QString jid = g->jid;
    m_gateways->unregister(Jid::parse(jid), this, [this, jid](const Error &e) {
        m_status->setText(e.isError() ? e.text : tr("No longer registered with %1.").arg(jid));
        fill();
    });
}

} // namespace charla
