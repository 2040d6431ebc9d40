#include "LinkOpener.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace charla {

LinkOpener::LinkOpener(QObject *parent) : QObject(parent) {}

bool LinkOpener::open(const QUrl &url, QWidget *parent)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return m_web ? m_web(url) : QDesktopServices::openUrl(url);
    if (scheme != QLatin1String("xmpp"))
        return false;
    if (m_xmpp && m_xmpp(url))
        return true;
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Open XMPP Link"));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("Open this address?\n\n%1").arg(url.toDisplayString()));
    box->setInformativeText(
        tr("Anyone can send a link. Open it only if you expected it from this person."));
    QPushButton *open = box->addButton(tr("&Open"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setObjectName(QStringLiteral("xmppLinkQuestion"));
    connect(box, &QMessageBox::finished, this, [this, box, open, url] {
        if (box->clickedButton() == open)
            Q_EMIT xmppLinkAccepted(url);
    });
    box->open();
    return true;
}

} // namespace charla
