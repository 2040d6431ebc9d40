#pragma once

#include "stanza/Presence.h"

#include "AvatarProvider.h"

#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QStyledItemDelegate>

#include <functional>

class QTreeView;

namespace charla {


/// Paints the rows of the contact list (a RosterModel, usually through a RosterFilterModel):
/// contacts with an avatar, their status icon, name and status message; group headers with an
/// expand arrow and "online/total"; account rows with the account's state sentence.
///
/// Everything is measured from the view's font, so rows grow with the font size and scaling,
/// and coloured from the palette, so light and dark themes both read. Names and status messages
/// come from the network: they are drawn as plain text on one line, never as rich text.
class RosterDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// A role a model may answer with a contact's picture (QImage, QPixmap or QIcon); without it
    /// a coloured circle with the initial is drawn. The hook for a future AvatarFeature.
    static constexpr int AvatarRole = Qt::UserRole + 200;

    /// @p view tells which rows are expanded (for the arrows of groups and accounts).
    explicit RosterDelegate(QTreeView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The name of the status icon (":/icons/status/<name>.svg") drawn for @p index; empty for
    /// group rows.
    QString statusIconName(const QModelIndex &index) const;
    /// Where the status icon of @p index is drawn inside a row at @p rowRect with @p font.
    QRect statusIconRect(const QRect &rowRect, const QModelIndex &index, const QFont &font) const;
    /// The muted second line of a contact or account row, as drawn (one line, plain text).
    QString secondLine(const QModelIndex &index) const;

    /// Shows @p iconName ("connecting", "error", ...) on the row of @p account instead of its
    /// own show; empty: the own show again.
    void setAccountIcon(const QString &account, const QString &iconName);

    /// Where contacts' pictures come from when the model has no AvatarRole (may be null).
    void setAvatarProvider(AvatarProvider *provider);
    /// Tells whether the server blocks a contact (account, bare JID): blocked contacts are drawn
    /// with the "blocked" icon and say so on their second line.
    using BlockedCheck = std::function<bool(const QString &account, const QString &jid)>;
    void setBlockedCheck(BlockedCheck check) { m_blocked = std::move(check); }
    bool isBlocked(const QModelIndex &index) const;
    /// Tells how many unread messages a contact's chat has (account, bare JID): a count badge
    /// is drawn at the end of the name.
    using UnreadCount = std::function<int(const QString &account, const QString &jid)>;
    void setUnreadCount(UnreadCount count) { m_unread = std::move(count); }
    int unreadCount(const QModelIndex &index) const;

    /// The icon name for a show: online, chat, away, xa, dnd, offline.
    static QString iconNameFor(Presence::Show show);
    /// A person's word for a show ("Away", "Do not disturb").
    static QString showText(Presence::Show show);
    /// @p text on one line: line breaks and other control characters become spaces, and
    /// invisible formatting characters (bidirectional overrides among them) are dropped, so a
    /// name cannot reorder or hide what is drawn next to it.
    static QString singleLine(const QString &text);

private:
    struct Metrics;
    Metrics metrics(const QFont &font) const;
    int levelOf(const QModelIndex &index) const;
    int leftOf(const QRect &rowRect, const QModelIndex &index, const Metrics &m) const;
    QIcon icon(const QString &name) const;
    void paintContact(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index,
                      const Metrics &m) const;
    void paintGroup(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index,
                    const Metrics &m) const;
    void paintAccount(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index,
                      const Metrics &m) const;
    void paintAvatar(QPainter *p, const QRect &rect, const QModelIndex &index) const;
    void paintArrow(QPainter *p, const QRect &rect, bool open, const QColor &color) const;
    QString tooltip(const QModelIndex &index) const;

    QTreeView *m_view = nullptr;
    QHash<QString, QString> m_accountIcons;
    QPointer<AvatarProvider> m_avatars;
    BlockedCheck m_blocked;
    UnreadCount m_unread;
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace charla
