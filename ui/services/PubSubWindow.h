#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace charla {

class Client;
class PubSubFeedModel;

/// Publish-subscribe (XEP-0060) and the account's own PEP nodes (XEP-0163): the nodes of the
/// own account with their items (loaded when a node is expanded), subscribing to a node of any
/// service, and the notifications of subscribed nodes as a feed, newest first. Payloads are
/// shown as plain text. The client must have PubSubFeature.
class PubSubWindow : public QWidget
{
    Q_OBJECT
public:
    /// @p feed (not owned) keeps the notifications while the window is closed.
    PubSubWindow(Client *client, PubSubFeedModel *feed, QWidget *parent = nullptr);

    QTreeWidget *ownNodes() const { return m_nodes; }
    QListView *feedView() const { return m_feedView; }
    QLineEdit *serviceEdit() const { return m_service; }
    QLineEdit *nodeEdit() const { return m_node; }
    QPushButton *subscribeButton() const { return m_subscribe; }
    QString statusText() const;
    /// Lists the own PEP nodes again.
    void refreshOwnNodes();
    /// Subscribes to the node in the fields.
    void subscribe();

Q_SIGNALS:
    void ownNodesListed();
    void itemsListed(const QString &node);
    void subscribed(const QString &service, const QString &node);

private:
    void loadItems(QTreeWidgetItem *nodeItem);

    QPointer<Client> m_client;
    QTreeWidget *m_nodes = nullptr;
    QListView *m_feedView = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_node = nullptr;
    QPushButton *m_subscribe = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace charla
