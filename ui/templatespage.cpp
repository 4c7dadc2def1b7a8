// TemplatesPage: list, editor, placeholders, preview, save and delete of the firm's templates.
#include "templatespage.h"

#include "errortext.h"
#include "problemlabel.h"
#include "templatecatalog.h"
#include "templatevalues.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace parley::ui {

using protocol::MessageTemplate;
namespace TemplateText = protocol::TemplateText;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString quoted(const QString &text)
{
    return TemplatesPage::tr("“%1”").arg(text);
}

} // namespace

TemplatesPage::TemplatesPage(TemplateCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_name(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_insert(new QPushButton(this))
    , m_previewTitle(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_problem(problemLabel(QStringLiteral("templateProblem"), this))
    , m_save(new QPushButton(tr("&Save Template"), this))
{
    m_list->setObjectName(QStringLiteral("templatesList"));
    m_list->setAccessibleName(tr("Templates"));
    m_new->setObjectName(QStringLiteral("newTemplateButton"));
    m_new->setToolTip(tr("Write a new template"));
    m_duplicate->setObjectName(QStringLiteral("duplicateTemplateButton"));
    m_duplicate->setToolTip(tr("Start a new template from a copy of this one"));
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));

    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_name->setMaxLength(MessageTemplate::NameChars);
    m_name->setPlaceholderText(tr("e.g. Discovery begins"));
    m_body->setObjectName(QStringLiteral("templateBodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(
        tr("Dear {client_name}, your matter {matter_number} has moved to {status}…"));

    m_insert->setObjectName(QStringLiteral("insertPlaceholderButton"));
    m_insert->setText(tr("Insert &Placeholder"));
    m_insert->setToolTip(tr("Insert a value Parley fills in for each matter when it posts the "
                            "message"));
    auto *placeholders = new QMenu(m_insert);
    for (const QString &name : TemplateText::placeholders()) {
        QAction *action
            = placeholders->addAction(tr("%1\t{%2}").arg(TemplateValues::label(name), name));
        action->setObjectName(QStringLiteral("placeholder_") + name);
        connect(action, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
    m_insert->setMenu(placeholders);

    m_previewTitle->setObjectName(QStringLiteral("templatePreviewTitle"));
    m_previewTitle->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);
    m_preview->setBackgroundRole(QPalette::Base);
    m_preview->setAutoFillBackground(true);
    m_preview->setMinimumHeight(72);

    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setDefault(true);

    // Left: the templates and what to do with them.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    leftLayout->addLayout(listButtons);

    // Right: the chosen template.
    auto *right = new QWidget(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("N&ame:"), m_name);
    auto *bodyLabel = new QLabel(tr("&Text:"), right);
    bodyLabel->setBuddy(m_body);
    auto *insertRow = new QHBoxLayout;
    insertRow->addWidget(m_insert);
    insertRow->addStretch(1);
    auto *bodyColumn = new QVBoxLayout;
    bodyColumn->addWidget(m_body, 1);
    bodyColumn->addLayout(insertRow);
    form->addRow(bodyLabel, bodyColumn);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form, 3);
    rightLayout->addSpacing(6);
    rightLayout->addWidget(m_previewTitle);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_problem);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    rightLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 230, 520 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentItemChanged, this, &TemplatesPage::currentChanged);
    connect(m_new, &QPushButton::clicked, this, [this] { startNew({}); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        MessageTemplate copy;
        copy.name = tr("%1 (copy)").arg(m_name->text().trimmed()).left(MessageTemplate::NameChars);
        copy.body = m_body->toPlainText();
        startNew(copy);
    });
    connect(m_delete, &QPushButton::clicked, this, &TemplatesPage::remove);
    connect(m_save, &QPushButton::clicked, this, &TemplatesPage::save);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        // The new template's row reads what is typed, so the list says what is being made.
        if (m_shown.id == 0 && m_list->currentItem())
            m_list->currentItem()->setText(name.trimmed().isEmpty() ? tr("New Template") : name);
        updateButtons();
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        updatePreview();
        updateButtons();
    });
    connect(m_catalog, &TemplateCatalog::templatesChanged, this, &TemplatesPage::rebuildList);
    // The preview's status comes from the rules that post the template.
    connect(m_catalog, &TemplateCatalog::rulesChanged, this, &TemplatesPage::updatePreview);
    rebuildList();
}

void TemplatesPage::setPreviewMatter(const std::optional<protocol::Matter> &matter)
{
    m_matter = matter;
    updatePreview();
}

bool TemplatesPage::hasUnsavedEdits() const
{
    if (!m_list->currentItem())
        return false;
    if (m_shown.id == 0 && (!m_name->text().isEmpty() || !m_body->toPlainText().isEmpty()))
        return true; // a new template with anything in it
    return m_name->text() != m_shown.name || m_body->toPlainText() != m_shown.body;
}

bool TemplatesPage::confirmDiscard()
{
    if (!hasUnsavedEdits())
        return true;
    QMessageBox ask(QMessageBox::Question, tr("Message Templates"),
        m_shown.id == 0 ? tr("Discard the new template?")
                        : tr("Discard your changes to %1?").arg(quoted(m_shown.name)),
        QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("discardTemplateQuestion"));
    ask.setInformativeText(tr("What you typed has not been saved."));
    QPushButton *discard = ask.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = ask.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    ask.setDefaultButton(keep);
    ask.setEscapeButton(keep);
    ask.exec();
    return ask.clickedButton() == discard;
}

void TemplatesPage::selectTemplate(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void TemplatesPage::rebuildList()
{
    const qint64 keep = m_list->currentItem() ? m_shown.id : -1;
    const bool keepEdits = hasUnsavedEdits();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        if (m_draft) {
            auto *item = new QListWidgetItem(
                m_name->text().trimmed().isEmpty() ? tr("New Template") : m_name->text(), m_list);
            item->setData(IdRole, qint64(0));
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
        for (const MessageTemplate &item : m_catalog->templates()) {
            auto *row = new QListWidgetItem(item.name, m_list);
            row->setData(IdRole, item.id);
        }
    }
    std::optional<int> row;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toLongLong() == keep)
            row = i;
    }
    if (row && keepEdits) {
        // Another template changed: what is being typed here stays.
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(*row);
        updateButtons();
        return;
    }
    if (!row && m_list->count() > 0)
        row = 0;
    const QSignalBlocker blocker(m_list);
    if (!row) {
        m_list->setCurrentRow(-1);
        showTemplate({});
        return;
    }
    m_list->setCurrentRow(*row);
    const qint64 id = m_list->item(*row)->data(IdRole).toLongLong();
    showTemplate(id == 0 ? m_draft.value_or(MessageTemplate {})
                         : m_catalog->templateById(id).value_or(MessageTemplate {}));
}

void TemplatesPage::currentChanged(QListWidgetItem *current, QListWidgetItem *previous)
{
    if (m_reverting)
        return;
    if (previous && !confirmDiscard()) {
        m_reverting = true;
        m_list->setCurrentItem(previous);
        m_reverting = false;
        return;
    }
    const bool leftDraft = m_draft && previous && previous->data(IdRole).toLongLong() == 0;
    const qint64 id = current ? current->data(IdRole).toLongLong() : -1;
    if (id == 0 && m_draft) {
        showTemplate(*m_draft);
        return;
    }
    showTemplate(
        current ? m_catalog->templateById(id).value_or(MessageTemplate {}) : MessageTemplate {});
    if (leftDraft) {
        // The new template was given up: its row goes once this selection change is done.
        m_draft.reset();
        QMetaObject::invokeMethod(this, &TemplatesPage::rebuildList, Qt::QueuedConnection);
    }
}

void TemplatesPage::showTemplate(const MessageTemplate &item)
{
    m_shown = item;
    const bool editable = m_list->currentItem() != nullptr;
    m_name->setText(item.name);
    m_body->setPlainText(item.body);
    m_name->setEnabled(editable);
    m_body->setEnabled(editable);
    m_insert->setEnabled(editable);
    m_body->setPlaceholderText(editable
            ? tr("Dear {client_name}, your matter {matter_number} has moved to {status}…")
            : tr("No templates yet. Click New to write the first one."));
    showProblem(m_problem, {});
    updatePreview();
    updateButtons();
}

void TemplatesPage::startNew(const MessageTemplate &draft)
{
    if (!confirmDiscard())
        return;
    m_draft = draft;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1); // the edits were discarded: nothing to keep
    }
    m_shown = draft;
    m_name->setText(draft.name);
    m_body->setPlainText(draft.body);
    rebuildList(); // lists the new template first and shows it
    m_name->setFocus();
    m_name->selectAll();
}

void TemplatesPage::insertPlaceholder(const QString &name)
{
    m_body->insertPlainText(QLatin1Char('{') + name + QLatin1Char('}'));
    m_body->setFocus();
}

void TemplatesPage::updatePreview()
{
    QString status;
    for (const protocol::StatusRule &rule : m_catalog->rulesUsing(m_shown.id)) {
        status = rule.status;
        break;
    }
    QHash<QString, QString> values;
    if (m_matter) {
        values = TemplateValues::forMatter(*m_matter, status.isEmpty() ? m_matter->status : status);
        m_previewTitle->setText(
            tr("Preview for matter %1, %2:").arg(m_matter->number, m_matter->title));
    } else {
        values = TemplateValues::samples();
        if (!status.isEmpty())
            values.insert(QStringLiteral("status"), status);
        m_previewTitle->setText(tr("Preview with sample values:"));
    }
    const QString body = m_body->toPlainText();
    m_preview->setForegroundRole(
        body.trimmed().isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    m_preview->setText(body.trimmed().isEmpty() ? tr("What the client reads appears here.")
                                                : TemplateText::render(body, values));
}

void TemplatesPage::updateButtons()
{
    const bool shown = m_list->currentItem() != nullptr;
    m_save->setEnabled(!m_busy && shown && hasUnsavedEdits());
    m_duplicate->setEnabled(!m_busy && shown && m_shown.id != 0);
    m_delete->setEnabled(!m_busy && shown);
    m_new->setEnabled(!m_busy);
}

void TemplatesPage::save()
{
    const QString name = m_name->text().trimmed();
    const QString body = m_body->toPlainText();
    if (name.isEmpty()) {
        showProblem(m_problem, tr("Give the template a name, e.g. “Discovery begins”."));
        m_name->setFocus();
        return;
    }
    if (body.trimmed().isEmpty()) {
        showProblem(m_problem, tr("Write the text the client will read."));
        m_body->setFocus();
        return;
    }
    if (const auto checked = TemplateText::check(body); !checked) {
        showProblem(m_problem, saveError(checked.error()));
        // Point at the word, keeping everything that was typed.
        const QString word = QLatin1Char('{')
            + checked.error().details.value(QLatin1String("placeholder")).toString()
            + QLatin1Char('}');
        QTextCursor cursor = m_body->document()->find(word);
        if (!cursor.isNull())
            m_body->setTextCursor(cursor);
        m_body->setFocus();
        return;
    }
    m_busy = true;
    showProblem(m_problem, {});
    updateButtons();
    m_save->setText(tr("Saving…"));
    const bool wasDraft = m_shown.id == 0;
    QPointer<TemplatesPage> self(this);
    m_catalog->saveTemplate(MessageTemplate { m_shown.id, name, body, {} },
        [self, wasDraft](protocol::Result<MessageTemplate> answer) {
            if (!self)
                return;
            self->m_busy = false;
            self->m_save->setText(tr("&Save Template"));
            if (!answer) {
                showProblem(self->m_problem, self->saveError(answer.error()));
                self->updateButtons();
                return;
            }
            if (wasDraft)
                self->m_draft.reset();
            // The editor now holds what was saved; the list shows it chosen.
            self->m_shown = *answer;
            self->m_name->setText(answer->name);
            self->m_body->setPlainText(answer->body);
            self->rebuildList();
            self->selectTemplate(answer->id);
            self->updateButtons();
        });
}

QString TemplatesPage::saveError(const protocol::Error &error) const
{
    if (error.is(protocol::ErrorCode::UnknownPlaceholder))
        return tr("The text uses {%1}, which is not a placeholder Parley can fill in. Choose one "
                  "from Insert Placeholder, or remove the braces.")
            .arg(error.details.value(QLatin1String("placeholder")).toString());
    if (error.is(protocol::ErrorCode::Conflict))
        return tr("Another template is already called %1. Choose another name.")
            .arg(quoted(m_name->text().trimmed()));
    return tr("The template was not saved. %1").arg(ErrorText::describe(error));
}

void TemplatesPage::remove()
{
    if (m_shown.id == 0) {
        if (!confirmDiscard())
            return;
        m_draft.reset();
        m_shown = {};
        {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(-1);
        }
        rebuildList();
        return;
    }
    const MessageTemplate item = m_shown;
    QMessageBox ask(QMessageBox::Question, tr("Delete Template"),
        tr("Delete the template %1?").arg(quoted(item.name)), QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("deleteTemplateQuestion"));
    ask.setInformativeText(tr("Messages it has already posted stay as they are."));
    QPushButton *confirm = ask.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    if (ask.clickedButton() != confirm)
        return;
    m_busy = true;
    showProblem(m_problem, {});
    updateButtons();
    QPointer<TemplatesPage> self(this);
    m_catalog->deleteTemplate(item.id, [self, item](protocol::Result<void> answer) {
        if (!self)
            return;
        self->m_busy = false;
        if (!answer)
            showProblem(self->m_problem, self->deleteError(answer.error(), item));
        self->updateButtons();
    });
}

QString TemplatesPage::deleteError(const protocol::Error &error, const MessageTemplate &item) const
{
    if (!error.is(protocol::ErrorCode::Conflict))
        return tr("The template was not deleted. %1").arg(ErrorText::describe(error));
    QStringList statuses;
    for (const protocol::StatusRule &rule : m_catalog->rulesUsing(item.id))
        statuses.append(quoted(rule.status));
    if (statuses.isEmpty())
        return tr("%1 was not deleted: a status rule still posts it. Change or remove that rule "
                  "on the Rules tab first.")
            .arg(quoted(item.name));
    if (statuses.size() == 1)
        return tr("%1 was not deleted: the rule for status %2 still posts it. Change or remove "
                  "that rule on the Rules tab first.")
            .arg(quoted(item.name), statuses.first());
    return tr("%1 was not deleted: the rules for statuses %2 still post it. Change or remove "
              "those rules on the Rules tab first.")
        .arg(quoted(item.name), statuses.join(tr(", ")));
}

} // namespace parley::ui
