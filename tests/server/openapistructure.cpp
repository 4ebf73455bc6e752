// The checks of the document itself: OpenApiCheck::structureErrors() and its helpers.
#include "openapicheck.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace ehb::test {

namespace {

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

} // namespace ehb::test
