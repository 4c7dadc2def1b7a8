// SignInDialog: server address, email and password (and a verification code when the server
// asks for one); signs in with ApiClient and shows errors inline, next to what to fix.
#pragma once

#include "protocol/login.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace parley::net {
class ApiClient;
}

namespace parley::ui {

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // nam is not owned and must outlive the dialog.
    explicit SignInDialog(QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServerUrl(const QUrl &url);
    void setEmail(const QString &email);
    // Shown inline when the dialog opens, e.g. "Your session has ended".
    void setNotice(const QString &text);

    QUrl serverUrl() const;
    QString email() const;
    // Valid after the dialog was accepted.
    const protocol::LoginResponse &session() const { return m_session; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void signIn();

Q_SIGNALS:
    void signedIn(const parley::protocol::LoginResponse &session);

private:
    enum class Severity { Information, Error };
    void setBusy(bool busy);
    void showMessage(const QString &text, Severity severity);
    void showError(const QString &text, QWidget *focus, Severity severity = Severity::Error);
    void updateButton();

    QNetworkAccessManager *m_nam;
    net::ApiClient *m_api = nullptr;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_totpLabel;
    QLineEdit *m_totp;
    QLabel *m_errorIcon;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    protocol::LoginResponse m_session;
    bool m_busy = false;
};

} // namespace parley::ui
