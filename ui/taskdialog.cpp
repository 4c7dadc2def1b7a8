// TaskDialog: the form, the matter's lists and staff, and creating the task.
#include "taskdialog.h"

#include "errortext.h"
#include "models/documentsmodel.h"
#include "models/inboxmodel.h"
#include "problemlabel.h"
#include "sync/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace parley::ui {

namespace {
constexpr qint64 Nobody = 0; // the assignee combo's entry for no one
} // namespace

TaskDialog::TaskDialog(sync::Workspace *workspace, const std::optional<protocol::InboxItem> &from,
    std::optional<qint64> matterId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_from(from)
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowTitle(from ? tr("New Task from Message") : tr("New Task"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("taskName"));
    m_name->setMaxLength(protocol::TaskInput::NameChars);
    m_name->setPlaceholderText(tr("What needs doing"));
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 50);
    if (from)
        m_name->setText(nameFrom(from->message.body));

    m_matter = new QComboBox(this);
    m_matter->setObjectName(QStringLiteral("taskMatter"));
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("taskList"));
    m_list->setEditable(true);
    m_list->setInsertPolicy(QComboBox::NoInsert);
    m_list->lineEdit()->setMaxLength(protocol::TaskInput::ListChars);
    m_list->lineEdit()->setPlaceholderText(tr("None"));
    m_list->setToolTip(tr("Group the task on one of the matter's task lists, or type a new one"));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("taskAssignee"));

    m_hasDue = new QCheckBox(tr("&Due:"), this);
    m_hasDue->setObjectName(QStringLiteral("taskHasDue"));
    m_due = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_due->setObjectName(QStringLiteral("taskDue"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(QDate::currentDate().addYears(-1));
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);

    m_error = problemLabel(QStringLiteral("taskError"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Matter:"), m_matter);
    form->addRow(tr("Task &list:"), m_list);
    form->addRow(tr("&Assignee:"), m_assignee);
    auto *due = new QHBoxLayout;
    due->addWidget(m_due);
    due->addStretch();
    form->addRow(m_hasDue, due);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Task"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createTaskButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty() && !m_busy);
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());

    auto *layout = new QVBoxLayout(this);
    if (from)
        layout->addWidget(buildExcerpt(*from));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_matter, &QComboBox::currentIndexChanged, this, &TaskDialog::matterChanged);
    fillMatters(from ? std::optional<qint64>(from->matterId) : matterId);
    m_name->selectAll();
    m_name->setFocus();
}

QWidget *TaskDialog::buildExcerpt(const protocol::InboxItem &from)
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("taskMessage"));
    box->setFrameShape(QFrame::StyledPanel);
    box->setBackgroundRole(QPalette::AlternateBase);
    box->setAutoFillBackground(true);
    auto *who = new QLabel(
        tr("From %1’s message of %2:")
            .arg(from.senderName, models::DocumentsModel::timeText(from.message.createdAt)),
        box);
    who->setForegroundRole(QPalette::PlaceholderText);
    auto *text = new QLabel(models::InboxModel::excerpt(from, 300), box);
    text->setObjectName(QStringLiteral("taskMessageExcerpt"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(who);
    layout->addWidget(text);
    box->setToolTip(tr("The task links to this message: Show Message in the task list opens it."));
    return box;
}

void TaskDialog::fillMatters(std::optional<qint64> matterId)
{
    const models::MattersModel *matters = m_workspace->matters();
    const QSignalBlocker blocker(m_matter);
    for (int row = 0; row < matters->rowCount(); ++row) {
        const protocol::Matter &matter = matters->at(row);
        m_matter->addItem(tr("%1 %2").arg(matter.number, matter.title), matter.id);
    }
    if (m_from && m_matter->findData(m_from->matterId) < 0) // not listed here (yet)
        m_matter->addItem(
            tr("%1 %2").arg(m_from->matterNumber, m_from->matterTitle), m_from->matterId);
    const int at = matterId ? m_matter->findData(*matterId) : -1;
    m_matter->setCurrentIndex(std::max(0, at));
    // A task made from a message belongs to the message's matter.
    m_matter->setEnabled(!m_from);
    if (m_from)
        m_matter->setToolTip(tr("A task made from a message belongs to the message’s matter."));
    matterChanged();
}

void TaskDialog::matterChanged()
{
    const qint64 matterId = m_matter->currentData().toLongLong();
    const std::optional<protocol::Matter> matter = m_workspace->matters()->matter(matterId);
    const qint64 self = m_workspace->user().id;
    m_assignee->clear();
    m_assignee->addItem(tr("%1 (you)").arg(m_workspace->user().name), self);
    if (matter) {
        for (const protocol::User &person : matter->staff) {
            if (person.id != self)
                m_assignee->addItem(person.name, person.id);
        }
    }
    m_assignee->addItem(tr("Nobody yet"), Nobody);
    m_assignee->setCurrentIndex(0);
    m_list->clear();
    m_listsLoaded = false;
    if (matterId > 0)
        loadLists(matterId);
}

void TaskDialog::loadLists(qint64 matterId)
{
    QPointer<TaskDialog> self(this);
    m_workspace->api()->tasks(net::TaskQuery { matterId, true },
        [self, matterId](protocol::Result<QList<protocol::Task>> tasks) {
            if (!self || self->m_matter->currentData().toLongLong() != matterId)
                return;
            self->m_listsLoaded = true;
            if (!tasks)
                return; // a new list name can still be typed
            QStringList lists;
            for (const protocol::Task &task : tasks.value()) {
                if (!task.list.isEmpty() && !lists.contains(task.list))
                    lists.append(task.list);
            }
            lists.sort(Qt::CaseInsensitive);
            const QString typed = self->m_list->currentText();
            self->m_list->addItems(lists);
            self->m_list->setEditText(typed);
        });
}

protocol::TaskInput TaskDialog::request() const
{
    protocol::TaskInput input;
    input.name = m_name->text().trimmed();
    const QString list = m_list->currentText().trimmed();
    if (!list.isEmpty())
        input.list = list;
    if (m_from)
        input.messageId = m_from->message.id;
    else if (m_matter->currentIndex() >= 0)
        input.matterId = m_matter->currentData().toLongLong();
    const qint64 assignee = m_assignee->currentData().toLongLong();
    input.setsAssignee = true;
    if (assignee != Nobody)
        input.assigneeId = assignee;
    if (m_hasDue->isChecked()) {
        input.setsDueDate = true;
        input.dueDate = m_due->date();
    }
    return input;
}

void TaskDialog::create()
{
    if (m_busy)
        return;
    if (m_name->text().trimmed().isEmpty()) {
        showProblem(m_error, tr("Give the task a name."));
        m_name->setFocus();
        return;
    }
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    showProblem(m_error, {});
    QPointer<TaskDialog> self(this);
    m_workspace->tasks()->create(request(), [self](protocol::Result<protocol::Task> task) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!task) {
            showProblem(self->m_error, describe(task.error(), self->m_workspace->serverUrl()));
            return;
        }
        Q_EMIT self->created(task.value());
        self->accept();
    });
}

QString TaskDialog::nameFrom(const QString &body, int chars)
{
    QString line;
    for (const QString &candidate : body.split(QLatin1Char('\n'))) {
        line = candidate.simplified();
        if (!line.isEmpty())
            break;
    }
    if (line.size() <= chars)
        return line;
    qsizetype cut = line.lastIndexOf(QLatin1Char(' '), chars - 1);
    if (cut < chars / 2)
        cut = chars - 1;
    return line.left(cut).trimmed() + QChar(0x2026);
}

QString TaskDialog::describe(const protocol::Error &error, const QUrl &server)
{
    const QString field = error.details.value(QLatin1String("field")).toString();
    if (error.is(protocol::ErrorCode::InvalidField)
        || error.is(protocol::ErrorCode::MissingField)) {
        if (field == QLatin1String("name"))
            return tr("Give the task a name of at most %1 characters.")
                .arg(protocol::TaskInput::NameChars);
        if (field == QLatin1String("list"))
            return tr("Shorten the task list’s name to at most %1 characters.")
                .arg(protocol::TaskInput::ListChars);
        if (field == QLatin1String("assignee_id"))
            return tr("That colleague cannot see this matter. Choose someone on its staff, or "
                      "nobody yet.");
        if (field == QLatin1String("due_date"))
            return tr("Choose a valid due date, or untick Due.");
        if (field == QLatin1String("matter_id"))
            return tr("Choose a matter you can see.");
    }
    if (error.is(protocol::ErrorCode::NotFound))
        return tr("The message or its matter is no longer available to you (it may have been "
                  "deleted, or the conversation closed). The task was not created.");
    return tr("The task was not created. %1").arg(ErrorText::describe(error, server));
}

} // namespace parley::ui
