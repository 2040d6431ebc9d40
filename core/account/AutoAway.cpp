#include "account/AutoAway.h"

#include "account/AccountManager.h"
#include "account/IdleSource.h"
#include "features/PresenceFeature.h"

#include <QSettings>

namespace charla {

namespace {
const auto kEnabled = QStringLiteral("autoAway/enabled");
const auto kAwayMinutes = QStringLiteral("autoAway/awayMinutes");
const auto kXaMinutes = QStringLiteral("autoAway/xaMinutes");
// While away, look more often: a person who comes back expects their status back at once.
constexpr int kAwayPollMs = 2000;
constexpr qint64 kMinute = 60 * 1000;
} // namespace

AutoAway::Settings AutoAway::Settings::load(const Profile &profile)
{
    const QSettings s(profile.settingsFile(), QSettings::IniFormat);
    Settings r;
    r.enabled = s.value(kEnabled, r.enabled).toBool();
    r.awayMinutes = qMax(0, s.value(kAwayMinutes, r.awayMinutes).toInt());
    r.xaMinutes = qMax(0, s.value(kXaMinutes, r.xaMinutes).toInt());
    return r;
}

void AutoAway::Settings::save(const Profile &profile) const
{
    QSettings s(profile.settingsFile(), QSettings::IniFormat);
    s.setValue(kEnabled, enabled);
    s.setValue(kAwayMinutes, awayMinutes);
    s.setValue(kXaMinutes, xaMinutes);
}

AutoAway::AutoAway(QObject *parent) : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &AutoAway::poll);
}

void AutoAway::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.awayMinutes = qMax(0, m_settings.awayMinutes);
    m_settings.xaMinutes = qMax(0, m_settings.xaMinutes);
    if (!m_settings.enabled)
        comeBack();
    updateTimer();
}

void AutoAway::setIdleSources(const QList<IdleSource *> &sources)
{
    m_sources = sources;
}

void AutoAway::watch(AccountManager *manager)
{
    for (Account *a : manager->accounts())
        watch(a->presence());
    connect(manager, &AccountManager::accountAdded, this,
            [this](Account *a) { watch(a->presence()); });
}

void AutoAway::watch(PresenceFeature *presence)
{
    if (!presence || m_watched.contains(presence))
        return;
    m_watched.append(presence);
    connect(presence, &QObject::destroyed, this, [this, presence] {
        m_saved.remove(presence);
        m_watched.removeAll(nullptr);
    });
    connect(presence, &PresenceFeature::ownPresenceChanged, this,
            [this, presence] { presenceChangedByPerson(presence); });
}

void AutoAway::setPollInterval(int ms)
{
    m_pollMs = qMax(1, ms);
    updateTimer();
}

void AutoAway::start()
{
    m_running = true;
    updateTimer();
}

void AutoAway::stop()
{
    m_running = false;
    comeBack();
    updateTimer();
}

void AutoAway::updateTimer()
{
    if (!m_running || !m_settings.enabled) {
        m_timer.stop();
        return;
    }
    const int interval = m_state == State::Active ? m_pollMs : qMin(m_pollMs, kAwayPollMs);
    if (!m_timer.isActive() || m_timer.interval() != interval)
        m_timer.start(interval);
}

qint64 AutoAway::currentIdleMs() const
{
    for (IdleSource *s : m_sources) {
        const qint64 ms = s->idleMs();
        if (ms >= 0)
            return ms;
    }
    return -1;
}

void AutoAway::poll()
{
    if (!m_settings.enabled) {
        comeBack();
        return;
    }
    const qint64 idle = currentIdleMs();
    if (idle < 0)
        return; // nobody can tell: leave the presence as the person set it
    State target = State::Active;
    if (m_settings.xaMinutes > 0 && idle >= m_settings.xaMinutes * kMinute)
        target = State::ExtendedAway;
    else if (m_settings.awayMinutes > 0 && idle >= m_settings.awayMinutes * kMinute)
        target = State::Away;
    // Extended away does not turn back into Away while the person stays idle (the idle time
    // only grows; a source that resets it means input, which is handled as a return).
    if (target == m_state || (target == State::Away && m_state == State::ExtendedAway))
        return;
    if (target == State::Active)
        comeBack();
    else
        goIdle(target, idle);
}

void AutoAway::goIdle(State target, qint64 idleMs)
{
    if (m_state == State::Active) {
        m_idleSince = QDateTime::currentDateTimeUtc().addMSecs(-idleMs);
        m_saved.clear();
        for (PresenceFeature *p : std::as_const(m_watched)) {
            if (!p)
                continue;
            const Presence::Show show = p->ownShow();
            if (show == Presence::Show::Online || show == Presence::Show::Chat)
                m_saved.insert(p, Saved{show, p->ownStatus(), p->ownPriority()});
        }
    }
    const Presence::Show show =
        target == State::Away ? Presence::Show::Away : Presence::Show::ExtendedAway;
    m_applying = true;
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        PresenceFeature *p = it.key();
        p->setPresence(show, p->ownStatus(), p->ownPriority());
        p->setIdleSince(m_idleSince);
    }
    m_applying = false;
    setState(target);
}

void AutoAway::comeBack()
{
    if (m_state == State::Active)
        return;
    m_applying = true;
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        PresenceFeature *p = it.key();
        // Cleared first so that the restored presence never goes out saying the person is idle
        // (XEP-0319: idle time belongs to a person who is away from the device).
        p->setIdleSince(QDateTime());
        p->setPresence(it->show, it->status, it->priority);
    }
    m_applying = false;
    m_saved.clear();
    m_idleSince = QDateTime();
    setState(State::Active);
}

void AutoAway::presenceChangedByPerson(PresenceFeature *presence)
{
    if (m_applying || !m_saved.contains(presence))
        return;
    // The person chose a presence while we had them away: theirs wins, and someone choosing a
    // presence is not idle.
    m_saved.remove(presence);
    presence->setIdleSince(QDateTime());
}

void AutoAway::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    updateTimer();
    Q_EMIT stateChanged(state);
}

} // namespace charla
