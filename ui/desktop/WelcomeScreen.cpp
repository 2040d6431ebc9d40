#include "desktop/WelcomeScreen.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace charla {

WelcomeScreen::WelcomeScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addStretch(1);

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    icon->setAccessibleName(tr("Charla"));
    layout->addWidget(icon);

    auto *title = new QLabel(tr("Welcome to Charla"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    title->setAlignment(Qt::AlignCenter);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto *text = new QLabel(tr("Charla talks to people through XMPP (Jabber), an open network "
                               "of independent servers. Sign in with the account you have, or "
                               "create one on a server you choose."),
                            this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    layout->addSpacing(12);

    m_signIn = new QPushButton(tr("&Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("welcomeSignIn"));
    m_signIn->setAccessibleDescription(tr("Add the XMPP account you already have."));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    layout->addWidget(m_signIn);
    m_create = new QPushButton(tr("C&reate an account"), this);
    m_create->setObjectName(QStringLiteral("welcomeCreate"));
    m_create->setAccessibleDescription(tr("Create a new account on a public server."));
    layout->addWidget(m_create);
    layout->addStretch(2);

    setTabOrder(m_signIn, m_create);
    setFocusProxy(m_signIn);
    connect(m_signIn, &QPushButton::clicked, this, &WelcomeScreen::signInRequested);
    connect(m_create, &QPushButton::clicked, this, &WelcomeScreen::createRequested);
}

} // namespace charla
