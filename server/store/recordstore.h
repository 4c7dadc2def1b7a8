// RecordStore: what a matter's record of communication is made of, read in bulk: its
// messages (deleted ones too, with their bodies), the files they carried with the version
// numbers, the receipts, the emails and texts that told clients about them, and the names of
// the people involved.
#pragma once

#include "protocol/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace parley::server {

struct RecordMessage
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 atMs = 0;
    qint64 senderId = 0;
    QString kind;
    QString channel;
    QString body;
    bool deleted = false;
};

struct RecordFile
{
    qint64 messageId = 0;
    QString name;
    QString mode;
    // The version's number: the one sent, the latest for a share (0: not a matter document).
    qint64 version = 0;
    qint64 size = 0;
    QString sha256;
};

struct RecordReceipt
{
    qint64 messageId = 0;
    qint64 userId = 0;
    qint64 readAtMs = 0;
};

// An email or text message that told a client about messages first..last of a conversation.
struct RecordDelivery
{
    qint64 id = 0; // in the order queued
    qint64 userId = 0;
    qint64 conversationId = 0;
    qint64 firstMessageId = 0;
    qint64 lastMessageId = 0;
    QString channel; // email | sms
    QString state; // queued | sent | failed
    QString recipient; // the address or number it went to
    qint64 queuedAtMs = 0;
    std::optional<qint64> sentAtMs;
};

struct RecordPerson
{
    QString name;
    QString kind;
};

class RecordStore
{
public:
    explicit RecordStore(QSqlDatabase db);

    protocol::Result<QList<RecordMessage>> messages(qint64 matterId);
    protocol::Result<QList<RecordFile>> files(qint64 matterId);
    protocol::Result<QList<RecordReceipt>> receipts(qint64 matterId);
    // The emails and texts about the matter's messages, oldest first.
    protocol::Result<QList<RecordDelivery>> deliveries(qint64 matterId);
    protocol::Result<QHash<qint64, RecordPerson>> people(qint64 firmId);
    // document_versions.id -> number, for the versions of the matter's documents.
    protocol::Result<QHash<qint64, qint64>> versionNumbers(qint64 matterId);

private:
    QSqlDatabase m_db;
};

} // namespace parley::server
