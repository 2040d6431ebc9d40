#include "RosterDelegate.h"

#include "AvatarProvider.h"
#include "ConsistentColor.h"
#include "StatusMenu.h"
#include "models/RosterModel.h"
#include "stanza/RosterItem.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>

namespace charla {

namespace {

using Kind = RosterModel::Kind;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(RosterModel::KindRole).toInt());
}

Presence::Show showOf(const QModelIndex &index)
{
    return Presence::Show(index.data(RosterModel::ShowRole).toInt());
}

// A colour between @p a and @p b: muted text that keeps its contrast in light and dark palettes.
QColor mix(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

// The first user-perceived character (an accented letter or an emoji stays whole), upper case.
QString initialOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QStringLiteral("?");
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, t);
    const qsizetype end = finder.toNextBoundary();
    return t.left(end > 0 ? end : 1).toUpper();
}

} // namespace

/// Sizes derived from the font, so that rows follow the font size and the scaling factor.
struct RosterDelegate::Metrics
{
    int line = 0;   // height of one line of text
    int pad = 0;    // space around a row's contents
    int gap = 0;    // space between elements on a line
    int avatar = 0; // avatar diameter
    int icon = 0;   // status icon size
    int arrow = 0;  // expand arrow box
    int indent = 0; // contacts are indented under their group header
    int twoLines = 0;
    int headerHeight = 0;
};

RosterDelegate::RosterDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

void RosterDelegate::setAvatarProvider(AvatarProvider *provider)
{
    if (m_avatars)
        disconnect(m_avatars, nullptr, this, nullptr);
    m_avatars = provider;
    if (provider && m_view) {
        // Only the rows on screen are painted again: cheap, and no model has to know.
        connect(provider, &AvatarProvider::avatarChanged, this,
                [this] { m_view->viewport()->update(); });
    }
}

bool RosterDelegate::isBlocked(const QModelIndex &index) const
{
    return m_blocked && index.isValid() && kindOf(index) == Kind::Contact &&
           m_blocked(index.data(RosterModel::AccountRole).toString(),
                     index.data(RosterModel::JidRole).toString());
}

RosterDelegate::Metrics RosterDelegate::metrics(const QFont &font) const
{
    const QFontMetrics fm(font);
    Metrics m;
    m.line = fm.height();
    m.pad = std::max(3, m.line / 4);
    m.gap = std::max(4, m.line / 3);
    m.icon = std::max(12, m.line - m.line / 6);
    m.arrow = std::max(8, m.line * 2 / 3);
    m.indent = m.pad + m.arrow / 2;
    m.twoLines = 2 * m.line + m.pad / 2;
    m.avatar = m.twoLines;
    m.headerHeight = m.line + 3 * m.pad;
    return m;
}

int RosterDelegate::levelOf(const QModelIndex &index) const
{
    // Rows below the view's root: with one account the root is that account, so its groups
    // are at level 0; with several, the accounts are, and groups are one step in.
    const QModelIndex root = m_view ? QModelIndex(m_view->rootIndex()) : QModelIndex();
    int level = 0;
    for (QModelIndex p = index.parent(); p.isValid() && p != root; p = p.parent())
        ++level;
    return level;
}

int RosterDelegate::leftOf(const QRect &rowRect, const QModelIndex &index, const Metrics &m) const
{
    const int step = m.arrow + m.gap;
    switch (kindOf(index)) {
    case Kind::Account:
    case Kind::Group:
        return rowRect.left() + m.pad + levelOf(index) * step;
    case Kind::Contact:
        break;
    }
    return rowRect.left() + m.pad + (levelOf(index) - 1) * step + m.indent;
}

QIcon RosterDelegate::icon(const QString &name) const
{
    auto it = m_icons.find(name);
    if (it == m_icons.end())
        it = m_icons.insert(
            name, QIcon(QStringLiteral(":/icons/status/") + name + QStringLiteral(".svg")));
    return *it;
}

// --- Texts ---------------------------------------------------------------------------------------

QString RosterDelegate::iconNameFor(Presence::Show show)
{
    return StatusMenu::iconName(show); // one name per show, shared with the status menu
}

QString RosterDelegate::showText(Presence::Show show)
{
    return StatusMenu::showText(show); // the roster and the status menu say the same words
}

QString RosterDelegate::singleLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            out.append(QLatin1Char(' '));
            break;
        case QChar::Other_Format:
            break; // bidi overrides and isolates, zero-width characters
        default:
            out.append(c);
        }
    }
    return out.simplified();
}

QString RosterDelegate::statusIconName(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    switch (kindOf(index)) {
    case Kind::Group:
        return {};
    case Kind::Account: {
        const QString override = m_accountIcons.value(index.data(RosterModel::JidRole).toString());
        return override.isEmpty() ? iconNameFor(showOf(index)) : override;
    }
    case Kind::Contact:
        break;
    }
    if (isBlocked(index))
        return QStringLiteral("blocked");
    return iconNameFor(showOf(index));
}

int RosterDelegate::unreadCount(const QModelIndex &index) const
{
    if (!m_unread || !index.isValid() || kindOf(index) != Kind::Contact)
        return 0;
    return m_unread(index.data(RosterModel::AccountRole).toString(),
                    index.data(RosterModel::JidRole).toString());
}

QString RosterDelegate::secondLine(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (kindOf(index) == Kind::Account) {
        // The first line already names the account: "alice@example.org: online" -> "online".
        const QString state = singleLine(index.data(RosterModel::AccountStateRole).toString());
        const QString prefix = index.data(RosterModel::JidRole).toString() + QStringLiteral(": ");
        return state.startsWith(prefix) ? state.mid(prefix.size()) : state;
    }
    if (kindOf(index) != Kind::Contact)
        return {};
    if (isBlocked(index))
        return tr("Blocked");
    const QString status = singleLine(index.data(RosterModel::StatusTextRole).toString());
    if (!status.isEmpty())
        return status;
    if (index.data(RosterModel::AskRole).toBool())
        return tr("Waiting for approval");
    const auto sub = RosterItem::Subscription(index.data(RosterModel::SubscriptionRole).toInt());
    if (sub == RosterItem::Subscription::None || sub == RosterItem::Subscription::From)
        return tr("Does not share their status with you");
    const Presence::Show show = showOf(index);
    // Online says nothing the icon does not; the others are worth words beside the shape.
    if (show == Presence::Show::Online || show == Presence::Show::Offline)
        return {};
    return showText(show);
}

void RosterDelegate::setAccountIcon(const QString &account, const QString &iconName)
{
    if (iconName.isEmpty())
        m_accountIcons.remove(account);
    else
        m_accountIcons.insert(account, iconName);
    if (m_view)
        m_view->viewport()->update();
}

// --- Layout --------------------------------------------------------------------------------------

QSize RosterDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Metrics m = metrics(option.font);
    const QFontMetrics fm(option.font);
    const int text = fm.horizontalAdvance(singleLine(index.data().toString()));
    if (kindOf(index) == Kind::Group)
        return {m.pad * 2 + m.arrow + m.gap + text +
                    fm.horizontalAdvance(QStringLiteral("  99/99")),
                m.headerHeight};
    return {m.indent + m.avatar + m.icon + 3 * m.gap + text + m.pad, m.twoLines + 2 * m.pad};
}

QRect RosterDelegate::statusIconRect(const QRect &rowRect, const QModelIndex &index,
                                     const QFont &font) const
{
    if (!index.isValid() || kindOf(index) == Kind::Group)
        return {};
    const Metrics m = metrics(font);
    int left = leftOf(rowRect, index, m);
    if (kindOf(index) == Kind::Account)
        left += m.arrow + m.gap;
    else
        left += m.avatar + m.gap;
    // On the first line; on the only line when there is no second one.
    const bool twoLines = !secondLine(index).isEmpty();
    const int lineTop = twoLines ? rowRect.top() + (rowRect.height() - m.twoLines) / 2
                                 : rowRect.top() + (rowRect.height() - m.line) / 2;
    return {left, lineTop + (m.line - m.icon) / 2, m.icon, m.icon};
}

// --- Painting ------------------------------------------------------------------------------------

void RosterDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    // The selection and hover background the style draws for any item view.
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear();
    panel.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    const Metrics m = metrics(option.font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    switch (kindOf(index)) {
    case Kind::Contact:
        paintContact(painter, option, index, m);
        break;
    case Kind::Group:
        paintGroup(painter, option, index, m);
        break;
    case Kind::Account:
        paintAccount(painter, option, index, m);
        break;
    }
    painter->restore();
}

namespace {

struct Colors
{
    QColor text;
    QColor muted;
};

Colors colorsFor(const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    QPalette::ColorGroup group = QPalette::Normal;
    if (!(option.state & QStyle::State_Enabled))
        group = QPalette::Disabled;
    else if (!(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    Colors c;
    c.text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background =
        option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    c.muted = mix(c.text, background, 0.4);
    return c;
}

} // namespace

void RosterDelegate::paintContact(QPainter *p, const QStyleOptionViewItem &option,
                                  const QModelIndex &index, const Metrics &m) const
{
    const QRect r = option.rect;
    const Colors colors = colorsFor(option);
    const QRect avatar(leftOf(r, index, m), r.top() + (r.height() - m.avatar) / 2, m.avatar,
                       m.avatar);
    paintAvatar(p, avatar, index);

    const QRect iconRect = statusIconRect(r, index, option.font);
    icon(statusIconName(index)).paint(p, iconRect);

    const int textLeft = iconRect.right() + 1 + m.gap / 2 + 1;
    const int width = std::max(0, r.right() - m.pad - textLeft);
    const QString second = secondLine(index);
    const int firstTop = iconRect.top() - (m.line - m.icon) / 2;
    const QFontMetrics fm(option.font);
    // Unread messages: a count badge at the end of the name line.
    int nameWidth = width;
    if (const int unread = unreadCount(index); unread > 0) {
        QFont bold = option.font;
        bold.setBold(true);
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int w = std::max(m.line, QFontMetrics(bold).horizontalAdvance(count) + m.line / 2);
        const QRectF badge(r.right() - m.pad - w, firstTop + 1, w, m.line - 2);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(option.palette.color(QPalette::Highlight));
        p->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        p->setFont(bold);
        p->setPen(option.palette.color(QPalette::HighlightedText));
        p->drawText(badge, Qt::AlignCenter, count);
        p->restore();
        nameWidth = std::max(0, width - w - m.gap / 2);
    }
    p->setFont(option.font);
    p->setPen(colors.text);
    const QString name = singleLine(index.data().toString());
    p->drawText(QRect(textLeft, firstTop, nameWidth, m.line), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(name, Qt::ElideRight, nameWidth));
    if (second.isEmpty())
        return;
    QFont secondFont = option.font;
    // The pending request is a state of ours, not a message of theirs: set apart in italics.
    secondFont.setItalic(isBlocked(index) ||
                         (index.data(RosterModel::AskRole).toBool() &&
                          index.data(RosterModel::StatusTextRole).toString().isEmpty()));
    const QFontMetrics sfm(secondFont);
    p->setFont(secondFont);
    p->setPen(colors.muted);
    p->drawText(QRect(textLeft, firstTop + m.line + m.pad / 2, width, m.line),
                Qt::AlignLeft | Qt::AlignVCenter, sfm.elidedText(second, Qt::ElideRight, width));
}

void RosterDelegate::paintGroup(QPainter *p, const QStyleOptionViewItem &option,
                                const QModelIndex &index, const Metrics &m) const
{
    const QRect r = option.rect;
    const Colors colors = colorsFor(option);
    // The text sits low in the row: the extra space above separates the group from the last
    // contact of the group before.
    const int top = r.bottom() + 1 - m.pad - m.line;
    const bool open = m_view && m_view->isExpanded(index);
    const int arrowLeft = leftOf(r, index, m);
    paintArrow(p, QRect(arrowLeft, top + (m.line - m.arrow) / 2, m.arrow, m.arrow), open,
               colors.muted);

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const QFontMetrics fm(option.font);
    const QLocale locale;
    //: A roster group's counts: contacts online / contacts in the group
    const QString counts =
        tr("%1/%2").arg(locale.toString(index.data(RosterModel::OnlineCountRole).toInt()),
                        locale.toString(index.data(RosterModel::ContactCountRole).toInt()));
    const int countsWidth = fm.horizontalAdvance(counts);
    const int left = arrowLeft + m.arrow + m.gap;
    const int available = std::max(0, r.right() - m.pad - left - m.gap - countsWidth);
    const QString name =
        bfm.elidedText(singleLine(index.data().toString()), Qt::ElideRight, available);
    p->setFont(bold);
    p->setPen(colors.text);
    p->drawText(QRect(left, top, available, m.line), Qt::AlignLeft | Qt::AlignVCenter, name);
    p->setFont(option.font);
    p->setPen(colors.muted);
    const int countsLeft = left + bfm.horizontalAdvance(name) + m.gap;
    p->drawText(QRect(countsLeft, top, countsWidth + 1, m.line), Qt::AlignLeft | Qt::AlignVCenter,
                counts);
}

void RosterDelegate::paintAccount(QPainter *p, const QStyleOptionViewItem &option,
                                  const QModelIndex &index, const Metrics &m) const
{
    const QRect r = option.rect;
    const Colors colors = colorsFor(option);
    const QRect iconRect = statusIconRect(r, index, option.font);
    const int firstTop = iconRect.top() - (m.line - m.icon) / 2;
    const bool open = m_view && m_view->isExpanded(index);
    paintArrow(p, QRect(leftOf(r, index, m), firstTop + (m.line - m.arrow) / 2, m.arrow, m.arrow),
               open, colors.muted);
    icon(statusIconName(index)).paint(p, iconRect);

    const int textLeft = iconRect.right() + 1 + m.gap / 2 + 1;
    const int width = std::max(0, r.right() - m.pad - textLeft);
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(colors.text);
    p->drawText(QRect(textLeft, firstTop, width, m.line), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, width));
    const QString second = secondLine(index);
    if (second.isEmpty())
        return;
    p->setFont(option.font);
    p->setPen(colors.muted);
    p->drawText(QRect(textLeft, firstTop + m.line + m.pad / 2, width, m.line),
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(option.font).elidedText(second, Qt::ElideRight, width));
}

void RosterDelegate::paintAvatar(QPainter *p, const QRect &rect, const QModelIndex &index) const
{
    QPainterPath circle;
    circle.addEllipse(QRectF(rect));
    const QVariant picture = index.data(AvatarRole);
    QPixmap pixmap;
    if (picture.typeId() == QMetaType::QPixmap)
        pixmap = picture.value<QPixmap>();
    else if (picture.typeId() == QMetaType::QImage)
        pixmap = QPixmap::fromImage(picture.value<QImage>());
    else if (picture.typeId() == QMetaType::QIcon)
        pixmap = picture.value<QIcon>().pixmap(rect.size(), p->device()->devicePixelRatioF());
    else if (m_avatars)
        pixmap = m_avatars->pixmap(index.data(RosterModel::AccountRole).toString(),
                                   index.data(RosterModel::JidRole).toString(), rect.width(),
                                   p->device()->devicePixelRatioF());
    if (!pixmap.isNull()) {
        p->save();
        p->setClipPath(circle);
        p->drawPixmap(rect, pixmap);
        p->restore();
        return;
    }

    const QString jid = index.data(RosterModel::JidRole).toString();
    p->fillPath(circle, consistentColor(jid));
    const QString name = index.data(RosterModel::NameRole).toString();
    const QString initial = initialOf(singleLine(name.isEmpty() ? jid : name));
    QFont font = p->font();
    font.setBold(true);
    font.setPixelSize(std::max(6, rect.height() * 9 / 20));
    p->setFont(font);
    p->setPen(Qt::white);
    p->drawText(rect, Qt::AlignCenter, initial);
}

void RosterDelegate::paintArrow(QPainter *p, const QRect &rect, bool open,
                                const QColor &color) const
{
    // A small triangle: pointing down when open, towards the text when closed.
    const QRectF r = QRectF(rect).adjusted(rect.width() * 0.15, rect.height() * 0.15,
                                           -rect.width() * 0.15, -rect.height() * 0.15);
    QPainterPath path;
    if (open) {
        path.moveTo(r.left(), r.top() + r.height() * 0.2);
        path.lineTo(r.right(), r.top() + r.height() * 0.2);
        path.lineTo(r.center().x(), r.bottom() - r.height() * 0.1);
    } else if (m_view && m_view->layoutDirection() == Qt::RightToLeft) {
        path.moveTo(r.right() - r.width() * 0.2, r.top());
        path.lineTo(r.right() - r.width() * 0.2, r.bottom());
        path.lineTo(r.left() + r.width() * 0.1, r.center().y());
    } else {
        path.moveTo(r.left() + r.width() * 0.2, r.top());
        path.lineTo(r.left() + r.width() * 0.2, r.bottom());
        path.lineTo(r.right() - r.width() * 0.1, r.center().y());
    }
    path.closeSubpath();
    p->fillPath(path, color);
}

// --- Tooltips ------------------------------------------------------------------------------------

QString RosterDelegate::tooltip(const QModelIndex &index) const
{
    QStringList lines;
    const QString jid = index.data(RosterModel::JidRole).toString();
    if (kindOf(index) == Kind::Account) {
        lines << jid << singleLine(index.data(RosterModel::AccountStateRole).toString());
        return lines.join(QLatin1Char('\n'));
    }
    const QString name = singleLine(index.data(RosterModel::NameRole).toString());
    if (!name.isEmpty() && name != jid)
        lines << name;
    lines << jid;
    const Presence::Show show = showOf(index);
    const QString status = singleLine(index.data(RosterModel::StatusTextRole).toString());
    lines << (status.isEmpty() ? showText(show) : tr("%1: %2").arg(showText(show), status));
    switch (RosterItem::Subscription(index.data(RosterModel::SubscriptionRole).toInt())) {
    case RosterItem::Subscription::Both:
        lines << tr("You share your status with each other.");
        break;
    case RosterItem::Subscription::To:
        lines << tr("You see their status; they do not see yours.");
        break;
    case RosterItem::Subscription::From:
        lines << tr("They see your status; you do not see theirs.");
        break;
    case RosterItem::Subscription::None:
    case RosterItem::Subscription::Remove:
        lines << tr("You do not share your status with each other.");
        break;
    }
    if (index.data(RosterModel::AskRole).toBool())
        lines << tr("Waiting for them to approve your request.");
    return lines.join(QLatin1Char('\n'));
}

bool RosterDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid() || kindOf(index) == Kind::Group)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // A tooltip guesses between plain and rich text: escaping makes names from the network
    // certain to be shown as the characters they are.
    QToolTip::showText(event->globalPos(),
                       Qt::convertFromPlainText(tooltip(index), Qt::WhiteSpaceNormal), view,
                       option.rect);
    return true;
}

} // namespace charla
