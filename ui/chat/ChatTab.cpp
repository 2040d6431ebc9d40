#include "ChatTab.h"

#include "AttachmentFetcher.h"
#include "ChatStateTimer.h"
#include "ChatView.h"
#include "Composer.h"
#include "ComposerEdit.h"
#include "LinkOpener.h"
#include "UploadProgress.h"
#include "MessageDelegate.h"
#include "RosterDelegate.h"
#include "models/ConversationModel.h"
#include "notify/NotifyModeButton.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QStandardPaths>
#include <QHBoxLayout>
#include <QMimeData>
#include <QScrollBar>
#include <QSplitter>
#include <QLabel>
#include <QMenu>
#include <QMetaMethod>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

namespace charla {

namespace {

using Role = ConversationModel::Role;

bool isOutgoing(const QModelIndex &index)
{
    return index.data(Role::DirectionRole).toInt() == int(ChatMessage::Direction::Outgoing);
}

QString bareOf(const QString &jid)
{
    const qsizetype slash = jid.indexOf(QLatin1Char('/'));
    return slash < 0 ? jid : jid.left(slash);
}

} // namespace

ChatTab::ChatTab(const QString &account, const QString &jid, QWidget *parent)
    : QWidget(parent), m_account(account), m_jid(jid), m_title(jid), m_name(new QLabel(this)),
      m_status(new QLabel(this)), m_typing(new QLabel(this)), m_mute(new NotifyModeButton(this)),
      m_menu(new QToolButton(this)), m_history(new QLabel(this)),
      m_view(new ChatView(this)), m_bar(new QWidget(this)), m_barText(new QLabel(m_bar)),
      m_barClose(new QToolButton(m_bar)), m_composer(new Composer(this)),
      m_states(new ChatStateTimer(this)), m_links(new LinkOpener(this))
{
    // Names, statuses and notices come from the network: plain text only.
    for (QLabel *label : {m_name, m_status, m_typing, m_barText}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_name->setFont(bold);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_typing->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_name);
    names->addWidget(m_status);
    header->addLayout(names, 1);
    header->addWidget(m_mute, 0, Qt::AlignTop);
    auto *menu = new QMenu(m_menu);
    QAction *exportAction = menu->addAction(tr("&Export Conversation\u2026"));
    exportAction->setObjectName(QStringLiteral("exportConversationAction"));
    connect(exportAction, &QAction::triggered, this, &ChatTab::exportRequested);
    QAction *clearAction = menu->addAction(tr("&Delete Local History\u2026"));
    clearAction->setObjectName(QStringLiteral("clearHistoryAction"));
    connect(clearAction, &QAction::triggered, this, &ChatTab::clearHistoryRequested);
    m_menu->setMenu(menu);
    m_menu->setPopupMode(QToolButton::InstantPopup);
    m_menu->setAutoRaise(true);
    m_menu->setText(QStringLiteral("\u22EF"));
    m_menu->setToolTip(tr("Chat menu"));
    m_menu->setAccessibleName(tr("Chat menu"));
    header->addWidget(m_menu, 0, Qt::AlignTop);
    m_history->setAlignment(Qt::AlignHCenter);
    m_history->setForegroundRole(QPalette::PlaceholderText);
    m_history->setTextFormat(Qt::PlainText);
    m_history->hide();

    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(4, 2, 4, 2);
    m_barText->setWordWrap(true);
    bar->addWidget(m_barText, 1);
    m_barClose->setText(QStringLiteral("\u2715"));
    m_barClose->setAutoRaise(true);
    m_barClose->setToolTip(tr("Cancel (Esc)"));
    bar->addWidget(m_barClose);
    m_bar->setAutoFillBackground(true);
    m_bar->setBackgroundRole(QPalette::AlternateBase);
    m_bar->hide();
    connect(m_barClose, &QToolButton::clicked, this, &ChatTab::cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_history);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_typing);
    layout->addWidget(m_bar);
    layout->addWidget(m_composer);
    setFocusProxy(m_composer);
    m_name->setText(m_title);
    m_typing->setText(QStringLiteral(" "));

    connect(m_composer, &Composer::sendRequested, this, &ChatTab::send);
    connect(m_composer, &Composer::editLastRequested, this, &ChatTab::startEditLast);
    connect(m_composer, &Composer::cancelRequested, this, &ChatTab::cancel);
    connect(m_composer, &Composer::edited, m_states, &ChatStateTimer::edited);
    connect(m_composer, &Composer::uploadRequested, this,
            [this](const QString &path) { upload(path, {}); });
    connect(m_composer, &Composer::imageUploadRequested, this,
            [this](const QImage &image) { upload({}, image); });
    connect(m_states, &ChatStateTimer::stateChanged, this, &ChatTab::chatStateChanged);

    connect(m_view, &ChatView::replyRequested, this, &ChatTab::startReply);
    connect(m_view, &ChatView::editRequested, this, &ChatTab::startEdit);
    connect(m_view, &ChatView::retryRequested, this, &ChatTab::retryRequested);
    connect(m_view, &ChatView::retractRequested, this, &ChatTab::retractRequested);
    connect(m_view, &ChatView::reactionToggled, this, &ChatTab::toggleReaction);
    connect(m_view, &ChatView::linkActivated, this,
            [this](const QUrl &url) { m_links->open(url, this); });
    connect(m_links, &LinkOpener::xmppLinkAccepted, this, &ChatTab::xmppLinkAccepted);
    connect(m_view, &ChatView::saveRequested, this, &ChatTab::saveAttachment);
    if (AttachmentFetcher *files = m_view->messageDelegate()->attachmentFetcher()) {
        connect(files, &AttachmentFetcher::saved, this, [this](const QString &, const QString &path) {
            showNotice(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        });
        connect(files, &AttachmentFetcher::saveFailed, this,
                [this](const QString &, const QString &error) { showNotice(error); });
    }
    // XEP-0333: reaching the newest message while looking at the chat marks it seen.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_view->isAtBottom() && isSeen())
            markSeen();
    });
    setAcceptDrops(true);
}

void ChatTab::setHistoryLine(const QString &text)
{
    m_history->setText(text);
    m_history->setVisible(!text.isEmpty());
}

QString ChatTab::historyLine() const
{
    return m_history->text();
}

void ChatTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ChatTab::dropEvent(QDropEvent *event)
{
    // Files dropped anywhere on the chat are uploaded, as on the composer.
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            upload(url.toLocalFile(), {});
    }
    event->acceptProposedAction();
}

ChatTab::~ChatTab() = default;

void ChatTab::setConversation(QAbstractItemModel *conversation)
{
    m_view->setConversation(conversation);
    // A screen reader names the peer as the header does ("Alice, 10:42: text"). The model
    // outlives a closed tab, hence the guard.
    if (auto *model = qobject_cast<ConversationModel *>(conversation)) {
        const QPointer<ChatTab> self(this);
        model->setSenderName([self](const QString &, bool outgoing) {
            return self && !outgoing ? self->m_title : QString();
        });
    }
    if (conversation) {
        connect(conversation, &QAbstractItemModel::rowsInserted, this, [this] {
            if (isSeen())
                markSeen();
        });
    }
}

QAbstractItemModel *ChatTab::conversation() const
{
    return m_view->conversation();
}

void ChatTab::setOwnJid(const QString &bareJid)
{
    m_ownJid = bareJid;
    m_view->messageDelegate()->setOwnJid(bareJid);
}

void ChatTab::setAvatarProvider(AvatarProvider *provider)
{
    m_view->messageDelegate()->setAvatarProvider(provider, m_account);
}

void ChatTab::setTitle(const QString &title)
{
    m_title = RosterDelegate::singleLine(title.isEmpty() ? m_jid : title);
    m_name->setText(m_title);
    m_name->setToolTip(m_jid.toHtmlEscaped());
    // The delegate names the peer as the header does.
    const QString peer = m_title;
    m_view->messageDelegate()->setNameResolver([peer](const QString &, bool outgoing) {
        return outgoing ? QString() : peer;
    });
    Q_EMIT changed();
}

void ChatTab::setPresence(const Presence &presence, bool available)
{
    if (!available) {
        m_status->setText(tr("Offline"));
        return;
    }
    QString text = RosterDelegate::showText(presence.show);
    const QString status = RosterDelegate::singleLine(presence.status);
    if (!status.isEmpty())
        text += QStringLiteral(" \u2014 ") + status;
    m_status->setText(text);
}

QString ChatTab::statusText() const
{
    return m_status->text();
}

void ChatTab::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void ChatTab::setSidePanel(QWidget *panel)
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("chatSplitter"));
    split->setChildrenCollapsible(false);
    delete layout()->replaceWidget(m_view, split);
    split->addWidget(m_view);
    split->addWidget(panel);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
}

void ChatTab::addHeaderWidget(QWidget *widget)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, widget);
}

void ChatTab::setTypingText(const QString &text)
{
    m_peerState = MessageFeature::ChatState::None;
    m_typingText = text;
    m_typing->setText(text.isEmpty() ? QStringLiteral(" ") : text);
    Q_EMIT changed();
}

void ChatTab::setPeerChatState(MessageFeature::ChatState state)
{
    m_peerState = state;
    m_typingText.clear();
    const QString text = peerChatStateText();
    m_typing->setText(text.isEmpty() ? QStringLiteral(" ") : text);
    Q_EMIT changed();
}

QString ChatTab::peerChatStateText() const
{
    if (!m_typingText.isEmpty())
        return m_typingText;
    switch (m_peerState) {
    case MessageFeature::ChatState::Composing:
        return tr("%1 is typing\u2026").arg(m_title);
    case MessageFeature::ChatState::Paused:
        return tr("%1 stopped typing.").arg(m_title);
    case MessageFeature::ChatState::Gone:
        return tr("%1 closed the chat.").arg(m_title);
    default:
        return {};
    }
}

void ChatTab::setUnread(int count)
{
    if (count == m_unread)
        return;
    m_unread = count;
    Q_EMIT changed();
}

bool ChatTab::isSeen() const
{
    return isVisible() && window()->isActiveWindow() && !window()->isMinimized();
}

QString ChatTab::suggestedSavePath(const QUrl &url)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    // The name comes from the network: DownloadName keeps it inside the folder.
    return QDir(dir).filePath(AttachmentFetcher::suggestedName(url.toString()));
}

void ChatTab::saveAttachment(const QUrl &url)
{
    AttachmentFetcher *files = m_view->messageDelegate()->attachmentFetcher();
    if (!files)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save File"), suggestedSavePath(url));
    if (!path.isEmpty())
        files->save(url.toString(), path);
}

void ChatTab::showNotice(const QString &text)
{
    m_notice = text;
    updateBar();
}

QString ChatTab::noticeText() const
{
    return m_bar->isVisible() || !m_barText->text().isEmpty() ? m_barText->text() : QString();
}

void ChatTab::updateBar()
{
    QString text;
    if (m_editId) {
        text = tr("Editing your message. Enter saves, Esc cancels.");
    } else if (m_replyRow.isValid()) {
        const QString quote =
            RosterDelegate::singleLine(m_view->messageDelegate()->messageText(
                m_view->indexForRow(m_replyRow.row())));
        const QString who = m_view->messageDelegate()->senderName(
            m_view->indexForRow(m_replyRow.row()));
        text = tr("Replying to %1: %2").arg(who, quote.left(120));
    } else {
        text = m_notice;
    }
    m_barText->setText(text);
    m_bar->setVisible(!text.isEmpty());
}

void ChatTab::startReply(const QModelIndex &index)
{
    if (!index.isValid() || !conversation())
        return;
    m_editId = 0;
    m_notice.clear();
    m_replyRow = conversation()->index(index.row(), 0);
    updateBar();
    m_composer->setFocus();
}

bool ChatTab::startEditLast()
{
    QAbstractItemModel *model = conversation();
    if (!model)
        return false;
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = model->index(row, 0);
        if (isOutgoing(index)) {
            if (index.data(Role::RetractedRole).toBool())
                return false;
            startEdit(index);
            return true;
        }
    }
    return false;
}

void ChatTab::startEdit(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_replyRow = QPersistentModelIndex();
    m_notice.clear();
    m_editId = index.data(Role::IdRole).toLongLong();
    m_composer->setText(index.data(Role::BodyRole).toString());
    updateBar();
    m_composer->setFocus();
}

void ChatTab::cancel()
{
    if (m_editId)
        m_composer->clear();
    m_editId = 0;
    m_replyRow = QPersistentModelIndex();
    m_notice.clear();
    updateBar();
}

void ChatTab::send(const QString &text)
{
    if (m_editId) {
        const qint64 id = m_editId;
        m_editId = 0;
        Q_EMIT correctionRequested(id, text);
    } else {
        MessageFeature::SendOptions options;
        if (m_replyRow.isValid()) {
            // XEP-0461: the id the original is known by, its author, and the quoted text.
            const QVariant v = m_replyRow.data(Role::MessageRole);
            if (v.canConvert<ChatMessage>()) {
                const ChatMessage original = v.value<ChatMessage>();
                options.replyToId = original.referenceId();
            }
            options.replyToFrom = bareOf(m_replyRow.data(Role::FromRole).toString());
            options.replyQuote = m_replyRow.data(Role::BodyRole).toString().left(500);
        }
        Q_EMIT sendRequested(text, options);
    }
    m_states->sent();
    m_replyRow = QPersistentModelIndex();
    m_notice.clear();
    m_composer->clear();
    updateBar();
    m_view->scrollToNewest();
}

void ChatTab::toggleReaction(qint64 id, const QString &emoji)
{
    QAbstractItemModel *model = conversation();
    if (!model)
        return;
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Role::IdRole).toLongLong() != id)
            continue;
        // XEP-0444 3: a reaction message carries the complete set of our reactions.
        QStringList mine;
        const QVariantList list = index.data(Role::ReactionsRole).toList();
        for (const QVariant &v : list) {
            const QVariantMap m = v.toMap();
            if (m.value(QStringLiteral("senders")).toStringList().contains(m_ownJid))
                mine.append(m.value(QStringLiteral("emoji")).toString());
        }
        if (mine.contains(emoji))
            mine.removeAll(emoji);
        else
            mine.append(emoji);
        Q_EMIT reactionsRequested(id, mine);
        return;
    }
}

void ChatTab::addUpload(HttpUpload *upload)
{
    auto *progress = new UploadProgress(upload, this);
    connect(progress, &UploadProgress::failed, this, &ChatTab::showNotice);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_composer), progress);
}

void ChatTab::upload(const QString &path, const QImage &image)
{
    const bool handled = path.isEmpty()
                             ? isSignalConnected(QMetaMethod::fromSignal(&ChatTab::imageUploadRequested))
                             : isSignalConnected(QMetaMethod::fromSignal(&ChatTab::uploadRequested));
    if (!handled) {
        showNotice(tr("File upload is not available yet."));
        return;
    }
    if (path.isEmpty())
        Q_EMIT imageUploadRequested(image);
    else
        Q_EMIT uploadRequested(path);
}

bool ChatTab::showMessage(qint64 id)
{
    auto *model = qobject_cast<ConversationModel *>(conversation());
    if (!model)
        return false;
    const int row = model->rowForId(id);
    if (row < 0)
        return false;
    m_view->showRow(row, true);
    return true;
}

void ChatTab::markSeen()
{
    QAbstractItemModel *model = conversation();
    if (!model || !m_view->isAtBottom())
        return;
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = model->index(row, 0);
        if (isOutgoing(index))
            continue;
        const qint64 id = index.data(Role::IdRole).toLongLong();
        if (id > 0 && id != m_lastDisplayed
            && index.data(Role::StateRole).toInt() != int(ChatMessage::State::Displayed)) {
            m_lastDisplayed = id;
            Q_EMIT displayed(id);
        }
        return;
    }
}

void ChatTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_states->attention(true);
}

void ChatTab::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_states->attention(true);
}

} // namespace charla
