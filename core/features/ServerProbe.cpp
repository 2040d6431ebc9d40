#include "features/ServerProbe.h"

#include "features/DiscoClient.h"
#include "features/LastActivityFeature.h"
#include "stanza/DataForm.h"
#include "stream/Client.h"

#include <QCoreApplication>

namespace charla {

namespace {
// XEP-0157 2: the FORM_TYPE of the contact addresses in the server's disco#info.
const auto kServerInfo = QStringLiteral("http://jabber.org/network/serverinfo");
} // namespace

ServerProbe::ServerProbe(Client *client, QObject *parent) : QObject(parent), m_client(client) {}

void ServerProbe::done()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

void ServerProbe::start()
{
    m_started = true;
    m_facts = ServerFacts();
    m_version.reset();
    m_uptime.reset();
    m_problems.clear();
    auto *disco = m_client ? m_client->feature<DiscoClient>() : nullptr;
    if (!disco || !m_client->isConnected()) {
        m_problems << QCoreApplication::translate("charla::ServerProbe",
                                                  "The account is not connected.");
        m_pending = 1;
        done();
        return;
    }
    const Jid own = m_client->jid();
    const Jid domain = Jid::parse(own.domain());
    m_facts.streamFeatures = m_client->session()->serverFeatures();
    m_facts.connectedWithDirectTls = m_client->session()->config().directTls;
    begin(); // held until every request below is on its way, so a cached answer cannot finish early

    begin();
    disco->info(domain, QString(), this, [this](const DiscoInfo &info, const Error &error) {
        if (error.isError())
            m_problems << error.text;
        else
            m_facts.server = info;
        done();
    });
    begin();
    disco->items(domain, QString(), this, [this, disco](const QList<DiscoItem> &items,
                                                        const Error &error) {
        if (error.isError())
            m_problems << error.text;
        for (const DiscoItem &item : items) {
            if (!item.node.isEmpty())
                continue;
            begin();
            disco->info(Jid::parse(item.jid), QString(), this,
                        [this](const DiscoInfo &info, const Error &e) {
                            if (!e.isError())
                                m_facts.components.append(info);
                            done();
                        });
        }
        done();
    });
    begin();
    disco->info(own.bare(), QString(), this, [this](const DiscoInfo &info, const Error &error) {
        if (error.isError())
            m_problems << error.text;
        else
            m_facts.account = info;
        done();
    });
    if (auto *version = m_client->feature<VersionFeature>()) {
        begin();
        version->requestVersion(domain, this, [this](const SoftwareVersion &v, const Error &error) {
            if (error.isError())
                m_problems << error.text;
            else
                m_version = v;
            done();
        });
    }
    if (auto *last = m_client->feature<LastActivityFeature>()) {
        begin();
        // XEP-0012 7: asked of a server, last activity is the time since it started.
        last->requestLastActivity(domain, this, [this](const LastActivity &a, const Error &error) {
            if (error.isError())
                m_problems << error.text;
            else
                m_uptime = a.seconds;
            done();
        });
    }
    done();
}

QList<ServerProbe::Contact> ServerProbe::contacts() const
{
    QList<Contact> out;
    const Element x = m_facts.server.form(kServerInfo);
    if (x.isNull())
        return out;
    const auto form = DataForm::fromElement(x);
    if (!form)
        return out;
    for (const DataFormField &f : form->fields) {
        if (f.var == QLatin1String("FORM_TYPE") || f.values.isEmpty())
            continue;
        out.append({f.var, f.values});
    }
    return out;
}

QString ServerProbe::contactKindName(const QString &var)
{
    // XEP-0157 3: the registered field names.
    if (var == QLatin1String("abuse-addresses"))
        return QCoreApplication::translate("charla::ServerProbe", "Abuse");
    if (var == QLatin1String("admin-addresses"))
        return QCoreApplication::translate("charla::ServerProbe", "Administrators");
    if (var == QLatin1String("feedback-addresses"))
        return QCoreApplication::translate("charla::ServerProbe", "Feedback");
    if (var == QLatin1String("sales-addresses"))
        return QCoreApplication::translate("charla::ServerProbe", "Sales");
    if (var == QLatin1String("security-addresses"))
        return QCoreApplication::translate("charla::ServerProbe", "Security");
    if (var == QLatin1String("status-addresses"))
        return QCoreApplication::translate("charla::ServerProbe", "Status");
    if (var == QLatin1String("support-addresses"))
        return QCoreApplication::translate("charla::ServerProbe", "Support");
    return var;
}

} // namespace charla
