// ConversationsDelegate: rows of the conversations tree: group headings bold, dim and not
// selectable, unread conversations bold with their count, and an assigned client
// conversation with its assignee's initials at the right edge (the name on hover).
#pragma once

#include <QStyledItemDelegate>
#include <functional>

namespace parley::ui {

class ConversationsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // nameOf: a staff member's name by user id (empty when unknown).
    using NameOf = std::function<QString(qint64 userId)>;
    explicit ConversationsDelegate(NameOf nameOf, QObject *parent = nullptr);

    // "Priya Shah" -> "PS"; one word -> its first letter.
    static QString initials(const QString &name);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString assigneeName(const QModelIndex &index) const;

    NameOf m_nameOf;
};

} // namespace parley::ui
