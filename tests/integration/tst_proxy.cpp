// Reaching the server through a proxy: SOCKS5 (RFC 1928) and HTTP CONNECT, from charla-cli to
// a real Prosody, with the certificate still checked against the JID's domain. The proxies are
// test helpers on 127.0.0.1 that relay only to the loopback.
#include "FakeServer.h"
#include "HttpConnectProxy.h"
#include "ProsodyFixture.h"
#include "Socks5Proxy.h"
#include "TestCa.h"
#include "storage/AccountStore.h"
#include "storage/Profile.h"
#include "stream/Session.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace charla;
using charla::test::FakeServer;
using charla::test::HttpConnectProxy;
using charla::test::ProsodyFixture;
using charla::test::Socks5Proxy;
using charla::test::TestCa;

namespace {
/// A proxy of either kind behind one interface, so each test runs for both.
struct AnyProxy
{
    explicit AnyProxy(const QString &kind)
    {
        if (kind == QLatin1String("socks5"))
            socks = std::make_unique<Socks5Proxy>();
        else
            http = std::make_unique<HttpConnectProxy>();
    }
    bool listen() { return socks ? socks->listen() : http->listen(); }
    void close() { socks ? socks->close() : http->close(); }
    QString url() const { return socks ? socks->url() : http->url(); }
    quint16 port() const { return socks ? socks->port() : http->port(); }
    int connectionCount() const
    {
        return socks ? socks->connectionCount() : http->connectionCount();
    }
    /// Every requested target as "host:port".
    QStringList targets() const
    {
        QStringList out;
        if (socks) {
            const auto requests = socks->requests();
            for (const auto &r : requests)
                out << r.host + QLatin1Char(':') + QString::number(r.port);
        } else {
            const auto requests = http->requests();
            for (const auto &r : requests)
                out << r.host + QLatin1Char(':') + QString::number(r.port);
        }
        return out;
    }
    QStringList refusals() const { return socks ? socks->refusals() : http->refusals(); }
    QNetworkProxy networkProxy() const
    {
        return socks ? QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"),
                                     socks->port())
                     : QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                     http->port());
    }

    std::unique_ptr<Socks5Proxy> socks;
    std::unique_ptr<HttpConnectProxy> http;
};

void addKindRows()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("socks5") << QStringLiteral("socks5");
    QTest::newRow("http") << QStringLiteral("http");
}
} // namespace

class TestProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void proxyUrl_data();
    void proxyUrl();
    void accountKeepsProxyButNoPassword();
    void fromAccountUsesOnlyTheChosenProxy_data();
    void fromAccountUsesOnlyTheChosenProxy();

    void checkThroughProxy_data();
    void checkThroughProxy();
    void certificateIsCheckedForJidDomain_data();
    void certificateIsCheckedForJidDomain();
    void untrustedCertificateThroughProxyExitsWith2_data();
    void untrustedCertificateThroughProxyExitsWith2();
    void proxyDownExitsWith2_data();
    void proxyDownExitsWith2();
    void accountAddStoresProxy();
    void systemProxyOnlyWhenChosen();
    void proxiesRefuseAnythingButLoopback_data();
    void proxiesRefuseAnythingButLoopback();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    /// Runs charla-cli while this process's event loop keeps serving the proxies.
    Run cli(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QStringList login(const QString &host, quint16 port) const;

    ProsodyFixture m_prosody;
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_alicePw;
    std::unique_ptr<TestCa> m_ca;
};

void TestProxy::initTestCase()
{
    m_cli = qEnvironmentVariable("CHARLA_CLI");
    QVERIFY2(QFile::exists(m_cli), "CHARLA_CLI must point at the charla-cli binary");
    QString error;
    QVERIFY2(m_prosody.start(&error), qPrintable(error));
    QVERIFY2(m_prosody.createAccount(QStringLiteral("alice"), QStringLiteral("alice-pw"), &error),
             qPrintable(error));
    m_alicePw = m_dir.filePath(QStringLiteral("alice.pw"));
    QFile f(m_alicePw);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("alice-pw\n");
    f.close();
    m_ca = std::make_unique<TestCa>();
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
}

TestProxy::Run TestProxy::cli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(m_cli, args);
    Run r;
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList TestProxy::login(const QString &host, quint16 port) const
{
    return {QStringLiteral("--jid"),           QStringLiteral("alice@localhost"),
            QStringLiteral("--password-file"), m_alicePw,
            QStringLiteral("--host"),          host,
            QStringLiteral("--port"),          QString::number(port),
            QStringLiteral("--ca-file"),       m_prosody.caFile()};
}

// --- Settings ----------------------------------------------------------------------------------

void TestProxy::proxyUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // as stored (0 = the usual one)
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("errorPart"); // a word the refusal's sentence must contain

    QTest::newRow("none") << QStringLiteral("none") << true << int(ProxySettings::None) << QString()
                          << 0 << QString() << QString();
    QTest::newRow("system") << QStringLiteral("system") << true << int(ProxySettings::System)
                            << QString() << 0 << QString() << QString();
    QTest::newRow("socks5") << QStringLiteral("socks5://127.0.0.1:9050") << true
                            << int(ProxySettings::Socks5) << QStringLiteral("127.0.0.1") << 9050
                            << QString() << QString();
    QTest::newRow("socks5 with user, no port")
        << QStringLiteral("socks5://alice@proxy.example.test") << true << int(ProxySettings::Socks5)
        << QStringLiteral("proxy.example.test") << 0 << QStringLiteral("alice") << QString();
    QTest::newRow("http") << QStringLiteral("http://proxy.example.test:3128/") << true
                          << int(ProxySettings::Http) << QStringLiteral("proxy.example.test")
                          << 3128 << QString() << QString();
    QTest::newRow("password refused")
        << QStringLiteral("socks5://alice:secret@127.0.0.1:1080") << false << 0 << QString() << 0
        << QString() << QStringLiteral("password");
    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:1080") << false << 0 << QString() << 0
                               << QString() << QStringLiteral("socks5://");
    QTest::newRow("other scheme") << QStringLiteral("ftp://127.0.0.1:21") << false << 0 << QString()
                                  << 0 << QString() << QStringLiteral("socks5://");
    QTest::newRow("port too big") << QStringLiteral("socks5://127.0.0.1:70000") << false << 0
                                  << QString() << 0 << QString() << QStringLiteral("socks5://");
    QTest::newRow("a path") << QStringLiteral("http://127.0.0.1:8080/proxy") << false << 0
                            << QString() << 0 << QString() << QStringLiteral("socks5://");
}

void TestProxy::proxyUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, errorPart);
    QString error;
    const auto p = ProxySettings::fromUrl(url, &error);
    QCOMPARE(p.has_value(), valid);
    if (!valid) {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error)); // never echoed
        return;
    }
    QCOMPARE(int(p->type), type);
    QCOMPARE(p->host, host);
    QCOMPARE(int(p->port), port);
    QCOMPARE(p->user, user);
    // What is stored reads back the same.
    QCOMPARE(ProxySettings::fromUrl(p->toUrl(), &error), p);
}

void TestProxy::accountKeepsProxyButNoPassword()
{
    QTemporaryDir dir;
    const Profile profile(dir.path());
    QVERIFY(profile.ensureExists());
    AccountConfig a;
    a.jid = QStringLiteral("alice@example.test");
    a.host = QStringLiteral("xmpp.example.test");
    a.proxy.type = ProxySettings::Socks5;
    a.proxy.host = QStringLiteral("127.0.0.1");
    a.proxy.port = 9050;
    a.proxy.user = QStringLiteral("alice");
    AccountConfig b;
    b.jid = QStringLiteral("bob@example.test");
    AccountStore store(profile);
    store.save(a);
    store.save(b);
    QCOMPARE(store.find(a.jid), a);
    QCOMPARE(store.find(b.jid).proxy.type, ProxySettings::None); // the default: no proxy

    QFile ini(profile.settingsFile());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY2(text.contains("proxyType=socks5") && text.contains("proxyPort=9050") &&
                 text.contains("host=xmpp.example.test"),
             text.constData());
    QVERIFY2(!text.toLower().contains("password"), text.constData());

    // A settings file written before proxies existed reads as "no proxy".
    {
        QSettings s(profile.settingsFile(), QSettings::IniFormat);
        s.beginGroup(QStringLiteral("accounts"));
        s.remove(QStringLiteral("1/proxyType"));
        s.remove(QStringLiteral("1/proxyHost"));
        s.remove(QStringLiteral("1/proxyPort"));
        s.remove(QStringLiteral("1/proxyUser"));
        s.endGroup();
    }
    QCOMPARE(store.find(a.jid).proxy, ProxySettings{});
    QCOMPARE(store.find(a.jid).host, a.host);
}

void TestProxy::fromAccountUsesOnlyTheChosenProxy_data()
{
    QTest::addColumn<QString>("proxyUrl");
    QTest::addColumn<int>("expectedType");
    QTest::addColumn<QString>("expectedHost");
    QTest::addColumn<int>("expectedPort");

    // http_proxy is set for every row: only "system" may follow it.
    QTest::newRow("none ignores the environment")
        << QStringLiteral("none") << int(QNetworkProxy::NoProxy) << QString() << 0;
    QTest::newRow("system follows the environment")
        << QStringLiteral("system") << int(QNetworkProxy::HttpProxy) << QStringLiteral("127.0.0.1")
        << 3128;
    QTest::newRow("socks5 default port")
        << QStringLiteral("socks5://127.0.0.1") << int(QNetworkProxy::Socks5Proxy)
        << QStringLiteral("127.0.0.1") << 1080;
    QTest::newRow("http default port")
        << QStringLiteral("http://127.0.0.1") << int(QNetworkProxy::HttpProxy)
        << QStringLiteral("127.0.0.1") << 8080;
}

void TestProxy::fromAccountUsesOnlyTheChosenProxy()
{
    QFETCH(QString, proxyUrl);
    QFETCH(int, expectedType);
    QFETCH(QString, expectedHost);
    QFETCH(int, expectedPort);
    // Only asks the platform for a proxy; nothing connects anywhere.
    const QByteArray saved = qgetenv("http_proxy");
    qputenv("http_proxy", "http://127.0.0.1:3128");
    AccountConfig a;
    a.jid = QStringLiteral("alice@example.test");
    QString error;
    a.proxy = *ProxySettings::fromUrl(proxyUrl, &error);
    SessionConfig c;
    const bool ok = SessionConfig::fromAccount(a, QStringLiteral("pw"), &c, &error);
    if (saved.isNull())
        qunsetenv("http_proxy");
    else
        qputenv("http_proxy", saved);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(int(c.proxy.type()), expectedType);
    if (expectedType == QNetworkProxy::NoProxy)
        return;
    QCOMPARE(c.proxy.hostName(), expectedHost);
    QCOMPARE(int(c.proxy.port()), expectedPort);
    // The proxy resolves the server's name: no DNS query for it leaves from here.
    QVERIFY(c.proxy.capabilities() & QNetworkProxy::HostNameLookupCapability);
}

// --- Through the proxies to Prosody ------------------------------------------------------------

void TestProxy::checkThroughProxy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("directTls");
    QTest::newRow("socks5, host name, STARTTLS")
        << QStringLiteral("socks5") << QStringLiteral("localhost") << false;
    QTest::newRow("socks5, IPv4 address, STARTTLS")
        << QStringLiteral("socks5") << QStringLiteral("127.0.0.1") << false;
    QTest::newRow("socks5, host name, Direct TLS")
        << QStringLiteral("socks5") << QStringLiteral("localhost") << true;
    QTest::newRow("http, host name, STARTTLS")
        << QStringLiteral("http") << QStringLiteral("localhost") << false;
    QTest::newRow("http, IPv4 address, Direct TLS")
        << QStringLiteral("http") << QStringLiteral("127.0.0.1") << true;
}

void TestProxy::checkThroughProxy()
{
    QFETCH(QString, kind);
    QFETCH(QString, host);
    QFETCH(bool, directTls);
    AnyProxy proxy(kind);
    QVERIFY(proxy.listen());
    const quint16 port = directTls ? m_prosody.directTlsPort() : m_prosody.c2sPort();
    QStringList args = login(host, port) << QStringLiteral("--proxy") << proxy.url();
    if (directTls)
        args << QStringLiteral("--direct-tls");
    const Run r = cli(args << QStringLiteral("check"));
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(o.value(QStringLiteral("bound_jid"))
                 .toString()
                 .startsWith(QStringLiteral("alice@localhost/")),
             r.out.constData());
    QVERIFY(
        o.value(QStringLiteral("tls_protocol")).toString().startsWith(QStringLiteral("TLSv1.")));
    // Exactly one tunnel, to the server's port, asked for by the name given (a SOCKS5 proxy
    // gets the host name to resolve, or the IPv4 address).
    QCOMPARE(proxy.connectionCount(), 1);
    QCOMPARE(proxy.targets(), QStringList{host + QLatin1Char(':') + QString::number(port)});
    if (proxy.socks)
        QCOMPARE(proxy.socks->requests().first().domainName, host == QLatin1String("localhost"));
    QVERIFY(proxy.refusals().isEmpty());
}

void TestProxy::certificateIsCheckedForJidDomain_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("certificateForDomain");
    QTest::newRow("socks5, certificate for the JID's domain") << QStringLiteral("socks5") << true;
    QTest::newRow("socks5, certificate for another name") << QStringLiteral("socks5") << false;
    QTest::newRow("http, certificate for the JID's domain") << QStringLiteral("http") << true;
    QTest::newRow("http, certificate for another name") << QStringLiteral("http") << false;
}

void TestProxy::certificateIsCheckedForJidDomain()
{
    // Prosody's certificate also names 127.0.0.1, so this uses a scripted server whose
    // certificate names only one host: success through the proxy to "127.0.0.1" then shows the
    // certificate was checked against the JID's domain, not the host or the proxy.
    QFETCH(QString, kind);
    QFETCH(bool, certificateForDomain);
    const TestCa::Leaf leaf =
        m_ca->issue({certificateForDomain ? QStringLiteral("localhost")
                                          : QStringLiteral("xmpp.hosting.example")});
    QVERIFY(!leaf.certFile.isEmpty());
    FakeServer server;
    server.setCertificate(leaf);
    server.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(QStringLiteral(
            "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"))
        .expect(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
        .send(QStringLiteral("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"));
    if (certificateForDomain) {
        server.startTls()
            .restartStream()
            .expectStreamOpen(QStringLiteral("localhost"))
            .sendStreamOpen()
            .sendFeatures(QStringLiteral("<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                         "<mechanism>PLAIN</mechanism></mechanisms>"))
            .expect(QStringLiteral("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' "
                                   "mechanism='PLAIN'>*</auth>"));
    } else {
        server.startTlsExpectingRejection(); // and so no credentials are sent
    }
    QVERIFY(server.listen());
    AnyProxy proxy(kind);
    QVERIFY(proxy.listen());

    Session session;
    SessionConfig c;
    c.jid = QStringLiteral("alice@localhost");
    c.password = QStringLiteral("secret");
    c.host = QStringLiteral("127.0.0.1");
    c.port = server.port();
    c.caCertificates = {m_ca->caCertificate()};
    c.proxy = proxy.networkProxy();
    c.negotiationTimeoutMs = 20000;
    session.setConfig(c);
    QSignalSpy errors(&session, &Session::errorOccurred);
    session.connectToServer();
    QVERIFY2(server.waitForScript(20000), qPrintable(server.failures().join(u'\n')));
    if (certificateForDomain) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).value<Error>().text));
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
        const Error e = errors.first().first().value<Error>();
        QCOMPARE(e.kind, Error::Tls);
        QVERIFY2(e.text.contains(QLatin1String("localhost")), qPrintable(e.text));
    }
    QCOMPARE(proxy.targets(),
             QStringList{QStringLiteral("127.0.0.1:") + QString::number(server.port())});
    session.disconnectFromServer();
}

void TestProxy::untrustedCertificateThroughProxyExitsWith2_data()
{
    addKindRows();
}

void TestProxy::untrustedCertificateThroughProxyExitsWith2()
{
    QFETCH(QString, kind);
    AnyProxy proxy(kind);
    QVERIFY(proxy.listen());
    QStringList args = login(QStringLiteral("localhost"), m_prosody.c2sPort());
    args.remove(args.indexOf(QStringLiteral("--ca-file")), 2); // the system's CAs only
    const Run r = cli(args << QStringLiteral("--proxy") << proxy.url() << QStringLiteral("check"));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("certificate"), r.err.constData());
    QCOMPARE(proxy.connectionCount(), 1);
}

void TestProxy::proxyDownExitsWith2_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("socks5") << QStringLiteral("socks5") << QStringLiteral("SOCKS5 proxy");
    QTest::newRow("http") << QStringLiteral("http") << QStringLiteral("HTTP proxy");
}

void TestProxy::proxyDownExitsWith2()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    AnyProxy proxy(kind);
    QVERIFY(proxy.listen());
    const QString address = QStringLiteral("127.0.0.1:") + QString::number(proxy.port());
    proxy.close(); // nothing listens on the port any more
    const Run r = cli(login(QStringLiteral("localhost"), m_prosody.c2sPort())
                      << QStringLiteral("--proxy") << proxy.url() << QStringLiteral("check"));
    QCOMPARE(r.code, 2);
    // The sentence names the proxy, so the person knows what to fix.
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(name + QLatin1Char(' ') + address), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestProxy::accountAddStoresProxy()
{
    Socks5Proxy proxy;
    QVERIFY(proxy.listen());
    QTemporaryDir profile;
    const QStringList add{QStringLiteral("--profile"),
                          profile.path(),
                          QStringLiteral("account"),
                          QStringLiteral("add"),
                          QStringLiteral("alice@localhost"),
                          QStringLiteral("--password-file"),
                          m_alicePw,
                          QStringLiteral("--host"),
                          QStringLiteral("localhost"),
                          QStringLiteral("--port"),
                          QString::number(m_prosody.c2sPort()),
                          QStringLiteral("--ca-file"),
                          m_prosody.caFile(),
                          QStringLiteral("--proxy"),
                          proxy.url()};
    // A proxy password is refused before anything is stored.
    QStringList withPassword = add;
    withPassword.last() =
        QStringLiteral("socks5://alice:secret@127.0.0.1:") + QString::number(proxy.port());
    const Run refused = cli(withPassword);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("password"), refused.err.constData());
    QVERIFY(!QFile::exists(profile.filePath(QStringLiteral("config/charla.ini"))));

    const Run added = cli(add);
    QVERIFY2(added.code == 0, added.err.constData());
    QFile ini(profile.filePath(QStringLiteral("config/charla.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settings = ini.readAll();
    const QByteArray portLine = QByteArray("proxyPort=") + QByteArray::number(proxy.port());
    QVERIFY2(settings.contains("proxyType=socks5") && settings.contains("proxyHost=127.0.0.1") &&
                 settings.contains(portLine),
             settings.constData());

    // The stored account goes through the proxy without being told again.
    const Run check = cli({QStringLiteral("--profile"), profile.path(), QStringLiteral("--account"),
                           QStringLiteral("alice@localhost"), QStringLiteral("check")});
    QVERIFY2(check.code == 0, check.err.constData());
    QCOMPARE(proxy.connectionCount(), 1);
    // --proxy none overrides it for one run.
    const Run direct =
        cli({QStringLiteral("--profile"), profile.path(), QStringLiteral("--account"),
             QStringLiteral("alice@localhost"), QStringLiteral("--proxy"), QStringLiteral("none"),
             QStringLiteral("check")});
    QVERIFY2(direct.code == 0, direct.err.constData());
    QCOMPARE(proxy.connectionCount(), 1);
}

void TestProxy::systemProxyOnlyWhenChosen()
{
    HttpConnectProxy proxy;
    QVERIFY(proxy.listen());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("http_proxy"), proxy.url());
    env.remove(QStringLiteral("no_proxy"));
    const QStringList args = login(QStringLiteral("localhost"), m_prosody.c2sPort());

    // Without a choice, a proxy in the environment is not used.
    const Run direct = cli(QStringList(args) << QStringLiteral("check"), env);
    QVERIFY2(direct.code == 0, direct.err.constData());
    QCOMPARE(proxy.connectionCount(), 0);

    const Run viaSystem =
        cli(QStringList(args) << QStringLiteral("--proxy") << QStringLiteral("system")
                              << QStringLiteral("check"),
            env);
    QVERIFY2(viaSystem.code == 0, viaSystem.err.constData());
    QCOMPARE(proxy.connectionCount(), 1);
    QCOMPARE(proxy.requests().first().host, QStringLiteral("localhost"));
}

void TestProxy::proxiesRefuseAnythingButLoopback_data()
{
    addKindRows();
}

void TestProxy::proxiesRefuseAnythingButLoopback()
{
    // The helpers must never reach out of the machine: a name other than localhost is refused
    // (and never resolved: the proxy gets the name, and these proxies do not look it up).
    QFETCH(QString, kind);
    AnyProxy proxy(kind);
    QVERIFY(proxy.listen());
    const Run r = cli(login(QStringLiteral("xmpp.example.invalid"), 5222)
                      << QStringLiteral("--proxy") << proxy.url() << QStringLiteral("check"));
    QCOMPARE(r.code, 2);
    QCOMPARE(proxy.refusals(), QStringList{QStringLiteral("xmpp.example.invalid:5222")});
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("127.0.0.1:") + QString::number(proxy.port())),
             r.err.constData());
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
