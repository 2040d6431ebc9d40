#pragma once

#include "stanza/Jid.h"
#include "stanza/VCard.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace charla {

class AvatarProvider;
class Client;

/// What Charla knows about a contact, in one window: picture, name, address, the subscription
/// in words, groups, each online resource (with its software and local time, asked for only
/// when the person clicks, XEP-0092 1), when an offline contact was last seen (XEP-0012) and
/// their vCard (XEP-0054), read-only.
///
/// For the account itself (EditOwn) the vCard fields are editable and saved with
/// VCardFeature::publishOwn. Everything that comes from the network is shown as plain text.
class ContactDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { View, EditOwn };

    /// @p client is the account's client (its features are looked up there); @p account its
    /// bare JID; @p avatars may be null.
    ContactDetailsDialog(Client *client, const QString &account, const Jid &jid, Mode mode,
                         AvatarProvider *avatars, QWidget *parent = nullptr);

    Jid jid() const { return m_jid; }
    Mode mode() const { return m_mode; }
    /// The text shown for a vCard field: "fullName", "nickname", "emails", "phones", "url",
    /// "birthday", "organization", "title", "note" (emails and phones one a line).
    QString fieldText(const QString &field) const;
    /// The vCard as the fields say now (what Save publishes).
    VCard editedVCard() const;
    bool isVCardLoaded() const { return m_vcardLoaded; }
    QTreeWidget *resourceList() const { return m_resources; }
    /// "Last seen …" for an offline contact; empty while online or not answered yet.
    QString lastSeenText() const;
    /// Asks @p resource for its software (XEP-0092) and local time (XEP-0202).
    void askSoftware(const QString &resource);

Q_SIGNALS:
    /// The vCard was received (or found missing) and the fields are filled.
    void vcardLoaded();

private:
    void buildHeader(QFormLayout *form);
    void buildFields(QFormLayout *form);
    void requestVCard();
    void showVCard(const VCard &vcard);
    void updateResources();
    void updatePicture(const QByteArray &fallback = QByteArray());
    void requestLastSeen();
    void save();
    QTreeWidgetItem *itemFor(const QString &resource) const;
    QString subscriptionText() const;

    QPointer<Client> m_client;
    QString m_account;
    Jid m_jid;
    Mode m_mode;
    QPointer<AvatarProvider> m_avatars;
    VCard m_loaded;
    bool m_vcardLoaded = false;
    QLabel *m_picture = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_lastSeen = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_resources = nullptr;
    QPushButton *m_ask = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace charla
