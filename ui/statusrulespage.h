// StatusRulesPage: the Rules tab of Message Templates…: "when a matter reaches status X, post
// template Y as a status update or a message". The rules are listed with an Enabled box each
// (ticking saves at once); the chosen rule, or a new one, is edited below and saved with Save
// Rule; Remove… asks first.
#pragma once

#include "protocol/error.h"
#include "protocol/messagetemplate.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace parley::ui {

class TemplateCatalog;

class StatusRulesPage : public QWidget
{
    Q_OBJECT

public:
    StatusRulesPage(TemplateCatalog *catalog, QWidget *parent = nullptr);

    // Statuses to offer besides those rules already wait for (e.g. the matter's own).
    void setExtraStatuses(const QStringList &statuses);

    QTreeWidget *list() const { return m_list; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *templateCombo() const { return m_template; }
    QComboBox *postAsCombo() const { return m_postAs; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problem() const { return m_problem; }

private:
    void rebuildList();
    void rebuildTemplates();
    void rebuildStatuses();
    void currentChanged(QTreeWidgetItem *current);
    void itemChanged(QTreeWidgetItem *item, int column);
    void showRule(const protocol::StatusRule &rule);
    void startNew();
    void save();
    void remove();
    void setEnabledOf(const protocol::StatusRule &rule, bool enabled);
    void updateButtons();
    void selectRule(qint64 id);

    TemplateCatalog *m_catalog;
    QStringList m_extraStatuses;
    qint64 m_editingId = 0; // the rule the form shows; 0: a new one
    bool m_busy = false;
    QLabel *m_explanation;
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_remove;
    QComboBox *m_status;
    QComboBox *m_template;
    QComboBox *m_postAs;
    QCheckBox *m_enabled;
    QPushButton *m_save;
    QLabel *m_problem;
};

} // namespace parley::ui
