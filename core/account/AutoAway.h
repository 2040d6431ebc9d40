#pragma once

#include "stanza/Presence.h"
#include "storage/Profile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace charla {

class AccountManager;
class IdleSource;
class PresenceFeature;

/// Automatic away: after some minutes without input the available accounts become Away, later
/// Extended away, with XEP-0319 idle time; the person's own status comes back on their return.
///
/// Only accounts that are Available or Free for chat are touched: a person who chose Do not
/// disturb or Away meant it. Whatever the person chooses while away wins and is not undone.
class AutoAway : public QObject
{
    Q_OBJECT
public:
    /// What the person configures; kept in the profile's settings file.
    struct Settings
    {
        bool enabled = true;
        int awayMinutes = 5; ///< 0: never Away
        int xaMinutes = 15;  ///< 0: never Extended away

        /// The settings stored in @p profile (defaults for what is missing).
        static Settings load(const Profile &profile);
        void save(const Profile &profile) const;
        bool operator==(const Settings &o) const
        {
            return enabled == o.enabled && awayMinutes == o.awayMinutes && xaMinutes == o.xaMinutes;
        }
    };

    enum class State { Active, Away, ExtendedAway };
    Q_ENUM(State)

    explicit AutoAway(QObject *parent = nullptr);

    /// Applies at once: switched off while away, the person's status comes back.
    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }

    /// Sources in order of preference; the first that can tell is believed. Not owned.
    void setIdleSources(const QList<IdleSource *> &sources);
    /// Follows every account of @p manager, including accounts added later.
    void watch(AccountManager *manager);
    /// Follows one account's presence (not owned; forgotten when destroyed).
    void watch(PresenceFeature *presence);

    /// How often idleness is checked (default 10 s).
    void setPollInterval(int ms);
    int pollInterval() const { return m_pollMs; }
    /// Starts checking (when enabled); stop() stops and restores what was changed.
    void start();
    void stop();

    /// Whether the accounts are active or were put away by this object.
    State state() const { return m_state; }
    /// When the person went idle, as announced with XEP-0319; invalid while active.
    QDateTime idleSince() const { return m_idleSince; }

public Q_SLOTS:
    /// Checks idleness now and changes presences if a threshold was crossed.
    void poll();

Q_SIGNALS:
    void stateChanged(charla::AutoAway::State state);

private:
    struct Saved
    {
        Presence::Show show;
        QString status;
        int priority;
    };

    qint64 currentIdleMs() const;
    void goIdle(State target, qint64 idleMs);
    void comeBack();
    void setState(State state);
    void updateTimer();
    void presenceChangedByPerson(PresenceFeature *presence);

    Settings m_settings;
    QList<IdleSource *> m_sources;
    QList<QPointer<PresenceFeature>> m_watched;
    QHash<PresenceFeature *, Saved> m_saved; ///< what to restore, for the accounts we changed
    QTimer m_timer;
    int m_pollMs = 10000;
    bool m_running = false;
    bool m_applying = false; ///< set while our own setPresence() calls run
    State m_state = State::Active;
    QDateTime m_idleSince;
};

} // namespace charla
