// Composer: counting, limit feedback and the send shortcut.
#include "composer.h"

#include "models/documentsmodel.h"
#include "protocol/limits.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace parley::ui {

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_attach(new QToolButton(this))
    , m_statusUpdate(new QCheckBox(tr("Post as status &update"), this))
    , m_attachmentsBar(new QWidget(this))
    , m_chips(new QHBoxLayout(m_attachmentsBar))
{
    m_statusUpdate->setObjectName(QStringLiteral("statusUpdateBox"));
    m_statusUpdate->setToolTip(
        tr("The message also shows on the Status tab of the client's portal."));
    m_statusUpdate->setVisible(false);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setPlaceholderText(tr("Write a message… (Ctrl+Enter to send)"));
    m_edit->setTabChangesFocus(true);
    const int lineHeight = m_edit->fontMetrics().lineSpacing();
    // About four lines: room to write without taking the conversation's space.
    m_edit->setFixedHeight(lineHeight * 4 + 2 * m_edit->frameWidth() + 8);

    m_counter->setObjectName(QStringLiteral("characterCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("composerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the message (Ctrl+Enter)"));

    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setText(tr("Attach &Files…"));
    m_attach->setToolTip(tr("Send files with the message (Ctrl+Shift+A), or drop them here"));
    m_attach->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    connect(m_attach, &QToolButton::clicked, this,
        [this] { attachFiles(QFileDialog::getOpenFileNames(this, tr("Attach Files"))); });
    m_attachmentsBar->setObjectName(QStringLiteral("attachmentsBar"));
    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->addStretch();
    m_attachmentsBar->setVisible(false);
    setAcceptDrops(true);

    // An event filter rather than a QShortcut: it works whether or not the window is active.
    m_edit->installEventFilter(this);
    // Files dropped on the text become attachments, not their paths typed into it.
    m_edit->viewport()->installEventFilter(this);
    connect(m_send, &QPushButton::clicked, this, &Composer::requestSend);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_problem->setVisible(false);
        updateState();
    });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_attach);
    bottom->addWidget(m_statusUpdate);
    bottom->addWidget(m_problem, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_counter);
    bottom->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_attachmentsBar);
    layout->addLayout(bottom);
    updateState();
}

void Composer::setStatusUpdateAvailable(bool available)
{
    m_statusUpdate->setVisible(available);
    if (!available)
        m_statusUpdate->setChecked(false);
}

bool Composer::isStatusUpdate() const
{
    return m_statusUpdate->isVisible() && m_statusUpdate->isChecked();
}

void Composer::setMaxCharacters(qint64 max)
{
    m_max = max;
    updateState();
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void Composer::clear()
{
    m_edit->clear();
}

void Composer::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool Composer::canSend() const
{
    const QString body = text();
    return !m_sending && (!body.trimmed().isEmpty() || !m_files.isEmpty())
        && protocol::characterCount(body) <= m_max;
}

void Composer::setSending(bool sending)
{
    m_sending = sending;
    m_attach->setEnabled(!sending);
    m_attachmentsBar->setEnabled(!sending);
    updateState();
}

void Composer::setAttachedFiles(const QStringList &paths)
{
    m_files.clear();
    attachFiles(paths);
    showAttachedFiles();
}

void Composer::attachFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile() && !m_files.contains(path))
            m_files.append(path);
    }
    showAttachedFiles();
}

void Composer::removeAttachedFile(const QString &path)
{
    m_files.removeAll(path);
    showAttachedFiles();
}

void Composer::showAttachedFiles()
{
    // One chip per file: its name and size; clicking it takes the file off the message.
    while (m_chips->count() > 1) {
        QLayoutItem *item = m_chips->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (const QString &path : std::as_const(m_files)) {
        const QFileInfo info(path);
        auto *chip = new QToolButton(m_attachmentsBar);
        chip->setObjectName(QStringLiteral("attachmentChip"));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        chip->setText(
            tr("%1 (%2)").arg(info.fileName(), models::DocumentsModel::sizeText(info.size())));
        chip->setToolTip(tr("Remove %1 from the message").arg(info.fileName()));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, path] { removeAttachedFile(path); });
        m_chips->insertWidget(m_chips->count() - 1, chip);
    }
    m_attachmentsBar->setVisible(!m_files.isEmpty());
    updateState();
    Q_EMIT attachedFilesChanged();
}

QStringList Composer::localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile() || !QFileInfo(url.toLocalFile()).isFile())
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_sending && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (m_sending || paths.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(paths);
}

void Composer::updateState()
{
    const qint64 count = protocol::characterCount(text());
    if (count > m_max) {
        m_counter->setForegroundRole(QPalette::WindowText);
        m_counter->setText(tr("<b>%L1 characters too long</b> (%L2 / %L3)")
                               .arg(count - m_max)
                               .arg(count)
                               .arg(m_max));
        m_send->setToolTip(tr("The message is longer than %L1 characters. Shorten it or split it "
                              "into several messages.")
                               .arg(m_max));
    } else {
        m_counter->setForegroundRole(QPalette::PlaceholderText);
        m_counter->setText(count > 0 ? tr("%L1 / %L2").arg(count).arg(m_max) : QString());
        m_send->setToolTip(tr("Send the message (Ctrl+Enter)"));
    }
    m_send->setEnabled(canSend());
}

void Composer::requestSend()
{
    if (!canSend())
        return;
    Q_EMIT sendRequested(text());
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->viewport()) {
        // Local files and folders dropped on the text: files are attached, folders refused;
        // their paths are never typed into the message.
        const bool drag = event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove;
        if (drag || event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QMimeData *data = drop->mimeData();
            const QList<QUrl> urls = data && data->hasUrls() ? data->urls() : QList<QUrl>();
            if (!urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) {
                    return url.isLocalFile();
                })) {
                if (drag) {
                    if (!m_sending && !localFiles(data).isEmpty())
                        drop->acceptProposedAction();
                    else
                        drop->ignore();
                } else {
                    dropEvent(drop);
                }
                return true;
            }
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            requestSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace parley::ui
