#pragma once

#include "accounts/account.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class AccountDialog;
}

namespace CampaignDesk {

class AccountSession;

// Add or edit one account: the platform's own fields, an advanced base URL, and "Test
// connection", which makes one cheap authenticated call and shows exactly what came back.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // `existingLabels` are the other accounts' labels (a label must be unique).
    AccountDialog(QNetworkAccessManager *nam, const QStringList &existingLabels,
                  QWidget *parent = nullptr);
    ~AccountDialog() override;

    // Edit mode: fields filled from `account`; an empty key keeps the stored one.
    void setAccount(const Account &account, bool hasStoredSecret);

    Account account() const;
    QString secret() const;
    bool rememberSecret() const;

    // Why the entered data cannot be saved, or an empty string.
    QString validationError() const;

    void accept() override;

private:
    void platformChanged();
    void updateValidation();
    void testConnection();

    std::unique_ptr<Ui::AccountDialog> m_ui;
    QNetworkAccessManager *m_nam;
    QStringList m_existingLabels;
    Account m_account;
    bool m_editing = false;
    bool m_hasStoredSecret = false;
    QPointer<AccountSession> m_test;
};

} // namespace CampaignDesk
