// SqlReportRepository's NoticeRecord: the GBO's notices to GPs (migration 11), in a file of its
// own beside the reports' storage.
#include "server/storage/sqlreportrepository.h"

#include "server/storage/sqlwrite.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ehb::server {

namespace {

const QString noticeColumns = QStringLiteral(
    "id, service, text_fr, text_nl, text_de, text_en, link, valid_from, valid_until, created_at,"
    " withdrawn_at");

// The text columns in the order of noticeColumns.
const QStringList textLanguages{QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de"),
                                QStringLiteral("en")};

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// One row selected with noticeColumns.
Notice noticeFrom(const QSqlQuery &query)
{
    Notice notice;
    notice.id = query.value(0).toLongLong();
    notice.service = query.value(1).toString();
    for (qsizetype i = 0; i < textLanguages.size(); ++i) {
        if (const QString text = query.value(2 + int(i)).toString(); !text.isEmpty())
            notice.texts.insert(textLanguages.at(i), text);
    }
    notice.link = QUrl(query.value(6).toString(), QUrl::StrictMode);
    notice.validFrom = timeFrom(query.value(7));
    notice.validUntil = timeFrom(query.value(8));
    notice.createdAt = timeFrom(query.value(9));
    notice.withdrawnAt = timeFrom(query.value(10));
    return notice;
}

} // namespace

Result<Notice> SqlReportRepository::addNotice(const Notice &notice)
{
    return whenReady([&]() -> Result<Notice> {
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "INSERT INTO notices (service, text_fr, text_nl, text_de, text_en, link, valid_from,"
            " valid_until, created_at, withdrawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING id"));
        query.addBindValue(nullable(notice.service));
        for (const QString &language : textLanguages)
            query.addBindValue(notice.texts.value(language, QStringLiteral("")));
        query.addBindValue(nullable(notice.link.toString(QUrl::FullyEncoded)));
        query.addBindValue(timeValue(notice.validFrom));
        query.addBindValue(timeValue(notice.validUntil));
        query.addBindValue(timeValue(notice.createdAt));
        query.addBindValue(timeValue(notice.withdrawnAt));
        // One statement: SQLite and PostgreSQL commit it on its own, whole or not at all.
        if (!query.exec() || !query.next())
            return fail(tr("Cannot store the notice: %1").arg(query.lastError().text()));
        Notice stored = notice;
        stored.id = query.value(0).toLongLong();
        return stored;
    });
}

Result<QList<Notice>> SqlReportRepository::notices(const QDateTime &now, bool all, int limit)
{
    return whenReady([&]() -> Result<QList<Notice>> {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (all) {
            query.prepare(QStringLiteral("SELECT %1 FROM notices ORDER BY created_at DESC, id DESC"
                                         " LIMIT ?")
                              .arg(noticeColumns));
            query.addBindValue(limit);
        } else {
            query.prepare(QStringLiteral("SELECT %1 FROM notices WHERE withdrawn_at IS NULL"
                                         " AND valid_from <= ? AND (valid_until IS NULL OR"
                                         " valid_until > ?) ORDER BY valid_from, id LIMIT ?")
                              .arg(noticeColumns));
            query.addBindValue(timeValue(now));
            query.addBindValue(timeValue(now));
            query.addBindValue(limit);
        }
        if (!query.exec())
            return fail(tr("Cannot read the notices: %1").arg(query.lastError().text()));
        QList<Notice> notices;
        while (query.next())
            notices.append(noticeFrom(query));
        return notices;
    });
}

Result<std::optional<Notice>> SqlReportRepository::withdrawNotice(qint64 id, const QDateTime &at)
{
    return whenReady([&]() -> Result<std::optional<Notice>> {
        QSqlQuery query(database());
        // Withdrawn once: a second withdrawal keeps the first time.
        query.prepare(QStringLiteral("UPDATE notices SET withdrawn_at = ?"
                                     " WHERE id = ? AND withdrawn_at IS NULL"));
        query.addBindValue(timeValue(at));
        query.addBindValue(id);
        if (!query.exec())
            return fail(tr("Cannot withdraw the notice: %1").arg(query.lastError().text()));
        query.prepare(QStringLiteral("SELECT %1 FROM notices WHERE id = ?").arg(noticeColumns));
        query.addBindValue(id);
        if (!query.exec())
            return fail(tr("Cannot read the notices: %1").arg(query.lastError().text()));
        if (!query.next())
            return std::optional<Notice>();
        return std::optional<Notice>(noticeFrom(query));
    });
}

} // namespace ehb::server
