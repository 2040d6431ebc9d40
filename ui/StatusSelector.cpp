#include "StatusSelector.h"

#include "StatusMenu.h"
#include "account/Account.h"

namespace charla {

StatusSelector::StatusSelector(AccountManager *manager, Account *account, QWidget *parent)
    : QToolButton(parent), m_menu(new StatusMenu(manager, account, this)), m_account(account)
{
    setObjectName(QStringLiteral("StatusSelector"));
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    connect(m_menu, &StatusMenu::summaryChanged, this, &StatusSelector::refresh);
    refresh();
}

void StatusSelector::refresh()
{
    const StatusMenu::Summary s = m_menu->summary();
    m_iconName = s.iconName;
    setIcon(StatusMenu::statusIcon(s.iconName));
    setText(s.text);
    // The tooltip may carry a server's error text: escaped, so it is never read as markup.
    setToolTip(QStringLiteral("<p style='white-space:pre-wrap'>") +
               s.toolTip.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")) +
               QStringLiteral("</p>"));
    setAccessibleName(m_account ? tr("Status of %1: %2").arg(m_account->jid().full(), s.text)
                                : tr("Status: %1").arg(s.text));
}

} // namespace charla
