// ConversationView: timeline list, composer wiring, retries and scrolling.
#include "conversationview.h"

#include "composer.h"
#include "errortext.h"
#include "models/timelinemodel.h"
#include "sync/workspace.h"
#include "timelinedelegate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace parley::ui {

using models::TimelineModel;

namespace {

// The timeline as its view shows it. Item views fetch more when their last row shows, but a
// timeline's older rows are at the top: the view must not see canFetchMore, and
// maybeFetchOlder asks the model when the top is reached instead.
class TimelineViewModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override { }
};

} // namespace

ConversationView::ConversationView(sync::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(this))
    , m_members(new QLabel(this))
    , m_timeline(new QListView(this))
    , m_composer(new Composer(this))
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

    m_timeline->setObjectName(QStringLiteral("timelineView"));
    auto *viewModel = new TimelineViewModel(m_timeline);
    viewModel->setSourceModel(workspace->timeline());
    m_timeline->setModel(viewModel);
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
    layout->addWidget(m_title);
    layout->addWidget(m_members);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_composer);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_composer->setMaxCharacters(workspace->limits().messageChars);
    connect(m_composer, &Composer::sendRequested, this, &ConversationView::send);
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
    connect(workspace, &sync::Workspace::messagesLoaded, this, [this] {
        m_following = true;
        QTimer::singleShot(0, this, [this] {
            m_timeline->scrollToBottom();
            maybeFetchOlder();
        });
    });
    showConversation(std::nullopt, {}, {});
}

void ConversationView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void ConversationView::showConversation(
    std::optional<qint64> conversationId, const QString &title, const QString &members)
{
    if (!conversationId) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_title->setText(title);
    m_members->setText(members.isEmpty() ? QString() : tr("Members: %1").arg(members));
    m_members->setVisible(!members.isEmpty());
    m_stack->setCurrentIndex(1);
    m_following = true;
    m_composer->editor()->setFocus();
}

void ConversationView::send(const QString &text)
{
    const protocol::Result<QString> sent = m_workspace->sendMessage(text);
    if (!sent) {
        m_composer->showProblem(ErrorText::describe(sent.error(), m_workspace->serverUrl()));
        return;
    }
    m_composer->clear();
    m_following = true;
}

void ConversationView::retry(const QModelIndex &index)
{
    if (index.data(TimelineModel::SendStateRole).value<TimelineModel::SendState>()
        != TimelineModel::SendState::Failed)
        return;
    m_workspace->retrySend(index.data(TimelineModel::ClientTxnIdRole).toString());
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
    if (index.data(TimelineModel::SendStateRole).value<TimelineModel::SendState>()
        == TimelineModel::SendState::Failed) {
        QAction *again = menu.addAction(tr("Try Sending &Again"));
        connect(again, &QAction::triggered, this, [this, index] { retry(index); });
    }
    const QString body = index.data(TimelineModel::BodyRole).toString();
    QAction *copy = menu.addAction(tr("&Copy Text"));
    copy->setEnabled(!body.isEmpty());
    connect(
        copy, &QAction::triggered, this, [body] { QGuiApplication::clipboard()->setText(body); });
    menu.exec(m_timeline->viewport()->mapToGlobal(position));
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
