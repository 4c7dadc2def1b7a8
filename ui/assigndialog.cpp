// AssignDialog: a short list of colleagues to choose from.
#include "assigndialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

namespace {
constexpr qint64 Nobody = 0; // the Unassigned row's data
} // namespace

AssignDialog::AssignDialog(const QList<protocol::User> &people, qint64 self, int conversations,
    std::optional<qint64> current, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign To"));
    auto *explain = new QLabel(conversations == 1
            ? tr("Who answers this conversation for the firm? They get the client’s "
                 "notifications instead of everyone on the matter.")
            : tr("Who answers these %L1 conversations for the firm? They get the clients’ "
                 "notifications instead of everyone on the matters.")
                  .arg(conversations),
        this);
    explain->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("assignList"));
    auto *nobody = new QListWidgetItem(tr("Unassigned"), m_list);
    nobody->setData(Qt::UserRole, Nobody);
    for (const protocol::User &person : people) {
        auto *row = new QListWidgetItem(
            person.id == self ? tr("%1 (you)").arg(person.name) : person.name, m_list);
        row->setData(Qt::UserRole, person.id);
    }
    auto *note = new QLabel(tr("Only colleagues on every matter concerned are listed."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this,
        [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });

    setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (!choose(current))
        choose(self);
    m_list->setFocus();
}

std::optional<qint64> AssignDialog::assignee() const
{
    const QListWidgetItem *row = m_list->currentItem();
    const qint64 id = row ? row->data(Qt::UserRole).toLongLong() : Nobody;
    return id == Nobody ? std::nullopt : std::optional<qint64>(id);
}

bool AssignDialog::choose(std::optional<qint64> userId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == userId.value_or(Nobody)) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace parley::ui
