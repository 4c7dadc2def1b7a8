// SearchModel: search answers merged row by row, snippets and a guarded fetchMore.
#include "searchmodel.h"

#include <QHash>
#include <QSet>

namespace parley::models {

namespace {

QString firstWord(const QString &query)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= query.size(); ++i) {
        const bool wordChar = i < query.size() && query.at(i).isLetterOrNumber();
        if (wordChar && start < 0)
            start = i;
        else if (!wordChar && start >= 0)
            return query.mid(start, i - start);
    }
    return {};
}

} // namespace

SearchModel::SearchModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Message &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SnippetRole:
        return snippet(m.body, m_query);
    case IdRole:
        return m.id;
    case ConversationIdRole:
        return m.conversationId;
    case SenderNameRole:
        return m.senderName;
    case BodyRole:
        return m.body;
    case CreatedAtRole:
        return m.createdAt;
    case PlaceRole:
        return place(m.conversationId);
    case MatterIdRole: {
        const auto found = m_places.constFind(m.conversationId);
        if (found == m_places.constEnd() || !found->matterId)
            return {};
        return *found->matterId;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(ConversationIdRole, "conversationId");
    names.insert(SenderNameRole, "senderName");
    names.insert(BodyRole, "body");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(SnippetRole, "snippet");
    names.insert(PlaceRole, "place");
    names.insert(MatterIdRole, "matterId");
    return names;
}

bool SearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_query.isEmpty() && m_hasMore && !m_pending && !m_requesting;
}

void SearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pending = true;
    m_requesting = true;
    m_limit = int(m_rows.size()) + m_pageSize;
    Q_EMIT moreRequested(m_query, m_limit);
    m_requesting = false;
}

void SearchModel::setResults(const QString &query, const QList<protocol::Message> &messages,
    const store::ConversationPlaces &places)
{
    // Before the rows change, so inserted and changed rows read their place.
    const bool placesChanged = places != m_places;
    m_places = places;
    if (query != m_query) {
        m_query = query;
        m_limit = m_pageSize;
        replaceAll(messages);
    } else if (!mergeInPlace(messages)) {
        replaceAll(messages);
    }
    if (placesChanged && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { PlaceRole, MatterIdRole });
    m_pending = false;
    // A full answer may have more behind it; a short one was the last.
    m_hasMore = !m_query.isEmpty() && messages.size() >= m_limit;
}

QString SearchModel::place(qint64 conversationId) const
{
    const auto found = m_places.constFind(conversationId);
    if (found == m_places.constEnd())
        return {};
    if (!found->matterId)
        return tr("Direct message");
    if (found->title.isEmpty())
        return found->matterNumber;
    return tr("%1 · %2").arg(found->matterNumber, found->title);
}

void SearchModel::clear()
{
    m_places.clear();
    m_query.clear();
    m_limit = m_pageSize;
    m_pending = false;
    m_hasMore = false;
    replaceAll({});
}

void SearchModel::replaceAll(const QList<protocol::Message> &messages)
{
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    if (!messages.isEmpty()) {
        beginInsertRows({}, 0, int(messages.size()) - 1);
        m_rows = messages;
        endInsertRows();
    }
}

// Removes the rows that are gone and inserts the new ones in ranges, changing the rest in
// place. False (nothing touched) when the kept rows changed order or ids repeat.
bool SearchModel::mergeInPlace(const QList<protocol::Message> &messages)
{
    QHash<qint64, qsizetype> newPos;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (newPos.contains(messages.at(i).id))
            return false;
        newPos.insert(messages.at(i).id, i);
    }
    QSet<qint64> oldIds;
    qsizetype lastPos = -1;
    for (const protocol::Message &m : std::as_const(m_rows)) {
        if (oldIds.contains(m.id))
            return false;
        oldIds.insert(m.id);
        const auto it = newPos.constFind(m.id);
        if (it == newPos.constEnd())
            continue;
        if (it.value() < lastPos)
            return false;
        lastPos = it.value();
    }

    // Removals, from the end so earlier rows keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (newPos.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !newPos.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // The kept rows now follow the new order: insert what is missing between them.
    int row = 0;
    while (row < messages.size()) {
        if (row < m_rows.size() && m_rows.at(row).id == messages.at(row).id) {
            if (!(m_rows.at(row) == messages.at(row))) {
                m_rows[row] = messages.at(row);
                Q_EMIT dataChanged(index(row), index(row));
            }
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < messages.size() && !oldIds.contains(messages.at(last + 1).id))
            ++last;
        beginInsertRows({}, row, last);
        for (int i = row; i <= last; ++i)
            m_rows.insert(i, messages.at(i));
        endInsertRows();
        row = last + 1;
    }
    return true;
}

QString SearchModel::snippet(const QString &text, const QString &query, int length)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (flat.size() <= length)
        return flat;
    const QString word = firstWord(query);
    qsizetype at = word.isEmpty() ? -1 : flat.indexOf(word, 0, Qt::CaseInsensitive);
    qsizetype start = 0;
    if (at > 0)
        start = qMax<qsizetype>(0, at - (length - word.size()) / 2);
    qsizetype end = qMin<qsizetype>(flat.size(), start + length);
    start = qMax<qsizetype>(0, end - length);
    // Never cut a surrogate pair in half.
    if (start > 0 && flat.at(start).isLowSurrogate())
        ++start;
    if (end < flat.size() && flat.at(end - 1).isHighSurrogate())
        --end;
    QString out = flat.mid(start, end - start).trimmed();
    const QChar ellipsis(0x2026);
    if (start > 0)
        out.prepend(ellipsis);
    if (end < flat.size())
        out.append(ellipsis);
    return out;
}

} // namespace parley::models
