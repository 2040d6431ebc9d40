#include "ChatManager.h"

#include "AvatarProvider.h"
#include "ChatStateTimer.h"
#include "ChatTab.h"
#include "ChatView.h"
#include "MessageDelegate.h"
#include "ChatWindow.h"
#include "Composer.h"
#include "ComposerEdit.h"
#include "LinkOpener.h"
#include "SearchPanel.h"
#include "TrayIcon.h"
#include "notify/DesktopNotifier.h"
#include "notify/NotifyModeButton.h"
#include "spell/SpellChecker.h"
#include "features/MessageFeature.h"
#include "features/PresenceFeature.h"
#include "features/RosterFeature.h"
#include "features/HttpUpload.h"
#include "features/UploadFeature.h"
#include "models/ConversationModel.h"
#include "stream/Client.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMessageBox>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace charla {

namespace {

// Before AppSettings: a list of muted "account\njid" keys; moved into NotifyMode once.
const QString kLegacyMutedKey = QStringLiteral("chat/muted");
const QString kPerChatKey = QStringLiteral("chat/oneWindowPerChat");
const QString kClearedKey = QStringLiteral("chat/historyCleared");

} // namespace

ChatManager::ChatManager(AvatarProvider *avatars, QObject *parent)
    : QObject(parent), m_avatars(avatars)
{
    m_searchAction = new QAction(tr("Search &messages\u2026"), this);
    m_searchAction->setObjectName(QStringLiteral("searchMessagesAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this, &ChatManager::showSearch);
    m_separateAction = new QAction(tr("Open chats in separate &windows"), this);
    m_separateAction->setObjectName(QStringLiteral("separateChatWindowsAction"));
    m_separateAction->setCheckable(true);
    connect(m_separateAction, &QAction::toggled, this, &ChatManager::setOneWindowPerChat);
    setSettingsFile(QString());
}

void ChatManager::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    const auto s = settings();
    m_perChatWindows = s->value(kPerChatKey, false).toBool();
    m_separateAction->setChecked(m_perChatWindows);
    const QStringList cleared = s->value(kClearedKey).toStringList();
    m_cleared = QSet<QString>(cleared.begin(), cleared.end());
    delete m_ownSettings;
    m_ownSettings = new AppSettings(path, this);
    if (s->contains(kLegacyMutedKey)) {
        const QStringList muted = s->value(kLegacyMutedKey).toStringList();
        for (const QString &k : muted) {
            const qsizetype nl = k.indexOf(QLatin1Char('\n'));
            if (nl > 0)
                appSettings()->setNotifyMode(k.left(nl), k.mid(nl + 1),
                                             AppSettings::NotifyMode::Muted);
        }
        s->remove(kLegacyMutedKey);
    }
}

void ChatManager::setAppSettings(AppSettings *settings)
{
    m_appSettings = settings;
}

AppSettings *ChatManager::appSettings() const
{
    return m_appSettings ? m_appSettings.data() : m_ownSettings;
}

void ChatManager::setDesktopNotifier(DesktopNotifier *notifier)
{
    if (m_desktop)
        disconnect(m_desktop, nullptr, this, nullptr);
    m_desktop = notifier;
    if (!notifier)
        return;
    connect(notifier, &DesktopNotifier::openRequested, this,
            [this](const QString &account, const QString &jid) { openChat(account, jid); });
    connect(notifier, &DesktopNotifier::replyRequested, this,
            [this](const QString &account, const QString &jid) {
                if (ChatTab *t = openChat(account, jid))
                    t->composer()->editor()->setFocus(Qt::OtherFocusReason);
            });
    connect(notifier, &DesktopNotifier::markReadRequested, this, &ChatManager::markRead);
}

void ChatManager::markRead(const QString &account, const QString &jid)
{
    // XEP-0333 3: a displayed marker for the newest incoming message says all before it were
    // read too; sent only while the person lets Charla tell (privacy: send read markers).
    MessageFeature *m = messages(account);
    if (m && m->store() && appSettings()->sendDisplayedMarkers()) {
        const QList<ChatMessage> latest = m->store()->latest(jid, 50);
        for (auto it = latest.crbegin(); it != latest.crend(); ++it) {
            if (!it->isOutgoing()) {
                m->markDisplayed(it->id);
                break;
            }
        }
    }
    setUnread(account, jid, 0);
}

std::unique_ptr<QSettings> ChatManager::settings() const
{
    if (m_settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

ChatManager::~ChatManager()
{
    const QList<ChatWindow *> all = windows();
    for (auto it = m_chats.begin(); it != m_chats.end(); ++it) {
        delete it->tab;
        delete it->model;
    }
    for (ChatWindow *w : all) {
        if (w != m_window)
            delete w;
    }
    delete m_window;
    delete m_search;
}

QString ChatManager::key(const QString &account, const QString &jid)
{
    return account + QLatin1Char('\n') + jid;
}

void ChatManager::addAccount(const QString &account, MessageFeature *messages,
                             RosterFeature *roster, PresenceFeature *presence)
{
    removeAccount(account);
    m_accounts.insert(account, {messages, roster, presence, {}});
    if (messages) {
        connect(messages, &MessageFeature::messageReceived, this,
                [this, account](const ChatMessage &m) { received(account, m); });
        connect(messages, &MessageFeature::chatStateChanged, this,
                [this, account](const Jid &chat, MessageFeature::ChatState state) {
                    if (ChatTab *t = tab(account, chat.bare().toString()))
                        t->setPeerChatState(state);
                });
        connect(messages, &MessageFeature::refused, this,
                [this, account](const QString &chat, const QString &reason) {
                    if (ChatTab *t = tab(account, chat))
                        t->showNotice(reason);
                });
    }
    if (presence) {
        connect(presence, &PresenceFeature::presenceChanged, this,
                [this, account](const Jid &bare) {
                    if (ChatTab *t = tab(account, bare.toString()))
                        updatePresence(t);
                });
    }
    if (roster) {
        connect(roster, &RosterFeature::itemChanged, this, [this, account](const Jid &jid) {
            if (ChatTab *t = tab(account, jid.bare().toString()))
                t->setTitle(chatName(account, t->jid()));
        });
    }
}

void ChatManager::removeAccount(const QString &account)
{
    const AccountLinks links = m_accounts.take(account);
    for (QObject *o : {static_cast<QObject *>(links.messages), static_cast<QObject *>(links.roster),
                       static_cast<QObject *>(links.presence)}) {
        if (o)
            disconnect(o, nullptr, this, nullptr);
    }
    const QList<QString> keys = m_chats.keys();
    for (const QString &k : keys) {
        if (k.startsWith(account + QLatin1Char('\n')) && m_chats.value(k).tab)
            closeChat(m_chats.value(k).tab);
    }
}

MessageFeature *ChatManager::messages(const QString &account) const
{
    return m_accounts.value(account).messages;
}

void ChatManager::setTrayIcon(TrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (tray) {
        tray->setUnreadCount(totalUnread());
        connect(tray, &TrayIcon::messageClicked, this, [this] {
            const qsizetype nl = m_lastNotified.indexOf(QLatin1Char('\n'));
            if (nl > 0)
                openChat(m_lastNotified.left(nl), m_lastNotified.mid(nl + 1));
        });
    }
}

QString ChatManager::chatName(const QString &account, const QString &jid) const
{
    const AccountLinks links = m_accounts.value(account);
    if (links.roster) {
        const QString name = links.roster->item(Jid::parse(jid)).name;
        if (!name.trimmed().isEmpty())
            return name;
    }
    return jid;
}

ChatTab *ChatManager::tab(const QString &account, const QString &jid) const
{
    return m_chats.value(key(account, jid)).tab;
}

ChatTab *ChatManager::openChat(const QString &account, const QString &jid, bool focus)
{
    const AccountLinks links = m_accounts.value(account);
    if (!links.messages || !links.messages->store())
        return nullptr;
    const QString k = key(account, jid);
    Chat &chat = m_chats[k];
    if (!chat.tab) {
        chat.model = new ConversationModel(links.messages->store(), jid, this);
        auto *tab = new ChatTab(account, jid);
        tab->setOwnJid(account);
        tab->setAvatarProvider(m_avatars);
        tab->setTitle(chatName(account, jid));
        tab->notifyButton()->setMode(notifyMode(account, jid));
        tab->setConversation(chat.model);
        tab->setPeerChatState(links.messages->peerChatState(Jid::parse(jid)));
        updatePresence(tab);
        setUpSpelling(tab);
        wire(tab);
        // Image previews come by themselves only from people in the roster (AttachmentPolicy).
        const QPointer<RosterFeature> roster = links.roster;
        tab->view()->messageDelegate()->setSenderTrusted([roster](const QString &bare) {
            return roster && roster->contains(Jid::parse(bare));
        });
        chat.tab = tab;
        Q_EMIT tabOpened(tab);
        chat.window = windowFor(tab);
        chat.window->addTab(tab);
        attachArchive(chat);
    }
    ChatTab *tab = chat.tab;
    if (focus) {
        ChatWindow *w = chat.window;
        w->setCurrentTab(tab);
        w->show();
        if (w->isMinimized())
            w->showNormal();
        w->raise();
        w->activateWindow();
        tab->setFocus();
    }
    if (tab->isSeen() || focus)
        setUnread(account, jid, 0);
    else
        tab->setUnread(unreadCount(account, jid));
    return tab;
}

ChatWindow *ChatManager::windowFor(ChatTab *)
{
    if (m_perChatWindows) {
        auto *w = new ChatWindow(m_settingsFile);
        connect(w, &ChatWindow::tabCloseRequested, this, &ChatManager::closeChat);
        connect(w, &ChatWindow::tabSeen, this, [this](ChatTab *t) {
            setUnread(t->account(), t->jid(), 0);
            t->markSeen();
        });
        Q_EMIT windowCreated(w);
        return w;
    }
    if (!m_window) {
        m_window = new ChatWindow(m_settingsFile);
        connect(m_window, &ChatWindow::tabCloseRequested, this, &ChatManager::closeChat);
        connect(m_window, &ChatWindow::tabSeen, this, [this](ChatTab *t) {
            setUnread(t->account(), t->jid(), 0);
            t->markSeen();
        });
        Q_EMIT windowCreated(m_window);
    }
    return m_window;
}

ChatWindow *ChatManager::sharedWindow() const
{
    return m_window;
}

QList<ChatWindow *> ChatManager::windows() const
{
    QList<ChatWindow *> out;
    for (const Chat &c : m_chats) {
        if (c.window && !out.contains(c.window))
            out.append(c.window);
    }
    return out;
}

void ChatManager::closeChat(ChatTab *tab)
{
    if (!tab)
        return;
    const QString k = key(tab->account(), tab->jid());
    Chat chat = m_chats.take(k);
    tab->chatStateTimer()->closed();
    if (chat.window) {
        chat.window->removeTab(tab);
        if (chat.window != m_window || chat.window->count() == 0)
            chat.window->hide();
        if (chat.window != m_window)
            chat.window->deleteLater();
    }
    tab->deleteLater();
    if (chat.model)
        chat.model->deleteLater();
}

void ChatManager::wire(ChatTab *tab)
{
    const QString account = tab->account();
    const Jid to = Jid::parse(tab->jid());
    const auto feature = [this, account] { return m_accounts.value(account).messages; };
    connect(tab, &ChatTab::sendRequested, this,
            [feature, to](const QString &body, const MessageFeature::SendOptions &options) {
                if (MessageFeature *m = feature())
                    m->send(to, body, options);
            });
    connect(tab, &ChatTab::correctionRequested, this, [feature](qint64 id, const QString &body) {
        if (MessageFeature *m = feature())
            m->correct(id, body);
    });
    connect(tab, &ChatTab::retractRequested, this, [feature, tab](qint64 id) {
        const auto answer = QMessageBox::question(
            tab, ChatTab::tr("Delete Message"),
            ChatTab::tr("Delete this message for everyone? Their apps may still keep a copy."));
        if (answer == QMessageBox::Yes) {
            if (MessageFeature *m = feature())
                m->retract(id);
        }
    });
    connect(tab, &ChatTab::reactionsRequested, this,
            [feature](qint64 id, const QStringList &emojis) {
                if (MessageFeature *m = feature())
                    m->react(id, emojis);
            });
    connect(tab, &ChatTab::retryRequested, this, [feature](qint64 id) {
        if (MessageFeature *m = feature())
            m->retry(id);
    });
    connect(tab, &ChatTab::chatStateChanged, this,
            [feature, to](MessageFeature::ChatState state) {
                if (MessageFeature *m = feature())
                    m->setChatState(to, state);
            });
    connect(tab, &ChatTab::displayed, this, [feature](qint64 id) {
        if (MessageFeature *m = feature())
            m->markDisplayed(id);
    });
    connect(tab->notifyButton(), &NotifyModeButton::modeChosen, this,
            [this, tab](AppSettings::NotifyMode mode) {
                setNotifyMode(tab->account(), tab->jid(), mode);
            });
    connect(tab, &ChatTab::clearHistoryRequested, this,
            [this, tab] { clearHistory(tab->account(), tab->jid()); });
    connect(tab, &ChatTab::exportRequested, this, [this, tab] { exportHistoryInteractively(tab); });
    connect(tab, &ChatTab::xmppLinkAccepted, this,
            [this, account](const QUrl &url) { openXmppUri(account, url); });
    tab->linkOpener()->setXmppHandler([this, account](const QUrl &url) {
        return m_linkHandler && m_linkHandler(account, url);
    });
    // XEP-0363: the account's UploadFeature sends the file, then its link as a message.
    const auto startUpload = [feature, to, tab](const QString &path) -> HttpUpload * {
        MessageFeature *m = feature();
        UploadFeature *u = m && m->client() ? m->client()->feature<UploadFeature>() : nullptr;
        if (!u) {
            tab->showNotice(ChatTab::tr("This account cannot send files."));
            return nullptr;
        }
        HttpUpload *job = u->upload(to, path);
        tab->addUpload(job);
        return job;
    };
    connect(tab, &ChatTab::uploadRequested, this, startUpload);
    connect(tab, &ChatTab::imageUploadRequested, this, [tab, startUpload](const QImage &image) {
        // A pasted image becomes a PNG file that lives as long as its upload.
        auto dir = std::make_unique<QTemporaryDir>();
        const QString path = dir->filePath(QStringLiteral("pasted-image.png"));
        if (!dir->isValid() || !image.save(path, "PNG")) {
            tab->showNotice(ChatTab::tr("The pasted image could not be saved for sending."));
            return;
        }
        if (HttpUpload *job = startUpload(path)) {
            QTemporaryDir *kept = dir.release();
            connect(job, &QObject::destroyed, [kept] { delete kept; });
        }
    });
}

void ChatManager::setUpSpelling(ChatTab *tab)
{
    ComposerEdit *edit = tab->composer()->editor();
    const QString account = tab->account();
    const QString jid = tab->jid();
    // The person's own words live next to the profile's settings.
    const QString dir = m_settingsFile.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QFileInfo(m_settingsFile).absolutePath();
    edit->spellChecker()->setPersonalDictionary(dir + QStringLiteral("/dictionary.txt"));
    const auto apply = [this, edit, account, jid] {
        AppSettings *s = appSettings();
        const QString chosen = s->conversationSpellLanguage(account, jid);
        edit->setSpellCheckEnabled(s->spellCheck());
        edit->setSpellLanguage(SpellChecker::bestLanguage(chosen.isEmpty() ? s->spellLanguage()
                                                                            : chosen));
    };
    apply();
    connect(appSettings(), &AppSettings::changed, edit, [apply](const QString &key) {
        if (key.startsWith(QLatin1String("spelling/")))
            apply();
    });
    connect(edit, &ComposerEdit::spellLanguageChosen, this,
            [this, account, jid](const QString &language) {
                appSettings()->setConversationSpellLanguage(account, jid, language);
            });
}

void ChatManager::updatePresence(ChatTab *tab)
{
    const AccountLinks links = m_accounts.value(tab->account());
    if (!links.presence)
        return;
    const Jid bare = Jid::parse(tab->jid());
    tab->setPresence(links.presence->best(bare), !links.presence->resources(bare).isEmpty());
}

void ChatManager::received(const QString &account, const ChatMessage &message, bool room,
                           bool mention)
{
    const QString jid = message.chat;
    if (message.isOutgoing()) {
        // XEP-0280: we answered from another device, so the chat has been read there.
        setUnread(account, jid, 0);
        return;
    }
    Q_EMIT messageArrived(account, message, room, mention);
    ChatTab *t = tab(account, jid);
    if (t && t->isSeen()) {
        t->markSeen();
        return;
    }
    setUnread(account, jid, unreadCount(account, jid) + 1);
    if (appSettings()->wantsNotification(account, jid, room, mention))
        notify(account, message);
}

void ChatManager::notify(const QString &account, const ChatMessage &message)
{
    QString title = chatName(account, message.chat);
    QString text = message.isAction() ? QStringLiteral("* ") + title + message.body.mid(3)
                                      : message.body;
    if (text.trimmed().isEmpty())
        text = message.oobUrl;
    if (text.size() > 200)
        text = text.left(200) + QChar(0x2026);
    if (!appSettings()->notificationShowsText()) {
        title = tr("New message from %1").arg(title);
        text.clear();
    }
    m_lastNotified = key(account, message.chat);
    if (m_notifier)
        m_notifier(title, text, account, message.chat);
    else if (m_desktop)
        m_desktop->showMessage(account, message.chat, title, text);
    else if (m_tray)
        m_tray->showMessage(title, text);
    else
        QApplication::alert(m_window ? static_cast<QWidget *>(m_window) : nullptr);
}

void ChatManager::setUnread(const QString &account, const QString &jid, int count)
{
    const QString k = key(account, jid);
    if (m_unread.value(k) == count)
        return;
    if (count > 0)
        m_unread.insert(k, count);
    else
        m_unread.remove(k);
    if (ChatTab *t = tab(account, jid))
        t->setUnread(count);
    if (count == 0 && m_desktop)
        m_desktop->withdraw(account, jid); // read: its notification has nothing left to say
    Q_EMIT unreadChanged(account, jid, count);
    const int total = totalUnread();
    if (m_tray)
        m_tray->setUnreadCount(total);
    Q_EMIT totalUnreadChanged(total);
}

int ChatManager::unreadCount(const QString &account, const QString &jid) const
{
    return m_unread.value(key(account, jid));
}

int ChatManager::totalUnread() const
{
    int total = 0;
    for (const int n : m_unread)
        total += n;
    return total;
}

void ChatManager::setNotifyMode(const QString &account, const QString &jid,
                                AppSettings::NotifyMode mode)
{
    appSettings()->setNotifyMode(account, jid, mode);
    if (ChatTab *t = tab(account, jid))
        t->notifyButton()->setMode(mode);
}

AppSettings::NotifyMode ChatManager::notifyMode(const QString &account, const QString &jid,
                                                bool isRoom) const
{
    return appSettings()->notifyMode(account, jid, isRoom);
}

void ChatManager::setMuted(const QString &account, const QString &jid, bool muted)
{
    setNotifyMode(account, jid, muted ? AppSettings::NotifyMode::Muted : AppSettings::NotifyMode::All);
}

bool ChatManager::isMuted(const QString &account, const QString &jid) const
{
    return notifyMode(account, jid) == AppSettings::NotifyMode::Muted;
}

void ChatManager::setOneWindowPerChat(bool on)
{
    if (on == m_perChatWindows)
        return;
    m_perChatWindows = on;
    m_separateAction->setChecked(on);
    settings()->setValue(kPerChatKey, on);
}

bool ChatManager::showMessage(const QString &account, const QString &jid, qint64 id)
{
    ChatTab *t = openChat(account, jid, true);
    return t && t->showMessage(id);
}

bool ChatManager::openXmppUri(const QString &account, const QUrl &uri)
{
    // RFC 5122 2.2: xmpp:node@domain[?action]; the path is the JID.
    if (uri.scheme().compare(QLatin1String("xmpp"), Qt::CaseInsensitive) != 0)
        return false;
    QString error;
    const Jid jid = Jid::parse(uri.path(QUrl::FullyDecoded), &error);
    if (!jid.isValid())
        return false;
    const QString action = uri.query().section(QLatin1Char(';'), 0, 0);
    if (action == QLatin1String("join")) {
        // XEP-0045 15.6: never joined by itself; the person confirms in the Join Room dialog.
        if (m_roomJoiner) {
            m_roomJoiner(account, jid.bare().toString());
            return true;
        }
        if (ChatTab *t = tab(account, jid.bare().toString()))
            t->showNotice(tr("Group chats are not available yet."));
        return false;
    }
    ChatTab *t = openChat(account, jid.bare().toString(), true);
    if (t && action == QLatin1String("message")) {
        // XEP-0147: ?message;body=... fills the composer (never sends by itself).
        const QUrlQuery query(uri.query().section(QLatin1Char(';'), 1).replace(QLatin1Char(';'),
                                                                               QLatin1Char('&')));
        const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        if (!body.isEmpty() && t->composer()->text().isEmpty())
            t->composer()->setText(body);
    }
    return t != nullptr;
}

void ChatManager::showSearch()
{
    SearchPanel *panel = searchPanel();
    panel->show();
    panel->raise();
    panel->activateWindow();
    panel->setFocus(Qt::ShortcutFocusReason);
}

SearchPanel *ChatManager::searchPanel()
{
    if (!m_search) {
        m_search = new SearchPanel;
        m_search->setAttribute(Qt::WA_DeleteOnClose, false);
        m_search->setWindowTitle(tr("Search Messages"));
        m_search->setWindowFlag(Qt::Window);
        m_search->resize(480, 560);
        m_search->setStores([this] {
            QList<QPair<QString, HistoryStore *>> stores;
            for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
                if (it->messages && it->messages->store())
                    stores.append({it.key(), it->messages->store()});
            }
            return stores;
        });
        m_search->setChatName(
            [this](const QString &account, const QString &chat) { return chatName(account, chat); });
        connect(m_search, &SearchPanel::resultActivated, this,
                [this](const QString &account, const QString &chat, qint64 id) {
                    showMessage(account, chat, id);
                });
    }
    return m_search;
}

} // namespace charla
