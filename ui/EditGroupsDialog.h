#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace charla {

/// Chooses the groups of a contact: the account's groups as check boxes, and a field for a new
/// one. A contact may be in several groups; moving it is changing its groups.
class EditGroupsDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p contact names the contact in the sentence; @p allGroups are the account's groups and
    /// @p groups the contact's.
    EditGroupsDialog(const QString &contact, const QStringList &allGroups,
                     const QStringList &groups, QWidget *parent = nullptr);

    /// The checked groups, in list order.
    QStringList groups() const;
    /// Checks @p group, adding it to the list when new (what the "Add" button does).
    void addGroup(const QString &group);

    QListWidget *list() const { return m_list; }
    QLineEdit *newGroupEdit() const { return m_newGroup; }

private:
    QListWidget *m_list = nullptr;
    QLineEdit *m_newGroup = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace charla
