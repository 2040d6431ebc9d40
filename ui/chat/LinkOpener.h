#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QWidget;

namespace charla {

/// Opens the links people click in messages. http and https go to the desktop's browser;
/// an xmpp: link is only acted on after the person says so (anyone can send one, and it may
/// open a chat or join a room in their name). Other schemes are never opened.
class LinkOpener : public QObject
{
    Q_OBJECT
public:
    explicit LinkOpener(QObject *parent = nullptr);

    /// Replaces QDesktopServices::openUrl for http(s) links (tests).
    void setWebOpener(std::function<bool(const QUrl &)> opener) { m_web = std::move(opener); }

    /// Opens @p url: web links at once, xmpp: links after a question (window-modal on
    /// @p parent, not blocking). Returns false for schemes that are never opened.
    bool open(const QUrl &url, QWidget *parent);

Q_SIGNALS:
    /// The person agreed to act on this xmpp: link.
    void xmppLinkAccepted(const QUrl &url);

private:
    std::function<bool(const QUrl &)> m_web;
};

} // namespace charla
