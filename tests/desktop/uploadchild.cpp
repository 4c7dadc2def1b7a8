// tus_upload_child: uploads one file with the desktop's TusUploader, as a process a test can
// kill at any moment. Usage: tus_upload_child BASE_URL TOKEN FILE STATE_FILE CHUNK_BYTES.
// The upload's URL is written to STATE_FILE once created and read from it on the next run,
// so a new process resumes; progress lines ("sent N") go to stdout, "done ID" at the end.
#include "net/apiclient.h"
#include "net/tusuploader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <cstdio>

using namespace parley;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: tus_upload_child BASE_URL TOKEN FILE STATE_FILE CHUNK\n");
        return 2;
    }
    QNetworkAccessManager nam;
    net::ApiClient api(&nam, QUrl(args.at(1)));
    api.setToken(args.at(2));
    const QString statePath = args.at(4);
    QUrl resume;
    if (QFile state(statePath); state.open(QIODevice::ReadOnly))
        resume = QUrl(QString::fromUtf8(state.readAll().trimmed()));

    net::TusUploader::Options options;
    options.chunkBytes = args.at(5).toLongLong();
    net::TusUploader uploader(&api, options);
    QObject::connect(&uploader, &net::TusUploader::created, [&](const QUrl &url) {
        QFile state(statePath);
        if (state.open(QIODevice::WriteOnly | QIODevice::Truncate))
            state.write(url.toEncoded());
    });
    QObject::connect(&uploader, &net::TusUploader::progress, [](qint64 sent, qint64) {
        std::printf("sent %lld\n", static_cast<long long>(sent));
        std::fflush(stdout);
    });
    QObject::connect(
        &uploader, &net::TusUploader::finished, [&](const protocol::Result<QString> &id) {
            if (!id) {
                std::fprintf(stderr, "failed: %s\n", qPrintable(id.error().code));
                app.exit(1);
                return;
            }
            std::printf("done %s\n", qPrintable(id.value()));
            std::fflush(stdout);
            app.exit(0);
        });
    uploader.start(args.at(3), QFileInfo(args.at(3)).fileName(), resume);
    return app.exec();
}
