#include "services/PubSubWindow.h"

#include "features/PubSubFeature.h"
#include "models/PubSubFeedModel.h"
#include "stream/Client.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace charla {

namespace {
constexpr int kNodeRole = Qt::UserRole + 1;
constexpr int kLoadedRole = Qt::UserRole + 2;
} // namespace

PubSubWindow::PubSubWindow(Client *client, PubSubFeedModel *feed, QWidget *parent)
    : QWidget(parent, Qt::Window), m_client(client)
{
    setObjectName(QStringLiteral("pubsubWindow"));
    setWindowTitle(tr("Publish-subscribe"));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);

    auto *own = new QGroupBox(tr("Your PEP nodes"), split);
    auto *ownLayout = new QVBoxLayout(own);
    m_nodes = new QTreeWidget(own);
    m_nodes->setObjectName(QStringLiteral("pepNodes"));
    m_nodes->setHeaderLabels({tr("Node or item"), tr("Content")});
    m_nodes->setColumnWidth(0, 260);
    ownLayout->addWidget(m_nodes);

    auto *subs = new QGroupBox(tr("Notifications"), split);
    auto *subsLayout = new QVBoxLayout(subs);
    auto *row = new QHBoxLayout;
    m_service = new QLineEdit(subs);
    m_service->setObjectName(QStringLiteral("pubsubService"));
    m_service->setPlaceholderText(tr("Service, e.g. pubsub.example.org"));
    m_node = new QLineEdit(subs);
    m_node->setObjectName(QStringLiteral("pubsubNode"));
    m_node->setPlaceholderText(tr("Node"));
    m_subscribe = new QPushButton(tr("&Subscribe"), subs);
    row->addWidget(m_service, 2);
    row->addWidget(m_node, 1);
    row->addWidget(m_subscribe);
    subsLayout->addLayout(row);
    m_feedView = new QListView(subs);
    m_feedView->setObjectName(QStringLiteral("pubsubFeed"));
    m_feedView->setModel(feed); // DisplayRole text: painted as plain text by the default delegate
    m_feedView->setWordWrap(true);
    m_feedView->setUniformItemSizes(false);
    subsLayout->addWidget(m_feedView);
    split->addWidget(own);
    split->addWidget(subs);
    layout->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_subscribe, &QPushButton::clicked, this, &PubSubWindow::subscribe);
    connect(m_node, &QLineEdit::returnPressed, this, &PubSubWindow::subscribe);
    connect(m_nodes, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!item->parent() && !item->data(0, kLoadedRole).toBool())
            loadItems(item);
    });
    resize(720, 560);
    refreshOwnNodes();
}

QString PubSubWindow::statusText() const
{
    return m_status->text();
}

void PubSubWindow::refreshOwnNodes()
{
    m_nodes->clear();
    auto *pubsub = m_client ? m_client->feature<PubSubFeature>() : nullptr;
    if (!pubsub || !m_client->isConnected()) {
        m_status->setText(tr("The account is not connected."));
        return;
    }
    // XEP-0163 4: the account's PEP service is its bare JID.
    pubsub->nodes(m_client->jid().bare(), this, [this](const QList<DiscoItem> &nodes,
                                                       const Error &error) {
        if (error.isError())
            m_status->setText(error.text);
        for (const DiscoItem &n : nodes) {
            auto *item = new QTreeWidgetItem(m_nodes, {n.node.isEmpty() ? n.jid : n.node, n.name});
            item->setData(0, kNodeRole, n.node);
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
        if (!error.isError() && nodes.isEmpty())
            m_status->setText(tr("Your account publishes no PEP nodes yet."));
        Q_EMIT ownNodesListed();
    });
}

void PubSubWindow::loadItems(QTreeWidgetItem *nodeItem)
{
    auto *pubsub = m_client ? m_client->feature<PubSubFeature>() : nullptr;
    if (!pubsub)
        return;
    nodeItem->setData(0, kLoadedRole, true);
    const QString node = nodeItem->data(0, kNodeRole).toString();
    // The item pointer stays valid: the tree is cleared only with a new listing, whose
    // context (this window) outlives it; a stale item is found again by node.
    pubsub->items(m_client->jid().bare(), node, 20, this,
                  [this, node](const QList<PubSubItem> &items, const Error &error) {
                      QTreeWidgetItem *parent = nullptr;
                      for (int i = 0; i < m_nodes->topLevelItemCount(); ++i)
                          if (m_nodes->topLevelItem(i)->data(0, kNodeRole).toString() == node)
                              parent = m_nodes->topLevelItem(i);
                      if (!parent)
                          return;
                      if (error.isError()) {
                          new QTreeWidgetItem(parent, {tr("(failed)"), error.text});
                      }
                      for (const PubSubItem &it : items) {
                          auto *child = new QTreeWidgetItem(
                              parent, {it.id, it.text.isEmpty() ? it.title
                                                                : it.title + QStringLiteral(": ") + it.text});
                          child->setToolTip(1, it.text);
                      }
                      if (items.isEmpty() && !error.isError())
                          parent->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicator);
                      Q_EMIT itemsListed(node);
                  });
}

void PubSubWindow::subscribe()
{
    auto *pubsub = m_client ? m_client->feature<PubSubFeature>() : nullptr;
    QString why;
    const Jid service = Jid::parse(m_service->text().trimmed(), &why);
    const QString node = m_node->text().trimmed();
    if (!service.isValid()) {
        m_status->setText(tr("This is not an address: %1").arg(why));
        return;
    }
    if (node.isEmpty()) {
        m_status->setText(tr("Say which node to subscribe to."));
        return;
    }
    if (!pubsub || !m_client->isConnected()) {
        m_status->setText(tr("The account is not connected."));
        return;
    }
    m_status->setText(tr("Subscribing to %1 on %2…").arg(node, service.full()));
    pubsub->subscribe(service, node, this, [this, service, node](const Error &error) {
        if (error.isError()) {
            m_status->setText(error.text);
            return;
        }
        m_status->setText(tr("Subscribed to %1 on %2: new items appear below.").arg(node, service.full()));
        Q_EMIT subscribed(service.full(), node);
    });
}

} // namespace charla
