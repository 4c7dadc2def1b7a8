// await(): runs one asynchronous call that answers a protocol::Result through a callback,
// spinning the event loop until it answers (or a generous minute passes).
#pragma once

#include "protocol/result.h"

#include <QEventLoop>
#include <QTimer>
#include <optional>

namespace parley::test {

template<typename T, typename Call>
protocol::Result<T> await(Call call)
{
    std::optional<protocol::Result<T>> result;
    QEventLoop loop;
    call([&](protocol::Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return protocol::Error::make("test_timeout", QStringLiteral("no answer within 60 s"));
    return std::move(*result);
}

} // namespace parley::test
