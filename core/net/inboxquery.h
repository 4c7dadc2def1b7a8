// InboxQuery: what the team inbox asks GET /api/v1/inbox for: a view, its filters and a page.
#pragma once

#include <QString>
#include <QUrlQuery>
#include <optional>

namespace parley::net {

struct InboxQuery
{
    // "inbox" (clients' messages), "sent" (the firm's), "trash" (the user's own trash),
    // "waiting" (one row per conversation whose client waits for an answer).
    QString view = QStringLiteral("inbox");
    QString search; // words in the text, sender, matter or conversation title
    std::optional<qint64> matterId;
    std::optional<qint64> clientId; // conversations this client is a member of
    bool unreadOnly = false;
    bool todoOnly = false;
    bool assignedToMe = false;
    QString sort; // "newest" or "waiting"; empty lets the server choose for the view
    static constexpr int MaxLimit = 500; // the most rows the server gives at once
    int limit = 200; // 1..MaxLimit; the team inbox's page
    int offset = 0;

    QUrlQuery toUrlQuery() const;
    friend bool operator==(const InboxQuery &, const InboxQuery &) = default;
};

} // namespace parley::net
