// ShareFilesDialog: Send ▸ Client Portal… (an immutable copy) and Share ▸ Client Portal… (a
// live link to the latest version) for files of the All Files pane: choose the clients, add a
// message and more files from this computer. It only gathers the choice; the All Files pane
// sends it (sync::FileSend).
#pragma once

#include "protocol/document.h"
#include "protocol/matter.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace parley::ui {

class ShareFilesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Send, Share };

    ShareFilesDialog(Mode mode, const protocol::Matter &matter,
        const QList<protocol::Document> &documents, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The parties ticked (clients by default).
    QList<qint64> chosenRecipients() const;
    // The files listed: the documents chosen, then any added with Add Files….
    QStringList fileNames() const;
    QList<qint64> documentIds() const { return m_documentIds; }
    QStringList localFiles() const { return m_localFiles; }
    QString message() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *notice() const { return m_notice; }
    // Adds local files to the list (what Add Files… does after its file dialog).
    void addLocalFiles(const QStringList &paths);

private:
    void updateConfirm();

    Mode m_mode;
    QList<qint64> m_documentIds;
    QStringList m_localFiles;
    QListWidget *m_recipients;
    QListWidget *m_files;
    QPlainTextEdit *m_message;
    QLabel *m_notice;
    QPushButton *m_confirm;
};

} // namespace parley::ui
