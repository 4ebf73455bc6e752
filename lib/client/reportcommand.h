#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace ehb {

// `ehealthbugs report --service ID --symptom S [--symptom S] [--since MINUTES] [--error TEXT]
// [--server URL] [--data-dir DIR]`: validates, saves to the local store, then tries to deliver
// everything due once. Exits 0 when the report is saved (delivered or queued for retry), 2 on
// bad input, 1 when it could not be saved.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    // `arguments` start with the program name, then "report". Needs a QCoreApplication.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace ehb
