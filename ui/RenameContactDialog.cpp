#include "RenameContactDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

RenameContactDialog::RenameContactDialog(const QString &jid, const QString &name, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("renameContactDialog"));
    setWindowTitle(tr("Rename Contact"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Name for %1:").arg(jid), this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(jid);
    m_name->setAccessibleName(tr("Name for %1").arg(jid));
    m_name->selectAll();
    label->setBuddy(m_name);
    layout->addWidget(m_name);
    auto *hint = new QLabel(tr("Leave it empty to show the address."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Rename"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RenameContactDialog::name() const
{
    return m_name->text().trimmed();
}

} // namespace charla
