#include "MessageDelegate.h"
#include "MessageDelegateEntry.h"

#include "AttachmentCard.h"
#include "AttachmentFetcher.h"
#include "AvatarProvider.h"
#include "ConsistentColor.h"
#include "DeliveryMark.h"
#include "ErrorText.h"
#include "RosterDelegate.h"
#include "features/AttachmentPolicy.h"
#include "models/ConversationModel.h"
#include "models/Mention.h"

#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QTextLayout>

namespace charla {

namespace {

using Role = ConversationModel::Role;
using messagedelegate::Reaction;

QColor mixed(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

QColor mutedText(const QPalette &pal)
{
    return mixed(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
}

QString bareOf(const QString &jid)
{
    const qsizetype slash = jid.indexOf(QLatin1Char('/'));
    return slash < 0 ? jid : jid.left(slash);
}

/// The resource of a full JID: a room occupant's nick.
QString nickOf(const QString &jid)
{
    const qsizetype slash = jid.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : jid.mid(slash + 1);
}

QString initialOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QStringLiteral("?");
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, t);
    const qsizetype end = finder.toNextBoundary();
    return t.left(end > 0 ? end : 1).toUpper();
}

QString dayText(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return MessageDelegate::tr("Today");
    if (day == today.addDays(-1))
        return MessageDelegate::tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

// The time of day without seconds, in the locale's order ("09:30", "9:30 AM").
QString shortTime(const QTime &time)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return QLocale().toString(time, format.trimmed());
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.85);
    else
        f.setPixelSize(qMax(8, int(f.pixelSize() * 0.85)));
    return f;
}

QList<Reaction> reactionsOf(const QModelIndex &index)
{
    QList<Reaction> out;
    const QVariantList list = index.data(Role::ReactionsRole).toList();
    for (const QVariant &v : list) {
        const QVariantMap m = v.toMap();
        Reaction r{m.value(QStringLiteral("emoji")).toString(),
                   m.value(QStringLiteral("count")).toInt(),
                   m.value(QStringLiteral("senders")).toStringList()};
        if (r.count <= 0)
            r.count = int(r.senders.size());
        if (!r.emoji.isEmpty() && r.count > 0)
            out.append(r);
    }
    return out;
}

} // namespace

MessageDelegate::MessageDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view)
{
    m_cache.setMaxCost(4000);
}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::setNameResolver(NameResolver resolver)
{
    m_names = std::move(resolver);
    m_cache.clear();
}

void MessageDelegate::setAvatarProvider(AvatarProvider *provider, const QString &account)
{
    if (m_avatars)
        disconnect(m_avatars, nullptr, this, nullptr);
    m_avatars = provider;
    m_account = account;
    if (provider && m_view) {
        connect(provider, &AvatarProvider::avatarChanged, this, [this] {
            if (m_view)
                m_view->viewport()->update();
        });
    }
}

void MessageDelegate::setAttachmentFetcher(AttachmentFetcher *fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    m_cache.clear();
    if (!fetcher)
        return;
    connect(fetcher, &AttachmentFetcher::previewChanged, this, [this](const QString &url) {
        // The rows showing this file get a new height.
        QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row, 0);
            if (AttachmentCard::fileUrlOf(i.data(Role::BodyRole).toString(),
                                          i.data(Role::OobUrlRole).toString()) == url)
                Q_EMIT sizeHintChanged(i);
        }
        if (m_view)
            m_view->viewport()->update();
    });
}

AttachmentFetcher *MessageDelegate::attachmentFetcher() const
{
    return m_fetcher;
}

void MessageDelegate::setSenderTrusted(std::function<bool(const QString &)> trusted)
{
    m_trusted = std::move(trusted);
    m_cache.clear();
}

void MessageDelegate::allowPreview(const QString &url)
{
    m_previewAllowed.insert(url);
    if (m_fetcher)
        m_fetcher->fetchPreview(url);
    m_cache.clear();
    if (m_view) {
        m_view->doItemsLayout();
        m_view->viewport()->update();
    }
}

QRect MessageDelegate::attachmentButton(const QRect &rowRect, const QModelIndex &index,
                                        Hit::Kind kind) const
{
    if (!m_view)
        return {};
    const Entry *e = entry(index, rowRect.width(), m_view->font(), m_view->palette());
    if (!e || !e->hasCard)
        return {};
    const QRect r = kind == Hit::Save ? e->card.save
                                      : (kind == Hit::ShowPreview ? e->card.showPreview : QRect());
    return r.isNull() ? r : r.translated(rowRect.topLeft());
}

void MessageDelegate::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_cache.clear();
    if (m_view) {
        m_view->doItemsLayout();
        m_view->viewport()->update();
    }
}

MessageDelegate::Metrics MessageDelegate::metrics(const QFont &font) const
{
    const QFontMetrics fm(font);
    const QFontMetrics sm(smallFont(font));
    Metrics m;
    m.line = fm.height();
    m.small = sm.height();
    if (m_compact) {
        // Compact: the avatar beside the name only, and half the space between messages.
        m.pad = qMax(1, m.line / 8);
        m.gap = qMax(3, m.line / 3);
        m.avatar = m.line;
    } else {
        m.pad = qMax(2, m.line / 4);
        m.gap = qMax(4, m.line / 2);
        m.avatar = m.line * 2;
    }
    m.textLeft = m.pad * 2 + m.avatar + m.gap;
    // The time column is as wide as the widest time of this locale, plus the mark.
    const QString widest = shortTime(QTime(23, 58));
    m.meta = sm.horizontalAdvance(widest) + m.small + m.gap + m.pad;
    m.indent = fm.horizontalAdvance(QLatin1Char('M'));
    return m;
}

bool MessageDelegate::isMention(const QModelIndex &index) const
{
    if (m_mentionNick.isEmpty()
        || index.data(Role::DirectionRole).toInt() == int(ChatMessage::Direction::Outgoing))
        return false;
    return mentionsNick(index.data(Role::BodyRole).toString(), m_mentionNick);
}

QString MessageDelegate::senderName(const QModelIndex &index) const
{
    return nameOf(index.data(Role::FromRole).toString(),
                  index.data(Role::DirectionRole).toInt()
                      == int(ChatMessage::Direction::Outgoing));
}

QString MessageDelegate::nameOf(const QString &from, bool outgoing) const
{
    QString name = m_names ? m_names(from, outgoing) : QString();
    if (name.isEmpty())
        //: Sender name shown above one's own messages in a chat.
        name = outgoing ? tr("Me") : bareOf(from);
    return RosterDelegate::singleLine(name);
}

int MessageDelegate::viewWidth() const
{
    return m_view ? m_view->viewport()->width() : 400;
}

const MessageDelegate::Entry *MessageDelegate::entry(const QModelIndex &index, int width,
                                                     const QFont &font,
                                                     const QPalette &palette) const
{
    const bool firstOfDay = index.data(Role::FirstOfDayRole).toBool();
    const bool grouped = index.data(Role::GroupedRole).toBool() && !firstOfDay;
    const QString body = index.data(Role::BodyRole).toString();
    const bool action = index.data(Role::IsActionRole).toBool();
    const bool retracted = index.data(Role::RetractedRole).toBool();
    const bool unstyled = index.data(Role::UnstyledRole).toBool();
    const auto state = ChatMessage::State(index.data(Role::StateRole).toInt());
    const QString error = index.data(Role::ErrorTextRole).toString();
    const QString quote = index.data(Role::ReplyQuoteRole).toString();
    const QList<Reaction> reactions = reactionsOf(index);
    const QDateTime when = index.data(Role::TimestampRole).toDateTime();
    // A file link is drawn as a card; a preview is fetched by itself only for our own files
    // and roster contacts' (AttachmentPolicy: fetching tells the sender's server we read it).
    const bool outgoing =
        index.data(Role::DirectionRole).toInt() == int(ChatMessage::Direction::Outgoing);
    const QString fileUrl =
        retracted ? QString()
                  : AttachmentCard::fileUrlOf(body, index.data(Role::OobUrlRole).toString());
    auto preview = AttachmentPolicy::Preview::None;
    auto previewState = AttachmentFetcher::PreviewState::None;
    QString cardKey;
    if (!fileUrl.isEmpty()) {
        const bool trusted = m_trusted && m_trusted(bareOf(index.data(Role::FromRole).toString()));
        preview = AttachmentPolicy::preview(fileUrl, outgoing, trusted,
                                            m_previewAllowed.contains(fileUrl));
        if (m_fetcher)
            previewState = m_fetcher->previewState(fileUrl);
        cardKey = fileUrl + QString::number(int(preview)) + QString::number(int(previewState))
                  + QString::number(m_fetcher ? m_fetcher->size(fileUrl) : -1);
        // The fetch itself waits until the row is painted (paint()): the view lays out every
        // loaded row, and a long history of pictures must not download them all.
    }
    QString reactionKey;
    for (const Reaction &r : reactions)
        reactionKey += r.emoji + QString::number(r.count) + (r.senders.contains(m_ownJid) ? u'+' : u'-');
    // Everything the geometry depends on: a changed message (edit, state, reaction) lays out
    // again, an unchanged one is only painted.
    const QChar sep(0x1f);
    const QString signature = body + sep + index.data(Role::FromRole).toString() + sep
                              + QString::number(int(state)) + sep + error + sep + quote + sep
                              + index.data(Role::ReplyFromRole).toString() + sep + reactionKey
                              + sep + QString::number(when.toMSecsSinceEpoch()) + sep
                              + QString::number(firstOfDay) + QString::number(grouped)
                              + QString::number(action) + QString::number(retracted)
                              + QString::number(unstyled)
                              + QString::number(index.data(Role::EditedRole).toBool()) + sep
                              + QString::number(width) + font.key() + sep + cardKey;
    qint64 key = index.data(Role::IdRole).toLongLong();
    if (key == 0)
        key = -1 - index.row();
    if (Entry *cached = m_cache.object(key); cached && cached->signature == signature)
        return cached;

    auto e = std::make_unique<Entry>();
    e->signature = signature;
    const Metrics m = metrics(font);
    const QFontMetrics sm(smallFont(font));
    const int textWidth = qMax(m.line * 4, width - m.textLeft - m.meta - m.pad * 2);
    e->textWidth = textWidth;
    int y = 0;
    if (firstOfDay) {
        e->day = QRect(0, y, width, m.line + m.pad * 4);
        y += e->day.height();
    }
    e->header = !grouped;
    y += grouped ? m.pad / 2 : m.pad * 2;
    const int top = y;
    if (e->header) {
        e->avatar = QRect(m.pad * 2, y, m.avatar, m.avatar);
        e->name = QRect(m.textLeft, y, textWidth, m.line);
        y += m.line;
    }
    if (!quote.isEmpty()) {
        e->reply = QRect(m.textLeft, y + m.pad / 2, textWidth, m.small * 2 + m.pad);
        y += e->reply.height() + m.pad;
    }

    e->text = MessageText::build(fileUrl.isEmpty() ? body : QString(), senderName(index), action,
                                 retracted, palette, unstyled);
    QFont bodyFont = font;
    if (e->text.italic)
        bodyFont.setItalic(true);
    e->layout = std::make_unique<QTextLayout>(e->text.text, bodyFont);
    e->layout->setFormats(e->text.formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    e->layout->setTextOption(option);
    e->layout->setCacheEnabled(true);
    e->layout->beginLayout();
    qreal ty = 0;
    for (QTextLine line = e->layout->createLine(); line.isValid();
         line = e->layout->createLine()) {
        // XEP-0393 5.1.3: quoted lines are indented, one step per level.
        const int depth = qMin(e->text.quoteDepthAt(line.textStart()), 4);
        line.setLineWidth(qMax(m.line, textWidth - depth * m.indent));
        line.setPosition(QPointF(depth * m.indent, ty));
        ty += line.height();
    }
    e->layout->endLayout();
    e->textOrigin = QPoint(m.textLeft, y);
    y += qCeil(ty);
    if (!fileUrl.isEmpty()) {
        e->hasCard = true;
        AttachmentCard &card = e->card;
        card.url = fileUrl;
        card.name = AttachmentFetcher::suggestedName(fileUrl);
        const QUrl url(fileUrl);
        card.canSave = url.scheme() == QLatin1String("https");
        card.offerPreview = preview == AttachmentPolicy::Preview::AskFirst;
        e->autoPreview = preview == AttachmentPolicy::Preview::Fetch;
        if (preview == AttachmentPolicy::Preview::Fetch && m_fetcher)
            card.preview = m_fetcher->preview(fileUrl);
        const qint64 size = m_fetcher ? m_fetcher->size(fileUrl) : -1;
        if (url.scheme() == QLatin1String("aesgcm"))
            card.detail = tr("Encrypted file (not supported yet)");
        else if (card.offerPreview)
            card.detail = tr("Sender not in your contacts");
        else if (size >= 0)
            card.detail = QLocale().formattedDataSize(size);
        else if (previewState == AttachmentFetcher::PreviewState::Failed)
            card.detail = tr("No preview");
        else if (AttachmentPolicy::isImageUrl(fileUrl))
            card.detail = tr("Picture");
        else
            card.detail = tr("File");
        // The card takes the place of the (empty) text line.
        y = e->textOrigin.y() + card.layout(e->textOrigin, textWidth, font);
    }

    e->time = QRect(width - m.pad * 2 - m.meta, e->textOrigin.y(), m.meta - m.small - m.pad,
                    m.line);
    if (index.data(Role::DirectionRole).toInt() == int(ChatMessage::Direction::Outgoing))
        e->mark = QRect(e->time.right() + 1 + m.pad, e->textOrigin.y() + (m.line - m.small) / 2,
                        m.small, m.small);
    if (index.data(Role::EditedRole).toBool() && !retracted) {
        const int w = sm.horizontalAdvance(tr("(edited)"));
        const int lines = e->layout->lineCount();
        const QTextLine last = lines ? e->layout->lineAt(lines - 1) : QTextLine();
        const int lastEnd = last.isValid() ? qCeil(last.x() + last.naturalTextWidth()) : 0;
        if (last.isValid() && lastEnd + m.gap + w <= textWidth) {
            e->edited = QRect(m.textLeft + lastEnd + m.gap / 2,
                              e->textOrigin.y() + qRound(last.y()), w, qRound(last.height()));
        } else {
            e->edited = QRect(m.textLeft, y, w, m.small);
            y += m.small;
        }
    }
    if (state == ChatMessage::State::Failed) {
        const QString retry = tr("Retry");
        const int rw = sm.horizontalAdvance(retry) + m.pad * 2;
        e->error = QRect(m.textLeft, y + m.pad / 2, qMax(0, textWidth - rw - m.gap), m.small);
        e->retry = QRect(m.textLeft + e->error.width() + m.gap, e->error.y(), rw, m.small);
        y += m.small + m.pad;
    }
    if (!reactions.isEmpty()) {
        y += m.pad;
        int x = m.textLeft;
        const int h = m.line + m.pad;
        for (const Reaction &r : reactions) {
            const QString label = r.emoji + QLatin1Char(' ') + QString::number(r.count);
            const int w = QFontMetrics(font).horizontalAdvance(label) + m.pad * 4;
            if (x > m.textLeft && x + w > m.textLeft + textWidth) {
                x = m.textLeft;
                y += h + m.pad;
            }
            e->reactions.append({QRect(x, y, w, h), r});
            x += w + m.pad;
        }
        y += h;
    }
    if (e->header)
        y = qMax(y, top + m.avatar);
    y += m.pad;
    e->height = y;
    Entry *raw = e.get();
    m_cache.insert(key, e.release());
    return raw;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const int width = viewWidth();
    const Entry *e = entry(index, width, option.font, option.palette);
    return {width, e ? e->height : 0};
}

void MessageDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QRect rect = option.rect;
    const Entry *found = entry(index, rect.width(), option.font, option.palette);
    if (!found)
        return;
    const Entry &e = *found;
    if (e.hasCard && e.autoPreview && m_fetcher
        && m_fetcher->previewState(e.card.url) == AttachmentFetcher::PreviewState::None) {
        // Shown now: fetch its picture. Queued, not from inside paint: the fetch reports its
        // state at once, which lays the row out again.
        QPointer<AttachmentFetcher> fetcher = m_fetcher;
        QMetaObject::invokeMethod(
            m_fetcher,
            [fetcher, url = e.card.url] {
                if (fetcher && fetcher->previewState(url) == AttachmentFetcher::PreviewState::None)
                    fetcher->fetchPreview(url);
            },
            Qt::QueuedConnection);
    }
    const Metrics m = metrics(option.font);
    const QPalette &pal = option.palette;
    p->save();
    p->setClipRect(rect);
    const QRect body = rect.adjusted(0, e.day.height(), 0, 0);
    if (option.state & QStyle::State_Selected)
        p->fillRect(body, mixed(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.25));
    if (isMention(index)) {
        // A mention of our nick in a room: a tinted row with a bar in the highlight colour.
        p->fillRect(body, mixed(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.16));
        p->fillRect(QRect(body.left(), body.top(), qMax(3, m.pad), body.height()),
                    pal.color(QPalette::Highlight));
    }
    if (m_highlight.isValid() && m_highlight == index)
        p->fillRect(body, mixed(pal.color(QPalette::Base), pal.color(QPalette::Link), 0.18));
    const QPoint o = rect.topLeft();
    if (!e.day.isNull())
        paintDay(p, e.day.translated(o), index, m, pal);
    if (e.header) {
        paintAvatar(p, e.avatar.translated(o), index);
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(pal.color(QPalette::Text));
        const QRect nr = e.name.translated(o);
        p->drawText(nr, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                    QFontMetrics(bold).elidedText(senderName(index), Qt::ElideRight, nr.width()));
    }
    if (!e.reply.isNull())
        paintReply(p, e.reply.translated(o), index, m, pal);
    paintBody(p, o + e.textOrigin, e, index, m, pal);
    if (e.hasCard)
        e.card.paint(p, o, option.font, pal);

    const QFont small = smallFont(option.font);
    p->setFont(small);
    const QColor muted = mutedText(pal);
    p->setPen(muted);
    const QDateTime when = index.data(Role::TimestampRole).toDateTime().toLocalTime();
    p->drawText(e.time.translated(o), Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                shortTime(when.time()));
    const auto state = ChatMessage::State(index.data(Role::StateRole).toInt());
    if (!e.mark.isNull())
        DeliveryMark::paint(p, QRectF(e.mark.translated(o)), state, pal);
    if (!e.edited.isNull())
        p->drawText(e.edited.translated(o), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                    tr("(edited)"));
    if (!e.error.isNull()) {
        const QFontMetrics sm(small);
        QString error = RosterDelegate::singleLine(index.data(Role::ErrorTextRole).toString());
        error = error.isEmpty() ? tr("Not delivered.") : tr("Not delivered: %1").arg(error);
        p->setPen(errorColor(pal));
        p->drawText(e.error.translated(o), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                    sm.elidedText(error, Qt::ElideRight, e.error.width()));
        QFont underlined = small;
        underlined.setUnderline(true);
        p->setFont(underlined);
        p->setPen(pal.color(QPalette::Link));
        p->drawText(e.retry.translated(o), Qt::AlignCenter | Qt::TextSingleLine, tr("Retry"));
    }
    p->setFont(option.font);
    for (const auto &[r, reaction] : e.reactions) {
        const bool own = reaction.senders.contains(m_ownJid);
        const QRectF pill = QRectF(r.translated(o)).adjusted(0.5, 0.5, -0.5, -0.5);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(own ? pal.color(QPalette::Link) : mixed(pal.color(QPalette::Base), muted, 0.5));
        p->setBrush(own ? mixed(pal.color(QPalette::Base), pal.color(QPalette::Link), 0.15)
                        : pal.color(QPalette::AlternateBase));
        p->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(r.translated(o), Qt::AlignCenter | Qt::TextSingleLine,
                    reaction.emoji + QLatin1Char(' ') + QString::number(reaction.count));
    }
    p->restore();
}

void MessageDelegate::paintDay(QPainter *p, const QRect &r, const QModelIndex &index,
                               const Metrics &m, const QPalette &pal) const
{
    const QDate day = index.data(Role::TimestampRole).toDateTime().toLocalTime().date();
    const QString text = dayText(day);
    QFont bold = p->font();
    bold.setBold(true);
    p->setFont(bold);
    const int w = QFontMetrics(bold).horizontalAdvance(text) + m.gap * 2;
    const QRect label(r.center().x() - w / 2, r.top() + m.pad * 2, w, m.line);
    const QColor muted = mutedText(pal);
    p->setPen(mixed(pal.color(QPalette::Base), muted, 0.5));
    const int cy = label.center().y();
    p->drawLine(r.left() + m.pad * 2, cy, label.left(), cy);
    p->drawLine(label.right(), cy, r.right() - m.pad * 2, cy);
    p->setPen(muted);
    p->drawText(label, Qt::AlignCenter | Qt::TextSingleLine, text);
}

void MessageDelegate::paintAvatar(QPainter *p, const QRect &r, const QModelIndex &index) const
{
    // A room's occupants are told apart by nick (their bare JID is the room's): the colour is
    // the nick's, as in the occupant list, and no picture (the room's would be wrong).
    const QString from = index.data(Role::FromRole).toString();
    const QString jid = m_occupantSenders ? QString() : bareOf(from);
    const QPixmap pix = m_avatars && !jid.isEmpty()
                            ? m_avatars->pixmap(m_account, jid, r.width(),
                                                p->device()->devicePixelRatioF())
                            : QPixmap();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(r));
    if (!pix.isNull()) {
        p->setClipPath(circle, Qt::IntersectClip);
        p->drawPixmap(r, pix);
    } else {
        p->fillPath(circle, consistentColor(m_occupantSenders ? nickOf(from) : jid));
        QFont f = p->font();
        f.setBold(true);
        f.setPixelSize(qMax(8, r.height() / 2));
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(r, Qt::AlignCenter, initialOf(senderName(index)));
    }
    p->restore();
}

void MessageDelegate::paintReply(QPainter *p, const QRect &r, const QModelIndex &index,
                                 const Metrics &m, const QPalette &pal) const
{
    p->fillRect(QRect(r.left(), r.top(), qMax(2, m.pad / 2 + 1), r.height()),
                pal.color(QPalette::Link));
    const QRect inner = r.adjusted(m.pad * 2, m.pad / 2, 0, 0);
    QFont small = smallFont(p->font());
    small.setBold(false);
    QFont bold = small;
    bold.setBold(true);
    const QString replyFrom = index.data(Role::ReplyFromRole).toString();
    const QString from = replyFrom.isEmpty()
                             ? QString()
                             : nameOf(replyFrom, !m_ownJid.isEmpty() && bareOf(replyFrom) == m_ownJid);
    p->setFont(bold);
    p->setPen(mutedText(pal));
    p->drawText(QRect(inner.left(), inner.top(), inner.width(), m.small),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                QFontMetrics(bold).elidedText(from, Qt::ElideRight,
                                              inner.width()));
    p->setFont(small);
    const QString quote = RosterDelegate::singleLine(index.data(Role::ReplyQuoteRole).toString());
    // Not clipped to the line's height: an underscore is drawn below the font's descent
    // ("file_share" lost its '_'); the text is elided to the width already.
    p->drawText(QRect(inner.left(), inner.top() + m.small, inner.width(), m.small),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine | Qt::TextDontClip,
                QFontMetrics(small).elidedText(quote, Qt::ElideRight, inner.width()));
}

void MessageDelegate::paintBody(QPainter *p, const QPoint &origin, const Entry &e,
                                const QModelIndex &index, const Metrics &m,
                                const QPalette &pal) const
{
    // Preformatted blocks get a tinted background across the text column, quotations a bar
    // per level in front of their lines.
    const QColor tint = mixed(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.07);
    const QColor bar = mixed(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.3);
    for (int i = 0; i < e.layout->lineCount(); ++i) {
        const QTextLine line = e.layout->lineAt(i);
        const int depth = qMin(e.text.quoteDepthAt(line.textStart()), 4);
        const QRectF lr(origin.x() + line.x(), origin.y() + line.y(), e.textWidth - line.x(),
                        line.height());
        if (e.text.preAt(line.textStart()))
            p->fillRect(lr, tint);
        for (int d = 0; d < depth; ++d)
            p->fillRect(QRectF(origin.x() + d * m.indent + m.indent / 4.0, lr.top(),
                               qMax(2, m.pad / 2), lr.height()),
                        bar);
    }
    QList<QTextLayout::FormatRange> selections;
    if (hasTextSelection() && m_selRow == index) {
        QTextCharFormat f;
        f.setBackground(pal.color(QPalette::Highlight));
        f.setForeground(pal.color(QPalette::HighlightedText));
        selections.append({qMin(m_selStart, m_selEnd), qAbs(m_selEnd - m_selStart), f});
    }
    p->setPen(e.text.italic && index.data(Role::RetractedRole).toBool() ? mutedText(pal)
                                                                          : pal.color(QPalette::Text));
    e.layout->draw(p, origin, selections);
}

} // namespace charla
