#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QWidget;

namespace charla {

/// Opens the links people click in messages. http and https go to the desktop's browser;
/// an xmpp: link goes to the application's link handler, which asks before anything that
/// changes something (anyone can send one); without a handler, it is only acted on after a
/// question here. Other schemes are never opened.
class LinkOpener : public QObject
{
    Q_OBJECT
public:
    explicit LinkOpener(QObject *parent = nullptr);

    /// Replaces QDesktopServices::openUrl for http(s) links (tests).
    void setWebOpener(std::function<bool(const QUrl &)> opener) { m_web = std::move(opener); }
    /// Takes xmpp: links instead of the question here; returns false when it did not take it
    /// (the question is then asked).
    void setXmppHandler(std::function<bool(const QUrl &)> handler)
    {
        m_xmpp = std::move(handler);
    }

    /// Opens @p url: web links at once, xmpp: links after a question (window-modal on
    /// @p parent, not blocking). Returns false for schemes that are never opened.
    bool open(const QUrl &url, QWidget *parent);

Q_SIGNALS:
    /// The person agreed to act on this xmpp: link.
    void xmppLinkAccepted(const QUrl &url);

private:
    std::function<bool(const QUrl &)> m_web;
    std::function<bool(const QUrl &)> m_xmpp;
};

} // namespace charla
