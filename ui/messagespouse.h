// MessageSpouse: "Messages reach the spouse too" on an individual's matter. Turning it on lets
// the spouse parties read the matter's client conversations, history included, so it asks
// first; turning it off only changes conversations started later.
#pragma once

#include "protocol/matter.h"
#include "protocol/result.h"

#include <QStringList>
#include <functional>

class QWidget;

namespace parley::net {
class ApiClient;
}

namespace parley::ui::MessageSpouse {

using Done = std::function<void(protocol::Result<protocol::Matter>)>;

// The setting applies to an individual's matter with a spouse who has not cancelled.
bool applies(const protocol::Matter &matter);
QStringList spouseNames(const protocol::Matter &matter);

// Asks the server (after asking the user when turning it on); false when the user said no and
// nothing was sent. done gets the matter as it is now, or the error.
bool set(net::ApiClient *api, const protocol::Matter &matter, bool on, QWidget *parent, Done done);

} // namespace parley::ui::MessageSpouse
