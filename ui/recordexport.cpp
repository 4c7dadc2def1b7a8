// Saving a matter's record of communication.
#include "recordexport.h"

#include "errortext.h"
#include "net/apiclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>

namespace parley::ui::RecordExport {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordExport)
};

} // namespace

QString suggestedName(const QString &matterNumber)
{
    QString number = matterNumber;
    for (QChar &c : number) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    return Text::tr("Record of communication %1.html").arg(number);
}

void save(net::ApiClient *api, qint64 matterId, const QString &path,
    std::function<void(protocol::Result<void>)> done)
{
    api->matterRecord(matterId, [path, done](protocol::Result<net::MatterRecord> fetched) {
        if (!fetched) {
            done(fetched.error());
            return;
        }
        const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            ? QJsonDocument(fetched->record).toJson(QJsonDocument::Indented)
            : fetched->html.toUtf8();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            done(protocol::Error::make(protocol::ErrorCode::Internal,
                Text::tr("Could not save the record to %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString())));
            return;
        }
        done({});
    });
}

void run(net::ApiClient *api, qint64 matterId, const QString &matterNumber, QWidget *parent,
    std::function<void(const QString &)> report)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getSaveFileName(parent, Text::tr("Export Record of Communication"),
            QDir(folder).filePath(suggestedName(matterNumber)),
            Text::tr("Web page, to read and print (*.html);;JSON, for other programs (*.json)"));
    if (path.isEmpty())
        return;
    report(Text::tr("Exporting the record of matter %1…").arg(matterNumber));
    QPointer<QWidget> window(parent);
    save(api, matterId, path, [window, path, report](protocol::Result<void> saved) {
        if (saved) {
            report(Text::tr("Record saved to %1").arg(QDir::toNativeSeparators(path)));
            return;
        }
        report(QString());
        const QString reason = saved.error().is(protocol::ErrorCode::Internal)
            ? saved.error().message
            : ErrorText::describe(saved.error());
        QMessageBox::warning(window, Text::tr("Export Record of Communication"),
            Text::tr("The record was not exported. %1").arg(reason));
    });
}

} // namespace parley::ui::RecordExport
