#pragma once

#include <QString>

namespace charla {

/// What the chat shows for a message with a file link (XEP-0066 / XEP-0363), and when Charla
/// may fetch an image preview: fetching tells the sender's server our address and that the
/// message was read, so it never happens by itself for strangers.
struct AttachmentPolicy
{
    enum class Preview {
        None,     ///< not an image, or not https: shown as a link only, never fetched
        Fetch,    ///< fetch and show the preview now
        AskFirst, ///< show a "Show preview" button; fetch only after the click
    };

    /// True when the message is a file: it has an OOB URL and its body is empty or that URL.
    static bool isAttachment(const QString &body, const QString &oobUrl);
    /// True when @p url is https and its path ends like an image file (png, jpg, gif, webp...).
    static bool isImageUrl(const QString &url);
    /// The preview decision for an attachment at @p url: our own uploads and contacts in the
    /// roster are fetched; anyone else only after @p clicked.
    static Preview preview(const QString &url, bool outgoing, bool senderInRoster, bool clicked);
};

} // namespace charla
