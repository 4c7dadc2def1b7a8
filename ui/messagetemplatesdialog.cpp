// MessageTemplatesDialog: the two pages over one catalog, loaded when the dialog opens.
#include "messagetemplatesdialog.h"

#include "errortext.h"
#include "problemlabel.h"
#include "statusrulespage.h"
#include "templatecatalog.h"
#include "templatespage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace parley::ui {

MessageTemplatesDialog::MessageTemplatesDialog(
    net::ApiClient *api, const std::optional<protocol::Matter> &previewMatter, QWidget *parent)
    : QDialog(parent)
    , m_catalog(new TemplateCatalog(api, this))
    , m_tabs(new QTabWidget(this))
    , m_templates(new TemplatesPage(m_catalog, this))
    , m_rules(new StatusRulesPage(m_catalog, this))
    , m_loadProblem(problemLabel(QStringLiteral("templatesLoadProblem"), this))
{
    setObjectName(QStringLiteral("messageTemplatesDialog"));
    setWindowTitle(tr("Message Templates"));
    m_templates->setPreviewMatter(previewMatter);
    if (previewMatter)
        m_rules->setExtraStatuses({ previewMatter->status });

    m_tabs->addTab(m_templates, tr("&Templates"));
    m_tabs->addTab(m_rules, tr("&Rules"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadProblem);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_catalog, &TemplateCatalog::loadFailed, this, [this](const protocol::Error &error) {
        showProblem(m_loadProblem,
            tr("The templates could not be loaded. %1").arg(ErrorText::describe(error)));
    });
    connect(m_catalog, &TemplateCatalog::loaded, this, [this] {
        showProblem(m_loadProblem, {});
        m_templates->setEnabled(true);
        m_rules->setEnabled(true);
    });
    // Nothing to edit until the server's lists are here.
    m_templates->setEnabled(false);
    m_rules->setEnabled(false);
    m_catalog->load();
    resize(860, 600);
}

void MessageTemplatesDialog::done(int result)
{
    // Closing (Close, Esc, the window's button) must not lose a template being written.
    if (!m_templates->confirmDiscard()) {
        m_tabs->setCurrentWidget(m_templates);
        return;
    }
    QDialog::done(result);
}

} // namespace parley::ui
