// DeleteMessage: Delete Message… on one of your own messages in a conversation. Asks first
// (unless told not to), then deletes it on the server: everyone sees "This message was
// deleted."; the firm's audit record keeps what it said.
#pragma once

#include "protocol/message.h"
#include "protocol/result.h"

#include <functional>

class QWidget;

namespace parley::net {
class ApiClient;
}

namespace parley::ui::DeleteMessage {

// Whether the user may delete this message: their own, sent, not an event, not deleted yet.
bool canDelete(const protocol::Message &message, qint64 userId);

// done gets the deleted message, or the error (nothing happens when the user says no).
void run(net::ApiClient *api, const protocol::Message &message, QWidget *parent, bool confirm,
    std::function<void(protocol::Result<protocol::Message>)> done);

} // namespace parley::ui::DeleteMessage
