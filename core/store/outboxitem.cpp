// The outbox states as stored in the cache.
#include "outboxitem.h"

namespace parley::store {

QString OutboxItem::stateName(State state)
{
    return state == State::Failed ? QStringLiteral("failed") : QStringLiteral("pending");
}

OutboxItem::State OutboxItem::stateFromName(const QString &name)
{
    return name == QLatin1String("failed") ? State::Failed : State::Pending;
}

} // namespace parley::store
