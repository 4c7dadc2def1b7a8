// Reads of the change log and current forms, once per read view.
#include "changereads.h"

#include "common/memoised.h"
#include "store/conversationstore.h"
#include "store/matterstore.h"
#include "store/messagestore.h"
#include "store/receiptstore.h"
#include "store/userstore.h"

#include <QJsonDocument>
#include <QSet>

namespace parley::server {

ChangeReads::ChangeReads(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> ChangeReads::latestSeq(qint64 firmId)
{
    return memoised(m_latest, firmId, [&] { return ChangeLog(m_db).latestSeq(firmId); });
}

protocol::Result<QList<ChangeRecord>> ChangeReads::after(qint64 firmId, qint64 since, int maxRows)
{
    return memoised(m_pages, PageKey { firmId, since, maxRows },
        [&] { return ChangeLog(m_db).after(firmId, since, maxRows); });
}

protocol::Result<void> ChangeReads::loadForms(const QList<ChangeRecord> &changes)
{
    const QString message = QStringLiteral("message");
    QSet<qint64> ids;
    for (const ChangeRecord &change : changes) {
        if (change.type == message && !m_forms.contains({ message, change.entityId }))
            ids.insert(change.entityId);
    }
    if (ids.isEmpty())
        return {};
    auto loaded = MessageStore(m_db).loadMany(ids.values());
    if (!loaded)
        return loaded.error();
    for (qint64 id : std::as_const(ids)) {
        const auto found = loaded->constFind(id);
        m_forms.insert({ message, id },
            found == loaded->cend() ? std::optional<QJsonObject>()
                                    : std::optional<QJsonObject>(found->toJson()));
    }
    return {};
}

protocol::Result<std::optional<QJsonObject>> ChangeReads::currentForm(const ChangeRecord &change)
{
    return memoised(
        m_forms, std::make_pair(change.type, change.entityId), [&] { return readForm(change); });
}

qsizetype ChangeReads::formBytes(const ChangeRecord &change, const QJsonObject &form)
{
    return memoised(m_formBytes, std::make_pair(change.type, change.entityId), [&] {
        return protocol::Result<qsizetype>(
            QJsonDocument(form).toJson(QJsonDocument::Compact).size());
    }).value();
}

protocol::Result<std::optional<QJsonObject>> ChangeReads::readForm(const ChangeRecord &change)
{
    auto wrap = [](auto loaded) -> protocol::Result<std::optional<QJsonObject>> {
        if (!loaded) {
            if (loaded.error().is(protocol::ErrorCode::NotFound))
                return std::optional<QJsonObject>();
            return loaded.error();
        }
        return std::optional<QJsonObject>(loaded->toJson());
    };
    if (change.type == QLatin1String("matter"))
        return wrap(MatterStore(m_db).load(change.entityId));
    if (change.type == QLatin1String("conversation"))
        return wrap(ConversationStore(m_db).load(change.entityId));
    if (change.type == QLatin1String("message"))
        return wrap(MessageStore(m_db).load(change.entityId));
    if (change.type == QLatin1String("receipt"))
        return wrap(ReceiptStore(m_db).load(change.entityId));
    if (change.type == QLatin1String("user")) {
        auto user = UserStore(m_db).find(change.entityId);
        if (!user)
            return user.error();
        if (!user.value())
            return std::optional<QJsonObject>();
        return std::optional<QJsonObject>(user.value()->user.toJson());
    }
    return std::optional<QJsonObject>();
}

} // namespace parley::server
