// StatusRulesPage: the rules list with its Enabled boxes and the form that edits one rule.
#include "statusrulespage.h"

#include "errortext.h"
#include "problemlabel.h"
#include "templatecatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parley::ui {

using protocol::StatusRule;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString quoted(const QString &text)
{
    return StatusRulesPage::tr("“%1”").arg(text);
}

} // namespace

StatusRulesPage::StatusRulesPage(TemplateCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_explanation(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&New Rule"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_status(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_postAs(new QComboBox(this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
    , m_save(new QPushButton(tr("&Save Rule"), this))
    , m_problem(problemLabel(QStringLiteral("ruleProblem"), this))
{
    m_explanation->setText(
        tr("When a matter's status is changed to a rule's status, Parley posts the rule's "
           "template into the matter's open client conversations, once for each change."));
    m_explanation->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("statusRulesList"));
    m_list->setAccessibleName(tr("Status rules"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("Status"), tr("Template"), tr("Posted as") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_new->setObjectName(QStringLiteral("newRuleButton"));
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));

    m_status->setObjectName(QStringLiteral("ruleStatusCombo"));
    m_status->setEditable(true);
    m_status->setInsertPolicy(QComboBox::NoInsert);
    // What is typed stays as typed: a listed status differing only in case must not replace it.
    m_status->completer()->setCaseSensitivity(Qt::CaseSensitive);
    m_status->lineEdit()->setMaxLength(StatusRule::StatusChars);
    m_status->lineEdit()->setPlaceholderText(tr("e.g. Discovery"));
    m_template->setObjectName(QStringLiteral("ruleTemplateCombo"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(24);
    m_postAs->setObjectName(QStringLiteral("rulePostAsCombo"));
    for (const QString &kind : StatusRule::postAsKinds())
        m_postAs->addItem(TemplateCatalog::postAsLabel(kind), kind);
    m_postAs->setToolTip(tr("A status update also shows on the Status tab of the client's "
                            "portal; a message shows in the conversation only"));
    m_enabled->setObjectName(QStringLiteral("ruleEnabledCheck"));
    m_enabled->setToolTip(tr("A rule that is not enabled posts nothing"));
    m_save->setObjectName(QStringLiteral("saveRuleButton"));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);

    auto *editor = new QGroupBox(tr("Rule"), this);
    editor->setObjectName(QStringLiteral("ruleEditorGroup"));
    auto *form = new QFormLayout;
    form->addRow(tr("When a matter reaches &status:"), m_status);
    form->addRow(tr("&Post the template:"), m_template);
    form->addRow(tr("&As:"), m_postAs);
    form->addRow(QString(), m_enabled);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_problem);
    editorLayout->addLayout(saveRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(editor);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *current) { currentChanged(current); });
    connect(m_list, &QTreeWidget::itemChanged, this, &StatusRulesPage::itemChanged);
    connect(m_new, &QPushButton::clicked, this, &StatusRulesPage::startNew);
    connect(m_remove, &QPushButton::clicked, this, &StatusRulesPage::remove);
    connect(m_save, &QPushButton::clicked, this, &StatusRulesPage::save);
    connect(m_catalog, &TemplateCatalog::rulesChanged, this, [this] {
        rebuildStatuses();
        rebuildList();
    });
    connect(m_catalog, &TemplateCatalog::templatesChanged, this, [this] {
        rebuildTemplates();
        rebuildList();
    });
    rebuildTemplates();
    rebuildStatuses();
    rebuildList();
    startNew();
}

void StatusRulesPage::setExtraStatuses(const QStringList &statuses)
{
    m_extraStatuses = statuses;
    rebuildStatuses();
}

void StatusRulesPage::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const StatusRule &rule : m_catalog->rules()) {
        const auto item = m_catalog->templateById(rule.templateId);
        auto *row = new QTreeWidgetItem(m_list,
            { rule.status, item ? item->name : tr("(deleted template)"),
                TemplateCatalog::postAsLabel(rule.postAs) });
        row->setData(0, IdRole, rule.id);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(0, rule.enabled ? Qt::Checked : Qt::Unchecked);
        row->setToolTip(0,
            rule.enabled ? tr("Enabled: untick to pause this rule")
                         : tr("Paused: tick to enable this rule"));
        if (rule.id == m_editingId)
            m_list->setCurrentItem(row);
    }
    updateButtons();
}

void StatusRulesPage::rebuildTemplates()
{
    const QVariant chosen = m_template->currentData();
    m_template->clear();
    for (const protocol::MessageTemplate &item : m_catalog->templates())
        m_template->addItem(item.name, item.id);
    const int row = m_template->findData(chosen);
    if (row >= 0)
        m_template->setCurrentIndex(row);
    m_template->setPlaceholderText(tr("Write a template first"));
}

void StatusRulesPage::rebuildStatuses()
{
    const QString typed = m_status->currentText();
    QStringList statuses = m_catalog->ruleStatuses();
    for (const QString &extra : std::as_const(m_extraStatuses)) {
        if (!extra.trimmed().isEmpty() && !statuses.contains(extra.trimmed(), Qt::CaseInsensitive))
            statuses.append(extra.trimmed());
    }
    statuses.sort(Qt::CaseInsensitive);
    m_status->clear();
    m_status->addItems(statuses);
    m_status->setCurrentText(typed);
}

void StatusRulesPage::currentChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const qint64 id = current->data(0, IdRole).toLongLong();
    for (const StatusRule &rule : m_catalog->rules()) {
        if (rule.id == id)
            showRule(rule);
    }
}

void StatusRulesPage::showRule(const StatusRule &rule)
{
    m_editingId = rule.id;
    m_status->setCurrentText(rule.status);
    const int row = m_template->findData(rule.templateId);
    m_template->setCurrentIndex(row >= 0 ? row : (rule.id == 0 ? 0 : -1));
    m_postAs->setCurrentIndex(std::max(0, m_postAs->findData(rule.postAs)));
    m_enabled->setChecked(rule.enabled);
    showProblem(m_problem, {});
    updateButtons();
}

void StatusRulesPage::startNew()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    StatusRule rule;
    rule.postAs = QStringLiteral("status");
    showRule(rule);
    m_status->setFocus();
}

void StatusRulesPage::selectRule(qint64 id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, IdRole).toLongLong() == id)
            m_list->setCurrentItem(item);
    }
}

void StatusRulesPage::updateButtons()
{
    m_remove->setEnabled(!m_busy && m_editingId != 0);
    m_save->setEnabled(!m_busy);
    m_save->setText(m_editingId == 0 ? tr("&Add Rule") : tr("&Save Rule"));
    m_new->setEnabled(!m_busy);
}

void StatusRulesPage::save()
{
    StatusRule rule;
    rule.id = m_editingId;
    rule.status = m_status->currentText().trimmed();
    rule.templateId = m_template->currentData().toLongLong();
    rule.postAs = m_postAs->currentData().toString();
    rule.enabled = m_enabled->isChecked();
    if (rule.status.isEmpty()) {
        showProblem(m_problem, tr("Enter the status that starts the rule, e.g. “Discovery”."));
        m_status->setFocus();
        return;
    }
    if (rule.status.compare(QLatin1String("closed"), Qt::CaseInsensitive) == 0) {
        showProblem(m_problem,
            tr("A rule cannot wait for “closed”: closing a matter is its own action (Close "
               "Matter… on the Matter tab), which posts nothing."));
        m_status->setFocus();
        return;
    }
    if (rule.templateId == 0) {
        showProblem(m_problem,
            tr("Choose the template to post; write one on the Templates tab "
               "first if there is none."));
        return;
    }
    m_busy = true;
    showProblem(m_problem, {});
    updateButtons();
    QPointer<StatusRulesPage> self(this);
    m_catalog->saveRule(rule, [self](protocol::Result<StatusRule> answer) {
        if (!self)
            return;
        self->m_busy = false;
        if (!answer) {
            showProblem(self->m_problem,
                tr("The rule was not saved. %1").arg(ErrorText::describe(answer.error())));
            self->updateButtons();
            return;
        }
        self->m_editingId = answer->id;
        self->selectRule(answer->id);
        self->showRule(*answer);
    });
}

void StatusRulesPage::itemChanged(QTreeWidgetItem *item, int column)
{
    if (column != 0)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    const bool enabled = item->checkState(0) == Qt::Checked;
    for (const StatusRule &rule : m_catalog->rules()) {
        if (rule.id == id && rule.enabled != enabled)
            return setEnabledOf(rule, enabled);
    }
}

void StatusRulesPage::setEnabledOf(const StatusRule &rule, bool enabled)
{
    StatusRule changed = rule;
    changed.enabled = enabled;
    QPointer<StatusRulesPage> self(this);
    m_catalog->saveRule(changed, [self, rule](protocol::Result<StatusRule> answer) {
        if (!self)
            return;
        if (!answer) {
            // The list still shows the rule as the server has it.
            self->rebuildList();
            showProblem(self->m_problem,
                tr("The rule for %1 was not changed. %2")
                    .arg(quoted(rule.status), ErrorText::describe(answer.error())));
            return;
        }
        if (self->m_editingId == answer->id)
            self->m_enabled->setChecked(answer->enabled);
    });
}

void StatusRulesPage::remove()
{
    const qint64 id = m_editingId;
    StatusRule rule;
    for (const StatusRule &known : m_catalog->rules()) {
        if (known.id == id)
            rule = known;
    }
    if (rule.id == 0)
        return;
    const auto item = m_catalog->templateById(rule.templateId);
    QMessageBox ask(QMessageBox::Question, tr("Remove Rule"),
        tr("Remove the rule for status %1?").arg(quoted(rule.status)), QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("removeRuleQuestion"));
    ask.setInformativeText(item ? tr("Matters reaching this status will no longer post %1. "
                                     "Messages already posted stay as they are.")
                                      .arg(quoted(item->name))
                                : tr("Messages already posted stay as they are."));
    QPushButton *confirm = ask.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    if (ask.clickedButton() != confirm)
        return;
    m_busy = true;
    updateButtons();
    QPointer<StatusRulesPage> self(this);
    m_catalog->deleteRule(id, [self](protocol::Result<void> answer) {
        if (!self)
            return;
        self->m_busy = false;
        if (!answer) {
            showProblem(self->m_problem,
                tr("The rule was not removed. %1").arg(ErrorText::describe(answer.error())));
            self->updateButtons();
            return;
        }
        self->startNew();
    });
}

} // namespace parley::ui
