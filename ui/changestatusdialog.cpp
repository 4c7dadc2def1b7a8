// ChangeStatusDialog: the status field, what it will post, and the request.
#include "changestatusdialog.h"

#include "errortext.h"
#include "net/apiclient.h"
#include "problemlabel.h"
#include "templatecatalog.h"
#include "templatevalues.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

namespace {

// How much of each automated message the preview quotes.
constexpr int QuotedChars = 280;

bool sameStatus(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

ChangeStatusDialog::ChangeStatusDialog(
    net::ApiClient *api, const protocol::Matter &matter, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_matter(matter)
    , m_catalog(new TemplateCatalog(api, this))
    , m_status(new QComboBox(this))
    , m_effect(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_problem(problemLabel(QStringLiteral("changeStatusProblem"), this))
{
    setObjectName(QStringLiteral("changeStatusDialog"));
    setWindowTitle(tr("Change Status — %1").arg(matter.number));

    m_status->setObjectName(QStringLiteral("changeStatusCombo"));
    m_status->setEditable(true);
    m_status->setInsertPolicy(QComboBox::NoInsert);
    // What is typed stays as typed: a listed status differing only in case must not replace it.
    m_status->completer()->setCaseSensitivity(Qt::CaseSensitive);
    m_status->lineEdit()->setMaxLength(protocol::StatusRule::StatusChars);
    m_status->setMinimumContentsLength(24);
    m_effect->setObjectName(QStringLiteral("statusEffectLabel"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("statusPostPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setIndent(12);

    const auto plain = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Matter:"), plain(tr("%1, %2").arg(matter.number, matter.title)));
    QLabel *current
        = plain(matter.status.trimmed().isEmpty() ? tr("None yet") : matter.status.trimmed());
    current->setObjectName(QStringLiteral("currentStatusLabel"));
    form->addRow(tr("Current status:"), current);
    form->addRow(tr("&New status:"), m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("&Change Status"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changeStatusButton"));
    m_change->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeStatusDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_effect);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_status, &QComboBox::currentTextChanged, this, &ChangeStatusDialog::updateEffect);
    connect(m_catalog, &TemplateCatalog::loaded, this, [this] {
        fillStatuses();
        updateEffect();
    });
    connect(m_catalog, &TemplateCatalog::loadFailed, this, [this] {
        m_catalogFailed = true;
        updateEffect();
    });
    fillStatuses();
    m_status->setCurrentText(QString());
    updateEffect();
    m_catalog->load();
    // Room for a rule's sentence and its quoted text without the dialog jumping in size.
    setMinimumSize(520, 300);
    resize(560, 320);
}

void ChangeStatusDialog::fillStatuses()
{
    const QString typed = m_status->currentText();
    QStringList statuses = m_catalog->ruleStatuses();
    const QString current = m_matter.status.trimmed();
    if (!current.isEmpty() && !statuses.contains(current, Qt::CaseInsensitive))
        statuses.append(current);
    statuses.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItems(statuses);
    m_status->setCurrentText(typed);
}

void ChangeStatusDialog::updateEffect()
{
    const QString status = m_status->currentText().trimmed();
    QString effect;
    QStringList previews;
    bool allowed = !m_busy;
    if (status.isEmpty()) {
        effect = tr("Type the new status or choose one.");
        allowed = false;
    } else if (sameStatus(status, QStringLiteral("closed"))) {
        effect = tr("To close the matter use Close Matter… on the Matter tab: the firm then "
                    "leaves the client conversations, which the clients can still read.");
        allowed = false;
    } else if (sameStatus(status, m_matter.status)) {
        effect = tr("This is the matter's status already; nothing changes and nothing is "
                    "posted.");
        allowed = false;
    } else if (m_catalogFailed) {
        effect = tr("Parley could not check which automated messages this status posts. Any "
                    "that the firm's rules name are posted all the same.");
    } else if (!m_catalog->isLoaded()) {
        effect = tr("Checking the automated messages for this status…");
    } else {
        const QList<protocol::StatusRule> rules = m_catalog->rulesFor(status);
        QStringList posts;
        const auto values = TemplateValues::forMatter(m_matter, status);
        for (const protocol::StatusRule &rule : rules) {
            const auto item = m_catalog->templateById(rule.templateId);
            if (!item)
                continue;
            posts.append(rule.postAs == QLatin1String("message")
                    ? tr("This will post “%1” to this matter’s client conversations as a message.")
                          .arg(item->name)
                    : tr("This will post “%1” to this matter’s client conversations as a status "
                         "update.")
                          .arg(item->name));
            QString text = protocol::TemplateText::render(item->body, values).simplified();
            if (text.size() > QuotedChars)
                text = text.left(QuotedChars) + QStringLiteral("…");
            previews.append(tr("“%1”").arg(text));
        }
        effect = posts.isEmpty() ? tr("No automated message is posted for this status.")
                                 : posts.join(QLatin1Char('\n'));
    }
    m_effect->setText(effect);
    m_preview->setText(previews.join(QStringLiteral("\n\n")));
    m_preview->setVisible(!previews.isEmpty());
    m_change->setEnabled(allowed);
}

void ChangeStatusDialog::submit()
{
    if (!m_change->isEnabled() || !m_api)
        return;
    m_busy = true;
    showProblem(m_problem, {});
    m_change->setText(tr("Changing…"));
    updateEffect();
    QPointer<ChangeStatusDialog> self(this);
    m_api->setMatterStatus(m_matter.id, m_status->currentText().trimmed(),
        [self](protocol::Result<protocol::Matter> answer) {
            if (!self)
                return;
            self->m_busy = false;
            self->m_change->setText(tr("&Change Status"));
            if (!answer) {
                showProblem(self->m_problem,
                    answer.error().is(protocol::ErrorCode::MatterClosed)
                        ? tr("This matter is closed; its status no longer changes.")
                        : tr("The status was not changed. %1")
                              .arg(ErrorText::describe(answer.error())));
                self->updateEffect();
                return;
            }
            Q_EMIT self->changed(*answer);
            self->accept();
        });
}

} // namespace parley::ui
