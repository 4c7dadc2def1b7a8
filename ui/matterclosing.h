// MatterClosing: Close Matter… and Client Cancelled… on the Matter tab. Each asks first,
// explaining what happens (the firm leaves the client conversations concerned; the clients
// keep reading everything that was sent; nothing is deleted), then asks the server.
#pragma once

#include "protocol/matter.h"
#include "protocol/result.h"

#include <functional>

class QWidget;

namespace parley::net {
class ApiClient;
}

namespace parley::ui::MatterClosing {

using Done = std::function<void(protocol::Result<protocol::Matter>)>;

// Whether the matter can still be closed, and the party still cancel.
bool canClose(const protocol::Matter &matter);
bool canCancel(const protocol::Party &party);

// done gets the matter as it is now, or the error (nothing happens when the user says no).
void closeMatter(net::ApiClient *api, const protocol::Matter &matter, QWidget *parent, Done done);
void cancelClient(
    net::ApiClient *api, qint64 matterId, const protocol::Party &party, QWidget *parent, Done done);

} // namespace parley::ui::MatterClosing
