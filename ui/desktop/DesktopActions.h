#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;

namespace charla {

class ChatWindow;
class JoinRoomDialog;
class MainWindow;
class NewChatDialog;
class Preferences;
class WelcomeScreen;
class XmppUriHandler;

/// The main window's desktop life, kept out of MainWindow: xmpp: links (from the command line,
/// a second launch or a message: one handler, so a link clicked in a chat asks exactly like one
/// from outside), the Join Room dialog for ?join links and the service browser, the welcome screen while there is no account, "New chat"
/// (Ctrl+N), and the shortcuts every chat window gets (Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+F,
/// Ctrl+N, Ctrl+Q).
class DesktopActions : public QObject
{
    Q_OBJECT
public:
    explicit DesktopActions(MainWindow *window);

    XmppUriHandler *links() const { return m_links; }
    WelcomeScreen *welcomeScreen() const { return m_welcome; }
    QAction *newChatAction() const { return m_newChat; }
    /// "Preferences…" (Ctrl+,) in the Charla menu.
    QAction *preferencesAction() const { return m_preferencesAction; }
    Preferences *preferences() const { return m_preferences; }

    /// What a second launch handed over (or this launch's own arguments): raises the window
    /// and acts on every xmpp: link among @p arguments.
    void handleArguments(const QStringList &arguments);

    /// Opens the "New chat" dialog (not modal); the chat opens when it is accepted.
    NewChatDialog *openNewChat();
    /// Opens the Join Room dialog filled in with @p account, @p room (or a service to browse)
    /// and @p password, asking for the nickname; null when group chat is not available.
    JoinRoomDialog *openJoinRoom(const QString &account, const QString &room,
                                 const QString &password = QString());

private:
    void addChatWindowActions(ChatWindow *window);
    void switchChat(ChatWindow *window, int step);
    /// The Services menu's browser joins rooms and adds contacts through the same dialogs as
    /// the rest of the window.
    void connectServices();

    MainWindow *m_window;
    XmppUriHandler *m_links = nullptr;
    WelcomeScreen *m_welcome = nullptr;
    QAction *m_newChat = nullptr;
    QAction *m_preferencesAction = nullptr;
    Preferences *m_preferences = nullptr;
    QPointer<NewChatDialog> m_newChatDialog;
};

} // namespace charla
