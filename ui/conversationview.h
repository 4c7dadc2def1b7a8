// ConversationView: the right pane: the selected conversation's title, its timeline and the
// composer; an explanation instead while nothing is selected.
#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QListView;
class QStackedWidget;

namespace parley::sync {
class Workspace;
}

namespace parley::ui {

class Composer;

class ConversationView : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(sync::Workspace *workspace, QWidget *parent = nullptr);

    // Shows the conversation (title and member names as the header), or the empty state.
    void showConversation(
        std::optional<qint64> conversationId, const QString &title, const QString &members);
    // The empty state's text, e.g. "Select a matter" or "Select a conversation".
    void setEmptyText(const QString &text);

    QListView *timelineView() const { return m_timeline; }
    Composer *composer() const { return m_composer; }

private:
    void send(const QString &text);
    void retry(const QModelIndex &index);
    void scrollToEndIfFollowing(const QModelIndex &parent, int first, int last);
    void maybeFetchOlder();
    void showContextMenu(const QPoint &position);

    sync::Workspace *m_workspace;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_members;
    QListView *m_timeline;
    Composer *m_composer;
    bool m_following = true;
    int m_anchorFromBottom = -1; // while an older page is inserted above
};

} // namespace parley::ui
