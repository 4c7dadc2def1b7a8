// NewConversationDialog: the form, the SMS rule shown early, the length limit, and Send.
#include "newconversationdialog.h"

#include "errortext.h"
#include "protocol/smsrule.h"
#include "sync/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

namespace {

enum ItemRole {
    UserIdRole = Qt::UserRole + 1,
    IsClientRole,
    EmailRole,
    PhoneRole,
};

QString roleName(const QString &role)
{
    if (role == QLatin1String("client"))
        return NewConversationDialog::tr("client");
    if (role == QLatin1String("spouse"))
        return NewConversationDialog::tr("spouse");
    if (role == QLatin1String("lawyer"))
        return NewConversationDialog::tr("lawyer");
    if (role == QLatin1String("paralegal"))
        return NewConversationDialog::tr("paralegal");
    if (role == QLatin1String("admin"))
        return NewConversationDialog::tr("administrator");
    return NewConversationDialog::tr("other party");
}

} // namespace

NewConversationDialog::NewConversationDialog(sync::Workspace *workspace, Mode mode,
    std::optional<qint64> matterId, const QList<qint64> &recipientIds, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
{
    switch (mode) {
    case Mode::ClientMessage:
        setWindowTitle(tr("New Message"));
        break;
    case Mode::InternalThread:
        setWindowTitle(tr("New Internal Thread"));
        break;
    case Mode::DirectMessage:
        setWindowTitle(tr("New Direct Message"));
        break;
    }
    buildForm();
    if (m_matter)
        fillMatters(matterId ? matterId : m_workspace->selectedMatter());
    fillRecipients(recipientIds);
    if (m_matter) {
        connect(m_matter, &QComboBox::currentIndexChanged, this, [this] { fillRecipients({}); });
    }
    updateSendable();
    resize(580, mode == Mode::DirectMessage ? 480 : 640);
    m_body->setFocus();
}

void NewConversationDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    if (m_mode != Mode::DirectMessage) {
        m_matter = new QComboBox(this);
        m_matter->setObjectName(QStringLiteral("matter"));
        m_matter->setAccessibleName(tr("Matter"));
        form->addRow(tr("&Matter:"), m_matter);
    }

    m_recipients = new QListWidget(this);
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setAccessibleName(tr("Recipients"));
    m_recipients->setSelectionMode(QAbstractItemView::NoSelection);
    m_recipients->setSpacing(1);
    // A click anywhere on a row ticks it, not only on the box.
    connect(m_recipients, &QListWidget::itemClicked, this, [](QListWidgetItem *item) {
        if (!(item->flags() & Qt::ItemIsUserCheckable))
            return;
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_recipients, &QListWidget::itemChanged, this, [this] {
        updateSms();
        updateSendable();
    });
    const QString toLabel = m_mode == Mode::ClientMessage ? tr("&To:") : tr("&Colleagues:");
    form->addRow(toLabel, m_recipients);

    if (m_mode != Mode::DirectMessage) {
        m_title = new QLineEdit(this);
        m_title->setObjectName(QStringLiteral("title"));
        m_title->setPlaceholderText(tr("Optional, e.g. “Closing documents”"));
        m_title->setMaxLength(m_workspace->limits().titleChars);
        form->addRow(tr("T&itle:"), m_title);
    }

    if (m_mode == Mode::ClientMessage) {
        auto *options = new QVBoxLayout;
        options->setSpacing(4);
        m_sms = new QCheckBox(tr("Send as &SMS text message too"), this);
        m_sms->setObjectName(QStringLiteral("sms"));
        m_smsReason = new QLabel(this);
        m_smsReason->setObjectName(QStringLiteral("smsReason"));
        m_smsReason->setWordWrap(true);
        m_smsReason->setIndent(22);
        QFont small = m_smsReason->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        m_smsReason->setFont(small);
        m_smsReason->setForegroundRole(QPalette::PlaceholderText);
        m_requireMfa = new QCheckBox(tr("Require multi-factor &authentication to view"), this);
        m_requireMfa->setObjectName(QStringLiteral("requireMfa"));
        m_requireMfa->setToolTip(
            tr("Clients must confirm a code sent to them before they can read this conversation."));
        m_status = new QCheckBox(tr("Post this message as a status &update"), this);
        m_status->setObjectName(QStringLiteral("statusUpdate"));
        m_status->setToolTip(
            tr("The message also shows on the Status tab of the client's portal."));
        options->addWidget(m_sms);
        options->addWidget(m_smsReason);
        options->addWidget(m_requireMfa);
        options->addWidget(m_status);
        form->addRow(tr("Options:"), options);
    }

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setAccessibleName(tr("Message"));
    m_body->setPlaceholderText(tr("Write your message… (Ctrl+Enter to send)"));
    m_body->setTabChangesFocus(true);
    m_body->installEventFilter(this);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NewConversationDialog::updateSendable);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setAlignment(Qt::AlignRight);
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    auto *bodyBox = new QVBoxLayout;
    bodyBox->setSpacing(2);
    bodyBox->addWidget(m_body, 1);
    bodyBox->addWidget(m_counter);
    // A label of a layout row has no buddy of its own: given one, its mnemonic works.
    auto *bodyLabel = new QLabel(tr("M&essage:"), this);
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel, bodyBox);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    for (QLabel *label : { m_problem, m_error }) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        label->setPalette(palette);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setToolTip(tr("Start the conversation and send the message (Ctrl+Enter)"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter in the title must not send: only the button or Ctrl+Enter does.
    for (QPushButton *button : { m_send, cancel }) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_send, &QPushButton::clicked, this, &NewConversationDialog::send);
    connect(cancel, &QPushButton::clicked, this, &NewConversationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void NewConversationDialog::fillMatters(std::optional<qint64> matterId)
{
    const models::MattersModel *matters = m_workspace->matters();
    for (int row = 0; row < matters->rowCount(); ++row) {
        const protocol::Matter &matter = matters->at(row);
        m_matter->addItem(tr("%1 — %2").arg(matter.number, matter.title), matter.id);
        if (matter.id == matterId)
            m_matter->setCurrentIndex(row);
    }
}

std::optional<qint64> NewConversationDialog::matterId() const
{
    if (!m_matter || m_matter->currentIndex() < 0)
        return std::nullopt;
    return m_matter->currentData().toLongLong();
}

QListWidgetItem *NewConversationDialog::addHeader(const QString &text)
{
    auto *header = new QListWidgetItem(text, m_recipients);
    header->setFlags(Qt::NoItemFlags);
    QFont bold = m_recipients->font();
    bold.setBold(true);
    header->setFont(bold);
    header->setForeground(m_recipients->palette().brush(QPalette::Text));
    return header;
}

void NewConversationDialog::fillRecipients(const QList<qint64> &ticked)
{
    const QSignalBlocker blocker(m_recipients);
    m_recipients->clear();
    auto addPerson = [&](qint64 id, const QString &text, bool client, bool tick) {
        auto *item = new QListWidgetItem(text, m_recipients);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(UserIdRole, id);
        item->setData(IsClientRole, client);
        item->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
        return item;
    };

    if (m_mode == Mode::DirectMessage) {
        // The API lists no staff directory: colleagues are the staff of the matters we see.
        const QList<protocol::User> staff = m_workspace->knownStaff();
        if (staff.isEmpty())
            addHeader(tr("No colleagues found on your matters."));
        for (const protocol::User &person : staff)
            addPerson(person.id, tr("%1 (%2)").arg(person.name, roleName(person.role)), false,
                ticked.contains(person.id))
                ->setToolTip(person.email);
    } else if (const std::optional<qint64> id = matterId()) {
        const std::optional<protocol::Matter> matter = m_workspace->matters()->matter(*id);
        if (matter && m_mode == Mode::ClientMessage) {
            addHeader(tr("Clients and other parties"));
            if (matter->parties.isEmpty())
                addHeader(tr("No parties on this matter yet."))->setFont(m_recipients->font());
            for (const protocol::Party &party : matter->parties) {
                const bool tick = ticked.isEmpty() ? party.role == QLatin1String("client")
                                                   : ticked.contains(party.userId);
                QListWidgetItem *item = addPerson(
                    party.userId, tr("%1 (%2)").arg(party.name, roleName(party.role)), true, tick);
                item->setData(EmailRole, party.email);
                item->setData(PhoneRole, party.phone);
                item->setToolTip(party.phone.isEmpty()
                        ? tr("%1 · no mobile number").arg(party.email)
                        : tr("%1 · %2").arg(party.email, party.phone));
            }
        }
        if (matter) {
            addHeader(tr("Firm staff on the matter"));
            const qint64 self = m_workspace->user().id;
            for (const protocol::User &person : matter->staff) {
                if (person.id == self)
                    continue; // the sender is always a member
                const bool tick = ticked.isEmpty() ? m_mode == Mode::InternalThread
                                                   : ticked.contains(person.id);
                addPerson(
                    person.id, tr("%1 (%2)").arg(person.name, roleName(person.role)), false, tick)
                    ->setToolTip(person.email);
            }
        }
    }
    // As tall as its rows (three to nine), so the message gets the room.
    const int rowHeight = qMax(m_recipients->sizeHintForRow(0), fontMetrics().height())
        + 2 * m_recipients->spacing();
    const int rows = qBound(3, m_recipients->count(), 9);
    m_recipients->setFixedHeight(rows * rowHeight + 2 * m_recipients->frameWidth() + 4);
    updateSms();
    updateSendable();
}

QList<qint64> NewConversationDialog::recipientIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_recipients->count(); ++row) {
        const QListWidgetItem *item = m_recipients->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            ids.append(item->data(UserIdRole).toLongLong());
    }
    return ids;
}

protocol::NewConversation NewConversationDialog::request() const
{
    protocol::NewConversation request;
    switch (m_mode) {
    case Mode::ClientMessage:
        request.kind = QStringLiteral("external");
        break;
    case Mode::InternalThread:
        request.kind = QStringLiteral("internal");
        break;
    case Mode::DirectMessage:
        request.kind = QStringLiteral("direct");
        break;
    }
    if (m_mode != Mode::DirectMessage)
        request.matterId = matterId();
    request.title = m_title ? m_title->text().trimmed() : QString();
    request.memberIds = recipientIds();
    request.requireMfa = m_requireMfa && m_requireMfa->isChecked();
    request.sms = m_sms && m_sms->isEnabled() && m_sms->isChecked();
    return request;
}

QString NewConversationDialog::messageKind() const
{
    return m_status && m_status->isChecked() ? QStringLiteral("status") : QStringLiteral("text");
}

// SMS only to domestic numbers of a client who has an email address: said before Send.
void NewConversationDialog::updateSms()
{
    if (!m_sms)
        return;
    QString reason;
    int clients = 0;
    for (int row = 0; row < m_recipients->count() && reason.isEmpty(); ++row) {
        const QListWidgetItem *item = m_recipients->item(row);
        if (!item->data(IsClientRole).toBool() || item->checkState() != Qt::Checked)
            continue;
        ++clients;
        const QString name = item->text().section(QStringLiteral(" ("), 0, 0);
        switch (protocol::smsEligibility(
            item->data(EmailRole).toString(), item->data(PhoneRole).toString())) {
        case protocol::SmsEligibility::Allowed:
            break;
        case protocol::SmsEligibility::NoEmail:
            reason = tr("SMS is not available: %1 has no email address.").arg(name);
            break;
        case protocol::SmsEligibility::NoPhone:
            reason = tr("SMS is not available: %1 has no mobile number.").arg(name);
            break;
        case protocol::SmsEligibility::ForeignPhone:
            reason = tr("SMS is not available: %1's mobile number is not a US number.").arg(name);
            break;
        }
    }
    if (reason.isEmpty() && clients == 0)
        reason = tr("SMS is available once a client is chosen.");
    m_sms->setEnabled(reason.isEmpty());
    if (!reason.isEmpty())
        m_sms->setChecked(false);
    m_sms->setToolTip(reason.isEmpty()
            ? tr("Clients also get the message as a text message on their mobile phone.")
            : reason);
    m_smsReason->setText(reason);
    m_smsReason->setVisible(!reason.isEmpty());
}

QString NewConversationDialog::blockingReason() const
{
    const protocol::Limits &limits = m_workspace->limits();
    const qint64 length = protocol::characterCount(m_body->toPlainText());
    if (length > limits.messageChars)
        return tr("The message is %L1 characters over the limit of %L2. Shorten it before "
                  "sending.")
            .arg(length - limits.messageChars)
            .arg(limits.messageChars);
    if (m_mode != Mode::DirectMessage && !matterId())
        return tr("Choose a matter.");
    return {};
}

void NewConversationDialog::updateSendable()
{
    const protocol::Limits &limits = m_workspace->limits();
    const qint64 length = protocol::characterCount(m_body->toPlainText());
    m_counter->setText(tr("%L1 / %L2 characters").arg(length).arg(limits.messageChars));
    m_counter->setForegroundRole(
        length > limits.messageChars ? QPalette::WindowText : QPalette::PlaceholderText);

    const QString problem = blockingReason();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool ready = problem.isEmpty() && !recipientIds().isEmpty()
        && !m_body->toPlainText().trimmed().isEmpty();
    m_send->setEnabled(ready && !m_sending);
    if (recipientIds().isEmpty())
        m_send->setToolTip(tr("Choose at least one recipient."));
    else if (m_body->toPlainText().trimmed().isEmpty())
        m_send->setToolTip(tr("Write a message first."));
    else
        m_send->setToolTip(tr("Start the conversation and send the message (Ctrl+Enter)"));
}

void NewConversationDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void NewConversationDialog::send()
{
    if (m_sending)
        return;
    updateSendable();
    if (!m_send->isEnabled()) {
        // Ctrl+Enter while blocked: say why, even if it is only the tooltip's reason.
        if (m_problem->isHidden())
            showError(m_send->toolTip());
        return;
    }
    m_sending = true;
    m_send->setEnabled(false);
    showError({});
    m_send->setText(tr("Sending…"));

    QPointer<NewConversationDialog> self(this);
    m_workspace->startConversation(request(), m_body->toPlainText(), messageKind(),
        [self](protocol::Result<protocol::Conversation> started) {
            if (!self)
                return;
            self->m_sending = false;
            self->m_send->setText(tr("Send"));
            if (!started) {
                const protocol::Error &error = started.error();
                if (error.is(protocol::ErrorCode::SmsNotAllowed))
                    self->showError(tr("The server refused SMS: text messages go only to US "
                                       "mobile numbers of clients who have an email address. "
                                       "Untick “Send as SMS” or change the recipients."));
                else
                    self->showError(ErrorText::describe(error, self->m_workspace->serverUrl()));
                self->updateSendable();
                return;
            }
            self->m_sent = true;
            Q_EMIT self->conversationStarted(started->id);
            self->accept();
        });
}

void NewConversationDialog::reject()
{
    const bool typed = !m_body->toPlainText().trimmed().isEmpty()
        || (m_title && !m_title->text().trimmed().isEmpty());
    if (typed && !m_sent) {
        QMessageBox ask(QMessageBox::Question, tr("Discard Message?"),
            tr("Your message has not been sent. Discard it?"), QMessageBox::NoButton, this);
        QPushButton *discard = ask.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        ask.addButton(tr("Keep Editing"), QMessageBox::RejectRole);
        ask.setObjectName(QStringLiteral("discardQuestion"));
        ask.exec();
        if (ask.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

bool NewConversationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace parley::ui
