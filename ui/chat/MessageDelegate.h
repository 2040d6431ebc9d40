#pragma once

#include "MessageText.h"

#include <QCache>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>
#include <QStyledItemDelegate>

#include <functional>
#include <memory>

class QListView;
class QTextLayout;

namespace charla {

class AttachmentFetcher;
class AvatarProvider;

/// Paints the messages of a ConversationModel: day separators, avatar and sender for the first
/// of a group, a quoted reply, the body as plain text with XEP-0393 styling and links
/// (QTextLayout; nothing from the network is ever read as HTML), the edited marker, the time
/// with the delivery mark, a failure line with Retry, and the reactions.
///
/// Layouts are cached per message and width, so scrolling a long chat only paints.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// What is under a point of a row.
    struct Hit
    {
        enum Kind { None, Text, Link, Retry, Reaction, Save, ShowPreview };
        Kind kind = None;
        int position = -1; ///< character in MessageText::text (Text and Link)
        QUrl url;          ///< Link; the file's link for Save and ShowPreview
        QString emoji;     ///< Reaction
    };

    /// Gives the name shown for a sender (full JID) of a message.
    using NameResolver = std::function<QString(const QString &from, bool outgoing)>;

    explicit MessageDelegate(QListView *view);
    ~MessageDelegate() override;

    void setNameResolver(NameResolver resolver);
    /// Senders are room occupants (room@service/nick): avatars take the nick's colour
    /// (XEP-0392, as the occupant list does) and no picture of the room's bare JID.
    void setOccupantSenders(bool on) { m_occupantSenders = on; }
    /// Pictures of @p account's contacts (may be null: coloured initials then).
    void setAvatarProvider(AvatarProvider *provider, const QString &account);
    /// The account's bare JID: its reactions are drawn as chosen.
    void setOwnJid(const QString &bareJid) { m_ownJid = bareJid; }
    /// Fetches file links' image previews (may be null: cards without previews).
    void setAttachmentFetcher(AttachmentFetcher *fetcher);
    AttachmentFetcher *attachmentFetcher() const;
    /// Whether a sender (bare JID) is in the roster: only their images (and our own) are
    /// fetched without a click (AttachmentPolicy). Unset: nobody is.
    void setSenderTrusted(std::function<bool(const QString &bareJid)> trusted);
    /// The person clicked "Show preview" for @p url: fetch and show it.
    void allowPreview(const QString &url);
    /// Where button @p kind (Save or ShowPreview) of @p index's file card is, in view
    /// coordinates for the row at @p rowRect; null when it has none.
    QRect attachmentButton(const QRect &rowRect, const QModelIndex &index, Hit::Kind kind) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// What is at @p pos (view coordinates) in the row of @p index drawn at @p rowRect.
    Hit hitTest(const QRect &rowRect, const QModelIndex &index, const QPoint &pos) const;
    /// The text of @p index as painted and as Copy gives it (plain, line breaks as '\n').
    QString messageText(const QModelIndex &index) const;
    /// The sender's name as painted above @p index.
    QString senderName(const QModelIndex &index) const;
    /// The name shown for sender @p from (a full or bare JID).
    QString nameOf(const QString &from, bool outgoing) const;

    /// Selects characters [start, end) of @p index's text (a selection inside one message).
    void setTextSelection(const QModelIndex &index, int start, int end);
    void clearTextSelection();
    bool hasTextSelection() const { return m_selRow.isValid() && m_selStart != m_selEnd; }
    QString selectedText() const;
    /// Draws @p index with a highlight (the message a search result jumped to).
    void setHighlighted(const QModelIndex &index) { m_highlight = index; }
    QModelIndex highlighted() const { return m_highlight; }

    /// Our nick in a room: incoming messages that mention it are drawn marked (empty: none).
    void setMentionNick(const QString &nick) { m_mentionNick = nick; }
    QString mentionNick() const { return m_mentionNick; }
    /// Whether @p index is an incoming message mentioning mentionNick().
    bool isMention(const QModelIndex &index) const;

    /// Forgets every cached layout (font or palette changes).
    void clearCache() { m_cache.clear(); }

    /// The compact layout (AppSettings::MessageLayout): less space around messages and an
    /// avatar one line high, so more messages fit; the view is laid out again at once.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

private:
    struct Entry;
    struct Metrics;
    Metrics metrics(const QFont &font) const;
    const Entry *entry(const QModelIndex &index, int width, const QFont &font,
                       const QPalette &palette) const;
    int viewWidth() const;
    void paintDay(QPainter *p, const QRect &r, const QModelIndex &index, const Metrics &m,
                  const QPalette &pal) const;
    void paintAvatar(QPainter *p, const QRect &r, const QModelIndex &index) const;
    void paintReply(QPainter *p, const QRect &r, const QModelIndex &index, const Metrics &m,
                    const QPalette &pal) const;
    void paintBody(QPainter *p, const QPoint &origin, const Entry &e, const QModelIndex &index,
                   const Metrics &m, const QPalette &pal) const;

    QPointer<QListView> m_view;
    NameResolver m_names;
    bool m_occupantSenders = false;
    QPointer<AvatarProvider> m_avatars;
    QString m_account;
    QString m_ownJid;
    mutable QCache<qint64, Entry> m_cache;
    QPersistentModelIndex m_selRow;
    int m_selStart = 0;
    int m_selEnd = 0;
    QPersistentModelIndex m_highlight;
    QString m_mentionNick;
    QPointer<AttachmentFetcher> m_fetcher;
    std::function<bool(const QString &)> m_trusted;
    QSet<QString> m_previewAllowed; ///< strangers' images the person asked to see
    bool m_compact = false;
};

} // namespace charla
