#include "openapicheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ehb::test {

namespace {

bool isJsonMediaType(const QString &contentType)
{
    const QString mediaType = contentType.section(QLatin1Char(';'), 0, 0).trimmed();
    return mediaType == QLatin1String("application/json") ||
           mediaType.endsWith(QLatin1String("+json"));
}

QString normalizedContentType(const QString &text)
{
    QStringList parts = text.toLower().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString &part : parts) {
        part = part.trimmed();
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals > 0)
            part = part.left(equals).trimmed() + QLatin1Char('=') + part.mid(equals + 1).trimmed();
    }
    return parts.join(QLatin1String("; "));
}

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

bool isRfc3339(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?"
                       "([Zz]|[+-](\\d{2}):(\\d{2}))\\z"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QDateTime local =
        QDateTime::fromString(match.captured(1) + QLatin1Char('T') + match.captured(2),
                              QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const bool offsetOk = !match.hasCaptured(5) ||
                          (match.captured(5).toInt() <= 23 && match.captured(6).toInt() <= 59);
    return local.isValid() && offsetOk;
}

bool matchesFormat(const QString &format, const QString &text)
{
    if (format == QLatin1String("date-time"))
        return isRfc3339(text);
    if (format == QLatin1String("uuid")) {
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{12}\\z"));
        return uuid.match(text).hasMatch();
    }
    if (format == QLatin1String("uri")) {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty();
    }
    return false;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    return false;
}

} // namespace

const QStringList &OpenApiCheck::httpMethods()
{
    static const QStringList methods{QStringLiteral("get"),     QStringLiteral("put"),
                                     QStringLiteral("post"),    QStringLiteral("delete"),
                                     QStringLiteral("options"), QStringLiteral("head"),
                                     QStringLiteral("patch"),   QStringLiteral("trace")};
    return methods;
}

QString OpenApiCheck::compact(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(120);
}

OpenApiCheck::OpenApiCheck(QJsonObject document)
    : m_document(std::move(document))
{}

QByteArray OpenApiCheck::header(const Headers &headers, QByteArrayView name)
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonValue OpenApiCheck::resolve(const QString &ref) const
{
    if (!ref.startsWith(QLatin1String("#/")))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = m_document;
    const QStringList tokens = ref.mid(2).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(token);
    }
    return current;
}

QJsonValue OpenApiCheck::follow(const QJsonValue &value) const
{
    QJsonValue current = value;
    // A bound on the chain, so that a reference cycle cannot hang the test.
    for (int hops = 0; hops < 32 && current.isObject(); ++hops) {
        const QJsonValue ref = current.toObject().value(QLatin1String("$ref"));
        if (!ref.isString())
            return current;
        current = resolve(ref.toString());
    }
    return current.isObject() && current.toObject().contains(QLatin1String("$ref"))
               ? QJsonValue(QJsonValue::Undefined)
               : current;
}

QStringList OpenApiCheck::operationKeys() const
{
    QStringList keys;
    const QJsonObject paths = m_document.value(QLatin1String("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        for (const QString &method : httpMethods()) {
            if (path.value().toObject().contains(method))
                keys.append(method.toUpper() + QLatin1Char(' ') + path.key());
        }
    }
    return keys;
}

OpenApiCheck::Operation OpenApiCheck::find(const QByteArray &method, const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'));
    const QJsonObject paths = m_document.value(QLatin1String("paths")).toObject();
    Operation best;
    int bestPlaceholders = std::numeric_limits<int>::max();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('/'));
        if (parts.size() != segments.size())
            continue;
        int placeholders = 0;
        bool matches = true;
        for (qsizetype i = 0; i < parts.size() && matches; ++i) {
            const QString &part = parts.at(i);
            // "{id}", or a placeholder with literal text around it: "{service}.svg".
            const qsizetype open = part.indexOf(QLatin1Char('{'));
            const qsizetype close = part.indexOf(QLatin1Char('}'));
            if (open >= 0 && close > open) {
                ++placeholders;
                const QStringView before = QStringView(part).first(open);
                const QStringView after = QStringView(part).sliced(close + 1);
                const QString &segment = segments.at(i);
                matches = segment.size() > before.size() + after.size() &&
                          segment.startsWith(before) && segment.endsWith(after);
            } else {
                matches = part == segments.at(i);
            }
        }
        // A literal path wins over a template (OpenAPI 3.0, "Path Templating Matching").
        if (matches && placeholders < bestPlaceholders) {
            bestPlaceholders = placeholders;
            best.pathTemplate = it.key();
            best.method = method.toUpper();
            best.object =
                it.value().toObject().value(QString::fromLatin1(method.toLower())).toObject();
        }
    }
    return best;
}

QList<QJsonObject> OpenApiCheck::parameters(const Operation &operation) const
{
    const QJsonObject item = m_document.value(QLatin1String("paths"))
                                 .toObject()
                                 .value(operation.pathTemplate)
                                 .toObject();
    QList<QJsonObject> result;
    const auto add = [this, &result](const QJsonArray &list) {
        for (const QJsonValue &value : list) {
            const QJsonObject parameter = follow(value).toObject();
            // An operation's parameter overrides the path item's of the same name and place.
            result.removeIf([&parameter](const QJsonObject &known) {
                return known.value(QLatin1String("name")) ==
                           parameter.value(QLatin1String("name")) &&
                       known.value(QLatin1String("in")) == parameter.value(QLatin1String("in"));
            });
            result.append(parameter);
        }
    };
    add(item.value(QLatin1String("parameters")).toArray());
    add(operation.object.value(QLatin1String("parameters")).toArray());
    return result;
}

QJsonObject OpenApiCheck::response(const Operation &operation, int status) const
{
    if (operation.pathTemplate.isEmpty())
        return {};
    if (!operation.isDocumented()) {
        if (status != 405)
            return {};
        return follow(m_document.value(QLatin1String("paths"))
                          .toObject()
                          .value(operation.pathTemplate)
                          .toObject()
                          .value(QLatin1String("x-other-methods")))
            .toObject();
    }
    const QJsonObject responses = operation.object.value(QLatin1String("responses")).toObject();
    const QString key = QString::number(status);
    if (responses.contains(key))
        return follow(responses.value(key)).toObject();
    return follow(responses.value(QLatin1String("default"))).toObject();
}

QList<int> OpenApiCheck::statuses(const Operation &operation) const
{
    if (!operation.isDocumented())
        return operation.pathTemplate.isEmpty() ? QList<int>() : QList<int>{405};
    QList<int> result;
    const QStringList keys = operation.object.value(QLatin1String("responses")).toObject().keys();
    for (const QString &key : keys) {
        bool ok = false;
        const int status = key.toInt(&ok);
        if (ok)
            result.append(status);
    }
    return result;
}

QString OpenApiCheck::matchContentType(const QStringList &documented, const QByteArray &actual)
{
    const QString answer = normalizedContentType(QString::fromLatin1(actual));
    const QString answerMediaType = answer.section(QLatin1Char(';'), 0, 0);
    for (const QString &candidate : documented) {
        const QString normalized = normalizedContentType(candidate);
        if (normalized == answer)
            return candidate;
        if (!normalized.contains(QLatin1Char(';')) && normalized == answerMediaType)
            return candidate;
    }
    return {};
}

QStringList OpenApiCheck::checkAnswer(const QJsonObject &response, const Headers &headers,
                                      const QByteArray &body) const
{
    QStringList errors;
    const QJsonObject content = response.value(QLatin1String("content")).toObject();
    const QByteArray contentType = header(headers, "Content-Type");
    if (content.isEmpty()) {
        if (!body.isEmpty())
            errors.append(QStringLiteral("a body where the document lists no content"));
    } else {
        const QString key = matchContentType(content.keys(), contentType);
        if (key.isEmpty()) {
            errors.append(QStringLiteral("Content-Type \"%1\" is not among the documented %2")
                              .arg(QString::fromLatin1(contentType),
                                   content.keys().join(QLatin1String(", "))));
        } else {
            const QJsonValue schema = content.value(key).toObject().value(QLatin1String("schema"));
            if (isJsonMediaType(key)) {
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
                if (parseError.error != QJsonParseError::NoError)
                    errors.append(QStringLiteral("the body is not JSON: ") +
                                  parseError.errorString());
                else if (document.isObject())
                    errors += validate(document.object(), schema);
                else
                    errors += validate(document.array(), schema);
            } else {
                errors += validate(QString::fromUtf8(body), schema);
            }
        }
    }

    const QJsonObject documentedHeaders = response.value(QLatin1String("headers")).toObject();
    for (auto it = documentedHeaders.begin(); it != documentedHeaders.end(); ++it) {
        const QJsonObject documented = follow(it.value()).toObject();
        const QByteArray name = it.key().toLatin1();
        const bool present = std::any_of(headers.begin(), headers.end(), [&name](const auto &h) {
            return h.first.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!present) {
            if (documented.value(QLatin1String("required")).toBool())
                errors.append(QStringLiteral("header %1 is missing").arg(it.key()));
            continue;
        }
        const QJsonValue schema = documented.value(QLatin1String("schema"));
        const QString text = QString::fromLatin1(header(headers, name));
        const QString type = follow(schema).toObject().value(QLatin1String("type")).toString();
        QJsonValue value = text;
        if (type == QLatin1String("integer") || type == QLatin1String("number")) {
            bool ok = false;
            const double number = text.toDouble(&ok);
            value = ok ? QJsonValue(number) : QJsonValue(text);
        }
        errors += validate(value, schema, QStringLiteral("header ") + it.key());
    }
    return errors;
}

QStringList OpenApiCheck::validate(const QJsonValue &value, const QJsonValue &schemaValue,
                                   const QString &where) const
{
    const QJsonValue resolved = follow(schemaValue);
    if (!resolved.isObject())
        return {where + QStringLiteral(": the schema does not resolve")};
    const QJsonObject schema = resolved.toObject();
    if (value.isNull() && schema.value(QLatin1String("nullable")).toBool())
        return {};

    QStringList errors;
    const auto fail = [&errors, &where, &value](const QString &message) {
        errors.append(where + QStringLiteral(" = ") + compact(value) + QStringLiteral(": ") +
                      message);
    };

    if (schema.contains(QLatin1String("oneOf"))) {
        const QJsonArray choices = schema.value(QLatin1String("oneOf")).toArray();
        int matching = 0;
        for (const QJsonValue &choice : choices)
            matching += validate(value, choice, where).isEmpty() ? 1 : 0;
        if (matching != 1)
            fail(QStringLiteral("matches %1 of the oneOf schemas, not exactly one").arg(matching));
    }
    const QString type = schema.value(QLatin1String("type")).toString();
    if (!type.isEmpty() && !hasType(value, type)) {
        fail(QStringLiteral("is not of type %1").arg(type));
        return errors; // the other keywords would only repeat this
    }
    if (schema.contains(QLatin1String("enum")) &&
        !schema.value(QLatin1String("enum")).toArray().contains(value))
        fail(QStringLiteral("is not one of %1").arg(compact(schema.value(QLatin1String("enum")))));

    if (value.isString()) {
        const QString text = value.toString();
        const qsizetype length = codePoints(text);
        if (schema.contains(QLatin1String("minLength")) &&
            length < schema.value(QLatin1String("minLength")).toInteger())
            fail(QStringLiteral("is shorter than minLength"));
        if (schema.contains(QLatin1String("maxLength")) &&
            length > schema.value(QLatin1String("maxLength")).toInteger())
            fail(QStringLiteral("is longer than maxLength"));
        if (schema.contains(QLatin1String("pattern")) &&
            !QRegularExpression(schema.value(QLatin1String("pattern")).toString())
                 .match(text)
                 .hasMatch())
            fail(QStringLiteral("does not match the pattern"));
        if (schema.contains(QLatin1String("format")) &&
            !matchesFormat(schema.value(QLatin1String("format")).toString(), text))
            fail(QStringLiteral("is not a %1")
                     .arg(schema.value(QLatin1String("format")).toString()));
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (schema.contains(QLatin1String("minimum")) &&
            number < schema.value(QLatin1String("minimum")).toDouble())
            fail(QStringLiteral("is below the minimum"));
        if (schema.contains(QLatin1String("maximum")) &&
            number > schema.value(QLatin1String("maximum")).toDouble())
            fail(QStringLiteral("is above the maximum"));
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(QLatin1String("minItems")) &&
            array.size() < schema.value(QLatin1String("minItems")).toInteger())
            fail(QStringLiteral("has fewer items than minItems"));
        if (schema.contains(QLatin1String("maxItems")) &&
            array.size() > schema.value(QLatin1String("maxItems")).toInteger())
            fail(QStringLiteral("has more items than maxItems"));
        if (schema.value(QLatin1String("uniqueItems")).toBool()) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                for (qsizetype j = i + 1; j < array.size(); ++j) {
                    if (array.at(i) == array.at(j))
                        fail(QStringLiteral("items %1 and %2 are equal").arg(i).arg(j));
                }
            }
        }
        if (schema.contains(QLatin1String("items"))) {
            for (qsizetype i = 0; i < array.size(); ++i)
                errors += validate(array.at(i), schema.value(QLatin1String("items")),
                                   where + QStringLiteral("[%1]").arg(i));
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonArray required = schema.value(QLatin1String("required")).toArray();
        for (const QJsonValue &name : required) {
            if (!object.contains(name.toString()))
                fail(QStringLiteral("lacks the required %1").arg(name.toString()));
        }
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = where + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                errors += validate(it.value(), properties.value(it.key()), at);
            else if (additional.isBool() && !additional.toBool())
                errors.append(at + QStringLiteral(": is not a documented property"));
            else if (additional.isObject())
                errors += validate(it.value(), additional, at);
        }
    }
    return errors;
}

} // namespace ehb::test
