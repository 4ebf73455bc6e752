#pragma once

namespace ehb {

class ClientSettings;

// Whether the GP answered the first-start welcome (Skip or Save) with these settings. Kept in
// first-start.ini in the settings' data folder, beside reports.sqlite: a fresh data folder
// (a new installation) welcomes again.
bool welcomeAnswered(const ClientSettings &settings);
void setWelcomeAnswered(const ClientSettings &settings);

} // namespace ehb
