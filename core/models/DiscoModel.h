#pragma once

#include "features/DiscoClient.h"
#include "stanza/DiscoInfo.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

namespace charla {

/// A service discovery tree (XEP-0030) for a browser: one root entity (a JID and maybe a node),
/// its items below it, theirs below them. Nothing is asked before it is needed: an item's
/// children are asked when a view expands it (canFetchMore/fetchMore), its identities and
/// features when fetchInfo() is called (a selection). Sees DiscoInfo values, never XML.
class DiscoModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, JidColumn, NodeColumn, ColumnCount };
    enum Role {
        JidRole = Qt::UserRole + 1, ///< QString: the item's full JID
        NodeRole,                   ///< QString: its node, empty for none
        ItemNameRole,               ///< QString: the name its parent gave it (may be empty)
        CategoryRole,               ///< QString: its first identity's category, once known
        TypeRole,                   ///< QString: its first identity's type, once known
        InfoStateRole,              ///< int (LoadState) of its disco#info
        ItemsStateRole,             ///< int (LoadState) of its disco#items
        ErrorRole,                  ///< QString: the last failure's sentence, empty if none
    };
    enum class LoadState { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(LoadState)

    explicit DiscoModel(DiscoClient *disco, QObject *parent = nullptr);
    ~DiscoModel() override;

    /// Starts over with @p jid / @p node as the only top-level row (answers still on their
    /// way for the old tree are dropped). Its info is asked at once.
    void setRoot(const Jid &jid, const QString &node = QString(), const QString &name = QString());
    QModelIndex rootIndex() const;

    /// Asks @p index's disco#info unless known or on its way; infoLoaded() follows.
    void fetchInfo(const QModelIndex &index);
    /// The info of @p index, nullopt until loaded.
    std::optional<DiscoInfo> info(const QModelIndex &index) const;
    /// Forgets everything (the client's cache too) and asks the root again.
    void refresh();

    /// The index of the row for @p jid / @p node already in the tree (searched breadth-first),
    /// invalid when not there (yet).
    QModelIndex find(const QString &jid, const QString &node = QString()) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// @p index's disco#info arrived (or failed: info() stays nullopt, ErrorRole says why).
    void infoLoaded(const QModelIndex &index);
    /// @p index's items arrived (or failed).
    void itemsLoaded(const QModelIndex &index);

private:
    struct Node
    {
        Node *parent = nullptr;
        DiscoItem item;
        std::vector<std::unique_ptr<Node>> children;
        LoadState infoState = LoadState::NotLoaded;
        LoadState itemsState = LoadState::NotLoaded;
        std::optional<DiscoInfo> info;
        QString error;
        int row() const;
    };
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = 0) const;
    void onItems(Node *node, const QList<DiscoItem> &items, const Error &error);

    QPointer<DiscoClient> m_disco;
    std::unique_ptr<Node> m_root; ///< the one top-level row (null before setRoot)
    /// Context of the requests for the current tree: replaced by setRoot() so that late
    /// answers for a tree that is gone are dropped by the IqTracker.
    QObject *m_context = nullptr;
};

} // namespace charla
