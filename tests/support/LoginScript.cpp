#include "LoginScript.h"

#include "stream/Client.h"

namespace charla::test {

void LoginScript::addTo(FakeServer &server) const
{
    addToSasl(server);
    addPlainAuth(server);
    addAfterAuth(server);
}

void LoginScript::addAfterAuth(FakeServer &server) const
{
    addNewStream(server, postAuthFeatures());
    addBind(server);
}

QString LoginScript::postAuthFeatures() const
{
    return QStringLiteral("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>") +
           (streamManagement ? QStringLiteral("<sm xmlns='urn:xmpp:sm:3'/>") : QString()) +
           extraFeatures;
}

void LoginScript::addBind(FakeServer &server) const
{
    server
        .expect(QStringLiteral("<iq type='set' id='$bind'><bind "
                               "xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>charla</"
                               "resource></bind></iq>"))
        .send(QStringLiteral("<iq type='result' id='$bind'><bind "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>alice@localhost/"
                             "charla</jid></bind></iq>"));
    if (streamManagement)
        server.expect(QStringLiteral("<enable xmlns='urn:xmpp:sm:3' resume='true'/>"))
            .send(QStringLiteral("<enabled xmlns='urn:xmpp:sm:3' id='sm-1' resume='true'/>"));
}

QString LoginScript::plainMechanisms()
{
    return QStringLiteral("<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                          "<mechanism>PLAIN</mechanism></mechanisms>");
}

void LoginScript::addToSasl(FakeServer &server, const QString &features)
{
    server.expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(QStringLiteral(
            "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"))
        .expect(QStringLiteral("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
        .send(QStringLiteral("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"))
        .startTls()
        .restartStream()
        .expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(features);
}

void LoginScript::addPlainAuth(FakeServer &server)
{
    // \0alice\0secret
    server
        .expect(QStringLiteral("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' "
                               "mechanism='PLAIN'>AGFsaWNlAHNlY3JldA==</auth>"))
        .send(QStringLiteral("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"));
}

void LoginScript::addNewStream(FakeServer &server, const QString &features)
{
    server.restartStream()
        .expectStreamOpen(QStringLiteral("localhost"))
        .sendStreamOpen()
        .sendFeatures(features);
}

void LoginScript::addResume(FakeServer &server, int clientH, int serverH) const
{
    addToSasl(server);
    addPlainAuth(server);
    addNewStream(server, postAuthFeatures());
    server
        .expect(QStringLiteral("<resume xmlns='urn:xmpp:sm:3' h='%1' previd='sm-1'/>").arg(clientH))
        .send(QStringLiteral("<resumed xmlns='urn:xmpp:sm:3' h='%1' previd='sm-1'/>").arg(serverH));
}

SessionConfig fakeServerConfig(const TestCa &ca, quint16 port)
{
    SessionConfig c;
    c.jid = QStringLiteral("alice@localhost");
    c.password = QStringLiteral("secret");
    c.resource = QStringLiteral("charla");
    c.host = QStringLiteral("127.0.0.1");
    c.port = port;
    c.caCertificates = {ca.caCertificate()};
    c.negotiationTimeoutMs = 10000;
    return c;
}

bool runScript(FakeServer &server, Client &client, const TestCa &ca, int timeoutMs)
{
    if (!server.listen()) {
        qWarning("listen: %s", qPrintable(server.errorString()));
        return false;
    }
    client.setAutoReconnect(false);
    client.connectToServer(fakeServerConfig(ca, server.port()));
    return server.waitForScript(timeoutMs);
}

} // namespace charla::test
