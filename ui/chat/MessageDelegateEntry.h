#pragma once

// MessageDelegate's layout of one row, shared by its painting (MessageDelegate.cpp) and its
// hit testing, selection and tooltips (MessageDelegateHits.cpp). Internal to ui/chat.

#include "AttachmentCard.h"
#include "MessageDelegate.h"
#include "MessageText.h"

#include <QList>
#include <QPair>
#include <QPoint>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QTextLayout>

#include <memory>

namespace charla {

namespace messagedelegate {

/// One reaction under a message: the emoji, how many chose it and who.
struct Reaction
{
    QString emoji;
    int count = 0;
    QStringList senders;
};

} // namespace messagedelegate

struct MessageDelegate::Metrics
{
    int line = 0;
    int small = 0;
    int pad = 0;
    int gap = 0;
    int avatar = 0;
    int textLeft = 0;
    int meta = 0;
    int indent = 0;
};

struct MessageDelegate::Entry
{
    QString signature;
    MessageText text;
    std::unique_ptr<QTextLayout> layout;
    int height = 0;
    bool header = false;
    QRect day, avatar, name, reply, time, mark, edited, error, retry;
    QPoint textOrigin;
    int textWidth = 0;
    QList<QPair<QRect, messagedelegate::Reaction>> reactions;
    bool hasCard = false;
    bool autoPreview = false; ///< the card's picture is fetched once the row is shown
    AttachmentCard card;
};

} // namespace charla
