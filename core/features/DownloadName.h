#pragma once

#include <QString>

namespace charla {

/// Turns a file name that came from the network (an upload URL's last segment, an OOB
/// description) into one that is safe to save under the person's download folder: no folders,
/// no control or bidi characters, no Windows device names, not hidden, not too long.
struct DownloadName
{
    /// Longest result, in UTF-8 bytes (ext4, NTFS and APFS allow 255).
    static constexpr int kMaxBytes = 255;

    /// The safe name for @p name; "download" when nothing usable is left.
    static QString sanitize(const QString &name);
    /// sanitize() of the last path segment of @p url (percent-decoded).
    static QString fromUrl(const QString &url);
};

} // namespace charla
