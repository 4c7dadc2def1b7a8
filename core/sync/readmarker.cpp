// Coalescing read requests per conversation.
#include "readmarker.h"

#include "net/apiclient.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcReads, "parley.sync.reads", QtInfoMsg)

namespace parley::sync {

ReadMarker::ReadMarker(net::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void ReadMarker::markRead(qint64 conversationId, qint64 messageId)
{
    if (messageId <= readUpTo(conversationId))
        return;
    if (m_inFlight.contains(conversationId)) {
        if (messageId > m_wanted.value(conversationId))
            m_wanted.insert(conversationId, messageId);
        return;
    }
    send(conversationId, messageId);
}

void ReadMarker::noteRead(qint64 conversationId, qint64 messageId)
{
    if (messageId > readUpTo(conversationId))
        m_readUpTo.insert(conversationId, messageId);
}

void ReadMarker::send(qint64 conversationId, qint64 messageId)
{
    m_inFlight.insert(conversationId);
    QPointer<ReadMarker> self(this);
    m_api->markRead(conversationId, messageId,
        [self, conversationId, messageId](protocol::Result<QList<protocol::Receipt>> answer) {
            if (!self)
                return;
            self->m_inFlight.remove(conversationId);
            if (answer) {
                self->noteRead(conversationId, messageId);
                Q_EMIT self->marked(conversationId, answer.value());
            } else {
                // Not retried here: the next time the conversation shows new messages asks again.
                qCInfo(lcReads) << "marking read failed:" << answer.error().code;
            }
            const qint64 wanted = self->m_wanted.take(conversationId);
            if (answer && wanted > self->readUpTo(conversationId))
                self->send(conversationId, wanted);
        });
}

} // namespace parley::sync
