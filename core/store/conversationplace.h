// ConversationPlace: where a cached conversation lives, for showing a search result in context
// (the matter's number and the thread's title, or a direct conversation).
#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace parley::store {

struct ConversationPlace
{
    qint64 conversationId = 0;
    std::optional<qint64> matterId; // none for a direct conversation
    QString matterNumber; // empty when direct
    QString title;
    QString kind; // external, internal or direct

    friend bool operator==(const ConversationPlace &, const ConversationPlace &) = default;
};

using ConversationPlaces = QHash<qint64, ConversationPlace>; // by conversation id

} // namespace parley::store
