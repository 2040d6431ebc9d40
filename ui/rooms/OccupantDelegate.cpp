#include "OccupantDelegate.h"

#include "AvatarProvider.h"
#include "ConsistentColor.h"
#include "features/MucOccupant.h"
#include "models/OccupantModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace charla {

namespace {

using Role = OccupantModel::Role;

} // namespace

OccupantDelegate::OccupantDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void OccupantDelegate::setAvatarProvider(AvatarProvider *provider, const QString &account)
{
    m_avatars = provider;
    m_account = account;
}

QString OccupantDelegate::badgeText(int affiliation)
{
    switch (MucAffiliation(affiliation)) {
    case MucAffiliation::Owner:
        return tr("owner");
    case MucAffiliation::Admin:
        return tr("admin");
    case MucAffiliation::Member:
        return tr("member");
    default:
        return {};
    }
}

QColor OccupantDelegate::showColor(int show)
{
    switch (Presence::Show(show)) {
    case Presence::Show::Chat:
    case Presence::Show::Online:
        return QColor(0x2e, 0xa0, 0x43);
    case Presence::Show::Away:
        return QColor(0xe0, 0xa8, 0x00);
    case Presence::Show::ExtendedAway:
        return QColor(0xd0, 0x6a, 0x10);
    case Presence::Show::DoNotDisturb:
        return QColor(0xc8, 0x2a, 0x2a);
    default:
        return QColor(0x88, 0x88, 0x88);
    }
}

QSize OccupantDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    if (index.data(Role::IsGroupRole).toBool())
        return {fm.horizontalAdvance(index.data().toString()) + 12, fm.height() + 10};
    return {160, qMax(fm.height() + 8, 28)};
}

void OccupantDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const QRect r = option.rect;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (index.data(Role::IsGroupRole).toBool()) {
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(r.adjusted(6, 0, -4, 0), Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                    index.data().toString());
        p->restore();
        return;
    }
    if (option.state & QStyle::State_Selected)
        p->fillRect(r, pal.color(QPalette::Highlight));
    const QColor text = pal.color((option.state & QStyle::State_Selected)
                                      ? QPalette::HighlightedText
                                      : QPalette::Text);

    // Avatar: the real JID's picture where we may know it, else the nick's initial.
    const int size = r.height() - 6;
    const QRect avatar(r.left() + 6, r.top() + 3, size, size);
    const QString nick = index.data(Role::NickRole).toString();
    const QString display = index.data().toString();
    const QString realJid = index.data(Role::RealJidRole).toString();
    QPixmap picture;
    if (m_avatars && !realJid.isEmpty())
        picture = m_avatars->pixmap(m_account, realJid, size, p->device()->devicePixelRatioF());
    QPainterPath clip;
    clip.addEllipse(avatar);
    if (!picture.isNull()) {
        p->save();
        p->setClipPath(clip);
        p->drawPixmap(avatar, picture);
        p->restore();
    } else {
        p->fillPath(clip, consistentColor(nick)); // as in the messages
        QFont f = option.font;
        f.setBold(true);
        p->setFont(f);
        p->setPen(Qt::white);
        const QString initial = display.isEmpty() ? QStringLiteral("?") : display.left(1).toUpper();
        p->drawText(avatar, Qt::AlignCenter, initial);
    }
    // Presence dot on the avatar's corner.
    const int dot = qMax(7, size / 3);
    const QRect dotRect(avatar.right() - dot + 2, avatar.bottom() - dot + 2, dot, dot);
    p->setPen(QPen(pal.color(QPalette::Base), 1.5));
    p->setBrush(showColor(index.data(Role::ShowRole).toInt()));
    p->drawEllipse(dotRect);

    // Affiliation badge on the right.
    int right = r.right() - 4;
    const QString badge = badgeText(index.data(Role::AffiliationRole).toInt());
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    if (!badge.isEmpty()) {
        const QFontMetrics sm(small);
        const int w = sm.horizontalAdvance(badge) + 10;
        const QRect b(right - w, r.center().y() - sm.height() / 2 - 1, w, sm.height() + 2);
        const MucAffiliation aff = MucAffiliation(index.data(Role::AffiliationRole).toInt());
        const QColor c = aff == MucAffiliation::Owner   ? QColor(0xb0, 0x7a, 0x00)
                         : aff == MucAffiliation::Admin ? QColor(0x5a, 0x4f, 0xcf)
                                                        : QColor(0x4b, 0x7b, 0x8c);
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawRoundedRect(b, 4, 4);
        p->setFont(small);
        p->setPen(Qt::white);
        p->drawText(b, Qt::AlignCenter, badge);
        right = b.left() - 6;
    }

    // Nick (ours bold), then the status message in the remaining space.
    QFont nickFont = option.font;
    nickFont.setBold(index.data(Role::SelfRole).toBool());
    const QFontMetrics nm(nickFont);
    const int left = avatar.right() + 8;
    QRect textRect(left, r.top(), qMax(0, right - left), r.height());
    p->setFont(nickFont);
    p->setPen(text);
    const QString shown = nm.elidedText(display, Qt::ElideRight, textRect.width());
    p->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
    const QString status = index.data(Role::StatusTextRole).toString().simplified();
    const int used = nm.horizontalAdvance(shown) + 8;
    if (!status.isEmpty() && used < textRect.width() - 20) {
        p->setFont(small);
        p->setPen(pal.color(QPalette::PlaceholderText));
        const QRect sr = textRect.adjusted(used, 0, 0, 0);
        p->drawText(sr, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                    QFontMetrics(small).elidedText(status, Qt::ElideRight, sr.width()));
    }
    p->restore();
}

} // namespace charla
