#pragma once

#include <QIcon>

namespace ehb {

// The window and tray icon, painted so that no image file needs shipping yet.
QIcon applicationIcon();

} // namespace ehb
