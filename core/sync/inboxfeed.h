// InboxFeed: the team inbox's data for the view and filters shown: asks GET /api/v1/inbox,
// merges the answer into its InboxModel, refreshes (debounced) while active when the stream
// brings messages, receipts or conversations, and applies bulk actions with their answer at
// once (rows that no longer belong to the view leave it). It shows a page (query().limit
// rows) at first and one more each time the view scrolls to the end; a refresh asks again for
// as many rows as are shown, a page of at most InboxQuery::MaxLimit at a time.
#pragma once

#include "models/inboxmodel.h"
#include "net/inboxquery.h"
#include "protocol/error.h"
#include "protocol/inboxitem.h"
#include "protocol/result.h"
#include "protocol/syncbatch.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace parley::net {
class ApiClient;
}

namespace parley::sync {

class InboxFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefreshDelayMs = 400;

    // api is not owned and must outlive the feed; userId: the signed-in user ("assigned to me").
    InboxFeed(net::ApiClient *api, qint64 userId, QObject *parent = nullptr);

    models::InboxModel *model() { return &m_model; }
    const net::InboxQuery &query() const { return m_query; }
    // Shows another view or filters: asks the server at once (rows are merged, not reset),
    // for a page of rows.
    void setQuery(const net::InboxQuery &query);
    // Shows the next page of the query's rows after those shown (the inbox asks when its table
    // is scrolled to the end); nothing while loading or when all are shown.
    void loadMore();
    bool hasMore() const { return m_model.rowCount() < m_total; }
    // Only an active feed (a window shows it) follows the stream; turning on refreshes.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void refresh();
    // A sync batch was applied: refresh soon when it may change what the inbox shows.
    void noteBatch(const protocol::SyncBatch &batch);

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    // How many rows the query has on the server (the model holds those loaded so far).
    int total() const { return m_total; }

    // Applies an action to exactly these messages; the answer updates their rows at once.
    void apply(const protocol::InboxAction &action,
        std::function<void(protocol::Result<QList<protocol::InboxItem>>)> done = {});
    bool isApplying() const { return m_applying > 0; }

    // Whether an item belongs to what the query shows, as far as the user's own state
    // (view, unread, to-do, assignee) decides; words, matter and client are the server's.
    static bool matches(
        const protocol::InboxItem &item, const net::InboxQuery &query, qint64 userId);

Q_SIGNALS:
    void loaded();
    void loadingChanged(bool loading);
    void failed(const parley::protocol::Error &error);
    // The next page (loadMore) did not come; the rows shown stay.
    void moreFailed(const parley::protocol::Error &error);
    // An action's answer was applied to the model.
    void applied(const parley::protocol::InboxAction &action,
        const QList<parley::protocol::InboxItem> &items);

private:
    // Asks for the query's rows from offset on (rows: those the earlier pages brought) until
    // the rows wanted are there or the server has no more, then shows them all at once.
    void fetchFrom(quint64 generation, QList<protocol::InboxItem> rows, int offset);
    void setLoading(bool loading);

    net::ApiClient *m_api;
    qint64 m_userId;
    models::InboxModel m_model;
    net::InboxQuery m_query;
    QTimer m_delay; // debounces refreshes asked for by the stream
    quint64 m_generation = 0; // answers of older requests are dropped
    int m_applying = 0; // actions in flight: refreshes wait for them
    bool m_refreshAfterApply = false;
    bool m_active = false;
    bool m_loaded = false;
    bool m_loading = false;
    int m_total = 0;
    int m_wanted = 0; // rows a refresh asks for: a page more than shown at the last loadMore
};

} // namespace parley::sync
