#pragma once

#include <QString>

namespace ehb {

// The resource folder holding ehealthbugs_<lang>.qm.
QString translationsDirectory();

} // namespace ehb
