// Synthetic messages.
#include "messagefactory.h"

#include <QTimeZone>

namespace parley::bench {

MessageFactory::MessageFactory(quint32 seed)
    : m_random(seed)
{
    // A legal office's vocabulary, plus rarer terms so searches have selective words too.
    const char *const words[] = { "the", "client", "matter", "court", "hearing", "draft",
        "agreement", "signed", "please", "review", "attached", "tomorrow", "deadline", "filing",
        "settlement", "deposition", "invoice", "retainer", "discovery", "motion", "judge",
        "witness", "statement", "contract", "lease", "estate", "probate", "custody", "mediation",
        "appeal", "evidence", "exhibit", "counsel", "opposing", "letter", "meeting", "call",
        "schedule", "thursday", "monday", "friday", "documents", "records", "medical", "insurance",
        "claim", "damages", "trademark", "registration", "visa", "application", "closing",
        "purchase", "title", "escrow", "mortgage", "employment", "termination", "severance",
        "non-compete", "affidavit", "subpoena", "injunction", "arbitration", "liability",
        "negligence", "plaintiff", "defendant", "summons", "complaint", "answer", "brief", "memo",
        "chronology", "limitation", "engagement", "update", "thanks", "received", "scanned",
        "uploaded", "portal", "question", "answered", "confirm" };
    for (const char *word : words)
        m_words << QString::fromLatin1(word);
}

QString MessageFactory::word(int index) const
{
    return m_words.at(index % m_words.size());
}

protocol::Message MessageFactory::next(int conversations)
{
    protocol::Message message;
    message.id = m_nextId++;
    message.conversationId = 1 + m_random.bounded(conversations);
    message.senderId = 1 + m_random.bounded(20);
    message.senderName = QStringLiteral("Sender %1").arg(message.senderId);
    message.kind = QStringLiteral("text");
    message.channel = QStringLiteral("app");
    const int count = 5 + m_random.bounded(56);
    QStringList body;
    body.reserve(count);
    for (int i = 0; i < count; ++i) {
        // Zipf-like: common words often, the long tail rarely.
        const int rank = int(m_random.bounded(m_words.size()) * m_random.generateDouble());
        body << m_words.at(rank);
    }
    message.body = body.join(QLatin1Char(' '));
    m_time += 1000 + m_random.bounded(60000);
    message.createdAt = QDateTime::fromMSecsSinceEpoch(m_time, QTimeZone::utc());
    return message;
}

protocol::SyncBatch MessageFactory::batch(qint64 since, int size, int conversations)
{
    protocol::SyncBatch batch;
    batch.since = since;
    qint64 seq = since;
    for (int i = 0; i < size; ++i) {
        const protocol::Message message = next(conversations);
        batch.changes.append(
            protocol::Change { ++seq, QStringLiteral("message"), message.toJson() });
    }
    batch.next = seq;
    return batch;
}

} // namespace parley::bench
