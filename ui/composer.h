// Composer: the message editor with a live character count against the server's limit;
// Ctrl+Enter or the Send button asks to send.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

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

    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }

public Q_SLOTS:
    void requestSend();

Q_SIGNALS:
    void sendRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    QPlainTextEdit *m_edit;
    QLabel *m_counter;
    QLabel *m_problem;
    QPushButton *m_send;
    QCheckBox *m_statusUpdate;
    qint64 m_max = 65518;
};

} // namespace parley::ui
