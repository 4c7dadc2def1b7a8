// AssigneePicker: the staff of the conversation's matter in a combo box, and the request.
#include "assigneepicker.h"

#include "errortext.h"
#include "sync/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>

namespace parley::ui {

namespace {

// The Unassigned entry's data: no staff member has id 0.
constexpr qint64 Nobody = 0;

} // namespace

AssigneePicker::AssigneePicker(sync::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_label(new QLabel(tr("Assigned &to:"), this))
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("assigneePicker"));
    m_combo->setObjectName(QStringLiteral("assigneeCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("The colleague who answers this conversation for the firm; they get "
                           "its notifications instead of everyone on the matter"));
    m_label->setBuddy(m_combo);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this, &AssigneePicker::choose);
    // Sync moves the assignment (a colleague assigned it) or the staff list (matters).
    models::ConversationsModel *conversations = workspace->conversations();
    connect(conversations, &QAbstractItemModel::dataChanged, this, &AssigneePicker::refresh);
    connect(conversations, &QAbstractItemModel::modelReset, this, &AssigneePicker::refresh);
    connect(conversations, &QAbstractItemModel::rowsInserted, this, &AssigneePicker::refresh);
    connect(workspace->matters(), &QAbstractItemModel::dataChanged, this, &AssigneePicker::refresh);
    hide();
}

void AssigneePicker::setConversation(std::optional<qint64> conversationId)
{
    m_conversationId = conversationId;
    refresh();
}

void AssigneePicker::refresh()
{
    if (!m_workspace)
        return;
    std::optional<protocol::Conversation> conversation;
    if (m_conversationId)
        conversation = m_workspace->conversations()->conversation(*m_conversationId);
    const bool client = conversation && conversation->kind == QLatin1String("external")
        && conversation->matterId && m_workspace->user().isStaff();
    setVisible(client);
    if (!client)
        return;

    QList<protocol::User> staff;
    if (const auto matter = m_workspace->matters()->matter(*conversation->matterId))
        staff = matter->staff;
    const qint64 assignee = conversation->assigneeId.value_or(Nobody);
    const bool listed = assignee == Nobody
        || std::any_of(staff.cbegin(), staff.cend(),
            [assignee](const protocol::User &user) { return user.id == assignee; });
    if (!listed) {
        // Assigned to someone this desktop does not list for the matter: name them if known.
        protocol::User other;
        other.id = assignee;
        other.name = tr("A colleague not on this matter");
        QList<protocol::User> known = m_workspace->knownStaff();
        known.append(m_workspace->user());
        for (const protocol::User &user : std::as_const(known)) {
            if (user.id == assignee)
                other.name = user.name;
        }
        staff.append(other);
    }

    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Unassigned"), Nobody);
    for (const protocol::User &user : std::as_const(staff)) {
        const bool self = user.id == m_workspace->user().id;
        m_combo->addItem(self ? tr("%1 (you)").arg(user.name) : user.name, user.id);
    }
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(assignee)));
    const bool open = !conversation->isClosed();
    m_combo->setEnabled(open && !m_busy);
    m_label->setEnabled(open);
}

void AssigneePicker::choose(int index)
{
    if (!m_workspace || !m_conversationId)
        return;
    const qint64 chosen = m_combo->itemData(index).toLongLong();
    const auto conversation = m_workspace->conversations()->conversation(*m_conversationId);
    if (!conversation || conversation->assigneeId.value_or(Nobody) == chosen)
        return;
    m_busy = true;
    m_combo->setEnabled(false);
    const qint64 conversationId = *m_conversationId;
    QPointer<AssigneePicker> self(this);
    m_workspace->api()->assignConversation(conversationId,
        chosen == Nobody ? std::nullopt : std::optional<qint64>(chosen),
        [self, conversationId](protocol::Result<protocol::Conversation> answer) {
            if (!self || !self->m_workspace)
                return;
            self->m_busy = false;
            models::ConversationsModel *conversations = self->m_workspace->conversations();
            // Shown at once; sync brings the same to the cache and to colleagues' windows.
            if (answer && conversations->indexOf(conversationId).isValid())
                conversations->upsert(*answer);
            self->refresh();
            if (!answer)
                QMessageBox::warning(self, tr("Assign Conversation"),
                    tr("The conversation was not assigned. %1")
                        .arg(ErrorText::describe(answer.error(), self->m_workspace->serverUrl())));
        });
}

} // namespace parley::ui
