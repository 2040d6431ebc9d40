#pragma once

#include "features/MessageFeature.h"
#include "stanza/Presence.h"

#include <QImage>
#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QToolButton;

namespace charla {

class AvatarProvider;
class HttpUpload;
class ChatStateTimer;
class ChatView;
class Composer;
class LinkOpener;
class NotifyModeButton;

/// One conversation: a header (name, status, "is typing…", mute), the message list, a bar
/// that says what the composer is doing (replying, editing, a notice), and the composer.
///
/// It does not talk to the network: what the person does comes out as requests
/// (sendRequested(), correctionRequested(), ...) that ChatManager gives to the account's
/// MessageFeature, so the tab can be shown and tested with any model of ConversationModel's
/// roles.
class ChatTab : public QWidget
{
    Q_OBJECT
public:
    ChatTab(const QString &account, const QString &jid, QWidget *parent = nullptr);
    ~ChatTab() override;

    QString account() const { return m_account; }
    QString jid() const { return m_jid; }

    /// The messages (a ConversationModel); the tab does not own it.
    void setConversation(QAbstractItemModel *conversation);
    QAbstractItemModel *conversation() const;
    ChatView *view() const { return m_view; }
    Composer *composer() const { return m_composer; }
    ChatStateTimer *chatStateTimer() const { return m_states; }
    LinkOpener *linkOpener() const { return m_links; }

    /// The account's own bare JID (its reactions are its own).
    void setOwnJid(const QString &bareJid);
    void setAvatarProvider(AvatarProvider *provider);
    /// The contact's name as shown (roster name, else the JID).
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setPresence(const Presence &presence, bool available);
    QString statusText() const;
    /// Replaces the status line (rooms: occupants and our standing instead of a presence).
    void setStatusText(const QString &text);
    /// Puts @p panel beside the message list (a room's occupants), in a splitter.
    void setSidePanel(QWidget *panel);
    /// Adds @p widget under the header (a room's subject line).
    void addHeaderWidget(QWidget *widget);
    /// XEP-0085: what the peer is doing ("alice is typing…").
    void setPeerChatState(MessageFeature::ChatState state);
    QString peerChatStateText() const;
    /// The same line said otherwise (a room: "bob and carol are typing…"); empty clears it.
    void setTypingText(const QString &text);

    /// The header's notification menu (All / Mentions only / Muted); ChatManager keeps the choice.
    NotifyModeButton *notifyButton() const { return m_mute; }
    void setUnread(int count);
    int unread() const { return m_unread; }
    /// Whether the person can see this chat now (visible, current tab, active window).
    bool isSeen() const;

    /// The line above the messages about older history ("Loading older messages…"); empty
    /// hides it.
    void setHistoryLine(const QString &text);
    QString historyLine() const;

    /// Shows @p text in the bar above the composer until closed (plain text).
    void showNotice(const QString &text);
    /// Shows @p upload's progress with a Cancel button until it ends; its failure becomes a notice.
    void addUpload(HttpUpload *upload);
    QString noticeText() const;

    /// "Save as…" of a file card: asks where (suggestedSavePath() first) and downloads it.
    void saveAttachment(const QUrl &url);
    /// The download folder and the link's sanitised file name (DownloadName).
    static QString suggestedSavePath(const QUrl &url);

    /// Reply to / edit a message (XEP-0461 / XEP-0308); cancel() stops either.
    void startReply(const QModelIndex &index);
    bool startEditLast();
    void startEdit(const QModelIndex &index);
    void cancel();
    qint64 editingId() const { return m_editId; }
    bool isReplying() const { return m_replyRow.isValid(); }

    /// Scrolls to the message with store id @p id (loading older pages) and highlights it.
    bool showMessage(qint64 id);
    /// XEP-0333: if the newest incoming message is seen and not yet marked, emits displayed().
    void markSeen();

Q_SIGNALS:
    void sendRequested(const QString &body, const charla::MessageFeature::SendOptions &options);
    void correctionRequested(qint64 id, const QString &body);
    void retractRequested(qint64 id);
    /// Our reactions to @p id should become exactly @p emojis.
    void reactionsRequested(qint64 id, const QStringList &emojis);
    void retryRequested(qint64 id);
    void chatStateChanged(charla::MessageFeature::ChatState state);
    void displayed(qint64 id);
    void uploadRequested(const QString &path);
    void imageUploadRequested(const QImage &image);
    void xmppLinkAccepted(const QUrl &url);
    /// The chat menu's "Delete Local History…" (the manager asks first).
    void clearHistoryRequested();
    /// The chat menu's "Export Conversation…".
    void exportRequested();
    /// Title, unread count or chat state changed (the window updates its tab).
    void changed();

protected:
    void showEvent(QShowEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void send(const QString &text);
    void toggleReaction(qint64 id, const QString &emoji);
    void updateBar();
    void upload(const QString &path, const QImage &image);

    QString m_account;
    QString m_jid;
    QString m_ownJid;
    QString m_title;
    QString m_notice;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_typing;
    NotifyModeButton *m_mute;
    QToolButton *m_menu;
    QLabel *m_history;
    ChatView *m_view;
    QWidget *m_bar;
    QLabel *m_barText;
    QToolButton *m_barClose;
    Composer *m_composer;
    ChatStateTimer *m_states;
    LinkOpener *m_links;
    MessageFeature::ChatState m_peerState = MessageFeature::ChatState::None;
    QString m_typingText;
    QPersistentModelIndex m_replyRow;
    qint64 m_editId = 0;
    qint64 m_lastDisplayed = 0;
    int m_unread = 0;
};

} // namespace charla
