// ChangeStatusDialog: Change Status… on the Matter tab. The new status is typed or picked
// (the statuses the firm's rules wait for, and the current one); before anything is sent the
// dialog says which automated messages the change will post, and how they read for this
// matter. "closed" is refused here: Close Matter… does that. An error keeps the dialog open.
#pragma once

#include "protocol/error.h"
#include "protocol/matter.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;

namespace parley::net {
class ApiClient;
}

namespace parley::ui {

class TemplateCatalog;

class ChangeStatusDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeStatusDialog(
        net::ApiClient *api, const protocol::Matter &matter, QWidget *parent = nullptr);

    QComboBox *statusCombo() const { return m_status; }
    // What the change will do: the rules that run, or why nothing does.
    QLabel *effectLabel() const { return m_effect; }
    // The automated messages as the client will read them.
    QLabel *previewLabel() const { return m_preview; }
    QLabel *problem() const { return m_problem; }
    QPushButton *changeButton() const { return m_change; }
    TemplateCatalog *catalog() const { return m_catalog; }

Q_SIGNALS:
    // The server took the new status: the matter as it is now.
    void changed(const protocol::Matter &matter);

private:
    void fillStatuses();
    void updateEffect();
    void submit();

    QPointer<net::ApiClient> m_api;
    protocol::Matter m_matter;
    TemplateCatalog *m_catalog;
    bool m_catalogFailed = false;
    bool m_busy = false;
    QComboBox *m_status;
    QLabel *m_effect;
    QLabel *m_preview;
    QLabel *m_problem;
    QPushButton *m_change;
};

} // namespace parley::ui
