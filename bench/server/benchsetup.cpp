// Signing in and choosing the conversation.
#include "benchsetup.h"

#include "net/apiclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>

namespace parley::bench {

namespace {

constexpr const char *DemoPassword = "parley-demo";
const char *const DemoStaff[] = { "lawyer@demo.test", "paralegal@demo.test", "partner@demo.test" };

// Runs one asynchronous ApiClient call to its answer.
template<typename T, typename Call>
protocol::Result<T> await(Call call)
{
    std::optional<protocol::Result<T>> answer;
    QEventLoop loop;
    call([&](protocol::Result<T> result) {
        answer = std::move(result);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

protocol::Result<QString> signIn(net::ApiClient &api, const char *email)
{
    auto login = await<protocol::LoginResponse>([&](auto done) {
        api.login(protocol::LoginRequest { QString::fromLatin1(email),
                      QString::fromLatin1(DemoPassword), {} },
            done);
    });
    if (!login)
        return login.error();
    return login->token;
}

// The first open conversation of the first matter that has one.
protocol::Result<qint64> openConversation(net::ApiClient &api)
{
    auto matters = await<QList<protocol::Matter>>([&](auto done) { api.matters(done); });
    if (!matters)
        return matters.error();
    for (const protocol::Matter &matter : matters.value()) {
        auto conversations = await<QList<protocol::Conversation>>(
            [&](auto done) { api.conversations(matter.id, done); });
        if (!conversations)
            return conversations.error();
        for (const protocol::Conversation &conversation : conversations.value()) {
            if (!conversation.isClosed())
                return conversation.id;
        }
    }
    return protocol::Error::make(
        protocol::ErrorCode::NotFound, QStringLiteral("The demo firm has no open conversation."));
}

} // namespace

protocol::Result<BenchTarget> prepareTarget(QNetworkAccessManager &nam, const QUrl &baseUrl)
{
    BenchTarget target;
    for (const char *email : DemoStaff) {
        net::ApiClient api(&nam, baseUrl);
        auto token = signIn(api, email);
        if (!token)
            return token.error();
        api.setToken(token.value());
        if (target.conversationId == 0) {
            auto conversation = openConversation(api);
            if (!conversation)
                return conversation.error();
            target.conversationId = conversation.value();
            target.senderToken = token.value();
        }
        auto sees = await<protocol::Conversation>(
            [&](auto done) { api.conversation(target.conversationId, done); });
        if (sees)
            target.streamTokens.append(token.value());
    }
    return target;
}

protocol::Result<QStringList> addStaffReaders(
    QNetworkAccessManager &nam, const QUrl &baseUrl, const QStringList &adminArgs, int count)
{
    QStringList tokens;
    for (int i = 1; i <= count; ++i) {
        const QString email = QStringLiteral("bench-reader-%1@demo.test").arg(i);
        QProcess admin;
        admin.start(QCoreApplication::applicationDirPath() + QStringLiteral("/parley-server"),
            QStringList { QStringLiteral("admin"), QStringLiteral("create-staff") } + adminArgs
                + QStringList { QStringLiteral("--email"), email, QStringLiteral("--name"),
                    QStringLiteral("Bench Reader %1").arg(i), QStringLiteral("--role"),
                    QStringLiteral("paralegal"), QStringLiteral("--password-stdin") });
        admin.write(QByteArray(DemoPassword) + '\n');
        admin.closeWriteChannel();
        if (!admin.waitForFinished(60000) || admin.exitStatus() != QProcess::NormalExit
            || admin.exitCode() != 0)
            return protocol::Error::make(protocol::ErrorCode::Internal,
                QStringLiteral("admin create-staff failed: %1")
                    .arg(QString::fromUtf8(admin.readAllStandardError())));
        net::ApiClient api(&nam, baseUrl);
        auto token = signIn(api, email.toLatin1().constData());
        if (!token)
            return token.error();
        tokens.append(token.value());
    }
    return tokens;
}

} // namespace parley::bench
