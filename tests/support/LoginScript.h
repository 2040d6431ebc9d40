#pragma once

#include "FakeServer.h"
#include "TestCa.h"
#include "stream/Session.h"

namespace charla::test {

/// The usual server side of a login, for tests about what happens after it: STARTTLS, PLAIN
/// for alice@localhost / secret, bind of resource "charla" to alice@localhost/charla.
struct LoginScript
{
    QString extraFeatures;     ///< appended to the post-auth stream features (e.g. rosterver)
    bool streamManagement = false;

    /// Appends the dialogue to @p server.
    void addTo(FakeServer &server) const;
};

/// A SessionConfig for alice@localhost / secret against a FakeServer on @p port trusting @p ca.
SessionConfig fakeServerConfig(const TestCa &ca, quint16 port);

} // namespace charla::test
