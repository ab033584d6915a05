#include "accountdialog.h"
#include "ui_accountdialog.h"

#include "accounts/accountsession.h"
#include "net/transport.h"
#include "providers/provider.h"

#include <QPushButton>
#include <QUuid>

namespace CampaignDesk {

AccountDialog::AccountDialog(QNetworkAccessManager *nam, const QStringList &existingLabels,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
    , m_nam(nam)
    , m_existingLabels(existingLabels)
{
    m_ui->setupUi(this);
    for (Platform p : allPlatforms())
        m_ui->platformCombo->addItem(platformDisplayName(p), platformKey(p));
    m_account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    connect(m_ui->platformCombo, &QComboBox::currentIndexChanged, this,
            &AccountDialog::platformChanged);
    for (QLineEdit *edit : {m_ui->labelEdit, m_ui->secretEdit, m_ui->streamIdEdit, m_ui->appIdEdit,
                            m_ui->accountIdEdit, m_ui->clientIdEdit, m_ui->baseUrlEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateValidation);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    platformChanged();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::setAccount(const Account &account, bool hasStoredSecret)
{
    m_account = account;
    m_editing = true;
    m_hasStoredSecret = hasStoredSecret;
    setWindowTitle(tr("Edit account “%1”").arg(account.label));
    m_existingLabels.removeAll(account.label);
    m_ui->platformCombo->setCurrentIndex(int(account.platform));
    m_ui->platformCombo->setEnabled(false); // an account does not change platform
    m_ui->labelEdit->setText(account.label);
    m_ui->baseUrlEdit->setText(account.baseUrl.toString());
    m_ui->streamIdEdit->setText(account.streamId);
    m_ui->appIdEdit->setText(account.appId);
    m_ui->accountIdEdit->setText(account.accountId);
    m_ui->clientIdEdit->setText(account.clientId);
    m_ui->rateSpin->setValue(int(account.ratePerMinute));
    m_ui->http2Check->setChecked(account.allowHttp2);
    if (hasStoredSecret)
        m_ui->secretEdit->setPlaceholderText(
            tr("Stored in the keyring; type a new one to replace it"));
    updateValidation();
}

void AccountDialog::platformChanged()
{
    Platform platform = Platform::Talkover;
    platformFromKey(m_ui->platformCombo->currentData().toString(), &platform);
    const bool kore = platform == Platform::KoreAi;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->streamIdLabel), static_cast<QWidget *>(m_ui->streamIdEdit),
          static_cast<QWidget *>(m_ui->appIdLabel), static_cast<QWidget *>(m_ui->appIdEdit),
          static_cast<QWidget *>(m_ui->accountIdLabel), static_cast<QWidget *>(m_ui->accountIdEdit),
          static_cast<QWidget *>(m_ui->clientIdLabel), static_cast<QWidget *>(m_ui->clientIdEdit)})
        w->setVisible(kore);
    switch (platform) {
    case Platform::Talkover:
        m_ui->secretLabel->setText(tr("Environment &token:"));
        m_ui->secretEdit->setPlaceholderText(tr("talq_…"));
        break;
    case Platform::KoreAi:
        m_ui->secretLabel->setText(tr("Client &Secret:"));
        m_ui->secretEdit->setPlaceholderText(tr("from the JWT app in the XO platform"));
        break;
    default:
        m_ui->secretLabel->setText(tr("API &key:"));
        m_ui->secretEdit->setPlaceholderText(QString());
        break;
    }
    if (!m_editing) {
        m_ui->baseUrlEdit->setText(providerFor(platform).defaultBaseUrl().toString());
        // Kore.ai's host is the customer's: it has to be looked at.
        m_ui->advancedGroup->setChecked(kore);
        setWindowTitle(tr("Add %1 account").arg(platformDisplayName(platform)));
    }
    updateValidation();
}

Account AccountDialog::account() const
{
    Account a = m_account;
    platformFromKey(m_ui->platformCombo->currentData().toString(), &a.platform);
    a.label = m_ui->labelEdit->text().trimmed();
    a.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed());
    a.allowHttp2 = m_ui->http2Check->isChecked();
    a.ratePerMinute = m_ui->rateSpin->value();
    const bool kore = a.platform == Platform::KoreAi;
    a.streamId = kore ? m_ui->streamIdEdit->text().trimmed() : QString();
    a.appId = kore ? m_ui->appIdEdit->text().trimmed() : QString();
    a.accountId = kore ? m_ui->accountIdEdit->text().trimmed() : QString();
    a.clientId = kore ? m_ui->clientIdEdit->text().trimmed() : QString();
    return a;
}

QString AccountDialog::secret() const
{
    return m_ui->secretEdit->text().trimmed();
}

bool AccountDialog::rememberSecret() const
{
    return m_ui->rememberCheck->isChecked();
}

QString AccountDialog::validationError() const
{
    const Account a = account();
    if (a.label.isEmpty())
        return tr("Give the account a label.");
    if (m_existingLabels.contains(a.label, Qt::CaseInsensitive))
        return tr("Another account is already called “%1”.").arg(a.label);
    if (secret().isEmpty() && !(m_editing && m_hasStoredSecret))
        return tr("Enter the %1.")
            .arg(m_ui->secretLabel->text()
                     .remove(QLatin1Char('&'))
                     .remove(QLatin1Char(':'))
                     .toLower());
    if (!a.baseUrl.isValid() || a.baseUrl.host().isEmpty())
        return tr("The API base URL is not a valid URL.");
    if (!Transport::isAllowedUrl(a.baseUrl))
        return tr("The API base URL must start with https:// (http:// is only allowed for this "
                  "computer).");
    if (a.platform == Platform::KoreAi && (a.streamId.isEmpty() || a.appId.isEmpty() ||
                                           a.accountId.isEmpty() || a.clientId.isEmpty()))
        return tr("Kore.ai needs the Bot/Stream ID, App ID, Account ID and Client ID.");
    return {};
}

void AccountDialog::updateValidation()
{
    const QString error = validationError();
    m_ui->validationLabel->setText(error);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
    m_ui->testButton->setEnabled(error.isEmpty() && !secret().isEmpty());
    if (!error.isEmpty())
        m_ui->testButton->setToolTip(error);
    else if (secret().isEmpty())
        m_ui->testButton->setToolTip(tr("Type the key to test it."));
    else
        m_ui->testButton->setToolTip(QString());
}

void AccountDialog::testConnection()
{
    delete m_test;
    m_test = new AccountSession(m_nam, account(), this);
    m_test->setSecret(secret());
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setText(tr("Testing…"));
    connect(m_test, &AccountSession::connectionTested, this, [this](const ApiResult &result) {
        const Account a = account();
        if (result.ok())
            m_ui->testResult->setText(tr("✔ Connected to %1 (HTTP %2).")
                                          .arg(platformDisplayName(a.platform))
                                          .arg(result.httpStatus));
        else
            m_ui->testResult->setText(tr("✘ %1").arg(describeFailure(a, result)));
        m_ui->testButton->setEnabled(true);
        m_test->deleteLater();
    });
    m_test->testConnection();
}

void AccountDialog::accept()
{
    if (!validationError().isEmpty())
        return;
    QDialog::accept();
}

} // namespace CampaignDesk
