// MainWindow: matters on the left (with a filter), the selected matter's conversations by
// kind in the middle, the conversation on the right, the connection state in the status bar.
#pragma once

#include "net/streamclient.h"
#include "newconversationdialog.h"
#include "sync/alertcenter.h"

#include <QMainWindow>
#include <optional>

class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QSplitter;
class QTabBar;
class QTabWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;
class QToolButton;
class QTreeView;

namespace parley::sync {
class Workspace;
}

namespace parley::ui {

class AllFilesPane;
class InboxWindow;
class TasksView;
class ConversationView;
class MatterDetailsView;
class MessageTemplatesDialog;
class NotificationCenter;
class MatterListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens the dialog to start a conversation on the selected matter (none when direct).
    NewConversationDialog *openNewConversation(
        NewConversationDialog::Mode mode, const QList<qint64> &recipients);

    explicit MainWindow(sync::Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *mattersView() const { return m_matters; }
    QTreeView *conversationsView() const { return m_conversations; }
    ConversationView *conversationView() const { return m_conversationView; }
    QLabel *offlineBanner() const { return m_offlineBanner; }
    NotificationCenter *notificationCenter() const { return m_notifications; }
    QDockWidget *notificationDock() const { return m_notificationDock; }
    QToolButton *notificationsButton() const { return m_notificationsButton; }
    QLineEdit *searchEdit() const { return m_search; }
    QListView *searchResultsView() const { return m_results; }
    QLabel *searchEmptyLabel() const { return m_noResults; }
    QTabBar *openMattersBar() const { return m_openMatters; }
    QTabWidget *matterPages() const { return m_matterPages; }
    MatterDetailsView *matterDetailsView() const { return m_matterDetailsView; }
    AllFilesPane *allFilesPane() const { return m_allFiles; }
    // The matter's Tasks tab.
    TasksView *matterTasksView() const { return m_matterTasks; }
    // View ▸ Team Inbox: the inbox window (made the first time), shown and raised.
    InboxWindow *openTeamInbox();
    InboxWindow *inboxWindow() const { return m_inbox; }
    QToolButton *teamInboxButton() const { return m_inboxButton; }
    // Selects a message's conversation (and its matter) here and shows the message.
    void openMessage(qint64 conversationId, qint64 messageId);
    // The recently opened matters, most recent first, listed first; the app keeps them.
    QList<qint64> recentMatters() const;
    void setRecentMatters(const QList<qint64> &matterIds);
    // File ▸ Next Unread Conversation: the next unread one here, else in the next matter.
    void goToNextUnread();
    // Tools ▸ Message Templates…: the dialog, previewing with the selected matter (deletes
    // itself on close).
    MessageTemplatesDialog *openMessageTemplates();
    // The matters open as tabs, in tab order.
    QList<qint64> openMatterIds() const;

    // True while the matters pane shows search results instead of the matters.
    bool isShowingSearch() const;

    // The window's geometry and pane sizes, for the app to keep between runs; restoreLayout
    // leaves the default layout (and returns false) for anything it cannot read.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &layout);

    // Selects the matter in this row of the (filtered) list; false when there is none.
    bool selectMatterRow(int row);
    // Selects the first conversation shown in the middle pane; false when there is none.
    bool selectFirstConversation();
    bool selectConversation(qint64 conversationId);

Q_SIGNALS:
    // A desktop notification was shown (or would be, where there is no system tray): what it
    // said. A protected conversation's text never appears in it.
    void trayMessageShown(const QString &title, const QString &text);
    // removeSavedData: the user also asked to delete this account's cache from the computer.
    void signOutRequested(bool removeSavedData);
    // The user confirmed Sign Out Everywhere: every session of the account is to end.
    void signOutEverywhereRequested();
    // The server refused the session token (reason: why); the app asks the user to sign in
    // again.
    void sessionEnded(const parley::protocol::Error &reason);
    // The Matter page's Message button: write to these people on this matter.
    void messageRequested(qint64 matterId, QList<qint64> recipientUserIds);
    // A New Message, Internal Thread or Direct Message dialog opened (deletes itself on close).
    void newConversationDialogOpened(parley::ui::NewConversationDialog *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpNotifications();
    void showAlert(const sync::AlertCenter::Alert &alert);
    void openAlert(qint64 conversationId, qint64 messageId);
    void setUpTeamInbox();
    QWidget *buildMattersPane();
    QWidget *buildConversationsPane();
    void createMenus();
    void showAbout();
    int matterTabIndex(qint64 matterId) const;
    void showMatterTab(qint64 matterId);
    void matterTabChanged(int index);
    void closeMatterTab(int index);
    void updateMatterPages();
    void selectFirstUnread();
    void matterChanged();
    void conversationChanged();
    void updateGroups();
    void showConnectionState(net::StreamClient::State state);
    void searchChanged();
    void updateSearchState();
    void openResult(const QModelIndex &index);
    void clearSearch();
    void conversationOpened(std::optional<qint64> matterId, qint64 conversationId);
    void selectPendingConversation();

    sync::Workspace *m_workspace;
    QLineEdit *m_filter = nullptr;
    QListView *m_matters = nullptr;
    MatterListModel *m_matterFilter = nullptr;
    QLabel *m_matterTitle = nullptr;
    QLabel *m_matterDetails = nullptr;
    QTreeView *m_conversations = nullptr;
    ConversationView *m_conversationView = nullptr;
    QLabel *m_connection = nullptr;
    NotificationCenter *m_notifications = nullptr;
    QDockWidget *m_notificationDock = nullptr;
    QToolButton *m_notificationsButton = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // when the desktop has a system tray
    std::optional<sync::AlertCenter::Alert> m_lastAlert; // what a click on the tray opens
    QSplitter *m_splitter = nullptr; // matters | open matter
    QSplitter *m_messagesSplitter = nullptr; // conversations | timeline
    QTabBar *m_openMatters = nullptr; // a tab per open matter; its data is the matter id
    QTabWidget *m_matterPages = nullptr; // Matter | Messages
    MatterDetailsView *m_matterDetailsView = nullptr;
    QSplitter *m_filesSplitter = nullptr; // the pages | All Files
    AllFilesPane *m_allFiles = nullptr;
    TasksView *m_matterTasks = nullptr; // the Tasks tab
    InboxWindow *m_inbox = nullptr; // made when first opened; owned, a window of its own
    QToolButton *m_inboxButton = nullptr;
    bool m_selectFirstUnread = false; // Next Unread opened a matter: pick its unread thread
    QLabel *m_offlineBanner = nullptr; // shown while offline over a saved cache
    QLineEdit *m_search = nullptr; // message search over the local cache
    QTimer *m_searchDelay = nullptr; // debounces typing
    QStackedWidget *m_mattersStack = nullptr; // the matters, or the search results
    QWidget *m_mattersPage = nullptr;
    QWidget *m_resultsPage = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_noResults = nullptr;
    std::optional<qint64> m_pendingConversation; // opened from search, shown once listed
};

} // namespace parley::ui
