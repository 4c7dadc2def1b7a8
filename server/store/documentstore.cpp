// Document rows and their versions.
#include "documentstore.h"

#include "common/errors.h"
#include "db/sqlquery.h"

#include <QHash>

namespace parley::server {

DocumentStore::DocumentStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

protocol::Result<qint64> DocumentStore::create(
    qint64 firmId, qint64 matterId, const QString &name, const NewDocumentVersion &first)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO documents (firm_id, matter_id, name, shared, created_at)"
                       " VALUES (?, ?, ?, 0, ?) RETURNING id"));
    query.bind(firmId).bind(matterId).bindText(name).bind(toMs(first.createdAt));
    if (auto result = query.exec(); !result)
        return result.error();
    auto id = query.insertedId();
    if (!id)
        return id;
    if (auto version = addVersion(id.value(), first); !version)
        return version.error();
    return id;
}

protocol::Result<int> DocumentStore::addVersion(
    qint64 documentId, const NewDocumentVersion &version)
{
    SqlQuery query(m_db,
        QStringLiteral("INSERT INTO document_versions (document_id, number, size, sha256,"
                       " author_id, created_at) SELECT ?, COALESCE(MAX(number), 0) + 1, ?, ?, ?, ?"
                       " FROM document_versions WHERE document_id = ? RETURNING number"));
    query.bind(documentId)
        .bind(version.size)
        .bindText(version.sha256)
        .bind(version.authorId)
        .bind(toMs(version.createdAt))
        .bind(documentId);
    if (auto result = query.exec(); !result)
        return result.error();
    auto number = query.insertedId();
    if (!number)
        return number.error();
    return static_cast<int>(number.value());
}

protocol::Result<void> DocumentStore::setShared(qint64 documentId, bool shared)
{
    SqlQuery query(m_db, QStringLiteral("UPDATE documents SET shared = ? WHERE id = ?"));
    query.bind(shared ? 1 : 0).bind(documentId);
    return query.exec();
}

protocol::Result<QList<protocol::Document>> DocumentStore::listForMatter(qint64 matterId)
{
    return select(QStringLiteral("d.matter_id = ?"), matterId);
}

protocol::Result<std::optional<protocol::Document>> DocumentStore::find(qint64 documentId)
{
    auto found = select(QStringLiteral("d.id = ?"), documentId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<protocol::Document>();
    return std::optional<protocol::Document>(found->first());
}

protocol::Result<int> DocumentStore::sharedCount(qint64 matterId)
{
    SqlQuery query(
        m_db, QStringLiteral("SELECT COUNT(*) FROM documents WHERE matter_id = ? AND shared = 1"));
    query.bind(matterId);
    if (auto result = query.exec(); !result)
        return result.error();
    return query.next() ? static_cast<int>(query.integer(0)) : 0;
}

protocol::Result<QList<protocol::Document>> DocumentStore::select(
    const QString &condition, qint64 value)
{
    SqlQuery documents(m_db,
        QStringLiteral("SELECT d.id, d.matter_id, d.name, d.shared FROM documents d WHERE %1"
                       " ORDER BY lower(d.name), d.id")
            .arg(condition));
    documents.bind(value);
    if (auto result = documents.exec(); !result)
        return result.error();
    QList<protocol::Document> list;
    QHash<qint64, qsizetype> rowOf;
    while (documents.next()) {
        protocol::Document document;
        document.id = documents.integer(0);
        document.matterId = documents.integer(1);
        document.name = documents.text(2);
        document.shared = documents.integer(3) != 0;
        rowOf.insert(document.id, list.size());
        list.append(document);
    }
    SqlQuery versions(m_db,
        QStringLiteral("SELECT v.id, v.document_id, v.number, v.size, v.sha256, v.author_id,"
                       " v.created_at FROM document_versions v JOIN documents d"
                       " ON d.id = v.document_id WHERE %1 ORDER BY v.number")
            .arg(condition));
    versions.bind(value);
    if (auto result = versions.exec(); !result)
        return result.error();
    while (versions.next()) {
        protocol::DocumentVersion version;
        version.id = versions.integer(0);
        version.documentId = versions.integer(1);
        version.number = static_cast<int>(versions.integer(2));
        version.size = versions.integer(3);
        version.sha256 = versions.text(4);
        version.authorId = versions.integer(5);
        version.createdAt = versions.time(6);
        const auto row = rowOf.constFind(version.documentId);
        if (row != rowOf.constEnd())
            list[*row].versions.append(version);
    }
    return list;
}

} // namespace parley::server
