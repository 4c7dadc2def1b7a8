// AllFilesPane: the bottom of the matter window, in two sections. Documents: the matter's
// documents (name, version, last updated, size, sharing), sortable; Add Files… and files
// dropped from the desktop become documents (uploaded through the transfer queue shown below
// the list); Open (double-click) edits a working copy saved back as new versions; right-click
// Send ▸ / Share ▸ Client Portal…, Save a Copy…, Remove Client Access…; a shared document's
// ⋯ button offers Remove Client Access too. Messages: the files sent, shared and attached in
// the matter's conversations, with Open, Save a Copy…, Show in Conversation.
#pragma once

#include "protocol/attachment.h"
#include "protocol/document.h"
#include "protocol/matter.h"

#include <QWidget>
#include <optional>

class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabBar;
class QTreeView;

namespace parley::net {
class ApiClient;
}
namespace parley::models {
class DocumentsModel;
class MessageFilesModel;
} // namespace parley::models
namespace parley::sync {
class TransferQueue;
class WorkingCopies;
} // namespace parley::sync

namespace parley::ui {

class ShareFilesDialog;
class TransfersView;

class AllFilesPane : public QWidget
{
    Q_OBJECT

public:
    // Not owned: the files are asked for whenever a matter is shown.
    AllFilesPane(net::ApiClient *api, sync::TransferQueue *transfers,
        sync::WorkingCopies *workingCopies, QWidget *parent = nullptr);

    // Shows this matter's files (none for nullopt); asks the server again for the same one.
    void setMatter(const std::optional<protocol::Matter> &matter);

    enum class Section { Documents, Messages };
    void showSection(Section section);
    Section section() const;

    models::DocumentsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    models::MessageFilesModel *messageFiles() const { return m_messageFiles; }
    QTreeView *messagesView() const { return m_messagesView; }
    QTabBar *sections() const { return m_sections; }
    QLabel *stateLabel() const { return m_state; }
    TransfersView *transfersView() const { return m_transfersView; }
    // The context menu for the selected documents (built fresh each time).
    QMenu *contextMenu();
    // The context menu for the selected message file.
    QMenu *messageFileMenu();
    // The ⋯ menu of a shared file's row (in either section's view).
    QMenu *moreMenu(const QModelIndex &index);
    // Opens the selected document as a working copy (saves go back as new versions).
    void openSelected();
    // Uploads these files and makes each a document of the shown matter.
    void addFiles(const QStringList &paths);
    // Stops sharing the selected shared documents (after asking when confirm is set).
    void removeClientAccess(bool confirm = true);
    // Opens the selected message file with the system application.
    void openMessageFile();

Q_SIGNALS:
    // A Send or Share dialog opened (it deletes itself when closed).
    void dialogOpened(ShareFilesDialog *dialog);
    // Something the user asked for finished or failed, said in a sentence.
    void notice(const QString &text);
    // Show in Conversation: the message a file in the Messages section came with.
    void showMessageRequested(qint64 conversationId, qint64 messageId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpView(QTreeView *view, QSortFilterProxyModel *sorted, int stretchColumn);
    void showContextMenu(const QPoint &position);
    void showMessageFileMenu(const QPoint &position);
    void stopSharing(const QList<qint64> &documentIds, bool confirm);
    void openDialog(bool share);
    void sendChosen(ShareFilesDialog *dialog);
    void saveCopy();
    void reload();
    void report(const QString &text);
    QList<protocol::Document> selectedDocuments() const;
    std::optional<protocol::Attachment> selectedMessageFile() const;
    void loadMessageFiles();
    void updateState();

    net::ApiClient *m_api;
    sync::TransferQueue *m_transfers;
    sync::WorkingCopies *m_workingCopies;
    TransfersView *m_transfersView;
    models::DocumentsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_view;
    models::MessageFilesModel *m_messageFiles;
    QSortFilterProxyModel *m_messagesSorted;
    QTreeView *m_messagesView;
    QTabBar *m_sections;
    QStackedWidget *m_pages;
    QLabel *m_heading;
    QLabel *m_state;
    std::optional<protocol::Matter> m_matter;
    QString m_error;
    QString m_messagesError;
};

} // namespace parley::ui
