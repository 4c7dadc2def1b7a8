// SearchModel: the messages of the local cache matching a query, newest first, as the
// store's search answers them. A refresh of the same query changes only the rows that differ
// (never a reset), and more results are asked for page by page through moreRequested().
#pragma once

#include "protocol/message.h"
#include "store/conversationplace.h"

#include <QAbstractListModel>

namespace parley::models {

class SearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ConversationIdRole,
        SenderNameRole,
        BodyRole,
        CreatedAtRole,
        SnippetRole, // the body around the first query word, with … where it was cut
        PlaceRole, // where the message was written: "2026-0109 · Case team", "Direct message"
        MatterIdRole, // the conversation's matter, invalid when direct or unknown
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 50;
    static constexpr int SnippetLength = 120;

    explicit SearchModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // More rows for the current query: true until an answer came back shorter than asked
    // for, and false while a request is pending.
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    // Emits moreRequested(query, limit) once; the answer arrives through setResults().
    void fetchMore(const QModelIndex &parent = {}) override;

    // The store's answer for query (the first `limit` matches, newest first). Another query
    // replaces every row; the same query keeps the rows that did not change.
    // places: where the conversations live (PlaceRole); rows without one show no place.
    void setResults(const QString &query, const QList<protocol::Message> &messages,
        const store::ConversationPlaces &places = {});
    void clear();

    QString query() const { return m_query; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    // The limit to ask the store for: what is shown plus a page once more was requested.
    int requestedLimit() const { return m_limit; }
    bool isFetching() const { return m_pending; }
    const protocol::Message &messageAt(int row) const { return m_rows.at(row); }

    // text shortened to about `length` characters around the first word of query.
    static QString snippet(const QString &text, const QString &query, int length = SnippetLength);

Q_SIGNALS:
    void moreRequested(const QString &query, int limit);

private:
    QString place(qint64 conversationId) const;
    void replaceAll(const QList<protocol::Message> &messages);
    bool mergeInPlace(const QList<protocol::Message> &messages);

    QList<protocol::Message> m_rows;
    store::ConversationPlaces m_places;
    QString m_query;
    int m_pageSize = DefaultPageSize;
    int m_limit = DefaultPageSize;
    bool m_hasMore = false;
    bool m_pending = false;
    bool m_requesting = false; // inside fetchMore's emit
};

} // namespace parley::models
