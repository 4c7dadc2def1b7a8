// InboxFilterBar: the filter widgets and the query they make.
#include "inboxfilterbar.h"

#include "models/mattersmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMap>
#include <QTimer>
#include <QToolButton>

namespace parley::ui {

namespace {
constexpr qint64 Any = 0; // the combo boxes' "all" entry
} // namespace

InboxFilterBar::InboxFilterBar(models::MattersModel *matters, QWidget *parent)
    : QWidget(parent)
    , m_matters(matters)
    , m_search(new QLineEdit(this))
    , m_matter(new QComboBox(this))
    , m_client(new QComboBox(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("inboxFilterBar"));
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setPlaceholderText(tr("Search messages, senders and matters"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 32);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &InboxFilterBar::changed);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_typing->isActive()) {
            m_typing->stop();
            Q_EMIT changed();
        }
    });

    m_matter->setObjectName(QStringLiteral("inboxMatterFilter"));
    m_matter->setToolTip(tr("Only this matter's conversations"));
    m_matter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_matter->setMinimumContentsLength(18);
    m_client->setObjectName(QStringLiteral("inboxClientFilter"));
    m_client->setToolTip(tr("Only conversations with this client"));
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_client->setMinimumContentsLength(14);
    for (QComboBox *combo : { m_matter, m_client })
        connect(combo, &QComboBox::activated, this, &InboxFilterBar::changed);

    m_unread = toggle(
        tr("&Unread"), tr("Only messages you have not read"), QStringLiteral("inboxUnreadFilter"));
    m_todo
        = toggle(tr("&To-Do"), tr("Only messages marked To-Do"), QStringLiteral("inboxTodoFilter"));
    m_mine = toggle(tr("Assigned to &Me"), tr("Only conversations assigned to you"),
        QStringLiteral("inboxMineFilter"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_matter, 1);
    layout->addWidget(m_client, 1);
    layout->addWidget(m_unread);
    layout->addWidget(m_todo);
    layout->addWidget(m_mine);

    fillChoices();
    // The matters' staff and parties fill the choices, refreshed as sync changes them.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(matters, signal, this, &InboxFilterBar::fillChoices);
    connect(matters, &QAbstractItemModel::modelReset, this, &InboxFilterBar::fillChoices);
    connect(matters, &QAbstractItemModel::dataChanged, this, &InboxFilterBar::fillChoices);
}

QToolButton *InboxFilterBar::toggle(
    const QString &text, const QString &toolTip, const QString &name)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(button, &QToolButton::toggled, this, &InboxFilterBar::changed);
    return button;
}

void InboxFilterBar::fillChoices()
{
    const qint64 matter = m_matter->currentData().toLongLong();
    const qint64 client = m_client->currentData().toLongLong();
    QMap<QString, qint64> clients; // by name, then id
    const QSignalBlocker matterBlocker(m_matter);
    const QSignalBlocker clientBlocker(m_client);
    m_matter->clear();
    m_matter->addItem(tr("All matters"), Any);
    for (int row = 0; row < m_matters->rowCount(); ++row) {
        const protocol::Matter &each = m_matters->at(row);
        m_matter->addItem(tr("%1 %2").arg(each.number, each.title), each.id);
        for (const protocol::Party &party : each.parties)
            clients.insert(party.name + QChar(0) + QString::number(party.userId), party.userId);
    }
    m_client->clear();
    m_client->addItem(tr("All clients"), Any);
    for (auto it = clients.cbegin(); it != clients.cend(); ++it)
        m_client->addItem(it.key().section(QChar(0), 0, 0), it.value());
    m_matter->setCurrentIndex(std::max(0, m_matter->findData(matter)));
    m_client->setCurrentIndex(std::max(0, m_client->findData(client)));
}

void InboxFilterBar::fill(net::InboxQuery &query) const
{
    query.search = m_search->text().trimmed();
    const qint64 matter = m_matter->currentData().toLongLong();
    const qint64 client = m_client->currentData().toLongLong();
    query.matterId = matter == Any ? std::nullopt : std::optional<qint64>(matter);
    query.clientId = client == Any ? std::nullopt : std::optional<qint64>(client);
    query.unreadOnly = m_unread->isChecked();
    query.todoOnly = m_todo->isChecked();
    query.assignedToMe = m_mine->isChecked();
}

bool InboxFilterBar::isFiltering() const
{
    net::InboxQuery plain;
    net::InboxQuery mine;
    fill(mine);
    return !(mine == plain);
}

void InboxFilterBar::clear()
{
    {
        const QSignalBlocker blockers[] = { QSignalBlocker(m_search), QSignalBlocker(m_unread),
            QSignalBlocker(m_todo), QSignalBlocker(m_mine) };
        m_search->clear();
        m_matter->setCurrentIndex(0);
        m_client->setCurrentIndex(0);
        for (QToolButton *button : { m_unread, m_todo, m_mine })
            button->setChecked(false);
    }
    m_typing->stop();
    Q_EMIT changed();
}

} // namespace parley::ui
