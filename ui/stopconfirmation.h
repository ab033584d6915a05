#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace CampaignDesk {

// Stop is irreversible, so it always asks first, naming the consequence; Cancel is the
// default and Escape cancels. Non-modal: `onStop` runs only if the user chose to stop.
void confirmStop(QWidget *parent, const QString &question, const QString &consequence,
                 const std::function<void()> &onStop);

} // namespace CampaignDesk
