// SignInDialog: form, busy state and error handling of the sign-in.
#include "signindialog.h"

#include "errortext.h"
#include "net/apiclient.h"
#include "uilogging.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

namespace parley::ui {

namespace Code = protocol::ErrorCode;

SignInDialog::SignInDialog(QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent)
    , m_nam(nam)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_totpLabel(new QLabel(tr("&Verification code:"), this))
    , m_totp(new QLineEdit(this))
    , m_errorIcon(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Sign in to Parley"));
    setObjectName(QStringLiteral("signInDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/parley.svg")).pixmap(48, 48));
    auto *heading = new QLabel(tr("<b>Sign in to Parley</b><br>Use the address, email and "
                                  "password your firm gave you."),
        this);
    heading->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("https://parley.example.com"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@firm.com"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_totp->setObjectName(QStringLiteral("totpEdit"));
    m_totp->setPlaceholderText(tr("6-digit code"));
    m_totp->setMaxLength(8);
    m_totp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,8}")), m_totp));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_totpLabel, m_totp);
    m_totpLabel->setBuddy(m_totp);
    m_totpLabel->setVisible(false);
    m_totp->setVisible(false);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_error->setMinimumWidth(340);
    m_errorIcon->setVisible(false);

    m_signIn = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(form);
    auto *message = new QHBoxLayout;
    message->addWidget(m_errorIcon, 0, Qt::AlignTop);
    message->addWidget(m_error, 1);
    layout->addLayout(message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    for (QLineEdit *edit : { m_server, m_email, m_password, m_totp })
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    updateButton();
    resize(440, sizeHint().height());
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setServerUrl(const QUrl &url)
{
    m_server->setText(url.toDisplayString());
}

void SignInDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setNotice(const QString &text)
{
    showMessage(text, Severity::Information);
}

void SignInDialog::showMessage(const QString &text, Severity severity)
{
    const QStyle::StandardPixmap icon = severity == Severity::Error
        ? QStyle::SP_MessageBoxWarning
        : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_errorIcon->setVisible(!text.isEmpty());
}

QUrl SignInDialog::serverUrl() const
{
    const QString text = m_server->text().trimmed();
    if (text.isEmpty())
        return {};
    return QUrl::fromUserInput(text);
}

QString SignInDialog::email() const
{
    return m_email->text().trimmed();
}

void SignInDialog::updateButton()
{
    const bool complete = !m_server->text().trimmed().isEmpty()
        && !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty()
        && (m_totp->isHidden() || !m_totp->text().trimmed().isEmpty());
    m_signIn->setEnabled(complete && !m_busy);
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : { m_server, m_email, m_password, m_totp })
        edit->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("&Sign In"));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButton();
}

void SignInDialog::showError(const QString &text, QWidget *focus, Severity severity)
{
    showMessage(text, severity);
    if (auto *edit = qobject_cast<QLineEdit *>(focus)) {
        edit->setFocus();
        edit->selectAll();
    }
}

void SignInDialog::signIn()
{
    if (m_busy)
        return;
    const QUrl url = serverUrl();
    const protocol::Result<void> allowed = net::ApiClient::checkBaseUrl(url);
    if (!allowed) {
        showError(ErrorText::describe(allowed.error(), url), m_server);
        return;
    }
    if (email().isEmpty() || m_password->text().isEmpty()) {
        showError(
            tr("Enter your email address and password."), email().isEmpty() ? m_email : m_password);
        return;
    }

    delete m_api;
    m_api = new net::ApiClient(m_nam, url, this);
    protocol::LoginRequest request;
    request.email = email();
    request.password = m_password->text();
    if (!m_totp->isHidden())
        request.totp = m_totp->text().remove(QLatin1Char(' '));

    showMessage({}, Severity::Information);
    setBusy(true);
    qCInfo(lcUi) << "signing in to" << url.host();
    m_api->login(request, [this, url](protocol::Result<protocol::LoginResponse> answer) {
        setBusy(false);
        if (answer) {
            m_session = answer.value();
            Q_EMIT signedIn(m_session);
            accept();
            return;
        }
        const protocol::Error &error = answer.error();
        qCInfo(lcUi) << "sign-in refused:" << error.code;
        if (error.is(Code::TotpRequired) || error.is(Code::InvalidTotp)) {
            m_totpLabel->setVisible(true);
            m_totp->setVisible(true);
            updateButton();
            // Being asked for the code is the next step, not a mistake.
            showError(ErrorText::describe(error, url), m_totp,
                error.is(Code::TotpRequired) ? Severity::Information : Severity::Error);
        } else if (error.is(Code::InvalidCredentials)) {
            showError(ErrorText::describe(error, url), m_password);
        } else if (error.is(Code::NetworkError) || error.is(Code::InvalidResponse)) {
            showError(ErrorText::describe(error, url), m_server);
        } else {
            showError(ErrorText::describe(error, url), m_password);
        }
    });
}

} // namespace parley::ui
