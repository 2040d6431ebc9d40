#pragma once

#include <QObject>
#include <QPointer>

namespace charla {

class ConversationModel;
class MamFeature;

/// Fetches one open chat's history from the account's archive (XEP-0313) on demand: the newest
/// page when the chat opens, and the page before the oldest archive id the chat holds when the
/// person scrolls past the local history. New rows reach the model through the store's signals;
/// this only asks and says what it is doing (loading, or the archive has nothing older).
class ArchiveLoader : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,     ///< nothing asked (or the last page came and more may exist)
        Loading,  ///< a query is open
        Complete, ///< the archive has nothing older than what the chat holds
    };
    Q_ENUM(State)

    ArchiveLoader(MamFeature *mam, ConversationModel *model, QObject *parent = nullptr);

    /// The newest page of the chat (what opening a chat asks first). Needs a connection.
    void fetchNewest();
    /// The page before the oldest message of the chat, unless one is loading or the archive
    /// said there is nothing older. Needs a connection; does nothing while the model still has
    /// older local rows.
    void fetchOlder();
    /// A chat whose local history was deleted on purpose is not refilled from the archive.
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    State state() const { return m_state; }
    /// The line shown above the messages for state() (empty: none).
    QString statusText() const;

Q_SIGNALS:
    void stateChanged(charla::ArchiveLoader::State state);

private:
    bool canAsk() const;
    void setState(State state);

    QPointer<MamFeature> m_mam;
    QPointer<ConversationModel> m_model;
    State m_state = State::Idle;
    bool m_enabled = true;
};

} // namespace charla
