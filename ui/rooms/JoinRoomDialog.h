#pragma once

#include "stanza/Jid.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace charla {

class DiscoClient;
class RoomManager;

/// "Join Room": which account, the room's address, the nick, an optional password, and
/// whether to keep it as a bookmark (joined again at every login). A browser lists the rooms
/// of the server's group chat service (XEP-0030 disco#items, with their names); the number of
/// people in each (disco#info muc#roominfo_occupants) is asked only for the rows in view.
class JoinRoomDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinRoomDialog(RoomManager *rooms, QWidget *parent = nullptr);

    void setAccount(const QString &account);
    QString account() const;
    void setRoom(const QString &room);
    /// Filled in from a link or the service browser: @p account, @p room (a room, or a group
    /// chat service whose rooms are then listed) and the link's @p password; the nickname is
    /// left for the person to choose (focused), and nothing is sent before Join.
    void prefill(const QString &account, const QString &room, const QString &password = QString());
    Jid room() const;
    QString nick() const;
    QString password() const;
    bool bookmark() const;

    /// Lists the rooms of @p service (finds the account server's service when empty).
    void browse(const QString &service = QString());
    QTreeWidget *roomList() const { return m_list; }
    QLineEdit *serviceEdit() const { return m_service; }
    QLineEdit *roomEdit() const { return m_room; }
    QLineEdit *nickEdit() const { return m_nick; }
    QLineEdit *passwordEdit() const { return m_passwordEdit; }
    QCheckBox *bookmarkBox() const { return m_bookmark; }
    QString statusText() const;

    void accept() override;

Q_SIGNALS:
    /// The rooms of the service are listed (occupant counts may still come).
    void roomsListed(int count);
    /// The occupant count of a listed room arrived.
    void countLoaded(const QString &room, int count);

private:
    DiscoClient *disco() const;
    void findService();
    void listRooms(const Jid &service);
    void loadVisibleCounts();
    void setStatus(const QString &text);

    QPointer<RoomManager> m_rooms;
    QComboBox *m_account;
    QLineEdit *m_room;
    QLineEdit *m_nick;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_bookmark;
    QLineEdit *m_service;
    QPushButton *m_browse;
    QTreeWidget *m_list;
    QLabel *m_status;
    QLabel *m_error;
    QSet<QString> m_asked; ///< rooms whose disco#info was asked for
    int m_generation = 0;  ///< bumped by each browse(): late answers of an older one are dropped
};

} // namespace charla
