// DesktopApp: the app's flow: sign in (from the command line, a saved token or the dialog),
// then the main window over a Workspace; sign out returns to the dialog.
#pragma once

#include "commandline.h"
#include "net/tokenstore.h"
#include "protocol/login.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <memory>

namespace parley::store {
class StoreWorker;
}
namespace parley::sync {
class Workspace;
}
namespace parley::ui {
class MainWindow;
class SignInDialog;
} // namespace parley::ui

namespace parley::app {

class Screenshotter;

class DesktopApp : public QObject
{
    Q_OBJECT

public:
    explicit DesktopApp(CommandLine options, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Begins the flow; the application's exit code comes through QCoreApplication::exit.
    void start();

private:
    void signInWithPassword(const QString &password);
    void restoreSavedSession();
    void showSignIn(const QString &notice = {});
    void openWorkspace(const QUrl &server, const protocol::LoginResponse &session);
    // removeSavedData also deletes the account's cache (messages saved for offline use);
    // notice: what the sign-in dialog then says (by default why the session ended, if it did).
    void signOut(bool endSession, bool removeSavedData = false, const QString &notice = {});
    // Asks the server to end every session of the account, then signs out here; on failure the
    // user stays signed in and is told why.
    void signOutEverywhere();
    void saveWindowLayout();
    void rememberAccount(const QUrl &server, const QString &email, const QString &token);
    void exitWith(int code, const QString &message);

    CommandLine m_options;
    QUrl m_server;
    QString m_email;
    QNetworkAccessManager m_nam;
    net::TokenStore m_tokens;
    // The account's local cache, on its own thread; outlives every Workspace that uses it.
    std::unique_ptr<store::StoreWorker> m_store;
    std::unique_ptr<sync::Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
    QPointer<ui::SignInDialog> m_dialog;
    Screenshotter *m_screenshotter = nullptr;
    // Sign Out Everywhere is under way: the stream closing meanwhile is expected.
    bool m_endingAllSessions = false;
};

} // namespace parley::app
