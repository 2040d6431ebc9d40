#pragma once

#include "stanza/Jid.h"

#include <QModelIndex>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class QTreeWidget;
class QVBoxLayout;

namespace charla {

class Client;
class DiscoModel;

/// The service discovery browser (XEP-0030, XEP-0128): a tree of an entity's items, loaded as
/// they are expanded; the selected entity's identities, features (with a person's name for the
/// well-known ones) and extended information forms; and the actions its features allow:
/// browse it, join it (a room), register with it (XEP-0077), run its commands (XEP-0050), add
/// it as a contact, ask its version, time and last activity.
///
/// The client must have DiscoClient; AdHocCommands, VersionFeature, TimeFeature and
/// LastActivityFeature are used when present. All network text is shown as plain text.
class DiscoBrowser : public QWidget
{
    Q_OBJECT
public:
    DiscoBrowser(Client *client, const Jid &root, QWidget *parent = nullptr);

    DiscoModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *jidEdit() const { return m_jid; }
    QLineEdit *nodeEdit() const { return m_node; }
    /// Browses @p jid / @p node from the top.
    void browse(const Jid &jid, const QString &node = QString());
    /// Selects @p index (and asks its info).
    void select(const QModelIndex &index);

    /// The panel's texts (tests, screenshots).
    QString identitiesText() const;
    QStringList featureNames() const;
    /// The extended information forms shown (their FORM_TYPEs).
    QStringList formTypes() const;
    QString resultText() const;

    QPushButton *browseButton() const { return m_browseHere; }
    QPushButton *joinButton() const { return m_join; }
    QPushButton *registerButton() const { return m_register; }
    QPushButton *commandsButton() const { return m_commands; }
    QPushButton *addContactButton() const { return m_addContact; }
    QPushButton *versionButton() const { return m_version; }
    QPushButton *timeButton() const { return m_time; }
    QPushButton *lastActivityButton() const { return m_last; }

    /// Runs the register dialog for the selected entity (returned, for tests).
    QWidget *openRegistration();
    /// Opens the command list for the selected entity (returned, for tests).
    QWidget *openCommands();

Q_SIGNALS:
    /// The person wants to join the room (or a room of the service) @p jid.
    void joinRoomRequested(const QString &jid);
    /// The person wants @p jid in the contact list, named @p name.
    void addContactRequested(const QString &jid, const QString &name);
    /// A result of version/time/last activity, or a failure, was shown.
    void resultShown();

private:
    void showPanel();
    void clearPanel();
    QString selectedJid() const;
    QString selectedNode() const;
    void askVersion();
    void askTime();
    void askLastActivity();
    void showResult(const QString &text);

    QPointer<Client> m_client;
    DiscoModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_jid = nullptr;
    QLineEdit *m_node = nullptr;
    QPersistentModelIndex m_selected;
    QLabel *m_title = nullptr;
    QLabel *m_identities = nullptr;
    QTreeWidget *m_features = nullptr;
    QWidget *m_forms = nullptr;
    QVBoxLayout *m_formsLayout = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_browseHere = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_commands = nullptr;
    QPushButton *m_addContact = nullptr;
    QPushButton *m_version = nullptr;
    QPushButton *m_time = nullptr;
    QPushButton *m_last = nullptr;
    QObject *m_asking = nullptr; ///< context of version/time/last questions for the selection
};

} // namespace charla
