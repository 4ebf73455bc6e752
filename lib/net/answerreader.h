#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ehb::stats {

// Reads an answer of the analysis endpoints, remembering the first field that is not as
// expected, so that a parser reads straight through and names one precise problem at the end.
// Its optional readers tolerate what an older or newer server may leave out: a missing or null
// field keeps its default; unknown fields are skipped; a field of the wrong type is a problem.
// Internal to lib/net (statsjson.cpp adds the strict readers of the older endpoints).
class AnswerReader
{
public:
    explicit AnswerReader(const QByteArray &body)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            m_problem = QStringLiteral("not a JSON object");
        m_root = document.object();
    }

    const QJsonObject &root() const { return m_root; }
    const QString &problem() const { return m_problem; }

    void wrong(const QString &path)
    {
        if (m_problem.isEmpty())
            m_problem = path;
    }

    QString string(const QJsonObject &object, const QString &key, const QString &path = {})
    {
        const QJsonValue found = object.value(key);
        if (!found.isString())
            wrong(path + key);
        return found.toString();
    }

    // Empty when missing or null.
    QString optionalString(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue found = object.value(key);
        if (!found.isUndefined() && !found.isNull() && !found.isString())
            wrong(path + key);
        return found.toString();
    }

    QDateTime time(const QJsonObject &object, const QString &key, const QString &path = {})
    {
        const QDateTime parsed =
            QDateTime::fromString(string(object, key, path), Qt::ISODateWithMs);
        if (!parsed.isValid())
            wrong(path + key);
        return parsed;
    }

    // Invalid when missing or null.
    QDateTime optionalTime(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue found = object.value(key);
        if (found.isUndefined() || found.isNull())
            return {};
        return time(object, key, path);
    }

    // A number, not under zero unless `signedNumber`; unset when missing or null, unless
    // `required`.
    std::optional<double> number(const QJsonObject &object, const QString &key, const QString &path,
                                 bool required = false, bool signedNumber = false)
    {
        const QJsonValue found = object.value(key);
        if (found.isUndefined() || found.isNull()) {
            if (required)
                wrong(path + key);
            return std::nullopt;
        }
        if (!found.isDouble() || (!signedNumber && found.toDouble() < 0)) {
            wrong(path + key);
            return std::nullopt;
        }
        return found.toDouble();
    }

    // A whole count; 0 when missing, unless `required`.
    qint64 count(const QJsonObject &object, const QString &key, const QString &path,
                 bool required = false)
    {
        const std::optional<double> found = number(object, key, path, required);
        if (found && *found != double(qint64(*found)))
            wrong(path + key);
        return found ? qint64(*found) : 0;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue found = m_root.value(key);
        if (!found.isArray())
            wrong(key);
        return found.toArray();
    }

private:
    QJsonObject m_root;
    QString m_problem;
};

} // namespace ehb::stats
