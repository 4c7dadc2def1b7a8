// Composer: the message editor with a live character count against the server's limit;
// Ctrl+Enter or the Send button asks to send. Files dropped on it (or chosen with Attach
// Files…, Ctrl+Shift+A) wait in a row of chips above the buttons, each removable, and go
// with the message.
#pragma once

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace parley::ui {

class Composer : public QWidget
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    void setMaxCharacters(qint64 max);
    QString text() const;
    void setText(const QString &text);
    void clear();
    // A problem with the last send attempt, shown under the editor until the text changes.
    void showProblem(const QString &text);
    bool canSend() const;
    // "Post as status update": offered in client conversations only; unticked after sending.
    void setStatusUpdateAvailable(bool available);
    bool isStatusUpdate() const;
    QCheckBox *statusUpdateBox() const { return m_statusUpdate; }

    // Files to send with the message (local paths), in the order added.
    QStringList attachedFiles() const { return m_files; }
    void setAttachedFiles(const QStringList &paths);
    // Adds files (folders and what is already attached are skipped).
    void attachFiles(const QStringList &paths);
    void removeAttachedFile(const QString &path);
    // While a message with files is uploading: no second send, the text stays editable.
    void setSending(bool sending);

    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QToolButton *attachButton() const { return m_attach; }
    QWidget *attachmentsBar() const { return m_attachmentsBar; }

public Q_SLOTS:
    void requestSend();

Q_SIGNALS:
    void sendRequested(const QString &text);
    void attachedFilesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateState();
    void showAttachedFiles();
    static QStringList localFiles(const QMimeData *data);

    QPlainTextEdit *m_edit;
    QLabel *m_counter;
    QLabel *m_problem;
    QPushButton *m_send;
    QToolButton *m_attach;
    QCheckBox *m_statusUpdate;
    QWidget *m_attachmentsBar;
    QHBoxLayout *m_chips;
    QStringList m_files;
    bool m_sending = false;
    qint64 m_max = 65518;
};

} // namespace parley::ui
