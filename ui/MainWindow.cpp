#include "MainWindow.h"

#include "account/AccountManager.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace charla {

MainWindow::MainWindow(const Profile &profile, QWidget *parent)
    : QMainWindow(parent), m_profile(profile)
{
    setWindowTitle(tr("Charla"));
    setObjectName(QStringLiteral("MainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_filter = new QLineEdit(central);
    m_filter->setPlaceholderText(tr("Search contacts"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search contacts"));
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(this);
    m_roster = new QTreeView(central);
    m_roster->setObjectName(QStringLiteral("rosterView"));
    m_roster->setModel(m_model);
    m_roster->setHeaderHidden(true);
    m_roster->setAccessibleName(tr("Contacts"));

    m_emptyState = new QLabel(central);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setMargin(24);

    m_stack = new QStackedWidget(central);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_roster);
    layout->addWidget(m_stack, 1);

    setCentralWidget(central);

    m_accountStatus = new QLabel(this);
    m_accountStatus->setObjectName(QStringLiteral("accountStatus"));
    m_accountStatus->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_accountStatus, 1);

    buildMenus();
    refreshAccounts();
    resize(340, 560);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Charla"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Charla"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::refreshAccounts()
{
    m_accounts = new AccountManager(m_profile, this);
    connect(m_accounts, &AccountManager::accountStateChanged, this, &MainWindow::updateStatusText);
    m_accounts->load();
    m_model->clear();
    m_stack->setCurrentWidget(m_emptyState);
    if (m_accounts->accounts().isEmpty()) {
        m_emptyState->setText(tr("No account yet.\n\nAdd your XMPP account to see your contacts "
                                 "here."));
        m_accountStatus->setText(tr("No account"));
        return;
    }
    updateStatusText();
    m_accounts->connectAll();
}

Client *MainWindow::client(const QString &jid) const
{
    Account *a = m_accounts->account(jid);
    return a ? a->client() : nullptr;
}

void MainWindow::updateStatusText()
{
    QStringList lines;
    bool anyOnline = false;
    for (Account *a : m_accounts->accounts()) {
        lines << a->stateText();
        anyOnline |= a->state() == Account::State::Online;
    }
    m_accountStatus->setText(lines.join(QLatin1Char('\n')));
    m_emptyState->setText(anyOnline ? tr("Connected.\n\nYour contacts will appear here.")
                                    : tr("Not connected yet.\n\n%1").arg(lines.join(u'\n')));
}

QString MainWindow::accountStatusText() const
{
    return m_accountStatus->text();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Charla"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Charla %1").arg(QApplication::applicationVersion()));
    box.setInformativeText(tr("A desktop instant-messaging client for XMPP (Jabber).\n"
                              "Built with Qt %1.")
                               .arg(QString::fromLatin1(qVersion())));
    box.exec();
}

} // namespace charla
