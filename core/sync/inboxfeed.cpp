// InboxFeed: queries, debounced refreshes and bulk actions of the team inbox.
#include "inboxfeed.h"

#include "net/apiclient.h"

#include <QLoggingCategory>
#include <QSet>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcInbox, "parley.sync.inbox", QtInfoMsg)

namespace parley::sync {

InboxFeed::InboxFeed(net::ApiClient *api, qint64 userId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_userId(userId)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(RefreshDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &InboxFeed::refresh);
}

void InboxFeed::setQuery(const net::InboxQuery &query)
{
    const bool sameView = query.view == m_query.view;
    m_query = query;
    m_wanted = m_query.limit;
    if (!sameView)
        m_loaded = false; // another view's rows say nothing of this one's emptiness
    refresh();
}

void InboxFeed::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        refresh();
    else
        m_delay.stop();
}

void InboxFeed::noteBatch(const protocol::SyncBatch &batch)
{
    if (!m_active)
        return;
    for (const protocol::Change &change : batch.changes) {
        if (change.type == QLatin1String("message") || change.type == QLatin1String("receipt")
            || change.type == QLatin1String("conversation")) {
            m_delay.start();
            return;
        }
    }
}

void InboxFeed::refresh()
{
    m_delay.stop();
    if (m_applying > 0) {
        // An answer asked for now might predate the action: ask once it is done.
        m_refreshAfterApply = true;
        return;
    }
    setLoading(true);
    fetchFrom(++m_generation, {}, 0);
}

void InboxFeed::fetchFrom(quint64 generation, QList<protocol::InboxItem> rows, int offset)
{
    const int wanted = std::max(m_wanted, m_query.limit);
    net::InboxQuery page = m_query;
    page.offset = offset;
    page.limit = std::clamp(wanted - int(rows.size()), 1, int(net::InboxQuery::MaxLimit));
    m_api->inbox(page,
        [this, generation, page, wanted, rows = std::move(rows)](
            protocol::Result<net::InboxPage> answer) mutable {
            if (generation != m_generation)
                return; // a newer query or an action came since
            if (!answer) {
                setLoading(false);
                qCInfo(lcInbox) << "inbox failed:" << answer.error().code;
                Q_EMIT failed(answer.error());
                return;
            }
            // Rows that moved down between two pages come twice: the first stands. The next
            // page starts where this one ended on the server, and a page that brings nothing
            // new ends the asking (it cannot go on for ever).
            QSet<qint64> known;
            for (const protocol::InboxItem &item : std::as_const(rows))
                known.insert(item.message.id);
            const qsizetype before = rows.size();
            for (const protocol::InboxItem &item : std::as_const(answer->items)) {
                if (!known.contains(item.message.id)) {
                    known.insert(item.message.id);
                    rows.append(item);
                }
            }
            const int next = page.offset + int(answer->items.size());
            const bool full = answer->items.size() == page.limit;
            if (full && rows.size() > before && rows.size() < wanted && next < answer->total)
                return fetchFrom(generation, std::move(rows), next);
            setLoading(false);
            m_total = answer->total;
            m_model.setItems(rows);
            m_loaded = true;
            qCDebug(lcInbox) << "inbox" << page.view << "rows" << rows.size() << "of"
                             << answer->total;
            Q_EMIT loaded();
        });
}

void InboxFeed::loadMore()
{
    if (m_loading || m_applying > 0 || !hasMore())
        return;
    const quint64 generation = ++m_generation;
    net::InboxQuery page = m_query;
    page.offset = m_model.rowCount();
    // A refresh from now on asks for these rows too.
    m_wanted = page.offset + m_query.limit;
    setLoading(true);
    m_api->inbox(page, [this, generation, page](protocol::Result<net::InboxPage> answer) {
        if (generation != m_generation)
            return; // a refresh (which asks for this page too) or an action came since
        setLoading(false);
        if (!answer) {
            qCInfo(lcInbox) << "more of the inbox failed:" << answer.error().code;
            Q_EMIT moreFailed(answer.error());
            return;
        }
        m_total = answer->total;
        const int before = m_model.rowCount();
        m_model.appendItems(answer->items);
        if (m_model.rowCount() == before && hasMore()) {
            // Nothing new where the next page should be: rows moved on the server since they
            // were shown. All of them again (asking for the same page would repeat for ever).
            refresh();
            return;
        }
        qCDebug(lcInbox) << "inbox" << page.view << "rows" << m_model.rowCount() << "of"
                         << answer->total;
        Q_EMIT loaded();
    });
}

void InboxFeed::apply(const protocol::InboxAction &action,
    std::function<void(protocol::Result<QList<protocol::InboxItem>>)> done)
{
    ++m_applying;
    ++m_generation; // a refresh in flight may answer with the state before the action
    if (m_loading) {
        setLoading(false);
        m_refreshAfterApply = true;
    }
    m_api->inboxAction(action,
        [this, action, done = std::move(done)](
            protocol::Result<QList<protocol::InboxItem>> answer) {
            --m_applying;
            if (answer) {
                // Rows that left the view (trashed, restored, read under Unread...) go; the
                // others show their new state.
                QList<qint64> gone;
                QList<protocol::InboxItem> stay;
                for (const protocol::InboxItem &item : answer.value()) {
                    if (!matches(item, m_query, m_userId))
                        gone.append(item.message.id);
                    else if (m_model.rowOf(item.message.id) >= 0)
                        stay.append(item);
                    else // back in the view (Undo): its place comes from the server
                        m_refreshAfterApply = true;
                }
                // Assigning moves every row of the conversations, selected or not.
                if (action.action == QLatin1String("assign"))
                    m_refreshAfterApply = true;
                m_model.updateItems(stay);
                m_model.removeMessages(gone);
                m_total = std::max(0, m_total - int(gone.size()));
                qCInfo(lcInbox) << "applied" << action.action << "to" << answer->size()
                                << "messages";
                Q_EMIT applied(action, answer.value());
            } else {
                qCInfo(lcInbox) << action.action << "failed:" << answer.error().code;
            }
            if (m_applying == 0 && std::exchange(m_refreshAfterApply, false))
                refresh();
            if (done)
                done(std::move(answer));
        });
}

bool InboxFeed::matches(
    const protocol::InboxItem &item, const net::InboxQuery &query, qint64 userId)
{
    const QString &view = query.view;
    if (view == QLatin1String("inbox") && (!item.fromClient || item.trashed))
        return false;
    if (view == QLatin1String("sent") && (item.fromClient || item.trashed))
        return false;
    if (view == QLatin1String("trash") && !item.trashed)
        return false;
    if (view == QLatin1String("waiting") && !item.waitingSince.isValid())
        return false;
    if (query.unreadOnly && !item.unread)
        return false;
    if (query.todoOnly && item.todo != QLatin1String("todo"))
        return false;
    if (query.assignedToMe && item.assigneeId != userId)
        return false;
    return true;
}

void InboxFeed::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace parley::sync
