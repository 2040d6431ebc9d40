#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace charla {

class AvatarProvider;

/// Paints an OccupantModel: group rows as a bold caption with the count; occupants with an
/// avatar (their picture where the room shows their real JID, else a coloured initial), a
/// presence dot, the nick (as visibleNick() wrote it, so look-alikes stay apart; ours in bold),
/// the status message, and a badge for the affiliation (owner, admin, member).
class OccupantDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit OccupantDelegate(QObject *parent = nullptr);

    /// Pictures of @p account's contacts (may be null: initials only).
    void setAvatarProvider(AvatarProvider *provider, const QString &account);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The badge text of an affiliation (empty for none), as painted.
    static QString badgeText(int affiliation);
    /// The colour of a presence (Presence::Show as int).
    static QColor showColor(int show);

private:
    QPointer<AvatarProvider> m_avatars;
    QString m_account;
};

} // namespace charla
