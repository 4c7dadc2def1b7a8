// TemplatesPage: the Templates tab of Message Templates…: the firm's templates on the left
// (New, Duplicate, Delete…), the chosen one's name and text on the right with Insert
// Placeholder and a live preview of what a client would read. Saving checks the
// placeholders first; an error keeps what was typed.
#pragma once

#include "protocol/error.h"
#include "protocol/matter.h"
#include "protocol/messagetemplate.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace parley::ui {

class TemplateCatalog;

class TemplatesPage : public QWidget
{
    Q_OBJECT

public:
    TemplatesPage(TemplateCatalog *catalog, QWidget *parent = nullptr);

    // The matter whose values the preview shows; none: sample values.
    void setPreviewMatter(const std::optional<protocol::Matter> &matter);
    // Whether the shown template has edits not saved yet.
    bool hasUnsavedEdits() const;
    // Asks whether to discard unsaved edits; true when there are none or the user agreed.
    bool confirmDiscard();
    // Shows the template with this id (0: the new one not saved yet).
    void selectTemplate(qint64 id);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *insertButton() const { return m_insert; }
    QLabel *preview() const { return m_preview; }
    QLabel *problem() const { return m_problem; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *saveButton() const { return m_save; }

private:
    void rebuildList();
    void currentChanged(QListWidgetItem *current, QListWidgetItem *previous);
    void showTemplate(const protocol::MessageTemplate &item);
    void startNew(const protocol::MessageTemplate &draft);
    void insertPlaceholder(const QString &name);
    void updatePreview();
    void updateButtons();
    void save();
    void remove();
    QString saveError(const protocol::Error &error) const;
    QString deleteError(const protocol::Error &error, const protocol::MessageTemplate &item) const;

    TemplateCatalog *m_catalog;
    std::optional<protocol::Matter> m_matter;
    // What the editor started from: a saved template, or the new one (id 0).
    protocol::MessageTemplate m_shown;
    std::optional<protocol::MessageTemplate> m_draft; // the new template listed, not saved
    bool m_busy = false; // a save or delete is in flight
    bool m_reverting = false; // the selection moves back after "keep editing"
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QLineEdit *m_name;
    QPlainTextEdit *m_body;
    QPushButton *m_insert;
    QLabel *m_previewTitle;
    QLabel *m_preview;
    QLabel *m_problem;
    QPushButton *m_revert;
    QPushButton *m_save;
};

} // namespace parley::ui
