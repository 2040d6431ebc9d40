#include "models/DiscoModel.h"

#include "features/NamespaceNames.h"

#include <QQueue>

namespace charla {

int DiscoModel::Node::row() const
{
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i)
        if (parent->children[i].get() == this)
            return int(i);
    return 0;
}

DiscoModel::DiscoModel(DiscoClient *disco, QObject *parent)
    : QAbstractItemModel(parent), m_disco(disco), m_context(new QObject(this))
{
}

DiscoModel::~DiscoModel() = default;

void DiscoModel::setRoot(const Jid &jid, const QString &node, const QString &name)
{
    beginResetModel();
    delete m_context; // drops the answers still expected for the old tree
    m_context = new QObject(this);
    m_root = std::make_unique<Node>();
    m_root->item = {jid.full(), node, name};
    endResetModel();
    fetchInfo(rootIndex());
}

QModelIndex DiscoModel::rootIndex() const
{
    return m_root ? createIndex(0, 0, m_root.get()) : QModelIndex();
}

void DiscoModel::refresh()
{
    if (!m_root)
        return;
    if (m_disco)
        m_disco->clearCache();
    const DiscoItem item = m_root->item;
    setRoot(Jid::parse(item.jid), item.node, item.name);
}

DiscoModel::Node *DiscoModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex DiscoModel::indexOf(Node *node, int column) const
{
    return node ? createIndex(node->row(), column, node) : QModelIndex();
}

QModelIndex DiscoModel::find(const QString &jid, const QString &node) const
{
    if (!m_root)
        return {};
    QQueue<Node *> queue;
    queue.enqueue(m_root.get());
    while (!queue.isEmpty()) {
        Node *n = queue.dequeue();
        if (n->item.jid == jid && n->item.node == node)
            return indexOf(n);
        for (const auto &c : n->children)
            queue.enqueue(c.get());
    }
    return {};
}

QModelIndex DiscoModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return (m_root && row == 0) ? createIndex(0, column, m_root.get()) : QModelIndex();
    Node *p = nodeOf(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex DiscoModel::parent(const QModelIndex &child) const
{
    Node *n = nodeOf(child);
    if (!n || !n->parent)
        return {};
    return indexOf(n->parent);
}

int DiscoModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_root ? 1 : 0;
    if (parent.column() != 0)
        return 0;
    Node *n = nodeOf(parent);
    return n ? int(n->children.size()) : 0;
}

int DiscoModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool DiscoModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return bool(m_root);
    if (parent.column() != 0)
        return false;
    Node *n = nodeOf(parent);
    if (!n)
        return false;
    // Until asked, any entity may have items (XEP-0030 does not say which do): offer to expand.
    switch (n->itemsState) {
    case LoadState::Loaded:
        return !n->children.empty();
    case LoadState::Failed:
        return false;
    case LoadState::NotLoaded:
    case LoadState::Loading:
        break;
    }
    return true;
}

bool DiscoModel::canFetchMore(const QModelIndex &parent) const
{
    Node *n = nodeOf(parent);
    return n && parent.column() == 0 && n->itemsState == LoadState::NotLoaded && m_disco;
}

void DiscoModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *n = nodeOf(parent);
    n->itemsState = LoadState::Loading;
    const QModelIndex first = indexOf(n, 0);
    Q_EMIT dataChanged(first, indexOf(n, ColumnCount - 1));
    // The context dies with the tree (setRoot), so n is alive whenever this is called. A cached
    // answer comes at once: it is applied from the event loop, never inside fetchMore(), whose
    // caller (a view, a model tester) may be in the middle of walking the tree.
    QObject *context = m_context;
    m_disco->items(Jid::parse(n->item.jid), n->item.node, context,
                   [this, n, context](const QList<DiscoItem> &items, const Error &error) {
                       QMetaObject::invokeMethod(
                           context, [this, n, items, error] { onItems(n, items, error); },
                           Qt::QueuedConnection);
                   });
}

void DiscoModel::onItems(Node *n, const QList<DiscoItem> &items, const Error &error)
{
    const QModelIndex index = indexOf(n);
    if (error.isError()) {
        n->itemsState = LoadState::Failed;
        n->error = error.text;
        // The expander goes away: the view asks hasChildren() again after a layout change.
        Q_EMIT layoutAboutToBeChanged({QPersistentModelIndex(index)});
        Q_EMIT layoutChanged({QPersistentModelIndex(index)});
        Q_EMIT dataChanged(index, indexOf(n, ColumnCount - 1));
        Q_EMIT itemsLoaded(index);
        return;
    }
    n->itemsState = LoadState::Loaded;
    if (items.isEmpty()) {
        Q_EMIT layoutAboutToBeChanged({QPersistentModelIndex(index)});
        Q_EMIT layoutChanged({QPersistentModelIndex(index)});
    } else {
        beginInsertRows(index, 0, int(items.size()) - 1);
        for (const DiscoItem &item : items) {
            auto child = std::make_unique<Node>();
            child->parent = n;
            child->item = item;
            n->children.push_back(std::move(child));
        }
        endInsertRows();
    }
    Q_EMIT dataChanged(index, indexOf(n, ColumnCount - 1));
    Q_EMIT itemsLoaded(index);
}

void DiscoModel::fetchInfo(const QModelIndex &index)
{
    Node *n = nodeOf(index);
    if (!n || !m_disco || n->infoState == LoadState::Loading || n->infoState == LoadState::Loaded)
        return;
    n->infoState = LoadState::Loading;
    m_disco->info(Jid::parse(n->item.jid), n->item.node, m_context,
                  [this, n](const DiscoInfo &info, const Error &error) {
                      if (error.isError()) {
                          n->infoState = LoadState::Failed;
                          n->error = error.text;
                      } else {
                          n->infoState = LoadState::Loaded;
                          n->info = info;
                      }
                      const QModelIndex i = indexOf(n);
                      Q_EMIT dataChanged(i, indexOf(n, ColumnCount - 1));
                      Q_EMIT infoLoaded(i);
                  });
}

std::optional<DiscoInfo> DiscoModel::info(const QModelIndex &index) const
{
    Node *n = nodeOf(index);
    return n ? n->info : std::nullopt;
}

QVariant DiscoModel::data(const QModelIndex &index, int role) const
{
    Node *n = nodeOf(index);
    if (!n)
        return {};
    const DiscoIdentity *identity =
        (n->info && !n->info->identities.isEmpty()) ? &n->info->identities.first() : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            // The name its parent listed, else the one it gives itself, else its address.
            if (!n->item.name.isEmpty())
                return n->item.name;
            if (identity && !identity->name.isEmpty())
                return identity->name;
            return n->item.node.isEmpty() ? n->item.jid : n->item.node;
        case JidColumn:
            return n->item.jid;
        case NodeColumn:
            return n->item.node;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{n->item.jid};
        if (!n->item.node.isEmpty())
            lines << tr("Node: %1").arg(n->item.node);
        if (identity) {
            const QString kind = identityName(identity->category, identity->type);
            lines << (kind.isEmpty() ? identity->category + QLatin1Char('/') + identity->type : kind);
        }
        if (!n->error.isEmpty())
            lines << n->error;
        return lines.join(QLatin1Char('\n'));
    }
    case JidRole:
        return n->item.jid;
    case NodeRole:
        return n->item.node;
    case ItemNameRole:
        return n->item.name;
    case CategoryRole:
        return identity ? identity->category : QString();
    case TypeRole:
        return identity ? identity->type : QString();
    case InfoStateRole:
        return int(n->infoState);
    case ItemsStateRole:
        return int(n->itemsState);
    case ErrorRole:
        return n->error;
    default:
        return {};
    }
}

QVariant DiscoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case JidColumn:
        return tr("Address");
    case NodeColumn:
        return tr("Node");
    default:
        return {};
    }
}

} // namespace charla
