// MessageTemplatesDialog: Tools ▸ Message Templates…: the firm's automated messages. The
// Templates tab writes the texts (with placeholders and a preview for the selected matter),
// the Rules tab says which status posts which template. Everything is saved on the server as
// it is saved here; closing with an unsaved template asks first.
#pragma once

#include "protocol/matter.h"

#include <QDialog>
#include <optional>

class QLabel;
class QTabWidget;

namespace parley::net {
class ApiClient;
}

namespace parley::ui {

class StatusRulesPage;
class TemplateCatalog;
class TemplatesPage;

class MessageTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    // previewMatter: the matter whose values the preview shows (none: sample values).
    MessageTemplatesDialog(net::ApiClient *api,
        const std::optional<protocol::Matter> &previewMatter, QWidget *parent = nullptr);

    TemplateCatalog *catalog() const { return m_catalog; }
    TemplatesPage *templatesPage() const { return m_templates; }
    StatusRulesPage *rulesPage() const { return m_rules; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *loadProblem() const { return m_loadProblem; }

    void done(int result) override;

private:
    TemplateCatalog *m_catalog;
    QTabWidget *m_tabs;
    TemplatesPage *m_templates;
    StatusRulesPage *m_rules;
    QLabel *m_loadProblem;
};

} // namespace parley::ui
