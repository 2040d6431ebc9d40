#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace charla {

/// "New chat" (Ctrl+N): an address, completed from the contacts of the chosen account (by
/// address or name), and the account to write from when there are several.
class NewChatDialog : public QDialog
{
    Q_OBJECT
public:
    /// Contacts per account: bare JID -> name (may be empty).
    using Contacts = QHash<QString, QHash<QString, QString>>;

    NewChatDialog(const QStringList &accounts, const Contacts &contacts, QWidget *parent = nullptr);

    QString account() const;
    /// The bare JID typed or picked; empty while it is not a valid address.
    QString jid() const;
    QLineEdit *addressField() const { return m_address; }
    QComboBox *accountBox() const { return m_account; }
    /// The completions offered for the current account ("alice@example.org — Alice").
    QStringList completions() const;

private:
    void updateCompleter();
    void validate();

    Contacts m_contacts;
    QComboBox *m_account = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_completions;
};

} // namespace charla
