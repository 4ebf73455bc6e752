#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace ehb::server {

// The software_names dictionary (schema version 4): each EMR software name as sent, once, with
// a number that the reports keep in software_id, so that a breakdown reads integers instead of
// a million strings. Ids already committed are remembered, so a batch of known names costs no
// statement; new ones are added in the batch's transaction, in name order (the same in every
// server, so two batches cannot deadlock on them). One instance per repository connection.
class SoftwareNames
{
    Q_DECLARE_TR_FUNCTIONS(SoftwareNames)

public:
    static constexpr qsizetype maxKnown = 50000;

    // The ids of `names` (empty names are skipped), adding the new ones inside the caller's
    // open transaction, or the database's error (the caller's dialect knows whether the whole
    // transaction may be retried). They count as known once committed() is called after its
    // COMMIT.
    Result<QHash<QString, qint64>, QSqlError> resolve(const QSqlDatabase &database,
                                                      QStringList names);
    void committed();

    // Every name by id.
    static Result<QHash<qint64, QString>> all(const QSqlDatabase &database);

private:
    QHash<QString, qint64> m_known;   // committed
    QHash<QString, qint64> m_pending; // added by the transaction under way
};

} // namespace ehb::server
