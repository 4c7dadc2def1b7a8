// memoised: a read answered once per key for the life of the cache (one request, one read
// view); later calls answer from the cache. Errors are not kept, so a failed read is tried
// again.
#pragma once

#include "protocol/result.h"

#include <QHash>
#include <type_traits>

namespace parley::server {

template<typename Key, typename Value, typename Read>
protocol::Result<Value> memoised(
    QHash<Key, Value> &cache, const std::type_identity_t<Key> &key, Read read)
{
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    protocol::Result<Value> value = read();
    if (value)
        cache.insert(key, value.value());
    return value;
}

} // namespace parley::server
