// NewConversationDialog: New Message to a matter's clients, New Internal Thread on a matter and
// New Direct Message to colleagues: recipients, options, the first message, and Send.
#pragma once

#include "protocol/newconversation.h"

#include <QDialog>
#include <QList>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace parley::sync {
class Workspace;
}

namespace parley::ui {

class NewConversationDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        ClientMessage, // kind "external": the matter's parties and staff, SMS, MFA, status
        InternalThread, // kind "internal": the matter's staff
        DirectMessage, // kind "direct": colleagues, no matter
    };
    Q_ENUM(Mode)

    // workspace is not owned and must outlive the dialog. matterId: the matter to start on
    // (client and internal modes; the user can pick another; none takes the selected matter,
    // else the first). recipientIds: the people ticked at first; empty ticks the matter's
    // clients (client mode) or its staff (internal mode).
    NewConversationDialog(sync::Workspace *workspace, Mode mode,
        std::optional<qint64> matterId = std::nullopt, const QList<qint64> &recipientIds = {},
        QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    std::optional<qint64> matterId() const;
    QList<qint64> recipientIds() const;
    // What Send asks the server for.
    protocol::NewConversation request() const;
    QString messageKind() const;

    // Starts the conversation with the first message; the dialog closes once the server
    // created it; on an error it stays open with the error shown and the text kept.
    void send();
    // Asks before throwing away typed text.
    void reject() override;

Q_SIGNALS:
    void conversationStarted(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void fillMatters(std::optional<qint64> matterId);
    void fillRecipients(const QList<qint64> &ticked);
    QListWidgetItem *addHeader(const QString &text);
    void updateSms();
    void updateSendable();
    // Why Send is not possible now, or empty.
    QString blockingReason() const;
    void showError(const QString &text);

    sync::Workspace *m_workspace;
    Mode m_mode;
    bool m_sending = false;
    bool m_sent = false;

    QComboBox *m_matter = nullptr;
    QListWidget *m_recipients = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_sms = nullptr;
    QLabel *m_smsReason = nullptr;
    QCheckBox *m_requireMfa = nullptr;
    QCheckBox *m_status = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_problem = nullptr; // why Send is blocked (too long...)
    QLabel *m_error = nullptr; // the server's refusal
    QPushButton *m_send = nullptr;
};

} // namespace parley::ui
