// ShareFilesDialog: recipients, files and an optional message; sending waits for Parley 4.
#include "sharefilesdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace parley::ui {

namespace {
constexpr int UserIdRole = Qt::UserRole + 1;
}

ShareFilesDialog::ShareFilesDialog(Mode mode, const protocol::Matter &matter,
    const QList<protocol::Document> &documents, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_recipients(new QListWidget(this))
    , m_files(new QListWidget(this))
    , m_message(new QPlainTextEdit(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("shareFilesDialog"));
    const bool send = mode == Mode::Send;
    setWindowTitle(
        send ? tr("Send Files to the Client Portal") : tr("Share Files on the Client Portal"));

    auto *explanation = new QLabel(send
            ? tr("The clients you choose receive a copy of each file as it is now, in a "
                 "message on matter %1.")
                  .arg(matter.number)
            : tr("The clients you choose see a live link to each file that always shows its "
                 "latest version, until you stop sharing. Matter %1.")
                  .arg(matter.number),
        this);
    explanation->setWordWrap(true);

    m_recipients->setObjectName(QStringLiteral("shareRecipients"));
    for (const protocol::Party &party : matter.parties) {
        auto *item = new QListWidgetItem(
            party.email.isEmpty() ? party.name : tr("%1 <%2>").arg(party.name, party.email),
            m_recipients);
        item->setData(UserIdRole, party.userId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(party.role == QLatin1String("client") ? Qt::Checked : Qt::Unchecked);
    }
    m_recipients->setMaximumHeight(m_recipients->sizeHintForRow(0) * 4 + 8);

    m_files->setObjectName(QStringLiteral("shareFiles"));
    for (const protocol::Document &document : documents) {
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon), document.name, m_files);
        m_documentIds.append(document.id);
    }
    m_files->setMaximumHeight(m_files->sizeHintForRow(0) * 4 + 8);
    auto *addFiles = new QPushButton(tr("Add &Files…"), this);
    addFiles->setObjectName(QStringLiteral("addFilesButton"));
    connect(addFiles, &QPushButton::clicked, this,
        [this] { addLocalFiles(QFileDialog::getOpenFileNames(this, tr("Add Files"))); });

    m_message->setObjectName(QStringLiteral("shareMessage"));
    m_message->setPlaceholderText(tr("Add a message (optional)"));
    m_message->setTabChangesFocus(true);

    // Why Send/Share cannot be pressed, when it cannot.
    m_notice->setObjectName(QStringLiteral("shareNotice"));
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(send ? tr("Send") : tr("Share"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("shareConfirmButton"));
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_recipients, &QListWidget::itemChanged, this, &ShareFilesDialog::updateConfirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(new QLabel(tr("Recipients"), this));
    layout->addWidget(m_recipients);
    auto *filesLabel = new QLabel(tr("Files"), this);
    layout->addWidget(filesLabel);
    layout->addWidget(m_files);
    layout->addWidget(addFiles, 0, Qt::AlignLeft);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);
    resize(480, 520);
    updateConfirm();
}

void ShareFilesDialog::updateConfirm()
{
    QString reason;
    if (chosenRecipients().isEmpty())
        reason = tr("Choose at least one client.");
    else if (m_files->count() == 0)
        reason = tr("Add at least one file.");
    m_confirm->setEnabled(reason.isEmpty());
    m_notice->setText(reason);
    m_notice->setVisible(!reason.isEmpty());
}

QList<qint64> ShareFilesDialog::chosenRecipients() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_recipients->count(); ++row) {
        const QListWidgetItem *item = m_recipients->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(UserIdRole).toLongLong());
    }
    return ids;
}

QStringList ShareFilesDialog::fileNames() const
{
    QStringList names;
    for (int row = 0; row < m_files->count(); ++row)
        names.append(m_files->item(row)->text());
    return names;
}

QString ShareFilesDialog::message() const
{
    return m_message->toPlainText();
}

void ShareFilesDialog::addLocalFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        new QListWidgetItem(
            style()->standardIcon(QStyle::SP_FileIcon), QFileInfo(path).fileName(), m_files);
        m_localFiles.append(path);
    }
    updateConfirm();
}

} // namespace parley::ui
