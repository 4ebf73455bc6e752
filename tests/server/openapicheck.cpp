#include "openapicheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ehb::test {

namespace {

const QStringList &httpMethods()
{
    static const QStringList methods{QStringLiteral("get"),     QStringLiteral("put"),
                                     QStringLiteral("post"),    QStringLiteral("delete"),
                                     QStringLiteral("options"), QStringLiteral("head"),
                                     QStringLiteral("patch"),   QStringLiteral("trace")};
    return methods;
}

// The schema keywords we check, plus annotations that state nothing to check.
const QSet<QString> &schemaKeywords()
{
    static const QSet<QString> keywords{QStringLiteral("$ref"),
                                        QStringLiteral("type"),
                                        QStringLiteral("nullable"),
                                        QStringLiteral("enum"),
                                        QStringLiteral("properties"),
                                        QStringLiteral("required"),
                                        QStringLiteral("additionalProperties"),
                                        QStringLiteral("items"),
                                        QStringLiteral("minItems"),
                                        QStringLiteral("maxItems"),
                                        QStringLiteral("uniqueItems"),
                                        QStringLiteral("minimum"),
                                        QStringLiteral("maximum"),
                                        QStringLiteral("minLength"),
                                        QStringLiteral("maxLength"),
                                        QStringLiteral("pattern"),
                                        QStringLiteral("format"),
                                        QStringLiteral("oneOf"),
                                        QStringLiteral("description"),
                                        QStringLiteral("title"),
                                        QStringLiteral("example"),
                                        QStringLiteral("default")};
    return keywords;
}

const QSet<QString> &formats()
{
    static const QSet<QString> known{QStringLiteral("date-time"), QStringLiteral("uuid"),
                                     QStringLiteral("uri")};
    return known;
}

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

QString compact(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(120);
}

// The names between braces of a path template, in order.
QStringList templateNames(const QString &pathTemplate)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}/]+)\\}"));
    QStringList names;
    for (auto it = placeholder.globalMatch(pathTemplate); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

} // namespace

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

void OpenApiCheck::checkRefs(const QJsonValue &value, const QString &where,
                             QStringList &errors) const
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkRefs(array.at(i), where + QStringLiteral("[%1]").arg(i), errors);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("$ref"))) {
        const QJsonValue ref = object.value(QLatin1String("$ref"));
        if (!ref.isString() || resolve(ref.toString()).isUndefined())
            errors.append(where + QStringLiteral(": $ref %1 does not resolve").arg(compact(ref)));
        if (object.size() != 1)
            errors.append(where + QStringLiteral(": keys beside $ref are ignored by OpenAPI 3.0"));
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        checkRefs(it.value(), where + QLatin1Char('/') + it.key(), errors);
}

void OpenApiCheck::checkSchema(const QJsonValue &schemaValue, const QString &where,
                               QStringList &errors) const
{
    if (!schemaValue.isObject()) {
        errors.append(where + QStringLiteral(": a schema must be an object"));
        return;
    }
    const QJsonObject schema = schemaValue.toObject();
    if (schema.contains(QLatin1String("$ref")))
        return; // its target is checked where it is defined
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!schemaKeywords().contains(it.key()))
            errors.append(where + QStringLiteral(": keyword %1 is not checked by the test's "
                                                 "validator; add it to openapicheck.cpp")
                                      .arg(it.key()));
    }
    static const QStringList types{QStringLiteral("object"), QStringLiteral("array"),
                                   QStringLiteral("string"), QStringLiteral("integer"),
                                   QStringLiteral("number"), QStringLiteral("boolean")};
    if (schema.contains(QLatin1String("type")) &&
        !types.contains(schema.value(QLatin1String("type")).toString()))
        errors.append(where + QStringLiteral(": unknown type"));
    if (schema.contains(QLatin1String("format")) &&
        !formats().contains(schema.value(QLatin1String("format")).toString()))
        errors.append(where + QStringLiteral(": format %1 is not checked by the test's validator")
                                  .arg(schema.value(QLatin1String("format")).toString()));
    if (schema.contains(QLatin1String("pattern")) &&
        !QRegularExpression(schema.value(QLatin1String("pattern")).toString()).isValid())
        errors.append(where + QStringLiteral(": pattern is not a valid regular expression"));
    if (schema.contains(QLatin1String("enum")) &&
        schema.value(QLatin1String("enum")).toArray().isEmpty())
        errors.append(where + QStringLiteral(": enum must list at least one value"));

    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonArray required = schema.value(QLatin1String("required")).toArray();
    for (const QJsonValue &name : required) {
        if (!properties.contains(name.toString()))
            errors.append(
                where +
                QStringLiteral(": required %1 is not among the properties").arg(name.toString()));
    }
    for (auto it = properties.begin(); it != properties.end(); ++it)
        checkSchema(it.value(), where + QStringLiteral("/properties/") + it.key(), errors);
    if (schema.contains(QLatin1String("items")))
        checkSchema(schema.value(QLatin1String("items")), where + QStringLiteral("/items"), errors);
    if (schema.value(QLatin1String("additionalProperties")).isObject())
        checkSchema(schema.value(QLatin1String("additionalProperties")),
                    where + QStringLiteral("/additionalProperties"), errors);
    const QJsonArray oneOf = schema.value(QLatin1String("oneOf")).toArray();
    for (qsizetype i = 0; i < oneOf.size(); ++i)
        checkSchema(oneOf.at(i), where + QStringLiteral("/oneOf/%1").arg(i), errors);
}

QStringList OpenApiCheck::structureErrors() const
{
    QStringList errors;
    static const QRegularExpression version(QStringLiteral("^3\\.0\\.\\d+\\z"));
    if (!version.match(m_document.value(QLatin1String("openapi")).toString()).hasMatch())
        errors.append(QStringLiteral("openapi is not 3.0.x"));
    const QJsonObject info = m_document.value(QLatin1String("info")).toObject();
    if (info.value(QLatin1String("title")).toString().isEmpty() ||
        info.value(QLatin1String("version")).toString().isEmpty())
        errors.append(QStringLiteral("info needs a title and a version"));
    checkRefs(m_document, QStringLiteral("#"), errors);

    const QJsonObject components = m_document.value(QLatin1String("components")).toObject();
    const QJsonObject schemas = components.value(QLatin1String("schemas")).toObject();
    for (auto it = schemas.begin(); it != schemas.end(); ++it)
        checkSchema(it.value(), QStringLiteral("#/components/schemas/") + it.key(), errors);
    const QJsonObject securitySchemes =
        components.value(QLatin1String("securitySchemes")).toObject();

    const auto checkContent = [this, &errors](const QJsonObject &content, const QString &where) {
        for (auto it = content.begin(); it != content.end(); ++it) {
            const QJsonObject media = it.value().toObject();
            if (!media.contains(QLatin1String("schema")))
                errors.append(where + QLatin1Char('/') + it.key() + QStringLiteral(": no schema"));
            else
                checkSchema(media.value(QLatin1String("schema")),
                            where + QLatin1Char('/') + it.key() + QStringLiteral("/schema"),
                            errors);
        }
    };

    const QJsonObject paths = m_document.value(QLatin1String("paths")).toObject();
    if (paths.isEmpty())
        errors.append(QStringLiteral("no paths"));
    QSet<QString> operationIds;
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QString where = QStringLiteral("paths ") + path.key();
        const QJsonObject item = path.value().toObject();
        if (!path.key().startsWith(QLatin1Char('/')))
            errors.append(where + QStringLiteral(": a path must start with /"));
        if (!follow(item.value(QLatin1String("x-other-methods")))
                 .toObject()
                 .contains(QLatin1String("description")))
            errors.append(where + QStringLiteral(": x-other-methods must be the 405 response"));
        const QStringList names = templateNames(path.key());
        for (const QString &method : httpMethods()) {
            if (!item.contains(method))
                continue;
            const Operation operation{path.key(), method.toUpper().toLatin1(),
                                      item.value(method).toObject()};
            const QString at = where + QLatin1Char(' ') + method.toUpper();

            const QString id = operation.object.value(QLatin1String("operationId")).toString();
            if (id.isEmpty() || operationIds.contains(id))
                errors.append(at + QStringLiteral(": operationId missing or not unique"));
            operationIds.insert(id);

            QStringList declared;
            for (const QJsonObject &parameter : parameters(operation)) {
                const QString in = parameter.value(QLatin1String("in")).toString();
                const QString name = parameter.value(QLatin1String("name")).toString();
                if (name.isEmpty() || !parameter.contains(QLatin1String("schema")))
                    errors.append(at + QStringLiteral(": a parameter needs a name and a schema"));
                else
                    checkSchema(parameter.value(QLatin1String("schema")),
                                at + QStringLiteral(" parameter ") + name, errors);
                if (in == QLatin1String("path")) {
                    declared.append(name);
                    if (!parameter.value(QLatin1String("required")).toBool())
                        errors.append(
                            at + QStringLiteral(": path parameter %1 must be required").arg(name));
                } else if (in != QLatin1String("query") && in != QLatin1String("header")) {
                    errors.append(at + QStringLiteral(": parameter %1 in %2").arg(name, in));
                }
            }
            if (QSet<QString>(declared.begin(), declared.end()) !=
                QSet<QString>(names.begin(), names.end()))
                errors.append(at + QStringLiteral(": path parameters do not match the template"));

            const QJsonArray security = operation.object.value(QLatin1String("security")).toArray();
            for (const QJsonValue &requirement : security) {
                const QStringList keys = requirement.toObject().keys();
                for (const QString &key : keys) {
                    if (!securitySchemes.contains(key))
                        errors.append(at + QStringLiteral(": unknown security scheme ") + key);
                }
            }
            if (operation.object.contains(QLatin1String("requestBody")))
                checkContent(follow(operation.object.value(QLatin1String("requestBody")))
                                 .toObject()
                                 .value(QLatin1String("content"))
                                 .toObject(),
                             at + QStringLiteral(" requestBody"));

            const QJsonObject responses =
                operation.object.value(QLatin1String("responses")).toObject();
            if (responses.isEmpty())
                errors.append(at + QStringLiteral(": no responses"));
            static const QRegularExpression statusKey(QStringLiteral("^[1-5][0-9][0-9]\\z"));
            for (auto it = responses.begin(); it != responses.end(); ++it) {
                const QString r = at + QLatin1Char(' ') + it.key();
                if (!statusKey.match(it.key()).hasMatch() && it.key() != QLatin1String("default"))
                    errors.append(r + QStringLiteral(": not a status"));
                const QJsonObject response = follow(it.value()).toObject();
                if (response.value(QLatin1String("description")).toString().isEmpty())
                    errors.append(r + QStringLiteral(": no description"));
                checkContent(response.value(QLatin1String("content")).toObject(), r);
                const QJsonObject headers = response.value(QLatin1String("headers")).toObject();
                for (auto h = headers.begin(); h != headers.end(); ++h) {
                    const QJsonObject header = follow(h.value()).toObject();
                    if (!header.contains(QLatin1String("schema")))
                        errors.append(r + QStringLiteral(": header %1 has no schema").arg(h.key()));
                    else
                        checkSchema(header.value(QLatin1String("schema")),
                                    r + QStringLiteral(" header ") + h.key(), errors);
                }
            }
        }
    }
    return errors;
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
            if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
                ++placeholders;
                matches = !segments.at(i).isEmpty();
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
