#include "databaseurl.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace ehb::server {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    url.text = text;
    const QLatin1String sqliteScheme("sqlite:");
    if (text.startsWith(sqliteScheme, Qt::CaseInsensitive)) {
        QString path = text.mid(sqliteScheme.size());
        // sqlite:///abs/path is the URL form of an absolute path; sqlite:PATH the short one.
        if (path.startsWith(QLatin1String("///")))
            path = path.mid(2);
        else if (path.startsWith(QLatin1String("//")))
            return fail(tr("The database URL \"%1\" names a host; use sqlite:PATH or "
                           "sqlite:///absolute/path.")
                            .arg(text));
        if (path.isEmpty())
            return fail(tr("The database URL \"%1\" has no file path.").arg(text));
        url.kind = Kind::Sqlite;
        url.sqlitePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        return url;
    }
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (parsed.isValid() &&
        (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))) {
        url.kind = Kind::Postgresql;
        return url;
    }
    return fail(tr("The database URL \"%1\" is not understood; use sqlite:PATH or "
                   "postgresql://USER@HOST/NAME.")
                    .arg(url.redacted()));
}

QString DatabaseUrl::defaultUrl()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(folder).filePath(QStringLiteral("server.sqlite"));
}

QString DatabaseUrl::redacted() const
{
    QUrl parsed(text);
    if (!parsed.isValid() || parsed.password().isEmpty())
        return text;
    parsed.setPassword(QStringLiteral("***"));
    return parsed.toString();
}

} // namespace ehb::server
