#include "ArchiveLoader.h"

#include "features/MamFeature.h"
#include "models/ConversationModel.h"
#include "stream/Client.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcArchiveUi, "charla.ui.archive")

namespace charla {

ArchiveLoader::ArchiveLoader(MamFeature *mam, ConversationModel *model, QObject *parent)
    : QObject(parent), m_mam(mam), m_model(model)
{
    if (!mam)
        return;
    connect(mam, &MamFeature::olderFetched, this,
            [this](const QString &chat, int added, bool complete) {
                if (!m_model || chat != m_model->chat() || m_state != State::Loading)
                    return;
                // A page that added nothing (all duplicates, or an error) would be asked for
                // again at every scroll: stop here for this session instead.
                setState(complete || added == 0 ? State::Complete : State::Idle);
            });
    connect(mam, &MamFeature::errorOccurred, this, [this] {
        // The error does not name its chat; an open query of ours may have been it.
        if (m_state == State::Loading)
            setState(State::Idle);
    });
    // A new session may find more (the archive was unreachable before).
    if (Client *c = mam->client()) {
        connect(c, &Client::disconnected, this, [this] {
            if (m_state == State::Loading)
                setState(State::Idle);
        });
    }
}

bool ArchiveLoader::canAsk() const
{
    return m_enabled && m_mam && m_model && m_mam->client() && m_mam->client()->isConnected() &&
           m_state == State::Idle;
}

void ArchiveLoader::fetchNewest()
{
    if (!canAsk())
        return;
    qCDebug(lcArchiveUi) << "newest archive page for" << m_model->chat();
    setState(State::Loading);
    m_mam->fetchOlder(m_model->chat(), QString(), QDateTime());
}

void ArchiveLoader::fetchOlder()
{
    if (!canAsk() || m_model->canFetchMore())
        return;
    QString beforeId;
    QDateTime before;
    if (m_model->rowCount() > 0) {
        // Row 0 is the oldest stored message once canFetchMore() is false. Its archive id
        // (a trusted stanza-id, XEP-0359) pages exactly (XEP-0059 <before/>); a message the
        // archive never numbered (sent before it was stored) pages by time instead.
        const ChatMessage &oldest = m_model->messageAt(0);
        beforeId = oldest.stanzaId;
        if (beforeId.isEmpty())
            before = oldest.timestamp;
    }
    qCDebug(lcArchiveUi) << "older archive page for" << m_model->chat() << "before" << beforeId;
    setState(State::Loading);
    m_mam->fetchOlder(m_model->chat(), beforeId, before);
}

void ArchiveLoader::setEnabled(bool on)
{
    m_enabled = on;
    if (!on)
        setState(State::Idle);
}

void ArchiveLoader::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString ArchiveLoader::statusText() const
{
    switch (m_state) {
    case State::Loading:
        return tr("Loading older messages\u2026");
    case State::Complete:
        return tr("Start of the conversation");
    case State::Idle:
        break;
    }
    return QString();
}

} // namespace charla
