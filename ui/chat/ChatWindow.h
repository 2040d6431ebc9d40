#pragma once

#include <QWidget>

class QTabWidget;

namespace charla {

class ChatTab;

/// A window of chats: one tab per conversation (or a single chat when chats open in their own
/// windows, the tab bar then hides itself). Tabs show the contact's name and the unread count;
/// the window title follows the current tab.
class ChatWindow : public QWidget
{
    Q_OBJECT
public:
    /// The window's size and place are kept in @p settingsFile (INI; the application's default
    /// settings when empty).
    explicit ChatWindow(const QString &settingsFile = QString(), QWidget *parent = nullptr);
    ~ChatWindow() override;

    void addTab(ChatTab *tab);
    /// Takes @p tab out of the window (it is not deleted).
    void removeTab(ChatTab *tab);
    void setCurrentTab(ChatTab *tab);
    ChatTab *currentTab() const;
    QList<ChatTab *> tabs() const;
    int count() const;
    QTabWidget *tabWidget() const { return m_tabs; }
    /// The text of @p tab's tab ("alice (3)").
    QString tabText(ChatTab *tab) const;

Q_SIGNALS:
    /// The person closed @p tab (its close button, Ctrl+W, or the window).
    void tabCloseRequested(charla::ChatTab *tab);
    /// @p tab is now the one the person looks at (tab change or window activation).
    void tabSeen(charla::ChatTab *tab);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTab(ChatTab *tab);
    void updateTitle();
    void seen();

    void saveGeometrySetting() const;

    QString m_settingsFile;
    QTabWidget *m_tabs;
};

} // namespace charla
