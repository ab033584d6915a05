#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include "core/platform.h"

#include <QApplication>
#include <QIcon>
#include <QPushButton>
#include <QSysInfo>

namespace CampaignDesk {

namespace {

const auto homepage = QStringLiteral("https://github.com/campaigndesk/campaign-desk");

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    const QIcon icon = QApplication::windowIcon();
    m_ui->iconLabel->setPixmap(icon.pixmap(QSize(96, 96), devicePixelRatio()));
    m_ui->titleLabel->setText(
        tr("<h2>Campaign Desk %1</h2>").arg(QStringLiteral(CAMPAIGNDESK_VERSION)));
    m_ui->summaryLabel->setText(tr("Lists, pauses, exports and safely deletes outreach campaigns "
                                   "across several platforms, with a live check, an export and a "
                                   "typed confirmation before anything is deleted."));

    QStringList platforms;
    const QList<Platform> all = allPlatforms();
    for (Platform p : all)
        platforms << platformDisplayName(p).toHtmlEscaped();
    m_ui->platformsLabel->setText(
        tr("<b>Works with:</b> %1, and a built-in sandbox of all of them.")
            .arg(platforms.join(QStringLiteral(", "))));
    // QMessageBox::aboutQt() would spin a nested event loop: the Qt version is shown here.
    m_ui->systemLabel->setText(
        tr("Runs on Linux desktops (X11 and Wayland); packaged for Debian 12 "
           "and later.\nThis copy: Qt %1 on %2.")
            .arg(QString::fromLatin1(qVersion()), QSysInfo::prettyProductName()));
    m_ui->licenseLabel->setText(
        tr("Free software under the <a href=\"%1\">GNU General Public License, version 3 or "
           "later</a>. It comes with no warranty.")
            .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
    m_ui->linksLabel->setText(tr("<a href=\"%1\">Website and source code</a> · <a "
                                 "href=\"%2\">Report a problem</a>")
                                  .arg(homepage, homepage + QStringLiteral("/issues")));

    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    m_ui->closeButton->setFocus();
}

AboutDialog::~AboutDialog() = default;

} // namespace CampaignDesk
