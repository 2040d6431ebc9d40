#pragma once

#include "FakeServer.h"
#include "TestCa.h"
#include "stream/Session.h"

namespace charla {
class Client;
}

namespace charla::test {

/// The usual server side of a login, for tests about what happens after it: STARTTLS, PLAIN
/// for alice@localhost / secret, bind of resource "charla" to alice@localhost/charla.
///
/// addTo() scripts all of it; a test that scripts a step differently uses the steps it shares
/// (addToSasl(), addPlainAuth(), addNewStream(), addBind()) around its own.
struct LoginScript
{
    QString extraFeatures;     ///< appended to the post-auth stream features (e.g. rosterver)
    bool streamManagement = false;

    /// Appends the dialogue to @p server: addToSasl(), addPlainAuth(), addAfterAuth().
    void addTo(FakeServer &server) const;
    /// What follows a successful SASL exchange: addNewStream(postAuthFeatures()), addBind().
    void addAfterAuth(FakeServer &server) const;

    /// The post-auth stream features: bind, sm when streamManagement, then extraFeatures.
    QString postAuthFeatures() const;
    /// Expects the bind of resource "charla" and binds alice@localhost/charla; then, with
    /// streamManagement, expects <enable resume='true'/> and enables it as "sm-1".
    void addBind(FakeServer &server) const;

    /// <mechanisms/> offering PLAIN only.
    static QString plainMechanisms();
    /// The plaintext stream, STARTTLS, and the stream over TLS up to its features, which are
    /// @p features (the SASL mechanisms).
    static void addToSasl(FakeServer &server, const QString &features = plainMechanisms());
    /// Expects PLAIN for alice@localhost / secret and answers <success/>.
    static void addPlainAuth(FakeServer &server);
    /// The stream restart after SASL and the new stream up to its @p features.
    static void addNewStream(FakeServer &server, const QString &features);
    /// A reconnection that resumes the stream addBind() enabled as "sm-1" (XEP-0198 5): the
    /// login up to the post-auth features, then expects <resume/> with the client's
    /// @p clientH and answers <resumed/> with the server's @p serverH.
    void addResume(FakeServer &server, int clientH, int serverH) const;
};

/// A SessionConfig for alice@localhost / secret against a FakeServer on @p port trusting @p ca.
SessionConfig fakeServerConfig(const TestCa &ca, quint16 port);

/// Starts @p server, connects @p client to it with fakeServerConfig() (no automatic reconnection)
/// and waits until the server's script has run; false when it could not listen or the script
/// did not complete (server.failures() says why).
bool runScript(FakeServer &server, Client &client, const TestCa &ca, int timeoutMs = 20000);

} // namespace charla::test
