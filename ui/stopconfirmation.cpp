#include "stopconfirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace CampaignDesk {

void confirmStop(QWidget *parent, const QString &question, const QString &consequence,
                 const std::function<void()> &onStop)
{
    auto *box = new QMessageBox(QMessageBox::Warning,
                                QCoreApplication::translate("StopConfirmation", "Stop campaign"),
                                question, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("stopConfirmation"));
    box->setInformativeText(consequence);
    QPushButton *stop =
        box->addButton(QCoreApplication::translate("StopConfirmation", "&Stop for good"),
                       QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, stop, onStop] {
        if (box->clickedButton() == stop)
            onStop();
    });
    box->open();
}

} // namespace CampaignDesk
