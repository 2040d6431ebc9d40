#include "EditGroupsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

EditGroupsDialog::EditGroupsDialog(const QString &contact, const QStringList &allGroups,
                                   const QStringList &groups, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("editGroupsDialog"));
    setWindowTitle(tr("Edit Groups"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Groups of %1:").arg(contact), this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Groups"));
    label->setBuddy(m_list);
    QStringList all = allGroups;
    for (const QString &g : groups) {
        if (!all.contains(g))
            all.append(g);
    }
    for (const QString &g : std::as_const(all)) {
        auto *item = new QListWidgetItem(g, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(groups.contains(g) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    m_newGroup = new QLineEdit(this);
    m_newGroup->setObjectName(QStringLiteral("newGroup"));
    m_newGroup->setPlaceholderText(tr("New group"));
    m_newGroup->setAccessibleName(tr("New group"));
    m_add = new QPushButton(tr("A&dd Group"), this);
    m_add->setEnabled(false);
    m_add->setAutoDefault(false);
    row->addWidget(m_newGroup, 1);
    row->addWidget(m_add);
    layout->addLayout(row);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addGroup(m_newGroup->text());
        m_newGroup->clear();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    // While a new group is being typed, Enter adds it instead of closing the dialog.
    connect(m_newGroup, &QLineEdit::textChanged, this, [this, ok](const QString &text) {
        const bool typing = !text.trimmed().isEmpty();
        m_add->setEnabled(typing);
        m_add->setDefault(typing);
        ok->setDefault(!typing);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // A group typed but not added yet is what the person meant too.
        if (!m_newGroup->text().trimmed().isEmpty())
            addGroup(m_newGroup->text());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EditGroupsDialog::addGroup(const QString &group)
{
    const QString name = group.trimmed();
    if (name.isEmpty())
        return;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == name) {
            m_list->item(i)->setCheckState(Qt::Checked);
            m_list->setCurrentRow(i);
            return;
        }
    }
    auto *item = new QListWidgetItem(name, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Checked);
    m_list->setCurrentItem(item);
}

QStringList EditGroupsDialog::groups() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->text();
    }
    return out;
}

} // namespace charla
