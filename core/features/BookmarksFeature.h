#pragma once

#include "features/Feature.h"
#include "stanza/Bookmark.h"
#include "stream/Error.h"

#include <QList>

#include <functional>

namespace charla {

class MucFeature;
struct IqResult;

/// The rooms a person keeps, on their server: XEP-0402 (PEP node urn:xmpp:bookmarks:1, with
/// change notifications) where the server keeps it in step with the older storage (it
/// advertises urn:xmpp:bookmarks:1#compat on the account), else XEP-0048 in private XML storage
/// (XEP-0049), which every client understands. After login the bookmarks are fetched and the
/// autojoin ones joined through MucFeature.
class BookmarksFeature : public Feature
{
    Q_OBJECT
public:
    enum class Storage { Unknown, Pep, PrivateXml };
    Q_ENUM(Storage)
    using ErrorCallback = std::function<void(const Error &error)>;

    /// @p muc joins the autojoin rooms (may be null: no autojoin).
    explicit BookmarksFeature(MucFeature *muc = nullptr, QObject *parent = nullptr);

    QStringList discoFeatures() const override;
    bool handleStanza(const Element &stanza) override;
    void sessionStarted(bool resumed) override;
    void sessionEnded() override;

    Storage storage() const { return m_storage; }
    bool isLoaded() const { return m_loaded; }
    const QList<Bookmark> &bookmarks() const { return m_bookmarks; }
    /// The bookmark of @p room, or nullptr.
    const Bookmark *bookmark(const Jid &room) const;
    /// Join the autojoin rooms after login (default on).
    void setAutojoin(bool on) { m_autojoin = on; }
    /// The nick used where a bookmark has none (default: the account's localpart).
    void setDefaultNick(const QString &nick) { m_defaultNick = nick; }

    /// Adds or replaces the bookmark of @p bookmark.room.
    void add(const Bookmark &bookmark, QObject *context, ErrorCallback done);
    /// Removes the bookmark of @p room.
    void remove(const Jid &room, QObject *context, ErrorCallback done);

Q_SIGNALS:
    /// The bookmarks were fetched after login.
    void loaded();
    /// The list changed (fetched, added, removed, here or by another client).
    void bookmarksChanged();
    void errorOccurred(const charla::Error &error);

private:
    void chooseStorage();
    void fetch();
    void applyPepItems(const Element &items, bool notification);
    void applyLegacy(const Element &storage);
    void finishLoad();
    void autojoin();
    void storeLegacy(const QList<Bookmark> &list, QObject *context, ErrorCallback done);
    void upsert(const Bookmark &b);

    MucFeature *m_muc;
    Storage m_storage = Storage::Unknown;
    QList<Bookmark> m_bookmarks;
    QList<Element> m_legacyOther; ///< XEP-0048 <url/> entries and unknown children, kept as is
    QString m_defaultNick;
    bool m_loaded = false;
    bool m_autojoin = true;
    quint64 m_generation = 0; ///< bumped when a session ends: late answers are ignored
};

} // namespace charla
