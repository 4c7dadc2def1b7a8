// PortalAddressDialog: Portal Address… on a party of the Matter tab. The firm chooses which of
// the contact's addresses the client portal uses (the primary one by default) or types
// another: invitations, reminders, codes and sign-in links go there and the client signs in
// with it only. Saving asks the server; an error keeps the dialog open with what was typed.
#pragma once

#include "protocol/error.h"
#include "protocol/matter.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace parley::net {
class ApiClient;
}

namespace parley::ui {

class PortalAddressDialog : public QDialog
{
    Q_OBJECT

public:
    PortalAddressDialog(net::ApiClient *api, qint64 matterId, const protocol::Party &party,
        QWidget *parent = nullptr);

    // The address Save would choose (trimmed; empty when Another is chosen with nothing typed).
    QString chosenEmail() const;
    QLineEdit *otherEdit() const { return m_otherEdit; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    // The server took the choice; the matter as it is now.
    void saved(const protocol::Matter &matter);

private:
    void updateSave();
    void save();
    void showError(const protocol::Error &error);

    QPointer<net::ApiClient> m_api;
    qint64 m_matterId;
    protocol::Party m_party;
    QButtonGroup *m_choices;
    QRadioButton *m_other;
    QLineEdit *m_otherEdit;
    QLabel *m_error;
    QPushButton *m_save;
    bool m_saving = false;
};

} // namespace parley::ui
