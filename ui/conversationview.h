// ConversationView: the right pane: the selected conversation's title (with, for a client
// conversation, who it is assigned to), its timeline and the composer; an explanation instead
// while nothing is selected.
#pragma once

#include "protocol/attachment.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QListView;
class QStackedWidget;
class QTimer;

namespace parley::sync {
class Workspace;
}

namespace parley::ui {

class AssigneePicker;
class Composer;
class TimelineViewModel;

class ConversationView : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(sync::Workspace *workspace, QWidget *parent = nullptr);
    ~ConversationView() override;

    // Shows the conversation (title and member names as the header), or the empty state.
    // The composer's text is kept as the previous conversation's draft and this one's
    // draft is put back.
    void showConversation(
        std::optional<qint64> conversationId, const QString &title, const QString &members);
    // The empty state's text, e.g. "Select a matter" or "Select a conversation".
    void setEmptyText(const QString &text);

    QListView *timelineView() const { return m_timeline; }
    // "Show all portal events": off by default, kept while the window lives.
    QCheckBox *showEventsCheck() const { return m_showEvents; }
    // The view's index of a TimelineModel row (invalid for a hidden portal event): the view
    // sees the timeline through a filtering proxy, so its rows are not the model's.
    QModelIndex viewIndex(int timelineRow) const;
    Composer *composer() const { return m_composer; }
    AssigneePicker *assigneePicker() const { return m_assignee; }
    // Saves the composer's text as the shown conversation's draft now if it changed (it is
    // otherwise saved shortly after typing stops).
    void saveDraft();
    // Scrolls to this message and selects it once its conversation shows, paging back
    // through older history when needed (a search result opened).
    void revealMessage(qint64 conversationId, qint64 messageId);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void send(const QString &text);
    void retry(const QModelIndex &index);
    void discard(const QModelIndex &index);
    void draftLoaded(qint64 conversationId, const QString &body);
    void setComposerText(const QString &text);
    // Uploads the composer's files through the transfer queue and posts them with the text.
    void sendWithFiles(const QString &text);
    void markDraftChanged();
    void scrollToEndIfFollowing(const QModelIndex &parent, int first, int last);
    void maybeFetchOlder();
    void showContextMenu(const QPoint &position);
    void tryReveal();
    // A closed conversation shows why and takes no new messages.
    void updateClosedState();

    QPointer<sync::Workspace> m_workspace;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_members;
    AssigneePicker *m_assignee;
    QCheckBox *m_showEvents;
    QListView *m_timeline;
    TimelineViewModel *m_viewModel;
    QLabel *m_closedNotice;
    Composer *m_composer;
    bool m_following = true;
    int m_anchorFromBottom = -1; // while an older page is inserted above
    std::optional<qint64> m_draftFor; // the conversation the composer's text belongs to
    QHash<qint64, QStringList> m_pendingFiles; // attached files of conversations not shown
    QSet<qint64> m_sendingTo; // conversations whose message with files is uploading
    QTimer *m_draftTimer; // saves typed text after a pause
    bool m_draftDirty = false; // typed text not saved yet
    bool m_settingText = false; // the composer changes by program, not by typing
    struct Reveal
    {
        qint64 conversationId = 0;
        qint64 messageId = 0;
    };
    std::optional<Reveal> m_reveal; // a message to show once it is loaded
    bool m_pinned = false; // a revealed message stays in view when more history loads
};

} // namespace parley::ui
