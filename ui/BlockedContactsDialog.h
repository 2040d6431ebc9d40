#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace charla {

class BlockingFeature;

/// The server's blocklist (XEP-0191) of one account: every blocked address, a way to unblock
/// the selected ones and a field to block another address (checked with Jid::parse first).
/// The list follows the server: it changes when the server confirms or pushes a change.
class BlockedContactsDialog : public QDialog
{
    Q_OBJECT
public:
    BlockedContactsDialog(BlockingFeature *blocking, const QString &account,
                          QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *addField() const { return m_address; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *unblockButton() const { return m_unblock; }
    /// The sentence under the field (why an address is refused, or what failed).
    QString messageText() const;

private:
    void refresh();
    void validate();
    void addAddress();
    void unblockSelected();
    void showError(const QString &text);

    QPointer<BlockingFeature> m_blocking;
    QListWidget *m_list = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_unblock = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace charla
