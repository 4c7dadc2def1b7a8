// ConversationView: timeline list, composer wiring, drafts, retries, discards and scrolling.
#include "conversationview.h"

#include "assigneepicker.h"
#include "attachmentfiles.h"
#include "clientaccess.h"
#include "composer.h"
#include "deletemessage.h"
#include "errortext.h"
#include "models/timelinemodel.h"
#include "sync/filesend.h"
#include "sync/transferqueue.h"
#include "sync/workspace.h"
#include "timelinedelegate.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace parley::ui {

using models::TimelineModel;

namespace {

// Typed text is saved this long after the last keystroke (and at once on leaving).
constexpr int DraftSaveDelayMs = 500;
// How much of a message the discard question quotes.
constexpr int QuotedChars = 120;

} // namespace

// The timeline as its view shows it: portal events only when asked for, in the model's order
// (never sorted). Item views fetch more when their last row shows, but a timeline's older
// rows are at the top: the view must not see canFetchMore, and maybeFetchOlder asks the
// model when the top is reached instead.
class TimelineViewModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override { }
    void setShowEvents(bool show)
    {
        if (show == m_showEvents)
            return;
        m_showEvents = show;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
        return m_showEvents
            || row.data(TimelineModel::KindRole).toString() != QLatin1String("event");
    }

private:
    bool m_showEvents = false;
};

ConversationView::ConversationView(sync::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(this))
    , m_members(new QLabel(this))
    , m_assignee(new AssigneePicker(workspace, this))
    , m_showEvents(new QCheckBox(tr("Show all portal &events"), this))
    , m_timeline(new QListView(this))
    , m_closedNotice(new QLabel(this))
    , m_composer(new Composer(this))
    , m_draftTimer(new QTimer(this))
{
    m_empty->setObjectName(QStringLiteral("emptyStateLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_empty->setFont(emptyFont);

    m_title->setObjectName(QStringLiteral("conversationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members->setObjectName(QStringLiteral("conversationMembers"));
    m_members->setForegroundRole(QPalette::PlaceholderText);
    m_members->setWordWrap(true);

    // Off by default; the choice stays for this window's session, whichever thread shows.
    m_showEvents->setObjectName(QStringLiteral("showEventsCheck"));
    m_showEvents->setToolTip(tr("Show when participants read messages, were added or removed, "
                                "or changed their sign-in email address"));
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_viewModel = new TimelineViewModel(m_timeline);
    m_viewModel->setSourceModel(workspace->timeline());
    m_timeline->setModel(m_viewModel);
    connect(m_showEvents, &QCheckBox::toggled, this, [this](bool show) {
        m_viewModel->setShowEvents(show);
        if (m_following)
            QTimer::singleShot(0, m_timeline, &QListView::scrollToBottom);
    });
    m_timeline->setItemDelegate(new TimelineDelegate(m_timeline));
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setWordWrap(true);
    m_timeline->setUniformItemSizes(false);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_assignee, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(header);
    layout->addWidget(m_members);
    layout->addWidget(m_showEvents);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_closedNotice);
    layout->addWidget(m_composer);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_closedNotice->setObjectName(QStringLiteral("conversationClosedNotice"));
    m_closedNotice->setWordWrap(true);
    m_closedNotice->setFrameShape(QFrame::StyledPanel);
    m_closedNotice->setMargin(8);
    m_closedNotice->setTextFormat(Qt::PlainText);
    m_closedNotice->hide();
    // A conversation that closes while shown (sync) turns read-only at once.
    const auto refreshClosed = [this] { updateClosedState(); };
    connect(workspace->conversations(), &QAbstractItemModel::dataChanged, this, refreshClosed);
    connect(workspace->conversations(), &QAbstractItemModel::modelReset, this, refreshClosed);
    connect(workspace->conversations(), &QAbstractItemModel::rowsInserted, this, refreshClosed);

    m_composer->setMaxCharacters(workspace->limits().messageChars);
    connect(m_composer, &Composer::sendRequested, this, &ConversationView::send);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftSaveDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ConversationView::saveDraft);
    connect(m_composer->editor(), &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText && m_draftFor)
            markDraftChanged();
    });
    connect(
        workspace->drafts(), &sync::DraftKeeper::draftLoaded, this, &ConversationView::draftLoaded);
    connect(m_timeline, &QListView::doubleClicked, this, &ConversationView::retry);
    m_timeline->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_timeline, &QWidget::customContextMenuRequested, this, &ConversationView::showContextMenu);

    TimelineModel *timeline = workspace->timeline();
    connect(m_timeline->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_following = value >= m_timeline->verticalScrollBar()->maximum() - 4;
        if (value == m_timeline->verticalScrollBar()->minimum())
            maybeFetchOlder();
    });
    // Older pages arrive above what the user reads: keep the view where it was.
    connect(timeline, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &, int first) {
            if (first != 0 || m_following)
                return;
            const QScrollBar *bar = m_timeline->verticalScrollBar();
            m_anchorFromBottom = bar->maximum() - bar->value();
        });
    connect(timeline, &QAbstractItemModel::rowsInserted, this,
        &ConversationView::scrollToEndIfFollowing);
    connect(timeline, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_reveal)
            QTimer::singleShot(0, this, &ConversationView::tryReveal);
    });
    connect(workspace, &sync::Workspace::messagesLoaded, this, [this] {
        if (m_reveal || m_pinned) {
            QTimer::singleShot(0, this, &ConversationView::tryReveal);
            return;
        }
        m_following = true;
        QTimer::singleShot(0, this, [this] {
            m_timeline->scrollToBottom();
            maybeFetchOlder();
        });
    });
    showConversation(std::nullopt, {}, {});
}

ConversationView::~ConversationView()
{
    saveDraft();
}

void ConversationView::hideEvent(QHideEvent *event)
{
    saveDraft(); // the window closes or hides: nothing typed may wait for the timer
    QWidget::hideEvent(event);
}

void ConversationView::saveDraft()
{
    // Only typed text: an empty composer whose stored draft is still loading must not
    // overwrite it.
    if (!m_draftDirty || !m_draftFor || !m_workspace)
        return;
    m_draftTimer->stop();
    m_draftDirty = false;
    m_workspace->drafts()->save(*m_draftFor, m_composer->text());
}

void ConversationView::markDraftChanged()
{
    m_draftDirty = true;
    m_draftTimer->start();
}

void ConversationView::setComposerText(const QString &text)
{
    m_settingText = true;
    m_composer->setText(text);
    m_composer->editor()->moveCursor(QTextCursor::End);
    m_settingText = false;
}

void ConversationView::draftLoaded(qint64 conversationId, const QString &body)
{
    if (conversationId != m_draftFor)
        return;
    const QString typed = m_composer->text();
    if (body.isEmpty() || typed == body)
        return;
    if (typed.isEmpty()) {
        setComposerText(body);
        return;
    }
    // The user typed while the draft was loading: keep both, the draft first.
    setComposerText(body + QLatin1Char('\n') + typed);
    markDraftChanged();
}

void ConversationView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void ConversationView::showConversation(
    std::optional<qint64> conversationId, const QString &title, const QString &members)
{
    if (conversationId != m_draftFor) {
        m_pinned = false;
        if (m_reveal && m_reveal->conversationId != conversationId)
            m_reveal.reset();
        saveDraft();
        m_draftTimer->stop();
        m_draftDirty = false;
        // Attached files wait with their conversation, like its draft.
        if (m_draftFor)
            m_pendingFiles.insert(*m_draftFor, m_composer->attachedFiles());
        m_draftFor = conversationId;
        setComposerText(QString());
        m_composer->setSending(conversationId && m_sendingTo.contains(*conversationId));
        m_composer->setAttachedFiles(
            conversationId ? m_pendingFiles.take(*conversationId) : QStringList());
        if (conversationId)
            m_workspace->drafts()->request(*conversationId);
    }
    m_assignee->setConversation(conversationId);
    if (!conversationId) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_title->setText(title);
    m_members->setText(members.isEmpty() ? QString() : tr("Members: %1").arg(members));
    m_members->setVisible(!members.isEmpty());
    m_stack->setCurrentIndex(1);
    m_following = true;
    // Status updates are for clients: offered in client (portal) conversations only.
    const std::optional<protocol::Conversation> conversation
        = m_workspace->conversations()->conversation(*conversationId);
    m_composer->setStatusUpdateAvailable(
        conversation && conversation->kind == QLatin1String("external"));
    updateClosedState();
    if (m_composer->isVisible())
        m_composer->editor()->setFocus();
}

void ConversationView::updateClosedState()
{
    std::optional<protocol::Conversation> conversation;
    if (m_draftFor)
        conversation = m_workspace->conversations()->conversation(*m_draftFor);
    const bool closed = conversation && conversation->isClosed();
    if (closed) {
        const QString when
            = QLocale().toString(conversation->closedAt.toLocalTime().date(), QLocale::LongFormat);
        m_closedNotice->setText(conversation->closedReason == QLatin1String("client_cancelled")
                ? tr("Closed on %1: the client cancelled with the firm, so the firm has left "
                     "this conversation. The client can still read everything that was sent; "
                     "nobody can post to it any more.")
                      .arg(when)
                : tr("Closed on %1: the matter was closed, so the firm has left this "
                     "conversation. The client can still read everything that was sent; "
                     "nobody can post to it any more.")
                      .arg(when));
    }
    m_closedNotice->setVisible(closed);
    m_composer->setVisible(!closed);
}

void ConversationView::send(const QString &text)
{
    if (!m_composer->attachedFiles().isEmpty())
        return sendWithFiles(text);
    const bool status = m_composer->isStatusUpdate();
    const protocol::Result<QString> sent = m_workspace->sendMessage(
        text, status ? QStringLiteral("status") : QStringLiteral("text"));
    if (!sent) {
        m_composer->showProblem(ErrorText::describe(sent.error(), m_workspace->serverUrl()));
        return;
    }
    m_draftTimer->stop();
    m_draftDirty = false;
    if (m_draftFor)
        m_workspace->drafts()->clear(*m_draftFor);
    setComposerText(QString());
    m_composer->statusUpdateBox()->setChecked(false);
    m_following = true;
}

void ConversationView::sendWithFiles(const QString &text)
{
    const std::optional<qint64> conversationId = m_workspace->selectedConversation();
    const std::optional<qint64> matterId = m_workspace->selectedMatter();
    if (!conversationId)
        return;
    sync::FileSendRequest request;
    request.matterId = matterId.value_or(0);
    request.conversationId = conversationId;
    request.localFiles = m_composer->attachedFiles();
    request.body = text;
    const int count = int(request.localFiles.size());
    m_composer->setSending(true);
    m_composer->showProblem(
        tr("Uploading %n file(s)… (see Transfers under All Files)", nullptr, count));
    QPointer<ConversationView> self(this);
    const qint64 sentTo = *conversationId;
    m_sendingTo.insert(sentTo);
    sync::FileSend::run(m_workspace->api(), m_workspace->transfers(), request,
        [self, sentTo, text](const protocol::Result<protocol::Message> &sent) {
            if (!self)
                return;
            // The composer may show another conversation by now: its text and files stay.
            const bool shown = self->m_draftFor == sentTo;
            self->m_sendingTo.remove(sentTo);
            if (shown)
                self->m_composer->setSending(false);
            if (!sent) {
                if (shown)
                    self->m_composer->showProblem(tr("The message was not sent; its text and "
                                                     "files are kept. %1")
                                                      .arg(ErrorText::describe(sent.error(),
                                                          self->m_workspace->serverUrl())));
                return; // not shown: the files wait in m_pendingFiles for its return
            }
            self->m_pendingFiles.remove(sentTo);
            if (!shown) {
                self->m_workspace->drafts()->clear(sentTo); // the text that was sent
                return;
            }
            self->m_composer->setAttachedFiles({});
            self->m_composer->showProblem({});
            if (self->m_composer->text() == text) {
                self->m_draftTimer->stop();
                self->m_draftDirty = false;
                self->m_workspace->drafts()->clear(sentTo);
                self->setComposerText(QString());
            }
            self->m_following = true;
        });
}

void ConversationView::retry(const QModelIndex &index)
{
    if (index.data(TimelineModel::SendStateRole).value<TimelineModel::SendState>()
        != TimelineModel::SendState::Failed)
        return;
    m_workspace->retrySend(index.data(TimelineModel::ClientTxnIdRole).toString());
}

void ConversationView::discard(const QModelIndex &index)
{
    const QPersistentModelIndex row(index);
    const QString txn = index.data(TimelineModel::ClientTxnIdRole).toString();
    const QString body = index.data(TimelineModel::BodyRole).toString();
    QString quoted = body.simplified();
    if (quoted.size() > QuotedChars)
        quoted = quoted.left(QuotedChars) + QStringLiteral("…");

    QMessageBox question(QMessageBox::Question, tr("Discard Message"),
        tr("Discard this unsent message? It will not be sent and cannot be recovered."),
        QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("discardQuestion"));
    question.setInformativeText(quoted);
    QPushButton *discardButton = question.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discardButton->setObjectName(QStringLiteral("discardButton"));
    QPushButton *copyButton
        = question.addButton(tr("Copy Text and &Discard"), QMessageBox::DestructiveRole);
    copyButton->setObjectName(QStringLiteral("copyAndDiscardButton"));
    QPushButton *keep = question.addButton(tr("&Keep"), QMessageBox::RejectRole);
    question.setDefaultButton(keep);
    question.setEscapeButton(keep);
    question.exec();

    QAbstractButton *chosen = question.clickedButton();
    if (chosen != discardButton && chosen != copyButton)
        return;
    // The row may have been sent or removed while the question was open.
    if (!row.isValid() || !m_workspace->canDiscardSend(txn))
        return;
    if (chosen == copyButton)
        QGuiApplication::clipboard()->setText(body);
    m_workspace->discardSend(txn);
}

void ConversationView::maybeFetchOlder()
{
    // At the top, or the history so far does not even fill the view.
    TimelineModel *timeline = m_workspace->timeline();
    const QScrollBar *bar = m_timeline->verticalScrollBar();
    if (timeline->canFetchMore() && bar->value() == bar->minimum())
        timeline->fetchMore();
}

void ConversationView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_timeline->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const auto state = index.data(TimelineModel::SendStateRole).value<TimelineModel::SendState>();
    if (state != TimelineModel::SendState::Sent) {
        const QString txn = index.data(TimelineModel::ClientTxnIdRole).toString();
        QAction *again = menu.addAction(tr("&Retry"));
        again->setObjectName(QStringLiteral("retryAction"));
        again->setEnabled(state == TimelineModel::SendState::Failed);
        connect(again, &QAction::triggered, this, [this, index] { retry(index); });
        QAction *drop = menu.addAction(tr("&Discard…"));
        drop->setObjectName(QStringLiteral("discardAction"));
        // A message being sent right now may already be stored by the server.
        drop->setEnabled(m_workspace->canDiscardSend(txn));
        connect(drop, &QAction::triggered, this, [this, index] { discard(index); });
        menu.addSeparator();
    }
    // Files on the message: open a working copy, or save one where the user says.
    const protocol::Message message
        = m_workspace->timeline()->messageAt(m_viewModel->mapToSource(index).row());
    for (const protocol::Attachment &file : message.attachments) {
        if (file.sha256.isEmpty())
            continue; // a share whose access was removed
        QAction *open = menu.addAction(tr("&Open “%1”").arg(file.name));
        open->setObjectName(QStringLiteral("openAttachmentAction"));
        connect(open, &QAction::triggered, this,
            [this, file] { AttachmentFiles::open(m_workspace->transfers(), file, this); });
        QAction *save = menu.addAction(tr("&Save “%1” As…").arg(file.name));
        save->setObjectName(QStringLiteral("saveAttachmentAction"));
        connect(save, &QAction::triggered, this,
            [this, file] { AttachmentFiles::saveAs(m_workspace->transfers(), file, this); });
        if (file.mode == QLatin1String("share") && file.documentId && !file.stopped
            && m_workspace->user().isStaff()) {
            QAction *stop = menu.addAction(tr("&Remove Client Access to “%1”…").arg(file.name));
            stop->setObjectName(QStringLiteral("removeAttachmentAccessAction"));
            connect(stop, &QAction::triggered, this, [this, file] {
                ClientAccess::remove(m_workspace->api(), { { *file.documentId, file.name } }, this,
                    true,
                    [this](const QString &text) {
                        QMessageBox::warning(this, tr("Remove Client Access"), text);
                    },
                    {});
            });
        }
    }
    if (!message.attachments.isEmpty())
        menu.addSeparator();
    const QString body = index.data(TimelineModel::BodyRole).toString();
    QAction *copy = menu.addAction(tr("&Copy Text"));
    copy->setEnabled(!body.isEmpty());
    connect(
        copy, &QAction::triggered, this, [body] { QGuiApplication::clipboard()->setText(body); });
    if (state == TimelineModel::SendState::Sent
        && DeleteMessage::canDelete(message, m_workspace->user().id)) {
        menu.addSeparator();
        QAction *remove = menu.addAction(tr("&Delete Message…"));
        remove->setObjectName(QStringLiteral("deleteMessageAction"));
        connect(remove, &QAction::triggered, this, [this, message] {
            // The stream brings the deleted message to every window, this one included.
            DeleteMessage::run(m_workspace->api(), message, this, true,
                [this](protocol::Result<protocol::Message> deleted) {
                    if (!deleted)
                        QMessageBox::warning(this, tr("Delete Message"),
                            tr("The message was not deleted. %1")
                                .arg(ErrorText::describe(
                                    deleted.error(), m_workspace->serverUrl())));
                });
        });
    }
    menu.exec(m_timeline->viewport()->mapToGlobal(position));
}

QModelIndex ConversationView::viewIndex(int timelineRow) const
{
    return m_viewModel->mapFromSource(m_viewModel->sourceModel()->index(timelineRow, 0));
}

void ConversationView::revealMessage(qint64 conversationId, qint64 messageId)
{
    m_reveal = Reveal { conversationId, messageId };
    QTimer::singleShot(0, this, &ConversationView::tryReveal);
}

void ConversationView::tryReveal()
{
    if (!m_workspace)
        return;
    TimelineModel *timeline = m_workspace->timeline();
    if (!m_reveal) {
        // Already shown: keep it in view while the newest page loads around it.
        if (m_pinned && m_timeline->currentIndex().isValid())
            m_timeline->scrollTo(m_timeline->currentIndex(), QAbstractItemView::PositionAtCenter);
        return;
    }
    if (timeline->conversationId() != m_reveal->conversationId)
        return; // not shown yet: tried again as its rows arrive
    const int row = timeline->rowOfId(m_reveal->messageId);
    if (row < 0) {
        if (timeline->canFetchMore())
            timeline->fetchMore(); // older than what is loaded: page back to it
        else if (!timeline->olderHistory())
            m_reveal.reset(); // the whole history is loaded and it is not there
        return;
    }
    const QModelIndex index = viewIndex(row);
    m_reveal.reset();
    if (!index.isValid())
        return; // a hidden portal event
    m_pinned = true;
    m_following = false;
    m_timeline->setCurrentIndex(index);
    m_timeline->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ConversationView::scrollToEndIfFollowing(const QModelIndex &, int first, int last)
{
    if (first == 0 && m_anchorFromBottom >= 0) {
        QTimer::singleShot(0, this, [this] {
            QScrollBar *bar = m_timeline->verticalScrollBar();
            bar->setValue(bar->maximum() - m_anchorFromBottom);
            m_anchorFromBottom = -1;
        });
        return;
    }
    const bool atEnd = last == m_workspace->timeline()->rowCount() - 1;
    if (m_following && atEnd)
        QTimer::singleShot(0, m_timeline, &QListView::scrollToBottom);
}

} // namespace parley::ui
