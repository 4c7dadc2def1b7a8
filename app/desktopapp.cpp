// DesktopApp: sign-in paths, keychain use, window life cycle and the screenshot mode.
#include "desktopapp.h"

#include "net/apiclient.h"
#include "screenshotter.h"
#include "store/storeworker.h"
#include "sync/workspace.h"
#include "ui/errortext.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "parley.app", QtInfoMsg)

namespace parley::app {

namespace {
const auto ServerKey = QStringLiteral("account/server");
const auto EmailKey = QStringLiteral("account/email");
// The signed-in user's public profile (id, name, email; never the token), so a saved sign-in
// opens over the cache while the server is unreachable.
const auto UserKey = QStringLiteral("account/user");
// The main window's geometry and pane sizes (ui::MainWindow::saveLayout).
const auto LayoutKey = QStringLiteral("window/mainLayout");
// The recently opened matters, most recent first (listed first).
const auto RecentMattersKey = QStringLiteral("window/recentMatters");

std::optional<protocol::User> savedUser(const QString &email)
{
    const QJsonObject json
        = QJsonDocument::fromJson(QSettings().value(UserKey).toByteArray()).object();
    auto user = protocol::User::fromJson(json);
    if (!user || user->email.compare(email, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return user.value();
}
} // namespace

DesktopApp::DesktopApp(CommandLine options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_tokens(this)
{
    QSettings settings;
    m_server = m_options.server.isValid() ? m_options.server
                                          : QUrl(settings.value(ServerKey).toString());
    m_email = !m_options.email.isEmpty() ? m_options.email : settings.value(EmailKey).toString();
}

DesktopApp::~DesktopApp()
{
    saveWindowLayout();
    delete m_dialog;
    m_window.reset();
    m_workspace.reset();
    m_store.reset();
}

void DesktopApp::start()
{
    if (!m_options.passwordEnv.isEmpty()) {
        const QString password = qEnvironmentVariable(m_options.passwordEnv.toUtf8().constData());
        if (password.isEmpty() || m_email.isEmpty() || !m_server.isValid()) {
            exitWith(2,
                tr("--password-env needs --server, --email and a non-empty environment variable "
                   "%1.")
                    .arg(m_options.passwordEnv));
            return;
        }
        signInWithPassword(password);
        return;
    }
    if (!m_options.screenshot.isEmpty() && (!m_server.isValid() || m_email.isEmpty())) {
        exitWith(2,
            tr("--screenshot needs --server and --email, and --password-env unless a "
               "sign-in is saved in the keychain."));
        return;
    }
    restoreSavedSession();
}

void DesktopApp::signInWithPassword(const QString &password)
{
    auto *api = new net::ApiClient(&m_nam, m_server, this);
    protocol::LoginRequest request;
    request.email = m_email;
    request.password = password;
    api->login(request, [this, api](protocol::Result<protocol::LoginResponse> answer) {
        api->deleteLater();
        if (!answer) {
            showSignIn(ui::ErrorText::describe(answer.error(), m_server));
            return;
        }
        if (m_options.screenshot.isEmpty())
            rememberAccount(m_server, m_email, answer->token);
        openWorkspace(m_server, answer.value());
    });
}

void DesktopApp::restoreSavedSession()
{
    if (!m_server.isValid() || m_email.isEmpty()) {
        showSignIn();
        return;
    }
    m_tokens.read(m_server, m_email, [this](protocol::Result<QString> token) {
        if (!token) {
            if (!token.error().is(protocol::ErrorCode::NotFound))
                qCWarning(lcApp) << "cannot read the saved sign-in:" << token.error().code;
            showSignIn();
            return;
        }
        auto *api = new net::ApiClient(&m_nam, m_server, this);
        api->setToken(token.value());
        api->me([this, api](protocol::Result<protocol::User> user) {
            const QString savedToken = api->token();
            api->deleteLater();
            if (!user && user.error().is(protocol::ErrorCode::NetworkError)
                && m_options.screenshot.isEmpty()) {
                if (auto offline = savedUser(m_email)) {
                    // Unreachable: open over the saved cache; a refused token still ends the
                    // session once the server answers.
                    qCInfo(lcApp) << "server unreachable; opening the saved data offline";
                    openWorkspace(m_server, protocol::LoginResponse { savedToken, *offline });
                    return;
                }
            }
            if (!user) {
                qCInfo(lcApp) << "saved sign-in not accepted:" << user.error().code;
                // An expired session says so; a token signed out elsewhere needs no sentence.
                const bool explain = user.error().is(protocol::ErrorCode::NetworkError)
                    || user.error().is(protocol::ErrorCode::SessionExpired);
                showSignIn(explain ? ui::ErrorText::describe(user.error(), m_server) : QString());
                return;
            }
            openWorkspace(m_server, protocol::LoginResponse { savedToken, user.value() });
        });
    });
}

void DesktopApp::showSignIn(const QString &notice)
{
    if (!m_options.screenshot.isEmpty()) {
        // No one is there to type a password.
        exitWith(1,
            notice.isEmpty() ? tr("No saved sign-in for %1 at %2; use --password-env.")
                                   .arg(m_email, m_server.toDisplayString())
                             : tr("Sign-in failed: %1").arg(notice));
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new ui::SignInDialog(&m_nam);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_server.isValid())
        m_dialog->setServerUrl(m_server);
    m_dialog->setEmail(m_email);
    m_dialog->setNotice(notice);
    connect(m_dialog, &ui::SignInDialog::signedIn, this,
        [this](const protocol::LoginResponse &session) {
            m_server = m_dialog->serverUrl();
            m_email = m_dialog->email();
            rememberAccount(m_server, m_email, session.token);
            openWorkspace(m_server, session);
        });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (!m_window)
            QCoreApplication::quit();
    });
    m_dialog->show();
}

void DesktopApp::rememberAccount(const QUrl &server, const QString &email, const QString &token)
{
    QSettings settings;
    settings.setValue(ServerKey, server.toString());
    settings.setValue(EmailKey, email);
    m_tokens.store(server, email, token, [](protocol::Result<void> stored) {
        if (!stored)
            qCWarning(lcApp) << "the sign-in was not saved in the keychain:" << stored.error().code;
    });
}

void DesktopApp::openWorkspace(const QUrl &server, const protocol::LoginResponse &session)
{
    m_window.reset();
    m_workspace = std::make_unique<sync::Workspace>(&m_nam, server, session);
    // Screenshots show the server's data only; otherwise the account's cache makes the app
    // usable offline.
    if (m_options.screenshot.isEmpty()) {
        QSettings().setValue(
            UserKey, QJsonDocument(session.user.toJson()).toJson(QJsonDocument::Compact));
        if (!m_store)
            m_store = std::make_unique<store::StoreWorker>();
        m_workspace->setStore(
            m_store.get(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }
    m_window = std::make_unique<ui::MainWindow>(m_workspace.get());
    m_window->setWindowIcon(QIcon(QStringLiteral(":/icons/parley.svg")));
    // Screenshots keep the default layout so they compare between runs.
    if (m_options.screenshot.isEmpty()) {
        QSettings settings;
        m_window->restoreLayout(settings.value(LayoutKey).toByteArray());
        QList<qint64> recent;
        for (const QVariant &id : settings.value(RecentMattersKey).toList())
            recent.append(id.toLongLong());
        m_window->setRecentMatters(recent);
    }
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this,
        [this](bool removeSavedData) { signOut(true, removeSavedData); });
    connect(m_window.get(), &ui::MainWindow::signOutEverywhereRequested, this,
        &DesktopApp::signOutEverywhere);
    connect(
        m_window.get(), &ui::MainWindow::sessionEnded, this, [this](const protocol::Error &reason) {
            if (!m_endingAllSessions)
                signOut(false, false, ui::ErrorText::describe(reason, m_server));
        });
    m_workspace->start();
    m_window->show();

    if (!m_options.screenshot.isEmpty()) {
        m_screenshotter
            = new Screenshotter(m_window.get(), m_workspace.get(), m_options.screenshot, this);
        connect(m_screenshotter, &Screenshotter::finished, this,
            [this](int code, const QString &message) { exitWith(code, message); });
        m_screenshotter->start();
    }
}

void DesktopApp::saveWindowLayout()
{
    if (!m_window || !m_options.screenshot.isEmpty())
        return;
    QSettings settings;
    settings.setValue(LayoutKey, m_window->saveLayout());
    QVariantList recent;
    for (qint64 id : m_window->recentMatters())
        recent.append(id);
    settings.setValue(RecentMattersKey, recent);
}

void DesktopApp::signOutEverywhere()
{
    if (!m_workspace || m_endingAllSessions)
        return;
    m_endingAllSessions = true;
    auto *api = new net::ApiClient(&m_nam, m_server, this);
    api->setToken(m_workspace->api()->token());
    api->logoutAll([this, api](protocol::Result<void> done) {
        api->deleteLater();
        m_endingAllSessions = false;
        if (!done) {
            qCInfo(lcApp) << "sign out everywhere failed:" << done.error().code;
            // A session that ended meanwhile ends here too; anything else leaves it as it was.
            if (done.error().endsSession()) {
                signOut(false, false, ui::ErrorText::describe(done.error(), m_server));
                return;
            }
            if (m_window)
                QMessageBox::warning(m_window.get(), tr("Sign Out Everywhere"),
                    tr("Parley could not sign you out everywhere: %1")
                        .arg(ui::ErrorText::describe(done.error(), m_server)));
            return;
        }
        signOut(false, false, tr("You are signed out on every computer and device."));
    });
}

void DesktopApp::signOut(bool endSession, bool removeSavedData, const QString &notice)
{
    if (!m_workspace)
        return;
    if (endSession) {
        // Best effort: the server forgets the token; the keychain entry goes either way.
        auto *api = new net::ApiClient(&m_nam, m_server, this);
        api->setToken(m_workspace->api()->token());
        api->logout([api](protocol::Result<void>) { api->deleteLater(); });
    }
    m_tokens.remove(m_server, m_email, [](protocol::Result<void>) {});
    saveWindowLayout();
    m_workspace->stop();
    if (removeSavedData && m_workspace->store()) {
        qCInfo(lcApp) << "removing the account's saved messages";
        m_workspace->store()->wipe(); // queued before the workspace closes the cache
        QSettings().remove(UserKey);
    }
    // Deleting inside the window's own signal is unsafe: let the event loop finish first.
    QTimer::singleShot(0, this, [this, endSession, notice] {
        m_window.reset();
        m_workspace.reset();
        if (!m_options.screenshot.isEmpty()) {
            exitWith(1, tr("The server ended the session."));
            return;
        }
        if (!notice.isEmpty())
            showSignIn(notice);
        else
            showSignIn(endSession ? QString() : tr("Your session has ended. Sign in again."));
    });
}

void DesktopApp::exitWith(int code, const QString &message)
{
    if (!message.isEmpty())
        std::fprintf(stderr, "parley: %s\n", qPrintable(message));
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace parley::app
