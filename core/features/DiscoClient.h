#pragma once

#include "features/Feature.h"
#include "stanza/DiscoInfo.h"
#include "stanza/Jid.h"
#include "stream/Error.h"

#include <QHash>
#include <QList>
#include <QMetaType>

#include <functional>

namespace charla {

/// One `<item/>` of a disco#items result (XEP-0030 4.1).
struct DiscoItem
{
    QString jid;  ///< required
    QString node; ///< may be empty
    QString name; ///< may be empty

    bool operator==(const DiscoItem &o) const
    {
        return jid == o.jid && node == o.node && name == o.name;
    }
};

/// Asks any JID (and node) for its XEP-0030 disco#info and disco#items, and remembers the
/// answers for the rest of the session (a browser expanding and re-selecting an entity asks
/// once). Answers no stanzas: DiscoInfoFeature answers for us.
class DiscoClient : public Feature
{
    Q_OBJECT
public:
    using InfoCallback = std::function<void(const DiscoInfo &info, const Error &error)>;
    using ItemsCallback = std::function<void(const QList<DiscoItem> &items, const Error &error)>;

    explicit DiscoClient(QObject *parent = nullptr);

    bool handleStanza(const Element &stanza) override;
    /// A new session (not a resumed one) forgets what was learnt: the server may have changed.
    void sessionStarted(bool resumed) override;

    /// disco#info of @p jid / @p node; from the cache when asked before in this session.
    /// @p done is not called if @p context is destroyed first.
    void info(const Jid &jid, const QString &node, QObject *context, InfoCallback done);
    /// disco#items of @p jid / @p node, cached the same way.
    void items(const Jid &jid, const QString &node, QObject *context, ItemsCallback done);
    /// Forgets every cached answer (a "refresh").
    void clearCache();

    /// Reads a disco#items `<query/>`; items without a valid jid are skipped (XEP-0030 4.1).
    static std::optional<QList<DiscoItem>> parseItems(const Element &query);

private:
    static QString key(const Jid &jid, const QString &node);
    QHash<QString, DiscoInfo> m_info;
    QHash<QString, QList<DiscoItem>> m_items;
};

} // namespace charla

Q_DECLARE_METATYPE(charla::DiscoItem)
