#include "features/BookmarksFeature.h"

#include "features/DiscoInfoFeature.h"
#include "features/MucFeature.h"
#include "stanza/DataForm.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcBookmarks, "charla.bookmarks")
}

namespace charla {

namespace {
const auto kClientNs = QStringLiteral("jabber:client");
const auto kPubsubNs = QStringLiteral("http://jabber.org/protocol/pubsub");
const auto kEventNs = QStringLiteral("http://jabber.org/protocol/pubsub#event");
const auto kPrivateNs = QStringLiteral("jabber:iq:private");
const auto kCompat = QStringLiteral("urn:xmpp:bookmarks:1#compat");

Element iq(const QString &type)
{
    Element e(QStringLiteral("iq"), kClientNs);
    e.setAttribute(QStringLiteral("type"), type);
    return e;
}

/// XEP-0402 4.2 / XEP-0223: private, persistent, every item kept.
Element publishOptions()
{
    DataForm form;
    form.type = DataForm::Type::Submit;
    auto field = [&form](const QString &var, const QString &value, bool hidden = false) {
        DataFormField f;
        f.var = var;
        f.values = {value};
        if (hidden)
            f.type = DataFormField::Type::Hidden;
        else
            f.typeOmitted = true;
        form.fields.append(f);
    };
    field(QStringLiteral("FORM_TYPE"),
          QStringLiteral("http://jabber.org/protocol/pubsub#publish-options"), true);
    field(QStringLiteral("pubsub#persist_items"), QStringLiteral("true"));
    field(QStringLiteral("pubsub#max_items"), QStringLiteral("max"));
    field(QStringLiteral("pubsub#send_last_published_item"), QStringLiteral("never"));
    field(QStringLiteral("pubsub#access_model"), QStringLiteral("whitelist"));
    Element options(QStringLiteral("publish-options"), kPubsubNs);
    options.appendChild(form.toElement());
    return options;
}
} // namespace

BookmarksFeature::BookmarksFeature(MucFeature *muc, QObject *parent) : Feature(parent), m_muc(muc)
{
    qRegisterMetaType<Bookmark>();
}

QStringList BookmarksFeature::discoFeatures() const
{
    // XEP-0402 3.3: ask the server for change notifications.
    return {QStringLiteral("urn:xmpp:bookmarks:1+notify")};
}

const Bookmark *BookmarksFeature::bookmark(const Jid &room) const
{
    for (const Bookmark &b : m_bookmarks) {
        if (b.room == room.bare())
            return &b;
    }
    return nullptr;
}

void BookmarksFeature::sessionStarted(bool resumed)
{
    if (resumed && m_loaded)
        return;
    m_loaded = false;
    chooseStorage();
}

void BookmarksFeature::sessionEnded()
{
    ++m_generation;
}

void BookmarksFeature::chooseStorage()
{
    auto *disco = client()->feature<DiscoInfoFeature>();
    if (!disco) {
        m_storage = Storage::PrivateXml;
        fetch();
        return;
    }
    const quint64 generation = m_generation;
    disco->requestInfo(client()->jid().bare(), QString(), this,
                       [this, generation](const DiscoInfo &info, const Error &) {
                           if (generation != m_generation)
                               return;
                           // XEP-0402 5.3: without #compat the two storages drift apart;
                           // the older one is what every client reads.
                           m_storage = info.hasFeature(kCompat) ? Storage::Pep
                                                                : Storage::PrivateXml;
                           fetch();
                       });
}

void BookmarksFeature::fetch()
{
    const quint64 generation = m_generation;
    Element request = iq(QStringLiteral("get"));
    if (m_storage == Storage::Pep) {
        request.addChild(QStringLiteral("pubsub"), kPubsubNs)
            .addChild(QStringLiteral("items"), kPubsubNs)
            .setAttribute(QStringLiteral("node"), Bookmark::Namespace);
    } else {
        request.addChild(QStringLiteral("query"), kPrivateNs)
            .addChild(QStringLiteral("storage"), Bookmark::LegacyNamespace);
    }
    client()->sendIq(request, this, [this, generation](const IqResult &r) {
        if (generation != m_generation)
            return;
        m_bookmarks.clear();
        m_legacyOther.clear();
        if (r.ok()) {
            if (m_storage == Storage::Pep)
                applyPepItems(r.iq.firstChild(QStringLiteral("pubsub"), kPubsubNs)
                                  .firstChild(QStringLiteral("items"), kPubsubNs),
                              false);
            else
                applyLegacy(r.iq.firstChild(QStringLiteral("query"), kPrivateNs)
                                .firstChild(QStringLiteral("storage"),
                                            Bookmark::LegacyNamespace));
        } else if (r.error.condition != QLatin1String("item-not-found")) {
            // No node yet is simply no bookmarks; anything else is worth saying.
            qCInfo(lcBookmarks) << "cannot fetch bookmarks:" << r.error.condition;
            Q_EMIT errorOccurred(r.error);
        }
        finishLoad();
    });
}

void BookmarksFeature::applyPepItems(const Element &items, bool notification)
{
    const QString ns = items.ns();
    for (const Element &child : items.children()) {
        if (child.name() == QLatin1String("item")) {
            const auto b = Bookmark::fromPep(child.attribute(QStringLiteral("id")),
                                             child.firstChild(QStringLiteral("conference"),
                                                              Bookmark::Namespace));
            if (b)
                upsert(*b);
        } else if (notification && child.name() == QLatin1String("retract")) {
            const Jid room = Jid::parse(child.attribute(QStringLiteral("id")));
            m_bookmarks.erase(std::remove_if(m_bookmarks.begin(), m_bookmarks.end(),
                                             [&room](const Bookmark &b) { return b.room == room; }),
                              m_bookmarks.end());
        }
    }
    Q_UNUSED(ns)
}

void BookmarksFeature::applyLegacy(const Element &storage)
{
    for (const Element &child : storage.children()) {
        if (const auto b = Bookmark::fromLegacy(child))
            upsert(*b);
        else
            m_legacyOther.append(child); // <url/> bookmarks and what we do not know: kept
    }
}

void BookmarksFeature::upsert(const Bookmark &b)
{
    for (Bookmark &existing : m_bookmarks) {
        if (existing.room == b.room) {
            existing = b;
            return;
        }
    }
    m_bookmarks.append(b);
}

void BookmarksFeature::finishLoad()
{
    m_loaded = true;
    Q_EMIT loaded();
    Q_EMIT bookmarksChanged();
    if (m_autojoin)
        autojoin();
}

void BookmarksFeature::autojoin()
{
    if (!m_muc)
        return;
    const QString fallback = m_defaultNick.isEmpty() ? client()->jid().localpart() : m_defaultNick;
    for (const Bookmark &b : std::as_const(m_bookmarks)) {
        if (b.autojoin && !m_muc->room(b.room))
            m_muc->join(b.room, b.nick.isEmpty() ? fallback : b.nick, b.password);
    }
}

bool BookmarksFeature::handleStanza(const Element &stanza)
{
    if (stanza.name() != QLatin1String("message"))
        return false;
    const Element event = stanza.firstChild(QStringLiteral("event"), kEventNs);
    const Element items = event.firstChild(QStringLiteral("items"), kEventNs);
    if (items.attribute(QStringLiteral("node")) != Bookmark::Namespace)
        return false;
    // XEP-0163 4.3: our own PEP notifications come from our bare JID (or no 'from').
    const QString from = stanza.attribute(QStringLiteral("from"));
    if (!from.isEmpty() && Jid::parse(from) != client()->jid().bare()) {
        qCInfo(lcBookmarks) << "ignored a bookmarks notification from" << from;
        return true;
    }
    applyPepItems(items, true);
    Q_EMIT bookmarksChanged();
    return true;
}

void BookmarksFeature::add(const Bookmark &bookmark, QObject *context, ErrorCallback done)
{
    Bookmark b = bookmark;
    b.room = b.room.bare();
    if (m_storage == Storage::Pep) {
        Element request = iq(QStringLiteral("set"));
        Element &pubsub = request.addChild(QStringLiteral("pubsub"), kPubsubNs);
        Element &publish = pubsub.addChild(QStringLiteral("publish"), kPubsubNs);
        publish.setAttribute(QStringLiteral("node"), Bookmark::Namespace);
        Element &item = publish.addChild(QStringLiteral("item"), kPubsubNs);
        item.setAttribute(QStringLiteral("id"), b.room.full());
        item.appendChild(b.toPep());
        pubsub.appendChild(publishOptions());
        client()->sendIq(request, context, [this, b, done](const IqResult &r) {
            if (r.ok()) {
                upsert(b);
                Q_EMIT bookmarksChanged();
            }
            if (done)
                done(r.error);
        });
        return;
    }
    QList<Bookmark> list = m_bookmarks;
    bool replaced = false;
    for (Bookmark &existing : list) {
        if (existing.room == b.room) {
            existing = b;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(b);
    storeLegacy(list, context, std::move(done));
}

void BookmarksFeature::remove(const Jid &roomJid, QObject *context, ErrorCallback done)
{
    const Jid room = roomJid.bare();
    if (m_storage == Storage::Pep) {
        Element request = iq(QStringLiteral("set"));
        Element &retract = request.addChild(QStringLiteral("pubsub"), kPubsubNs)
                               .addChild(QStringLiteral("retract"), kPubsubNs);
        retract.setAttribute(QStringLiteral("node"), Bookmark::Namespace);
        retract.setAttribute(QStringLiteral("notify"), QStringLiteral("true"));
        retract.addChild(QStringLiteral("item"), kPubsubNs)
            .setAttribute(QStringLiteral("id"), room.full());
        client()->sendIq(request, context, [this, room, done](const IqResult &r) {
            if (r.ok()) {
                m_bookmarks.erase(std::remove_if(m_bookmarks.begin(), m_bookmarks.end(),
                                                 [&room](const Bookmark &b) {
                                                     return b.room == room;
                                                 }),
                                  m_bookmarks.end());
                Q_EMIT bookmarksChanged();
            }
            if (done)
                done(r.error);
        });
        return;
    }
    QList<Bookmark> list = m_bookmarks;
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&room](const Bookmark &b) { return b.room == room; }),
               list.end());
    storeLegacy(list, context, std::move(done));
}

void BookmarksFeature::storeLegacy(const QList<Bookmark> &list, QObject *context,
                                   ErrorCallback done)
{
    // XEP-0048 3.3: the whole storage is replaced at once.
    Element request = iq(QStringLiteral("set"));
    Element &storage = request.addChild(QStringLiteral("query"), kPrivateNs)
                           .addChild(QStringLiteral("storage"), Bookmark::LegacyNamespace);
    for (const Bookmark &b : list)
        storage.appendChild(b.toLegacy());
    for (const Element &other : std::as_const(m_legacyOther))
        storage.appendChild(other);
    client()->sendIq(request, context, [this, list, done](const IqResult &r) {
        if (r.ok()) {
            m_bookmarks = list;
            Q_EMIT bookmarksChanged();
        }
        if (done)
            done(r.error);
    });
}

} // namespace charla
