// AllFilesPane: the bottom of the matter window: the matter's documents (name, version,
// modified, size, sharing), sortable; Add Files… and files dropped from the desktop become
// documents (uploaded through the transfer queue shown below the list); Open (double-click)
// edits a working copy saved back as new versions; right-click Send ▸ / Share ▸ Client
// Portal…, Save a Copy…, Remove Client Access….
#pragma once

#include "protocol/document.h"
#include "protocol/matter.h"

#include <QWidget>
#include <optional>

class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace parley::net {
class ApiClient;
}
namespace parley::models {
class DocumentsModel;
}
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

    models::DocumentsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *stateLabel() const { return m_state; }
    TransfersView *transfersView() const { return m_transfersView; }
    // The context menu for the selected files (built fresh each time).
    QMenu *contextMenu();
    // Opens the selected document as a working copy (saves go back as new versions).
    void openSelected();
    // Uploads these files and makes each a document of the shown matter.
    void addFiles(const QStringList &paths);
    // Stops sharing the selected shared documents (after asking when confirm is set).
    void removeClientAccess(bool confirm = true);

Q_SIGNALS:
    // A Send or Share dialog opened (it deletes itself when closed).
    void dialogOpened(ShareFilesDialog *dialog);
    // Something the user asked for finished or failed, said in a sentence.
    void notice(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showContextMenu(const QPoint &position);
    void openDialog(bool share);
    void sendChosen(ShareFilesDialog *dialog);
    void saveCopy();
    void reload();
    void report(const QString &text);
    QList<protocol::Document> selectedDocuments() const;
    void updateState();

    net::ApiClient *m_api;
    sync::TransferQueue *m_transfers;
    sync::WorkingCopies *m_workingCopies;
    TransfersView *m_transfersView;
    models::DocumentsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_view;
    QLabel *m_heading;
    QLabel *m_state;
    std::optional<protocol::Matter> m_matter;
    QString m_error;
};

} // namespace parley::ui
