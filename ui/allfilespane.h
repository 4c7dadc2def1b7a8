// AllFilesPane: the bottom of the matter window: the matter's documents (name, version,
// modified, size, sharing), sortable, with right-click Send ▸ Client Portal… and
// Share ▸ Client Portal….
#pragma once

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

namespace parley::ui {

class ShareFilesDialog;

class AllFilesPane : public QWidget
{
    Q_OBJECT

public:
    // api is not owned: the files are asked for whenever a matter is shown.
    explicit AllFilesPane(net::ApiClient *api, QWidget *parent = nullptr);

    // Shows this matter's files (none for nullopt); asks the server again for the same one.
    void setMatter(const std::optional<protocol::Matter> &matter);

    models::DocumentsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *stateLabel() const { return m_state; }
    // The context menu for the selected files (built fresh each time).
    QMenu *contextMenu();

Q_SIGNALS:
    // A Send or Share dialog opened (it deletes itself when closed).
    void dialogOpened(ShareFilesDialog *dialog);

private:
    void showContextMenu(const QPoint &position);
    void openDialog(bool share);
    void updateState();

    net::ApiClient *m_api;
    models::DocumentsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_view;
    QLabel *m_heading;
    QLabel *m_state;
    std::optional<protocol::Matter> m_matter;
    QString m_error;
};

} // namespace parley::ui
