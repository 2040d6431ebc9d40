#pragma once

#include <functional>

namespace charla {

/// Calls @p handler through the event loop when the process gets SIGINT or SIGTERM (Ctrl+C, a
/// logout, `kill`), so streams are closed politely and contacts see the account leave at once
/// instead of when the server's stream-management hibernation runs out. A no-op where POSIX
/// signals do not exist.
void handleTerminationSignals(std::function<void()> handler);

} // namespace charla
